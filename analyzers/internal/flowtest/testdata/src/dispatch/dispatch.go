// Package dispatch holds PL101 cases where personal data reaches storage
// through an interface method (dynamic dispatch) or comes back from a
// closure through a generic helper.
package dispatch

import (
	"context"
	"database/sql"
	"errors"

	"golang.org/x/crypto/bcrypt"

	"model"
	"notestore"
)

// NoteStore keeps notes.
type NoteStore interface {
	SaveNote(ctx context.Context, id int64, note string) error
}

// memStore keeps notes in memory.
type memStore struct{ notes map[int64]string }

func (m *memStore) SaveNote(ctx context.Context, id int64, note string) error {
	m.notes[id] = note
	return nil
}

var _ NoteStore = (*notestore.SQL)(nil)

func record(ctx context.Context, s NoteStore, p *model.Patient) error {
	return s.SaveNote(ctx, p.ID, p.Diagnosis) // want `PL101 user\.health_and_medical from Patient\.Diagnosis is written to a SQL database unencrypted \(s\.SaveNote → s\.DB\.ExecContext\)`
}

func recordID(ctx context.Context, s NoteStore, p *model.Patient) error {
	return s.SaveNote(ctx, p.ID, "seen") // ok: no personal data
}

// Secrets keeps credentials.
type Secrets interface {
	Put(user int64, password string) error
}

// hashedSecrets hashes before it stores.
type hashedSecrets struct{ db *sql.DB }

func (h hashedSecrets) Put(user int64, password string) error {
	b, err := bcrypt.GenerateFromPassword([]byte(password), bcrypt.DefaultCost)
	if err != nil {
		return err
	}
	_, err = h.db.Exec("UPDATE users SET password = $1 WHERE id = $2", b, user)
	return err
}

func setPassword(s Secrets, u *model.User) error {
	return s.Put(u.ID, u.Password) // ok: the only implementation hashes it
}

// retry calls f until it succeeds.
func retry[T any](n int, f func() (T, error)) (T, error) {
	var zero T
	for i := 0; i < n; i++ {
		if v, err := f(); err == nil {
			return v, nil
		}
	}
	return zero, errors.New("gave up")
}

func viaGeneric(db *sql.DB, u *model.User) {
	ssn, _ := retry(3, func() (string, error) { return u.SSN, nil })
	db.Exec("INSERT INTO t(v) VALUES($1)", ssn) // want `PL101 user\.government_id\.national_identification_number from User\.SSN is written to a SQL database unencrypted \(db\.Exec\)`
	id, _ := retry(3, func() (int64, error) { return u.ID, nil })
	db.Exec("INSERT INTO t(v) VALUES($1)", id) // ok: a number
	name, _ := retry(3, func() (string, error) { return u.Email, nil })
	db.Exec("INSERT INTO t(v) VALUES($1)", name) // ok: an e-mail needs no encryption
}

// insertOne stores a value of any type.
func insertOne[T any](db *sql.DB, v T) { db.Exec("INSERT INTO t(v) VALUES($1)", v) }

func viaGenericInsert(db *sql.DB, p *model.Patient, n int) {
	insertOne(db, p) // want `PL101 user\.health_and_medical from Patient\.Diagnosis is written to a SQL database unencrypted \(insertOne → db\.Exec\)`
	insertOne(db, n) // ok: a number
}

// inTx runs f in a transaction.
func inTx[T any](db *sql.DB, f func(tx *sql.Tx) (T, error)) (T, error) {
	tx, err := db.Begin()
	if err != nil {
		var zero T
		return zero, err
	}
	defer tx.Commit()
	return f(tx)
}

// saveNote stores a note inside a closure run by a generic helper.
func saveNote(db *sql.DB, note string) error {
	_, err := inTx(db, func(tx *sql.Tx) (int64, error) {
		res, err := tx.Exec("INSERT INTO notes(note) VALUES($1)", note)
		if err != nil {
			return 0, err
		}
		return res.LastInsertId()
	})
	return err
}

func notes(db *sql.DB, p *model.Patient) {
	saveNote(db, p.Diagnosis)  // want `PL101 user\.health_and_medical from Patient\.Diagnosis is written to a SQL database unencrypted \(saveNote → tx\.Exec\)`
	saveNote(db, "checked in") // ok: constant text
}
