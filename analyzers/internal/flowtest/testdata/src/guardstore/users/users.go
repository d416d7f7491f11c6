// Package users stores accounts, hashing a password unless the caller says
// it is hashed already (an import or a restore passes the stored hash).
package users

import (
	"database/sql"

	"golang.org/x/crypto/bcrypt"
)

// Manager keeps the accounts.
type Manager struct{ db *sql.DB }

// AddUser stores the account; hashed says password is a hash already.
func (m *Manager) AddUser(name, secret string, hashed bool) error {
	var hash []byte
	if hashed {
		hash = []byte(secret)
	} else {
		h, err := bcrypt.GenerateFromPassword([]byte(secret), bcrypt.DefaultCost)
		if err != nil {
			return err
		}
		hash = h
	}
	_, err := m.db.Exec("INSERT INTO users(name, hash) VALUES($1, $2)", name, hash)
	return err
}

// SetPassword stores a new password, as given when raw is true.
func (m *Manager) SetPassword(name, secret string, raw bool) error {
	value := secret
	if !raw {
		h, err := bcrypt.GenerateFromPassword([]byte(secret), bcrypt.DefaultCost)
		if err != nil {
			return err
		}
		value = string(h)
	}
	_, err := m.db.Exec("UPDATE users SET hash = $1 WHERE name = $2", value, name)
	return err
}
