// Package app hands the personal data it collects to helpers, of its own
// package and of another (whose flow summaries are facts): a field whose
// value a helper only stores or logs is collected and never used; one a
// helper also looks up, compares or returns to a caller that reads it is
// used.
package app

import (
	"database/sql"
	"net/http"

	"helperuse/store"
)

// form's fields are judged by the analyzer itself (unexported).
//
//privlint:purpose account
type form struct {
	saved    string `pii:"user.name"`                 // want `PL201 user.name in form.saved is collected but never used \(written at .*app.go:\d+; only stored or logged, at .*app.go:\d+\)`
	logged   string `pii:"email"`                     // want `PL201 user.contact.email in form.logged is collected but never used \(written at .*app.go:\d+; only stored or logged, at .*app.go:\d+\)`
	via      string `pii:"phone"`                     // want `PL201 user.contact.phone\w* in form.via is collected but never used \(written at .*app.go:\d+; only stored or logged, at .*app.go:\d+\)`
	dropped  string `pii:"user.contact.address.city"` // want `PL201 user.contact.address.city in form.dropped is collected but never used \(written at .*app.go:\d+; only stored or logged, at .*app.go:\d+\)`
	local    string `pii:"user.device.ip_address"`    // want `PL201 user.device.ip_address in form.local is collected but never used \(written at .*app.go:\d+; only stored or logged, at .*app.go:\d+\)`
	found    string `pii:"user.name"`                 // looked up by the helper: used
	foundVia string `pii:"user.name"`                 // looked up two calls down: used
	checked  string `pii:"email"`                     // compared by the helper: used
	returned string `pii:"phone"`                     // returned and read here: used
	owner    string `pii:"user.name"`                 // kept in an object that looks it up: used
	compared string `pii:"user.device.ip_address"`    // compared by this package's helper: used
}

// keep only stores v.
func keep(db *sql.DB, v string) {
	store.Save(db, v)
}

// keepChecked stores v and compares it.
func keepChecked(db *sql.DB, v string) {
	store.Save(db, v)
	if v == "127.0.0.1" {
		return
	}
}

func handle(db *sql.DB, r *http.Request) error {
	f := form{
		saved:    r.FormValue("a"),
		logged:   r.FormValue("b"),
		via:      r.FormValue("c"),
		dropped:  r.FormValue("d"),
		local:    r.FormValue("e"),
		found:    r.FormValue("f"),
		foundVia: r.FormValue("g"),
		checked:  r.FormValue("h"),
		returned: r.FormValue("i"),
		owner:    r.FormValue("j"),
		compared: r.FormValue("k"),
	}
	store.Save(db, f.saved)
	store.SaveLogged(db, f.logged)
	store.SaveVia(db, f.via)
	_ = store.SaveAndReturn(db, f.dropped)
	keep(db, f.local)
	if err := store.SaveAndFind(db, f.found); err != nil {
		return err
	}
	if err := store.SaveFindVia(db, f.foundVia); err != nil {
		return err
	}
	if store.SaveAndCheck(db, f.checked) {
		return nil
	}
	if id := store.SaveAndReturn(db, f.returned); id != "" {
		return nil
	}
	keepChecked(db, f.compared)
	return store.Restore(db, f.owner)
}
