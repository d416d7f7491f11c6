// Package pwnclient is a breach-lookup client of the shape real ones have:
// the password's SHA-1 is cut to a five-digit prefix in a method, and the
// request is built by a helper; callers see it through summaries.
package pwnclient

import (
	"context"
	"crypto/sha1"
	"encoding/hex"
	"fmt"
	"io"
	"net/http"
	"strings"
)

const passwordURL = "https://api.pwnedpasswords.com/range/"

// Client asks the range API.
type Client struct {
	ctx  context.Context
	http *http.Client
}

func newRequest(ctx context.Context, method, url string, body io.ReadCloser) (*http.Request, error) {
	req, err := http.NewRequestWithContext(ctx, method, url, body)
	if err != nil {
		return nil, err
	}
	req.Header.Add("User-Agent", "test")
	return req, nil
}

// CheckPassword reports whether pw is in a breach corpus.
func (c *Client) CheckPassword(pw string, padding bool) (int, error) {
	sha := sha1.New()
	sha.Write([]byte(pw))
	enc := hex.EncodeToString(sha.Sum(nil))
	prefix, suffix := enc[:5], enc[5:]
	req, err := newRequest(c.ctx, http.MethodGet, fmt.Sprintf("%s%s", passwordURL, prefix), nil)
	if err != nil {
		return -1, nil
	}
	if padding {
		req.Header.Add("Add-Padding", "true")
	}
	resp, err := c.http.Do(req)
	if err != nil {
		return -1, err
	}
	body, _ := io.ReadAll(resp.Body)
	if strings.Contains(string(body), suffix) {
		return 1, nil
	}
	return 0, nil
}

// CheckEmail reports whether an address is in a breach corpus, by the
// same range query on the SHA-1 of the address.
func (c *Client) CheckEmail(email string) (bool, error) {
	sum := sha1.Sum([]byte(strings.ToLower(email)))
	enc := strings.ToUpper(hex.EncodeToString(sum[:]))
	resp, err := c.http.Get(fmt.Sprintf("%s%s", "https://breach.example.com/range/", enc[:6]))
	if err != nil {
		return false, err
	}
	defer resp.Body.Close()
	return resp.StatusCode == http.StatusOK, nil
}
