// Package duoapi is a stand-in for github.com/duosecurity/duo_api_golang.
package duoapi

import (
	"net/http"
	"net/url"
)

// DuoApiOption configures a call.
type DuoApiOption func(*url.Values)

// DuoApi is a client of Duo Security's API.
type DuoApi struct{ host string }

// NewDuoApi returns a client for host.
func NewDuoApi(ikey, skey, host, userAgent string) *DuoApi { return &DuoApi{host: host} }

// SetCustomHTTPClient sets the HTTP client.
func (d *DuoApi) SetCustomHTTPClient(c *http.Client) {}

// Call makes an unsigned call.
func (d *DuoApi) Call(method, uri string, params url.Values, options ...DuoApiOption) (*http.Response, []byte, error) {
	return nil, nil, nil
}

// SignedCall makes a signed call.
func (d *DuoApi) SignedCall(method, uri string, params url.Values, options ...DuoApiOption) (*http.Response, []byte, error) {
	return nil, nil, nil
}

// JSONSignedCall makes a signed call with a JSON body.
func (d *DuoApi) JSONSignedCall(method, uri string, params map[string]any, options ...DuoApiOption) (*http.Response, []byte, error) {
	return nil, nil, nil
}
