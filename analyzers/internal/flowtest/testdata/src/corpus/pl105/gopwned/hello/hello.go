// Package hello reproduces the shape of go-pwned-passwords' hello.go: a
// demo that prints the SHA-1 of a literal password.
package hello

import (
	"fmt"

	"corpus/pl105/gopwned/passwordprocessing"
)

// Demo prints the hash of a sample password.
func Demo() {
	var password = "Password1"
	fmt.Printf("Secure password: %v \n", password)
	sha := passwordprocessing.PasswordStringToSHABytes(password) // corpus:gopwned-hello-literal
	fmt.Printf("Sha: %v (of type %T) \n", sha, sha)
}
