// Package utils reproduces the shape of nerdzeu/nerdz-api
// utils/webservices.go: the Gravatar URL holds the MD5 of an e-mail.
package utils

import (
	"crypto/md5"
	"fmt"
	"io"
	"net/url"
	"strings"
)

// GetGravatar returns the Gravatar URL of email.
func GetGravatar(email string) *url.URL {
	m := md5.New() // corpus:nerdz-gravatar
	io.WriteString(m, strings.ToLower(email))
	return &url.URL{
		Scheme: "https",
		Host:   "www.gravatar.com",
		Path:   "/avatar/" + fmt.Sprintf("%x", m.Sum(nil))}
}
