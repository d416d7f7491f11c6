// Package udpsender reproduces the shape of Konata09/UDPSenderServer
// src/util.go: the salted MD5 is compared, not stored, here.
package udpsender

import (
	"crypto/md5"
	"encoding/hex"
)

var salt = "ustsdnicm3002"

func checkMD5(passIn string, passMD5 string) bool {
	data := []byte(passIn + salt)
	encodedPass := md5.Sum(data) // corpus:udpsender-check
	return hex.EncodeToString(encodedPass[:]) == passMD5
}

// Login checks a password against the stored hash.
func Login(password, stored string) bool { return checkMD5(password, stored) }
