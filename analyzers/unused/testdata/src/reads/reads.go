// Package reads exercises what PL201 counts as a use (SPEC §5): writes
// are collection, reads that reach only storage or a log are not uses,
// encoders and templates read every exported field they are given.
package reads

import (
	"database/sql"
	"encoding/json"
	"fmt"
	"html/template"
	"log"
	"net/http"
	"os"
)

// Reset is the reset-password page: decoded from the request, rendered by
// a template. Used.
//
//privlint:purpose account
type Reset struct {
	Email string `pii:"email"`
	Name  string `pii:"user.name"`
}

// Settings are encoded into the HTTP response, the nested Contact too.
// Used.
//
//privlint:purpose account
type Settings struct {
	Phone   string `pii:"phone"`
	Contact Contact
}

// Contact is reachable from Settings.
//
//privlint:purpose account
type Contact struct {
	City string `pii:"user.contact.address.city"`
}

// Archived is marshaled and the output only stored: not used.
//
//privlint:purpose account
type Archived struct {
	Email string `pii:"email"`
}

// Dumped is encoded into a file: not used.
//
//privlint:purpose account
type Dumped struct {
	Email string `pii:"email"`
}

// Logged is only built to be logged: a log record, whose field is the
// log line's (PL102 judges it), not reported by PL201.
//
//privlint:purpose account
type Logged struct {
	Email string `pii:"email"`
}

// Dead is never written: dead code, not collection, not reported.
//
//privlint:purpose account
type Dead struct {
	Email string `pii:"email"`
}

// Table only declares a database table: read by the declaration.
//
//privlint:purpose account
type Table struct {
	Email string `pii:"email"`
}

// Claims are handed to a signer that takes any (a JWT library encodes
// them): used.
//
//privlint:purpose account
type Claims struct {
	Email string `pii:"email"`
}

// Payload is encoded by a generic helper: used.
//
//privlint:purpose account
type Payload struct {
	Name string `pii:"user.name"`
}

// Event is built by a function that a generic helper calls and encodes:
// used.
//
//privlint:purpose account
type Event struct {
	Name string `pii:"user.name"`
}

// Row comes out of a call with an error into an any for a view: used.
//
//privlint:purpose account
type Row struct {
	Email string `pii:"email"`
}

// Found is returned by the package's API: its callers may be outside
// the program.
//
//privlint:purpose account
type Found struct {
	Email string `pii:"email"`
}

// visitor's fields are judged by the analyzer itself (unexported).
//
//privlint:purpose account
type visitor struct {
	ip    string `pii:"ip_address"` // want `PL201 user.device.ip_address in visitor.ip is collected but never used \(written at .*reads.go:\d+; only stored or logged, at .*reads.go:\d+\)`
	mail  string `pii:"email"`      // want `PL201 user.contact.email in visitor.mail is collected but never used \(written at .*reads.go:\d+; only stored or logged, at .*reads.go:\d+\)`
	phone string `pii:"phone"`      // compared: used
	nick  string `pii:"user.name"`  // nothing writes it
}

// trace is formatted with %v into an error: fmt reads unexported fields.
//
//privlint:purpose account
type trace struct {
	device string `pii:"user.device.device_id"`
}

type engine struct{}

// Sync creates the tables of the structs it is given.
func (engine) Sync(beans ...any) error { return nil }

func sign(claims any) string { b, _ := json.Marshal(claims); return string(b) }

func send[T any](w http.ResponseWriter, v T) { json.NewEncoder(w).Encode(v) }

func render[T any](w http.ResponseWriter, build func() T) { json.NewEncoder(w).Encode(build()) }

func load(e string) (Row, error) { return Row{Email: e}, nil }

// Lookup is the package's API.
func Lookup(e string) *Found { return &Found{Email: e} }

func pages(w http.ResponseWriter, r *http.Request, t *template.Template) error {
	var reset Reset
	if err := json.NewDecoder(r.Body).Decode(&reset); err != nil {
		return err
	}
	if err := t.Execute(w, reset); err != nil {
		return err
	}
	var s Settings
	if err := json.Unmarshal([]byte(r.FormValue("settings")), &s); err != nil {
		return err
	}
	return json.NewEncoder(w).Encode(s)
}

func keep(db *sql.DB, f *os.File, e string) error {
	b, err := json.Marshal(Archived{Email: e})
	if err != nil {
		return err
	}
	if _, err := db.Exec("INSERT INTO archive VALUES ($1)", string(b)); err != nil {
		return err
	}
	if err := json.NewEncoder(f).Encode(Dumped{Email: e}); err != nil {
		return err
	}
	log.Printf("%v", Logged{Email: e})
	return engine{}.Sync(&Table{Email: e})
}

func other(w http.ResponseWriter, e string, data map[string]any) error {
	_ = sign(Claims{Email: e})
	send(w, Payload{Name: e})
	render(w, func() Event { return Event{Name: e} })
	var err error
	data["row"], err = load(e)
	return err
}

func visit(db *sql.DB, r *http.Request) error {
	v := visitor{ip: r.RemoteAddr, phone: r.FormValue("phone")}
	v.mail = r.FormValue("mail")
	if _, err := db.Exec("INSERT INTO visits VALUES ($1)", v.ip); err != nil {
		return err
	}
	log.Print(fmt.Sprintf("visit from %s", v.mail))
	if v.phone == "" {
		return fmt.Errorf("no phone")
	}
	return fmt.Errorf("trace %v", trace{device: r.FormValue("device")})
}
