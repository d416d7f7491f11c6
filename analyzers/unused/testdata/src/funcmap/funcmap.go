// Package funcmap exercises functions handed to a template as values: a
// template calls them and reads what they return.
package funcmap

import (
	"html/template"
	"net/url"
	"os"
)

// Remote is what a template function returns: the template reads it.
//
//privlint:purpose account
type Remote struct {
	Username string `pii:"user.account.username"`
}

// remote parses the login out of a mirror URL, for the settings page.
func remote(raw string) Remote {
	var r Remote
	if u, err := url.Parse(raw); err == nil && u.User != nil {
		r.Username = u.User.Username()
	}
	return r
}

// Parsed is what a function nothing hands to a template returns: its
// field is written and never read.
//
//privlint:purpose account
type Parsed struct {
	Owner string `pii:"user.account.username"`
}

// parse is called directly and its result dropped but for a check.
func parse(raw string) *Parsed {
	p := &Parsed{}
	if u, err := url.Parse(raw); err == nil && u.User != nil {
		p.Owner = u.User.Username()
	}
	return p
}

// Render shows the mirror settings page.
func Render(raw string) error {
	if parse(raw) == nil {
		return nil
	}
	t := template.Must(template.New("page").Funcs(template.FuncMap{"Remote": remote}).Parse(`{{(Remote .).Username}}`))
	return t.Execute(os.Stdout, raw)
}
