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

// hashPassword stands in for a real password hash (bcrypt, argon2id).
func hashPassword(password string) []byte {
	sum := sha256.Sum256([]byte(password))
	return sum[:]
}
