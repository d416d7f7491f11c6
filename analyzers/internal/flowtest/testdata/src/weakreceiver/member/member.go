// Package member is a layered app's domain model: its methods replace the
// member's password in place, one with a fast hash, one with bcrypt.
package member

import (
	"crypto/sha1"
	"encoding/hex"

	"golang.org/x/crypto/bcrypt"
)

// MemberDomain is a club member as the service layer sees it.
type MemberDomain struct {
	Email    string
	Password string
	Nickname string
}

// ScramblePassword replaces the password with the hex of its SHA-1 (the
// deferred Reset gives the method a recover block, which never returns
// on a normal path).
func (m *MemberDomain) ScramblePassword() {
	h := sha1.New()
	defer h.Reset()
	h.Write([]byte(m.Password))
	m.Password = hex.EncodeToString(h.Sum(nil))
}

// SecurePassword replaces the password with its bcrypt hash.
func (m *MemberDomain) SecurePassword() error {
	h, err := bcrypt.GenerateFromPassword([]byte(m.Password), 12)
	if err != nil {
		return err
	}
	m.Password = string(h)
	return nil
}
