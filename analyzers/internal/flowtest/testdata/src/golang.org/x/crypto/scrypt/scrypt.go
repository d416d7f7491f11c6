// Package scrypt is a stand-in for golang.org/x/crypto/scrypt.
package scrypt

func Key(password, salt []byte, N, r, p, keyLen int) ([]byte, error) { return password, nil }
