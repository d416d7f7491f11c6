// Package gopackages reproduces the shape of radovskyb/go-packages
// crypto/md5/main.go: the MD5 of a literal.
package gopackages

import (
	"crypto/md5"
	"fmt"
	"io"
	"log"
)

// Demo prints MD5 sums.
func Demo() {
	h := md5.New()
	if _, err := io.WriteString(h, "Password123"); err != nil {
		log.Fatalln(err)
	}
	fmt.Printf("%x\n", h.Sum(nil))
	password := "Password123"
	fmt.Printf("%x", md5.Sum([]byte(password))) // corpus:gopackages-literal
}
