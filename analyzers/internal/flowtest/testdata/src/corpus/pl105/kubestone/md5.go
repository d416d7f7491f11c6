// Package kubestone reproduces the shape of jumpAway/CSCI_6806_kubeStone
// pkg/encrypt/Md5.go: a demo that hashes a literal.
package kubestone

import (
	"crypto/md5"
	"encoding/hex"
	"fmt"
	"log"
)

// Demo prints a hash.
func Demo() {
	password := "abcde"
	md5Hash := GetMD5Hash(password) // corpus:kubestone-literal
	fmt.Println("password result:", md5Hash)
}

// GetMD5Hash returns the hex MD5 of text.
func GetMD5Hash(text string) string {
	hash := md5.New()
	if _, err := hash.Write([]byte(text)); err != nil {
		log.Fatal(err)
	}
	return hex.EncodeToString(hash.Sum(nil))
}
