// Package maldev reproduces the shape of D3Ext/maldev crypto/md5.go.
package maldev

import (
	"crypto/md5"
	"encoding/hex"
)

// Md5 returns the hex MD5 of plaintext.
func Md5(plaintext []byte) string {
	hash := md5.Sum(plaintext)
	return hex.EncodeToString(hash[:])
}

// VerifyMd5 compares a password with an MD5.
func VerifyMd5(hash string, password string) bool {
	passwd_hash := Md5([]byte(password)) // corpus:maldev-verify
	return hash == passwd_hash
}
