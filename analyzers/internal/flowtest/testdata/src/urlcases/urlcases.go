// Package urlcases holds PL104 cases: personal data in request URLs.
package urlcases

import (
	"context"
	"crypto/sha1"
	"encoding/hex"
	"fmt"
	"net/http"
	"net/url"
	"strconv"
	"strings"

	"model"
)

func urls(ctx context.Context, c *http.Client, u *model.User, r *http.Request) {
	e := r.FormValue("email")
	http.Get("https://api.example.com/u?email=" + e)                 // want `PL104 user\.contact\.email from r\.FormValue\("email"\) is put into a request URL \(http\.Get\)`
	http.Get(fmt.Sprintf("https://api.example.com/users/%s", u.SSN)) // want `PL104 user\.government_id\.national_identification_number from User\.SSN is put into a request URL \(http\.Get\)`
	q := url.Values{}
	q.Set("email", u.Email)
	http.Get("https://api.example.com/search?" + q.Encode())                           // want `PL104 user\.contact\.email from User\.Email is put into a request URL \(http\.Get\)`
	c.Get("https://users.internal.example.com/by-phone/" + u.Phone)                    // want `PL104 user\.contact\.phone_number from User\.Phone is put into a request URL \(c\.Get\)`
	http.NewRequest("GET", "https://api.example.com/u/"+r.URL.Query().Get("ssn"), nil) // want `PL104 user\.government_id\.national_identification_number from r\.URL\.Query\(\)\.Get\("ssn"\) is put into a request URL \(http\.NewRequest\)`
	var b strings.Builder
	b.WriteString("https://api.example.com/p?name=")
	b.WriteString(url.QueryEscape(u.Name))
	http.NewRequestWithContext(ctx, "GET", b.String(), nil)                              // want `PL104 user\.name from User\.Name is put into a request URL \(http\.NewRequestWithContext\)`
	http.Head(userURL(u))                                                                // want `PL104 user\.contact\.email from User\.Email is put into a request URL \(http\.Head\)`
	http.Post("https://api.example.com/users", "text/plain", strings.NewReader(u.Email)) // ok: in the body, not the URL
	http.Get(fmt.Sprintf("https://api.example.com/users/%d", u.ID))                      // ok: non-personal field
	http.Get("https://api.example.com/users?active=" + fmt.Sprint(u.Active))             // ok: non-personal field
	http.Get("https://api.example.com/len/" + fmt.Sprint(len(u.Email)))                  // ok: a length carries nothing
	req, _ := http.NewRequest("POST", "https://api.example.com/users", nil)              // ok: constant URL
	req.Header.Set("X-Email", u.Email)                                                   // ok: a header is not the URL
	http.Get("https://api.example.com/u?email=" + u.Email)                               //privlint:ignore PL104 legacy partner API, sunset 2026-12
}

func userURL(u *model.User) string { return "https://api.example.com/u/" + u.Email }

// rangeQueries send the first five hex digits of a SHA-1 for a
// k-anonymity range query: no longer personal data.
func rangeQueries(u *model.User) {
	pw := sha1.Sum([]byte(u.Password))
	http.Get("https://api.pwnedpasswords.com/range/" + strings.ToUpper(hex.EncodeToString(pw[:]))[:5]) // ok: a five-digit hash prefix
	em := sha1.Sum([]byte(u.Email))
	hexEmail := hex.EncodeToString(em[:])
	http.Get("https://breach.example.com/range/" + hexEmail[:5]) // ok: a five-digit hash prefix
	http.Get("https://breach.example.com/hash/" + hexEmail)      // want `PL104 user\.contact\.email from User\.Email is put into a request URL \(http\.Get\)`
}

// endpoint is a service's configured address.
type endpoint struct{ ValidateURL *url.URL }

// valuesInURLs put data into a configured URL's query through url.Values
// and Encode.
func valuesInURLs(e *endpoint, u *model.User) {
	base := e.ValidateURL.String()
	q := url.Values{"userKey": {u.Email}}
	http.Get(base + "?" + q.Encode()) // want `PL104 user\.contact\.email from User\.Email is put into a request URL \(http\.Get\)`
	ids := url.Values{"id": {strconv.FormatInt(int64(u.ID), 10)}}
	http.Get(base + "?" + ids.Encode()) // ok: an opaque id
}
