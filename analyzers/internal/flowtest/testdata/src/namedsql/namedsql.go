// Package namedsql holds PL101 cases of prepared statements whose SQL is
// in a .sql file, named by the struct tag of the field that holds them
// (goyesql): the text is read by its name.
package namedsql

import (
	"github.com/jmoiron/sqlx"

	"model"
)

// Queries are the prepared statements.
type Queries struct {
	InsertUser     *sqlx.Stmt `query:"insert-user"`
	UpdateSSN      *sqlx.Stmt `query:"update-ssn"`
	DeleteSessions *sqlx.Stmt `query:"delete-sessions"`
	GetUser        *sqlx.Stmt `query:"get-user"`
	SetPassword    *sqlx.Stmt `query:"set-password"`
	Unnamed        *sqlx.Stmt `query:"in-no-file"`
}

// Store runs them.
type Store struct{ q *Queries }

func (s *Store) create(u *model.User) (int, error) {
	var id int
	err := s.q.InsertUser.Get(&id, u.Email, u.SSN, u.Password) // want `PL101 user\.government_id\.national_identification_number from User\.SSN is written to a SQL database unencrypted \(s\.q\.InsertUser\.Get\)`
	return id, err
}

func (s *Store) updateSSN(u *model.User) error {
	_, err := s.q.UpdateSSN.Exec(u.ID, u.SSN) // want `PL101 user\.government_id\.national_identification_number from User\.SSN is written to a SQL database unencrypted \(s\.q\.UpdateSSN\.Exec\)`
	return err
}

func (s *Store) dropSessions(u *model.User) error {
	_, err := s.q.DeleteSessions.Exec(u.SSN) // ok: a DELETE finds rows by what it binds
	return err
}

func (s *Store) find(u *model.User) error {
	var out model.User
	return s.q.GetUser.Get(&out, u.SSN) // ok: a SELECT
}

func (s *Store) findExec(u *model.User) error {
	_, err := s.q.GetUser.Exec(u.SSN) // ok: a SELECT, even run with Exec
	return err
}

func (s *Store) setPassword(u *model.User) error {
	_, err := s.q.SetPassword.Exec(u.ID, u.Password) // ok: the database hashes it with bcrypt
	return err
}

func (s *Store) unknown(u *model.User) error {
	_, err := s.q.Unnamed.Exec(u.SSN) // want `PL101 user\.government_id\.national_identification_number from User\.SSN is written to a SQL database unencrypted \(s\.q\.Unnamed\.Exec\)`
	return err
}
