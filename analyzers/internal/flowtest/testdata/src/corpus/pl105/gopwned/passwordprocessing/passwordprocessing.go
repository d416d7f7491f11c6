// Package passwordprocessing reproduces the shape of
// JP-Anderson/go-pwned-passwords passwordprocessing: the SHA-1 of a
// password, returned.
package passwordprocessing

import "crypto/sha1"

// PasswordStringToSHABytes returns the SHA-1 of password.
func PasswordStringToSHABytes(password string) []uint8 {
	h := sha1.New()
	h.Write([]byte(password))
	return h.Sum(nil)
}
