// Package chacha20poly1305 is a stand-in for
// golang.org/x/crypto/chacha20poly1305.
package chacha20poly1305

import "crypto/cipher"

const (
	KeySize    = 32
	NonceSize  = 12
	NonceSizeX = 24
)

func New(key []byte) (cipher.AEAD, error)  { return nil, nil }
func NewX(key []byte) (cipher.AEAD, error) { return nil, nil }
