// Package utils reproduces the shape of mayswind/ezbookkeeping
// pkg/utils: MD5 helpers the avatar provider uses.
package utils

import (
	"crypto/md5"
	"encoding/hex"
)

// MD5Encode returns the MD5 of data.
func MD5Encode(data []byte) []byte {
	m := md5.New()
	m.Write(data)
	return m.Sum(nil)
}

// MD5EncodeToString returns the hex MD5 of data.
func MD5EncodeToString(data []byte) string {
	return hex.EncodeToString(MD5Encode(data))
}
