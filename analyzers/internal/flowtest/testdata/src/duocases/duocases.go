// Package duocases holds PL103 cases of Duo Security's Go SDK: what a
// second-factor push sends to Duo (the user's login and address), also
// through an interface the client implements, as an app that wraps it does.
package duocases

import (
	"net/http"
	"net/url"

	duoapi "github.com/duosecurity/duo_api_golang"

	"model"
)

// baseProvider is what the app needs of the client.
type baseProvider interface {
	SignedCall(method, uri string, params url.Values, options ...duoapi.DuoApiOption) (*http.Response, []byte, error)
}

type production struct{ baseProvider }

func (p *production) preAuth(values url.Values) error {
	_, _, err := p.SignedCall("POST", "/auth/v2/preauth", values)
	return err
}

func direct(d *duoapi.DuoApi, u *model.User) {
	values := url.Values{}
	values.Set("username", u.Email)
	d.SignedCall("POST", "/auth/v2/auth", values)                               // want `PL103 user\.contact\.email from User\.Email is sent to Duo Security \(d\.SignedCall\), a recipient privlint\.yaml does not declare`
	d.JSONSignedCall("POST", "/auth/v2/auth", map[string]any{"phone": u.Phone}) // want `PL103 user\.contact\.phone_number from User\.Phone is sent to Duo Security \(d\.JSONSignedCall\), a recipient privlint\.yaml does not declare`
	check := url.Values{}
	check.Set("passcode", u.Password)
	d.SignedCall("POST", "/auth/v2/auth", check) // ok: the passcode authenticates to Duo, which issued it
	push := url.Values{}
	push.Set("passcode", u.Password)
	push.Set("username", u.Name)
	d.SignedCall("POST", "/auth/v2/auth", push)                    // want `PL103 user\.name from User\.Name is sent to Duo Security \(d\.SignedCall\), a recipient privlint\.yaml does not declare`
	d.Call("GET", "/auth/v2/ping", url.Values{"factor": {"push"}}) // ok: nothing personal
	d.SetCustomHTTPClient(nil)                                     // ok: no sink
}

func wrapped(u *model.User) {
	p := &production{baseProvider: duoapi.NewDuoApi("ikey", "skey", "api.example.com", "app")}
	values := url.Values{}
	values.Set("username", u.Name)
	p.preAuth(values) // want `PL103 user\.name from User\.Name is sent to Duo Security \(p\.preAuth → p\.SignedCall\), a recipient privlint\.yaml does not declare`
}
