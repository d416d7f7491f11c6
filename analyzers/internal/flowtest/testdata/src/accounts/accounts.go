// Package accounts declares a member type whose setter hashes the password
// in place, so that other packages see the setter only through its summary.
package accounts

import (
	"errors"

	"golang.org/x/crypto/bcrypt"
)

// Member is a site member.
type Member struct {
	ID       int64
	Login    string `purpose:"account"`
	Password string `purpose:"account"`
}

// SetPassword replaces the password with its bcrypt hash; an empty one
// clears it.
func (m *Member) SetPassword(p string) error {
	if p == "" {
		m.Password = ""
		return nil
	}
	h, err := bcrypt.GenerateFromPassword([]byte(p), bcrypt.DefaultCost)
	if err != nil {
		return err
	}
	m.Password = string(h)
	return nil
}

// KeepPassword stores the password as given.
func (m *Member) KeepPassword(p string) { m.Password = p }

// MaybeHash hashes the password only when asked.
func (m *Member) MaybeHash(really bool) error {
	if !really {
		return nil
	}
	h, err := bcrypt.GenerateFromPassword([]byte(m.Password), bcrypt.DefaultCost)
	if err != nil {
		return errors.New("hash failed")
	}
	m.Password = string(h)
	return nil
}
