// Package authcases holds PL103 cases of credentials sent as a request's
// own authentication (not a disclosure) and sent as data (a disclosure).
package authcases

import (
	"fmt"
	"net/http"
	"net/url"
	"strings"
)

// Bookmarks is a user's bookmarking integration: the token the bookmark
// service issued to the user.
type Bookmarks struct {
	AuthToken string `purpose:"account"`
	Email     string `purpose:"account"`
}

func queryToken(b *Bookmarks) {
	v := url.Values{}
	v.Add("auth_token", b.AuthToken)
	v.Add("url", "https://example.org/a")
	http.Get("https://api.marks.example.com/v1/add?" + v.Encode()) // ok: the service's own token as its auth_token parameter
}

func headerToken(b *Bookmarks) {
	req, _ := http.NewRequest("GET", "https://api.marks.example.com/v1/list", nil)
	req.Header.Set("Authorization", "Bearer "+b.AuthToken)
	http.DefaultClient.Do(req) // ok: the service's own token as the Authorization header
}

func apiKeyHeader(b *Bookmarks) {
	req, _ := http.NewRequest("GET", "https://api.marks.example.com/v1/list", nil)
	req.Header.Add("X-Api-Key", b.AuthToken)
	http.DefaultClient.Do(req) // ok: the service's own token as its API-key header
}

func tokenAsData(b *Bookmarks) {
	v := url.Values{}
	v.Set("note", "token "+b.AuthToken)
	http.Post("https://api.marks.example.com/v1/notes", "application/x-www-form-urlencoded", strings.NewReader(v.Encode())) // want `PL103 user\.authorization\.credentials from Bookmarks\.AuthToken is sent to api\.marks\.example\.com \(http\.Post\), a recipient privlint\.yaml does not declare`
}

func tokenInBody(b *Bookmarks) {
	http.Post("https://api.other.example.com/v1/import", "text/plain", strings.NewReader(b.AuthToken)) // want `PL103 user\.authorization\.credentials from Bookmarks\.AuthToken is sent to api\.other\.example\.com \(http\.Post\), a recipient privlint\.yaml does not declare`
}

func emailAsToken(b *Bookmarks) {
	v := url.Values{}
	v.Add("auth_token", b.Email)
	http.Get("https://api.marks.example.com/v1/add?" + v.Encode()) // want `PL103 user\.contact\.email from Bookmarks\.Email is sent to api\.marks\.example\.com \(http\.Get\), a recipient privlint\.yaml does not declare`
}

func tokenTwice(b *Bookmarks) {
	v := url.Values{}
	v.Add("auth_token", b.AuthToken)
	v.Add("comment", b.AuthToken)
	http.Get("https://api.marks.example.com/v1/add?" + v.Encode()) // want `PL103 user\.authorization\.credentials from Bookmarks\.AuthToken is sent to api\.marks\.example\.com \(http\.Get\), a recipient privlint\.yaml does not declare`
}

// withToken adds a credential it is given as a request's authentication;
// its caller judges what it passes.
func withToken(req *http.Request, token string) {
	req.Header.Set("Authorization", "Token "+token)
}

// signed returns a URL holding the token as its api_key parameter.
func signed(base, token string) string {
	v := url.Values{}
	v.Set("api_key", token)
	return base + "?" + v.Encode()
}

// post sends body to the marks service.
func post(body string) {
	http.Post("https://api.marks.example.com/v1/raw", "text/plain", strings.NewReader(body)) // the caller is reported (below)
}

func helpers(b *Bookmarks) {
	req, _ := http.NewRequest("GET", "https://api.marks.example.com/v1/list", nil)
	withToken(req, b.AuthToken)
	http.DefaultClient.Do(req)                                             // ok: the token authenticates, put there by a helper
	http.Get(signed("https://api.marks.example.com/v1/list", b.AuthToken)) // ok: the token is the URL's api_key, put there by a helper
	post(b.AuthToken)                                                      // want `PL103 user\.authorization\.credentials from Bookmarks\.AuthToken is sent to api\.marks\.example\.com \(post → http\.Post\), a recipient privlint\.yaml does not declare`
}

func pageToken(b *Bookmarks) {
	v := url.Values{}
	v.Set("page_token", b.AuthToken)
	http.Get("https://api.marks.example.com/v1/list?" + v.Encode()) // want `PL103 user\.authorization\.credentials from Bookmarks\.AuthToken is sent to api\.marks\.example\.com \(http\.Get\), a recipient privlint\.yaml does not declare`
}

func formattedQueryToken(b *Bookmarks) {
	http.Get(fmt.Sprintf("https://api.marks.example.com/v1/user?access_token=%s&url=%s", b.AuthToken, "https://example.org/a")) // ok: the service's own token as its access_token parameter, written into the URL's text
	http.Get("https://api.marks.example.com/v1/user?format=json&access_token=" + b.AuthToken)                                   // ok: the same, concatenated
}

func formattedTokenAsData(b *Bookmarks) {
	http.Get(fmt.Sprintf("https://api.marks.example.com/v1/add?note=%s", b.AuthToken))                     // want `PL103 user\.authorization\.credentials from Bookmarks\.AuthToken is sent to api\.marks\.example\.com \(http\.Get\), a recipient privlint\.yaml does not declare`
	http.Get(fmt.Sprintf("https://api.marks.example.com/v1/add?access_token=%s", b.Email))                 // want `PL103 user\.contact\.email from Bookmarks\.Email is sent to api\.marks\.example\.com \(http\.Get\), a recipient privlint\.yaml does not declare`
	http.Get("https://api.marks.example.com/v1/list?page_token=" + b.AuthToken)                            // want `PL103 user\.authorization\.credentials from Bookmarks\.AuthToken is sent to api\.marks\.example\.com \(http\.Get\), a recipient privlint\.yaml does not declare`
	http.Get(fmt.Sprintf("https://api.marks.example.com/v1/%s?access_token=%s", b.AuthToken, b.AuthToken)) // want `PL103 user\.authorization\.credentials from Bookmarks\.AuthToken is sent to api\.marks\.example\.com \(http\.Get\), a recipient privlint\.yaml does not declare`
}

func runTogetherSecret(b *Bookmarks) {
	http.Get(fmt.Sprintf("https://api.marks.example.com/v1/gettoken?corpid=%s&corpsecret=%s", "corp", url.QueryEscape(b.AuthToken))) // ok: the service's own secret, its name run together with whose it is
	http.Get(fmt.Sprintf("https://api.marks.example.com/v1/add?secretary=%s", url.QueryEscape(b.AuthToken)))                         // want `PL103 user\.authorization\.credentials from Bookmarks\.AuthToken is sent to api\.marks\.example\.com \(http\.Get\), a recipient privlint\.yaml does not declare`
}

func resetLink(b *Bookmarks, origin string) {
	link := fmt.Sprintf("%s/reset?access_token=%s", origin, b.AuthToken)
	http.Post("https://api.mailer.example.com/v1/send", "text/plain", strings.NewReader("Reset: "+link)) // want `PL103 user\.authorization\.credentials from Bookmarks\.AuthToken is sent to api\.mailer\.example\.com \(http\.Post\), a recipient privlint\.yaml does not declare`
	link2 := origin + "/reset?access_token=" + b.AuthToken
	http.Post("https://api.mailer.example.com/v1/send", "text/plain", strings.NewReader("Reset: "+link2)) // want `PL103 user\.authorization\.credentials from Bookmarks\.AuthToken is sent to api\.mailer\.example\.com \(http\.Post\), a recipient privlint\.yaml does not declare`
}
