// Package rangequery holds PL104 cases of breach-lookup range queries
// (k-anonymity): only a short prefix of a password's hash goes into the
// URL, which is not the password.
package rangequery

import (
	"context"
	"crypto/sha1"
	"encoding/hex"
	"fmt"
	"io"
	"net/http"
	"strings"

	"model"
	"pwnclient"
)

const apiURL = "https://api.pwnedpasswords.com"

// newRequest builds a request to the range API.
func newRequest(ctx context.Context, method, pth string, body io.Reader) (*http.Request, error) {
	return http.NewRequestWithContext(ctx, method, apiURL+"/"+pth, body)
}

// checkPassword asks whether a password is known to a breach corpus.
func checkPassword(ctx context.Context, password string) (bool, error) {
	h := sha1.New()
	h.Write([]byte(password))
	enc := hex.EncodeToString(h.Sum(nil))
	prefix, suffix := enc[:5], strings.ToUpper(enc[5:])
	req, err := newRequest(ctx, http.MethodGet, fmt.Sprintf("range/%s", prefix), nil) // ok: five hex digits of a hash
	if err != nil {
		return false, err
	}
	resp, err := http.DefaultClient.Do(req)
	if err != nil {
		return false, err
	}
	defer resp.Body.Close()
	body, _ := io.ReadAll(resp.Body)
	return strings.Contains(string(body), suffix), nil
}

func upperPrefix(u *model.User) {
	sum := fmt.Sprintf("%X", sha1.Sum([]byte(u.Password)))
	http.Get(apiURL + "/range/" + sum[0:5]) // ok: five hex digits of a hash
}

func wholeHash(ctx context.Context, u *model.User) {
	h := sha1.New()
	h.Write([]byte(u.Email))
	enc := hex.EncodeToString(h.Sum(nil))
	newRequest(ctx, http.MethodGet, "hash/"+enc, nil) // want `PL104 user\.contact\.email from User\.Email is put into a request URL \(newRequest → http\.NewRequestWithContext\)`
}

func clearPrefix(u *model.User) {
	http.Get(apiURL + "/range/" + u.SSN[:5]) // want `PL104 user\.government_id\.national_identification_number from User\.SSN is put into a request URL \(http\.Get\)`
}

func viaClient(c *pwnclient.Client, u *model.User, password string) {
	c.CheckPassword(u.Password, true) // ok: the client sends five hex digits of a hash
	c.CheckPassword(password, false)  // ok: the client sends five hex digits of a hash
	c.CheckEmail(u.Email)             // ok: the client sends six hex digits of a hash
}
