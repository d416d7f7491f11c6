// Package pwnapi reproduces the shape of go-pwned-passwords' pwnapi: the
// first five hex digits of a password's SHA-1 sent for a range query.
package pwnapi

import (
	"fmt"
	"io"
	"net/http"
)

const pwnedPasswordsURL = "https://api.pwnedpasswords.com/range/%v"

// GetPartialHashesForSha asks the API for the hashes that share the
// first five digits of input.
func GetPartialHashesForSha(input string) string {
	url := fmt.Sprintf(pwnedPasswordsURL, input[0:5]) // corpus:gopwned-range
	resp, err := http.Get(url)
	if err != nil {
		return ""
	}
	defer resp.Body.Close()
	data, _ := io.ReadAll(resp.Body)
	return string(data)
}
