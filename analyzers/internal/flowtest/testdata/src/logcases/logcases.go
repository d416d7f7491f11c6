// Package logcases holds PL102 cases: personal data written to logs.
package logcases

import (
	"crypto/sha256"
	"database/sql"
	"encoding/json"
	"errors"
	"fmt"
	"log"
	"log/slog"
	"net/http"
	"os"
	"strings"

	"github.com/rs/zerolog"
	zlog "github.com/rs/zerolog/log"
	"github.com/sirupsen/logrus"
	"go.uber.org/zap"

	"audit"
	"helpers"
	"model"
)

func stdlib(u *model.User, p *model.Patient, sl *slog.Logger) {
	log.Printf("%s", u.Email)                           // want `PL102 user\.contact\.email from User\.Email is written to the log \(log\.Printf\)`
	log.Println("ssn", u.SSN)                           // want `PL102 user\.government_id\.national_identification_number from User\.SSN is written to the log \(log\.Println\)`
	slog.Info("signup", "email", u.Email)               // want `PL102 user\.contact\.email from User\.Email is written to the log \(slog\.Info\)`
	slog.Default().Info("signup", "dob", u.DateOfBirth) // want `PL102 user\.demographic\.date_of_birth from User\.DateOfBirth is written to the log \(slog\.Default\(\)\.Info\)`
	fmt.Println(u.Name)                                 // want `PL102 user\.name from User\.Name is written to standard output \(fmt\.Println\)`
	fmt.Fprintln(os.Stderr, u.Phone)                    // want `PL102 user\.contact\.phone_number from User\.Phone is written to standard error \(fmt\.Fprintln\)`
	fmt.Fprintf(os.Stdout, "%s\n", u.Email)             // want `PL102 user\.contact\.email from User\.Email is written to standard output \(fmt\.Fprintf\)`
	log.Println(p)                                      // want `PL102 user\.health_and_medical from Patient\.Diagnosis is written to the log \(log\.Println\)` `PL102 user\.name from Patient\.Name is written to the log \(log\.Println\)`
	sl.Warn("lookup", slog.String("ssn", u.SSN))        // want `PL102 user\.government_id\.national_identification_number from User\.SSN is written to the log \(sl\.Warn\)`
	log.Println(u.TaxID)                                // want `PL102 user\.government_id from User\.TaxID is written to the log \(log\.Println\)`
}

func third(u *model.User, l *zap.Logger, zl zerolog.Logger) {
	l.Info("signup", zap.String("email", u.Email))    // want `PL102 user\.contact\.email from User\.Email is written to the log \(l\.Info\)`
	l.Sugar().Infow("signup", "ssn", u.SSN)           // want `PL102 user\.government_id\.national_identification_number from User\.SSN is written to the log \(l\.Sugar\(\)\.Infow\)`
	logrus.WithField("email", u.Email).Info("signup") // want `PL102 user\.contact\.email from User\.Email is written to the log \(logrus\.WithField\("email", u\.Email\)\.Info\)`
	zlog.Info().Str("email", u.Email).Msg("signup")   // want `PL102 user\.contact\.email from User\.Email is written to the log \(zlog\.Info\(\)\.Str\("email", u\.Email\)\.Msg\)`
	zl.Info().Str("name", u.Name).Send()              // want `PL102 user\.name from User\.Name is written to the log \(zl\.Info\(\)\.Str\("name", u\.Name\)\.Send\)`
	audit.Record("login", u.Email)                    // want `PL102 user\.contact\.email from User\.Email is written to the log \(audit\.Record\)`
}

func propagate(u *model.User, p *model.Patient) {
	s := fmt.Sprintf("user %s", u.Email)
	log.Print(s) // want `PL102 user\.contact\.email from User\.Email is written to the log \(log\.Print\)`
	var b strings.Builder
	b.WriteString("dx=")
	b.WriteString(p.Diagnosis)
	log.Print(b.String()) // want `PL102 user\.health_and_medical from Patient\.Diagnosis is written to the log \(log\.Print\)`
	data, _ := json.Marshal(u)
	// User.Password and User.PasswordHash share a category: one finding
	// at this call, whose paths start at either field.
	log.Printf("%s", data) // want `PL102 user\.financial\.credit_card from User\.CardNumber is written to the log \(log\.Printf\)` `PL102 user\.demographic\.date_of_birth from User\.DateOfBirth is written to the log \(log\.Printf\)` `PL102 user\.contact\.email from User\.Email is written to the log \(log\.Printf\)` `PL102 user\.name from User\.Name is written to the log \(log\.Printf\)` `PL102 user\.authorization\.password from User\.Password is written to the log \(log\.Printf\)` `PL102 user\.contact\.phone_number from User\.Phone is written to the log \(log\.Printf\)` `PL102 user\.government_id\.national_identification_number from User\.SSN is written to the log \(log\.Printf\)` `PL102 user\.government_id from User\.TaxID is written to the log \(log\.Printf\)`
	xs := append([]string{"a"}, u.Name)
	log.Println(xs) // want `PL102 user\.name from User\.Name is written to the log \(log\.Println\)`
	m := map[string]string{"ssn": u.SSN}
	log.Println(m)                         // want `PL102 user\.government_id\.national_identification_number from User\.SSN is written to the log \(log\.Println\)`
	log.Println(strings.ToUpper(u.Email))  // want `PL102 user\.contact\.email from User\.Email is written to the log \(log\.Println\)`
	helpers.Trace(u.SSN)                   // want `PL102 user\.government_id\.national_identification_number from User\.SSN is written to the log \(helpers\.Trace → log\.Println\)`
	log.Println(helpers.Describe(u.Email)) // want `PL102 user\.contact\.email from User\.Email is written to the log \(log\.Println\)`
	f := u.GetEmail
	log.Println(f())          // want `PL102 user\.contact\.email from User\.Email is written to the log \(log\.Println\)`
	log.Println(u.GetEmail()) // want `PL102 user\.contact\.email from User\.Email is written to the log \(log\.Println\)`
	e := mail(u)
	log.Println(e)                        // want `PL102 user\.contact\.email from User\.Email is written to the log \(log\.Println\)`
	logIt(u.Phone)                        // want `PL102 user\.contact\.phone_number from User\.Phone is written to the log \(logIt → log\.Println\)`
	fn := func() { log.Println(u.Email) } // want `PL102 user\.contact\.email from User\.Email is written to the log \(log\.Println\)`
	fn()
	go func() { log.Println(p.Diagnosis) }() // want `PL102 user\.health_and_medical from Patient\.Diagnosis is written to the log \(log\.Println\)`
	ch := make(chan string, 1)
	ch <- u.SSN
	log.Println(<-ch) // want `PL102 user\.government_id\.national_identification_number from User\.SSN is written to the log \(log\.Println\)`
}

func mail(u *model.User) string { return u.Email }

func logIt(s string) { log.Println(s) }

func hashes(u *model.User) {
	e := sha256.Sum256([]byte(u.Email))
	log.Printf("%x", e) // want `PL102 user\.contact\.email from User\.Email is written to the log \(log\.Printf\)`
	pw := sha256.Sum256([]byte(u.Password))
	log.Printf("%x", pw) // ok: a sha256 of a password is one-way
}

func inputs(w http.ResponseWriter, r *http.Request) {
	log.Println(r.FormValue("email"))     // want `PL102 user\.contact\.email from r\.FormValue\("email"\) is written to the log \(log\.Println\)`
	log.Println(r.URL.Query().Get("ssn")) // want `PL102 user\.government_id\.national_identification_number from r\.URL\.Query\(\)\.Get\("ssn"\) is written to the log \(log\.Println\)`
	// A request's username is the login name of the person signing in,
	// though a bare username elsewhere may be a service's account.
	user := r.FormValue("username")
	log.Printf("failed sign-in for %s", user) // want `PL102 user\.account\.username from r\.FormValue\("username"\) is written to the log \(log\.Printf\)`
	log.Println(r.FormValue("name"))          // ok: a request's name may name anything (a repository, a label)
	log.Println(r.FormValue("title"))         // ok: a request's title is not the person's job title
}

// Inputs read by a method of the request: r.UserAgent() is the
// User-Agent header, r.BasicAuth() the credentials the client sent.
func namedInputs(r *http.Request) {
	log.Printf("client %s", r.UserAgent()) // want `PL102 user\.device\.user_agent from r\.UserAgent\(\) is written to the log \(log\.Printf\)`
	name, pass, ok := r.BasicAuth()
	log.Printf("sign-in by %s", name)          // want `PL102 user\.account\.username from r\.BasicAuth\(\) username is written to the log \(log\.Printf\)`
	log.Printf("with %s", pass)                // want `PL102 user\.authorization\.password from r\.BasicAuth\(\) password is written to the log \(log\.Printf\)`
	log.Printf("has credentials: %v", ok)      // ok: whether the client sent any is no input of the person
	log.Printf("from %s", r.Referer())         // ok: the referring page is not the person's
	log.Printf("%s %s", r.Method, r.URL.Path)  // ok: the request's method and path
	log.Printf("%d bytes", len(r.UserAgent())) // ok: a length carries nothing
}

func params(email string) {
	log.Println(email) // want `PL102 user\.contact\.email from parameter email of params is written to the log \(log\.Println\)`
}

func clean(u *model.User, v model.Visitor, db *sql.DB, r *http.Request, l *zap.Logger) {
	_, err := db.Exec("INSERT INTO users(ssn) VALUES($1)", u.SSN)
	log.Println("insert failed:", err)            // ok: a database error carries nothing
	slog.Info("login", "user_id", u.ID)           // ok: non-personal field
	l.Info("login", zap.Int("id", int(u.ID)))     // ok: non-personal field
	log.Println(r.FormValue("page"))              // ok: the key is not personal data
	logrus.WithField("id", u.ID).Info("login")    // ok: non-personal field
	zlog.Info().Int("id", int(u.ID)).Msg("login") // ok: non-personal field
	log.Println(u.ID)                             // ok: non-personal field
	log.Println(u.CreatedAt)                      // ok: non-personal field
	log.Println(len(u.Email))                     // ok: a length carries nothing
	log.Println(u.Email != "")                    // ok: a boolean carries nothing
	log.Println(strings.Contains(u.Email, "@"))   // ok: a boolean result
	log.Println(v)                                // ok: String() decides what it shows
	log.Println(db.Ping())                        // ok: an error carries nothing
	log.Println(helpers.Count(u.SSN))             // ok: summary says the result is a number
	helpers.Ignore(u.SSN)                         // ok: the helper drops its argument
	log.Println(errors.New("failed"))             // ok: constant error
	log.Println(u.Email)                          //privlint:ignore PL102 audited in DPIA-7
	//privlint:ignore PL102 operators need it, see DPIA-8
	log.Println(u.Name)
}

type notice struct {
	Email string `purpose:"account"`
}

// literal: a struct built here carries what was put into it, once, under
// its source's name (not again as notice.Email).
func literal(u *model.User) {
	log.Println(notice{Email: u.Email}) // want `PL102 user\.contact\.email from User\.Email is written to the log \(log\.Println\)`
	var n notice
	log.Println(n) // want `PL102 user\.contact\.email from notice\.Email is written to the log \(log\.Println\)`
}

type wrapper struct {
	Note string
}

// copied: a struct built from a literal and copied keeps its fields' data.
func copied(u *model.User) {
	w := wrapper{Note: u.Email}
	log.Println(w.Note) // want `PL102 user\.contact\.email from User\.Email is written to the log \(log\.Println\)`
}
