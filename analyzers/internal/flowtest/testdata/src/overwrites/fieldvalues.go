package overwrites

import (
	"context"
	"database/sql"
	"strings"

	"accounts"
)

const insertMember = "INSERT INTO members (login, password) VALUES (?, ?)"

// A field of a value parameter or a range variable, overwritten with its
// hash and then read: the read is the hash.

func hashedValueParam(ctx context.Context, db *sql.DB, m accounts.Member) error {
	var err error
	if m.Password, err = hashErr(m.Password); err != nil {
		return err
	}
	_, err = db.ExecContext(ctx, insertMember, m.Login, m.Password) // ok: the field holds the hash
	return err
}

func hashedRangeVariable(db *sql.DB, ms []accounts.Member) {
	for _, m := range ms {
		m.Password = hash(m.Password)
		db.Exec("UPDATE members SET password = ? WHERE id = ?", m.Password, m.ID) // ok: the field holds the hash
	}
}

func hashedOnOneBranchValue(db *sql.DB, m accounts.Member, strict bool) {
	if strict {
		m.Password = hash(m.Password)
	}
	db.Exec(insertMember, m.Login, m.Password) // want `PL101 user\.authorization\.password from Member\.Password is written to a SQL database unencrypted \(db\.Exec\)`
}

func hashedAfterRead(db *sql.DB, m accounts.Member) {
	db.Exec(insertMember, m.Login, m.Password) // want `PL101 user\.authorization\.password from Member\.Password is written to a SQL database unencrypted \(db\.Exec\)`
	m.Password = hash(m.Password)
}

func trimmedValue(db *sql.DB, m accounts.Member) {
	m.Password = strings.TrimSpace(m.Password)
	db.Exec(insertMember, m.Login, m.Password) // want `PL101 user\.authorization\.password from Member\.Password is written to a SQL database unencrypted \(db\.Exec\)`
}

func hashedThenRestored(db *sql.DB, m accounts.Member, saved string) {
	m.Password = hash(m.Password)
	restore(&m, saved)
	db.Exec(insertMember, m.Login, m.Password) // want `PL101 user\.authorization\.password from Member\.Password is written to a SQL database unencrypted \(db\.Exec\)`
}

func hashedInLoopAfterRead(db *sql.DB, m accounts.Member, n int) {
	for range n {
		db.Exec(insertMember, m.Login, m.Password) // want `PL101 user\.authorization\.password from Member\.Password is written to a SQL database unencrypted \(db\.Exec\)`
		m.Password = hash(m.Password)
	}
}

func hashErr(p string) (string, error) { return hash(p), nil }

func restore(m *accounts.Member, p string) { m.Password = p }

// hashInto replaces the member's password by its hash, unless hashing
// fails.
func hashInto(m *accounts.Member) error {
	h, err := hashErr(m.Password)
	if err != nil {
		return err
	}
	m.Password = h
	return nil
}

// A field of a local copy overwritten by a setter it is handed to, then
// read: the read is the hash when the setter succeeded.

func hashedBySetter(db *sql.DB, ms []accounts.Member) {
	for i := range ms {
		m := ms[i]
		if err := hashInto(&m); err == nil {
			db.Exec("UPDATE members SET password = ? WHERE id = ?", m.Password, m.ID) // ok: the setter put the hash into the field
		}
	}
}

func readBeforeSetter(db *sql.DB, ms []accounts.Member) {
	for i := range ms {
		m := ms[i]
		db.Exec("UPDATE members SET password = ? WHERE id = ?", m.Password, m.ID) // want `PL101 user\.authorization\.password from Member\.Password is written to a SQL database unencrypted \(db\.Exec\)`
		_ = hashInto(&m)
	}
}
