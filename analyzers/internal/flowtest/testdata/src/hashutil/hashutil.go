// Package hashutil holds helpers that hash weakly, for PL105 cases across
// packages: a finding is reported at the call into the helper.
package hashutil

import (
	"crypto/md5"
	"crypto/sha256"
	"database/sql"
	"encoding/hex"

	"model"
)

// MD5 returns the hex MD5 of s.
func MD5(s string) string {
	sum := md5.Sum([]byte(s))
	return hex.EncodeToString(sum[:])
}

// SaveHashed stores the SHA-256 of v.
func SaveHashed(db *sql.DB, v string) {
	sum := sha256.Sum256([]byte(v))
	db.Exec("INSERT INTO hashes(h) VALUES ($1)", sum[:])
}

// EmailKey returns the SHA-256 of the user's e-mail address.
func EmailKey(u *model.User) string {
	sum := sha256.Sum256([]byte(u.Email))
	return hex.EncodeToString(sum[:])
}

// HashEmail returns twelve hex digits of the SHA-256 of email, "for
// logging without exposing it".
func HashEmail(email string) string {
	sum := sha256.Sum256([]byte(email))
	return hex.EncodeToString(sum[:])[:12]
}
