// Package qrmessaging reproduces the shape of PPKan/QR_messaging
// core/encrypt.go: a package-level key and one raw AES block.
package qrmessaging

import (
	"crypto/aes"
	"fmt"
)

var secretKey string = "N1PCdw3M2B1TfJhoaY2mL736p2vCUc47"

func encrypt(plaintext string) string {
	c, err := aes.NewCipher([]byte(secretKey))
	if err != nil {
		panic(err)
	}
	ciphertext := make([]byte, len(plaintext))
	c.Encrypt(ciphertext, []byte(plaintext))
	return string(ciphertext)
}

// Demo prints a ciphertext.
func Demo() {
	fmt.Printf("Ciphertext: %x\n", encrypt("This is some sensitive information")) // corpus:qrmessaging-literal
}
