// Package configurlcases holds PL103 cases for requests to URLs that come
// from configuration (a settings field, an environment variable, a config
// getter): the recipient is whoever the deployment names, unknown to the
// policy, so the finding names where the URL came from.
package configurlcases

import (
	"bytes"
	"context"
	"encoding/json"
	"fmt"
	"net/http"
	"net/url"
	"os"
	"strings"

	"model"
)

// WebhookConfig is where subscription events are posted.
type WebhookConfig struct {
	URL    string
	Secret string
}

// Config is the application's configuration.
type Config struct {
	Webhook    *WebhookConfig
	NotifyURL  string
	ListenAddr string
}

// Opts holds the parsed options.
type Opts struct{ hook string }

// HookURL returns the configured hook.
func (o *Opts) HookURL() string { return o.hook }

var options = &Opts{}

func subscribed(cfg *Config, u *model.User) error {
	body, err := json.Marshal(map[string]string{"email": u.Email, "name": u.Name})
	if err != nil {
		return err
	}
	resp, err := http.Post(cfg.Webhook.URL, "application/json", bytes.NewReader(body)) // want `PL103 user\.contact\.email from User\.Email is sent to a URL from configuration field Webhook\.URL \(http\.Post\), a recipient privlint\.yaml does not declare` `PL103 user\.name from User\.Name is sent to a URL from configuration field Webhook\.URL \(http\.Post\), a recipient privlint\.yaml does not declare`
	if err != nil {
		return err
	}
	return resp.Body.Close()
}

func fromEnv(u *model.User) {
	http.Post(os.Getenv("SIGNUP_HOOK"), "text/plain", strings.NewReader(u.Email)) // want `PL103 user\.contact\.email from User\.Email is sent to a URL from environment variable SIGNUP_HOOK \(http\.Post\), a recipient privlint\.yaml does not declare`
}

func joined(ctx context.Context, c *http.Client, cfg Config, u *model.User) error {
	target, err := url.JoinPath(cfg.NotifyURL, "subscribers")
	if err != nil {
		return err
	}
	req, err := http.NewRequestWithContext(ctx, "POST", target, nil) // ok: nothing personal in the request yet
	if err != nil {
		return err
	}
	req.Header.Set("X-Subscriber", u.Email)
	_, err = c.Do(req) // want `PL103 user\.contact\.email from User\.Email is sent to a URL from configuration field Config\.NotifyURL \(c\.Do\), a recipient privlint\.yaml does not declare`
	return err
}

func getter(u *model.User) {
	http.Post(fmt.Sprintf("%s/events", options.HookURL()), "text/plain", strings.NewReader(u.Name)) // want `PL103 user\.name from User\.Name is sent to a URL from configuration Opts\.HookURL\(\) \(http\.Post\), a recipient privlint\.yaml does not declare`
}

func ping(cfg *Config) {
	http.Post(cfg.Webhook.URL, "text/plain", strings.NewReader("ping")) // ok: no personal data
}

func callerURL(target string, u *model.User) {
	http.Post(target, "text/plain", strings.NewReader(u.Email)) // ok: the URL is the caller's; not known to come from configuration
}

// Profile is a user's public profile.
type Profile struct {
	Email   string
	Website string
}

func userWebsite(u *model.User, w *Profile) {
	http.Post(w.Website, "text/plain", strings.NewReader(u.Name)) // ok: a personal field is not configuration
}

// notifier posts events to the hook it was made with.
type notifier struct{ webhookURL string }

func (n *notifier) signup(u *model.User) {
	http.Post(n.webhookURL, "text/plain", strings.NewReader(u.Email)) // want `PL103 user\.contact\.email from User\.Email is sent to a URL from configuration field notifier\.webhookURL \(http\.Post\), a recipient privlint\.yaml does not declare`
}

// apiClient is a client of the organisation's own API.
type apiClient struct{ endpoint string }

func (c *apiClient) updateUser(u *model.User) {
	http.Post(c.endpoint+"/users", "text/plain", strings.NewReader(u.Name)) // ok: a client's base URL its caller set is not known to be configuration
}

// hookTarget is set from the command line.
var hookTarget string

// apiBase is a fixed URL.
var apiBase = "https://crm.example.com/api"

func setHook(v string) { hookTarget = v }

func toHook(u *model.User) {
	http.Post(hookTarget, "text/plain", strings.NewReader(u.Email)) // want `PL103 user\.contact\.email from User\.Email is sent to a URL from configuration variable configurlcases\.hookTarget \(http\.Post\), a recipient privlint\.yaml does not declare`
}

func toFixed(u *model.User) {
	http.Post(apiBase, "text/plain", strings.NewReader(u.Email)) // ok: a fixed URL in a variable is not configuration
}

// PostbackOptions configures a messenger that posts messages to a server.
type PostbackOptions struct {
	RootURL  string
	Username string
}

// postback posts each message to the configured server.
type postback struct {
	o PostbackOptions
	c *http.Client
}

func (p *postback) push(u *model.User) error {
	b, err := json.Marshal(map[string]string{"email": u.Email})
	if err != nil {
		return err
	}
	return p.exec(http.MethodPost, p.o.RootURL, b) // want `PL103 user\.contact\.email from User\.Email is sent to a URL from configuration field PostbackOptions\.RootURL \(p\.exec → http\.NewRequest\), a recipient privlint\.yaml does not declare`
}

func (p *postback) pushHeader(u *model.User) error {
	return p.execHeader(p.o.RootURL, u.Name) // want `PL103 user\.name from User\.Name is sent to a URL from configuration field PostbackOptions\.RootURL \(p\.execHeader → p\.c\.Do\), a recipient privlint\.yaml does not declare`
}

func (p *postback) ping() error {
	return p.exec(http.MethodPost, p.o.RootURL, []byte("ping")) // ok: nothing personal
}

func (p *postback) toCaller(target string, u *model.User) error {
	return p.exec(http.MethodPost, target, []byte(u.Email)) // ok: the URL is this function's caller's
}

func (p *postback) exec(method, rURL string, body []byte) error {
	req, err := http.NewRequest(method, rURL, bytes.NewReader(body))
	if err != nil {
		return err
	}
	_, err = p.c.Do(req)
	return err
}

func (p *postback) execHeader(rURL, name string) error {
	req, err := http.NewRequest(http.MethodGet, rURL, nil)
	if err != nil {
		return err
	}
	req.Header.Set("X-Name", name)
	_, err = p.c.Do(req)
	return err
}
