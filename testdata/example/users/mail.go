package users

import (
	"crypto/sha256"
	"crypto/subtle"
	"fmt"
)

// Welcome returns the recipient and the text of the welcome mail.
func Welcome(u *User) (to, body string) {
	return u.Email, fmt.Sprintf("Welcome to the shop, %s!", u.Name)
}

// CheckPassword reports whether password is the user's password.
func CheckPassword(u *User, password string) bool {
	return subtle.ConstantTimeCompare(u.PasswordHash, hashPassword(password)) == 1
}

// hashPassword uses SHA-256, a fast hash: PL105 asks for bcrypt or argon2id.
func hashPassword(password string) []byte {
	sum := sha256.Sum256([]byte(password))
	return sum[:]
}
