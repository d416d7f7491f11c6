// Package logrecord exercises log records: structs built only to be handed
// to a log, whose fields are the log line's columns (PL102 judges what is
// logged; PL201 leaves them alone), next to structs that are also stored,
// or whose fields reach the log only through another value.
package logrecord

import (
	"database/sql"
	"encoding/json"
	"io"
	"log"
	"net/http"
	"os"
	"text/template"

	"logrecord/logger"
)

// AccessLine is the record of one access log line, rendered by a
// template into the log's writer: a log record.
//
//privlint:purpose account
type AccessLine struct {
	Client    string
	UserAgent string `pii:"user.device.user_agent"`
	Email     string `pii:"user.contact.email"`
	Unset     string `pii:"user.contact.phone_number"` // never written: dead code
}

// Logger writes access lines to its writer, standard output unless told
// otherwise.
type Logger struct {
	writer io.Writer
	line   *template.Template
}

// New returns a Logger writing to standard output.
func New() *Logger {
	return &Logger{writer: os.Stdout, line: template.Must(template.New("line").Parse("{{.Client}} {{.UserAgent}} {{.Email}}"))}
}

// Access logs one request.
func (l *Logger) Access(req *http.Request, email string) {
	_ = l.line.Execute(l.writer, AccessLine{
		Client:    req.RemoteAddr,
		UserAgent: req.UserAgent(),
		Email:     email,
	})
}

// LoginEvent is handed to the application's logger: a log record.
//
//privlint:purpose account
type LoginEvent struct {
	Email string `pii:"user.contact.email"`
	Phone string `pii:"user.contact.phone_number"`
}

// Login logs a sign-in through the application's logger, once directly
// and once through a local variable.
func Login(email, phone string) {
	logger.Info("login", LoginEvent{Email: email})
	ev := &LoginEvent{Phone: phone}
	logger.Info("login by phone", ev)
}

// Signup is decoded from a request; its Email reaches the log only copied
// into another value (a log record): collected, never used.
//
//privlint:purpose account
type Signup struct {
	Email string `pii:"user.contact.email"`
}

// Register decodes a sign-up and logs it.
func Register(w http.ResponseWriter, r *http.Request) {
	var s Signup
	if err := json.NewDecoder(r.Body).Decode(&s); err != nil {
		http.Error(w, "bad request", http.StatusBadRequest)
		return
	}
	logger.Info("signup", LoginEvent{Email: s.Email})
}

// Visit is logged and stored but never read: no log record, an ordinary
// struct whose Email is collected and never used.
//
//privlint:purpose account
type Visit struct {
	Page  string
	Email string `pii:"user.contact.email"`
}

// Record logs a visit and stores it.
func Record(db *sql.DB, page, email string) error {
	logger.Info("visit", Visit{Page: page, Email: email})
	v := Visit{Page: page, Email: email}
	_, err := db.Exec("INSERT INTO visits (page, email) VALUES ($1, $2)", v.Page, v.Email)
	return err
}

// auditLine is an unexported log record, formatted into the standard
// log: the package-local judgement leaves it alone too.
//
//privlint:purpose account
type auditLine struct {
	action string
	email  string `pii:"user.contact.email"`
}

// audit is a struct both logged and stored: its email is collected.
//
//privlint:purpose account
type audit struct {
	email string `pii:"user.contact.email"` // want `user.contact.email in audit.email is collected but never used`
}

// Audit logs an action, and stores it.
func Audit(db *sql.DB, action, email string) error {
	log.Printf("audit %+v", auditLine{action: action, email: email})
	a := audit{email: email}
	log.Printf("audit %+v", a)
	_, err := db.Exec("INSERT INTO audit (email) VALUES ($1)", a.email)
	return err
}
