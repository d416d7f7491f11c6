// Package blockchain reproduces the shape of keepresolve/Blockchain
// gowasm/ethgo.go: the key is the caller's.
package blockchain

import (
	"crypto/aes"
	"encoding/hex"
)

// EncryptAES encrypts one block of plainText with key.
func EncryptAES(key string, plainText string) (string, error) {
	c, err := aes.NewCipher([]byte(key)) // corpus:blockchain-key-param
	if err != nil {
		return "", err
	}
	out := make([]byte, len(plainText))
	c.Encrypt(out, []byte(plainText))
	return hex.EncodeToString(out), nil
}
