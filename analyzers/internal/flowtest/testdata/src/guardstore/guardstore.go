// Package guardstore calls helpers whose boolean parameter decides
// whether they store a password as given or hashed.
package guardstore

import (
	"database/sql"
	"log"

	"guardstore/users"
)

type SignUp struct {
	Username string
	Password string
	Hash     string
}

func create(m *users.Manager, r *SignUp) {
	_ = m.AddUser(r.Username, r.Password, false)     // ok: hashed is false, so AddUser stores a bcrypt hash
	_ = m.SetPassword(r.Username, r.Password, false) // ok: raw is false, so SetPassword stores a bcrypt hash
}

func restore(m *users.Manager, r *SignUp) {
	_ = m.AddUser(r.Username, r.Password, true)     // want `PL101 user\.authorization\.password from SignUp\.Password is written to a SQL database unencrypted`
	_ = m.SetPassword(r.Username, r.Password, true) // want `PL101 user\.authorization\.password from SignUp\.Password is written to a SQL database unencrypted`
}

func either(m *users.Manager, r *SignUp, hashed bool) {
	_ = m.AddUser(r.Username, r.Password, hashed) // want `PL101 user\.authorization\.password from SignUp\.Password is written to a SQL database unencrypted`
}

// The flag and the password are set together: the plain password goes
// with false, the supplied hash with true.
func upsert(m *users.Manager, r *SignUp) {
	password, hashed := r.Password, false
	if r.Hash != "" {
		password, hashed = r.Hash, true
	}
	_ = m.AddUser(r.Username, password, hashed) // ok: the plain password only ever goes with hashed false
}

// The same pairing the wrong way round stores the plain password.
func upsertWrong(m *users.Manager, r *SignUp) {
	password, hashed := r.Password, true
	if r.Hash != "" {
		password, hashed = r.Hash, false
	}
	_ = m.AddUser(r.Username, password, hashed) // want `PL101 user\.authorization\.password from SignUp\.Password is written to a SQL database unencrypted`
}

// A helper of this package, summarised in the same pass.
func save(db *sql.DB, secret string, plain bool) {
	v := "redacted"
	if plain {
		v = secret
	}
	if _, err := db.Exec("INSERT INTO creds(v) VALUES($1)", v); err != nil {
		log.Print(err)
	}
}

func local(db *sql.DB, r *SignUp) {
	save(db, r.Password, false) // ok: plain is false, so save stores a constant
	save(db, r.Password, true)  // want `PL101 user\.authorization\.password from SignUp\.Password is written to a SQL database unencrypted`
}
