// Package store keeps members in a SQL database: what it stores is read
// back only where a query compares the column.
package store

import (
	"database/sql"
	"encoding/json"
	"io"
)

// Member is a member's record.
type Member struct {
	ID int64
	// Email is stored and looked up at sign-in (signin compares it):
	// used.
	Email string
	// Phone is stored, and only selected back into itself: unused.
	Phone string
	// BackupEmail is stored into a column that only an ON CONFLICT
	// target names: a constraint, not a comparison, so unused.
	BackupEmail string
	// Mobile is stored, and read back into Card.Mobile, which is not
	// personal data: a use.
	Mobile string
	// Nickname is stored, and read back into Profile.Nickname, which is
	// used.
	Nickname string
}

// Profile is a member's public profile.
type Profile struct {
	Nickname string
}

// Card is what a member's card shows.
type Card struct {
	Mobile string
}

// Store is the database.
type Store struct{ db *sql.DB }

// Create decodes a member and inserts it.
func (s *Store) Create(r io.Reader) error {
	var m Member
	if err := json.NewDecoder(r).Decode(&m); err != nil {
		return err
	}
	query := `INSERT INTO members (email, phone, backup_email, mobile, nickname) VALUES ($1, $2, $3, $4, $5)
		ON CONFLICT (backup_email) DO NOTHING`
	_, err := s.db.Exec(query, m.Email, m.Phone, m.BackupEmail, m.Mobile, m.Nickname)
	return err
}

// Cards lists the members' cards: the mobile number read back is used.
func (s *Store) Cards() ([]string, error) {
	rows, err := s.db.Query(`SELECT m.mobile, nickname AS nick FROM members m`)
	if err != nil {
		return nil, err
	}
	defer rows.Close()
	var out []string
	for rows.Next() {
		var c Card
		var p Profile
		if err := rows.Scan(&c.Mobile, &p.Nickname); err != nil {
			return nil, err
		}
		out = append(out, "tel:"+c.Mobile, p.Nickname+"!")
	}
	return out, rows.Err()
}

// Load reads a member back: scanning into the fields is a write, not a
// use.
func (s *Store) Load(id int64) (*Member, error) {
	var m Member
	err := s.db.QueryRow(`SELECT email, phone FROM members WHERE id = $1`, id).Scan(&m.Email, &m.Phone)
	return &m, err
}

// guest is an unexported record: its readers are all in this package.
type guest struct {
	email string // stored and compared by lookupGuest below: used
	phone string // want `PL201 user.contact.phone_number in guest.phone is collected but never used \(written at .*store.go:\d+; only stored or logged, at .*store.go:\d+\)`
}

func (s *Store) addGuest(g guest) error {
	_, err := s.db.Exec(`UPDATE guests SET email = $1, phone = $2 WHERE id = 1`, g.email, g.phone)
	return err
}

func (s *Store) lookupGuest(email string) (int64, error) {
	var id int64
	err := s.db.QueryRow(`SELECT g.id FROM guests g WHERE lower(g."email") = lower($1)`, email).Scan(&id)
	return id, err
}

// Guests adds a guest and looks one up.
func (s *Store) Guests(email, phone string) (int64, error) {
	if err := s.addGuest(guest{email: email, phone: phone}); err != nil {
		return 0, err
	}
	return s.lookupGuest(email)
}
