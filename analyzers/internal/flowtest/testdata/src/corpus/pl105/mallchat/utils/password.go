// Package utils reproduces the shape of zntoast/MallChat-Go
// app/user/utils/password.go: the password "encryption" is a bare MD5.
package utils

import (
	"crypto/md5"
	"encoding/hex"
)

// EncryptPassword hex-encodes the MD5 of password.
func EncryptPassword(password string) string {
	h := md5.New()
	h.Write([]byte(password))
	return hex.EncodeToString(h.Sum(nil))
}
