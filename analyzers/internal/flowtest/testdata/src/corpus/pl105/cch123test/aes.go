// Package cch123test reproduces the shape of cch123/test
// go/encrypt/aes.go: a hard-coded key and a nonce whose random fill is
// switched off — on a literal, not on personal data.
package cch123test

import (
	"crypto/aes"
	"crypto/cipher"
	"crypto/rand"
	"fmt"
	"io"
)

// Demo encrypts a sentence.
func Demo() {
	key := []byte("0123456789ABCDEF")
	plaintext := []byte("Apple is the best phone on this earth")
	block, err := aes.NewCipher(key)
	if err != nil {
		panic(err.Error())
	}
	nonce := make([]byte, 12)
	if false {
		if _, err := io.ReadFull(rand.Reader, nonce); err != nil {
			panic(err.Error())
		}
	}
	aesgcm, err := cipher.NewGCM(block)
	if err != nil {
		panic(err.Error())
	}
	ciphertext := aesgcm.Seal(nil, nonce, plaintext, nil) // corpus:cch123-gcm-literal
	fmt.Printf("cipher:%x\n", ciphertext)
}
