// Package utils reproduces the shape of userfhy/gin-web-admin utils/md5.go.
package utils

import (
	"crypto/md5"
	"encoding/hex"

	"corpus/pl105/ginadmin/setting"
)

// EncodeMD5 hex-encodes the MD5 of value.
func EncodeMD5(value string) string {
	m := md5.New()
	m.Write([]byte(value))
	return hex.EncodeToString(m.Sum(nil))
}

// EncodeUserPassword salts with the configured salt and hashes.
func EncodeUserPassword(value string) string {
	return EncodeMD5(setting.AppSetting.PasswordSalt + value)
}
