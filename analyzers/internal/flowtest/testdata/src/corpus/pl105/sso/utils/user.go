// Package utils reproduces the shape of yinhuanyi/sso sso/utils/user.go.
package utils

import (
	"crypto/md5"
	"encoding/hex"
)

const secret = "Md5SortKey"

// EncryptPassword hashes a password with a constant prefix.
func EncryptPassword(password string) string {
	h := md5.New()
	h.Write([]byte(secret))
	return hex.EncodeToString(h.Sum([]byte(password)))
}
