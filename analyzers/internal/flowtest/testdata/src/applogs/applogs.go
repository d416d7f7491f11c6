// Package applogs holds PL102 cases of an application's own logger and of
// client addresses read through helpers.
package applogs

import (
	"fmt"
	"log"
	"net/http"
	"os"
	"strings"

	"appkit/logger"
	"appkit/notes"
	"appkit/webctx"
	"example.com/sessions"
	"model"
)

func signIn(u *model.User, l *logger.Logger) {
	logger.Queuef("sign-in %s", u.Email) // want `PL102 user\.contact\.email from User\.Email is written to the log \(logger\.Queuef\)`
	l.Printf("sign-in %s", u.Name)       // want `PL102 user\.name from User\.Name is written to the log \(l\.Printf\)`
	l.Signin(u.Email, "ok")              // want `PL102 user\.contact\.email from User\.Email is written to standard output \(l\.Signin → l\.out\.Write\)`
	logger.Queuef("sign-in %d", u.ID)    // ok: an internal id
	_ = logger.Sprintf("%s", u.Email)    // ok: formatted, not logged
	logger.NewRecorder().Keep(u.Email)   // ok: kept in memory, not a log
	notes.Notef("sign-in %s", u.Email)   // ok: the wrapper logs a constant
	l.SetOutput(os.Stderr)
}

func handler(w http.ResponseWriter, r *http.Request, c *webctx.Context) {
	log.Printf("request from %s", webctx.ClientIP(r)) // want `PL102 user\.device\.ip_address from webctx\.ClientIP\(r\) is written to the log \(log\.Printf\)`
	log.Printf("request from %s", c.RemoteAddr())     // want `PL102 user\.device\.ip_address from c\.RemoteAddr\(\) is written to the log \(log\.Printf\)`
	log.Printf("listening on %s", webctx.LocalIP())   // ok: the server's own address
	log.Printf("parsed %s", webctx.ParseIP("x"))      // ok: no request read
}

// member formats itself for logs: only its id is shown.
type member struct {
	ID    int64
	Email string
}

// LogString shows the member's id.
func (m *member) LogString() string { return "member" }

func logMember(m *member) {
	log.Printf("member %v", m) // ok: the type formats itself for logs
}

func logSessions(u *model.User, token string) {
	s := sessions.New(u, token)
	log.Printf("signed in: %s", s)            // ok: Session.String shows no token or e-mail
	log.Printf("raw: %v", sessions.NewRaw(u)) // want `PL102 user\.contact\.email from User\.Email is written to the log \(log\.Printf\)`
}

// maskEmail keeps the first letter of an e-mail address.
func maskEmail(e string) string { return e[:1] + "***" }

// stripToken removes the access token from a URL.
func stripToken(u string) string { return u }

// stripPort removes the port from an address: the address stays.
func stripPort(addr string) string { return addr }

func redacted(u *model.User, r *http.Request) {
	log.Printf("user %s", maskEmail(u.Email))                    // ok: masked
	log.Printf("url %s", stripToken("https://x/?t="+u.Password)) // ok: stripped
	log.Printf("from %s", stripPort(webctx.ClientIP(r)))         // want `PL102 user\.device\.ip_address from webctx\.ClientIP\(r\) is written to the log \(log\.Printf\)`
	log.Printf("user %s", u.Email)                               // want `PL102 user\.contact\.email from User\.Email is written to the log \(log\.Printf\)`
}

func basicAuthLogin(r *http.Request) {
	name, pass, ok := r.BasicAuth()
	if !ok {
		log.Printf("no credentials from %s", webctx.ClientIP(r)) // want `PL102 user\.device\.ip_address from webctx\.ClientIP\(r\) is written to the log \(log\.Printf\)`
		return
	}
	log.Printf("failed sign-in for %s", name)    // want `PL102 user\.account\.username from r\.BasicAuth\(\) username is written to the log \(log\.Printf\)`
	log.Printf("password given: %t", pass != "") // ok: only whether one was given
}

// headerLogin logs a login name decoded by hand from an Authorization
// header: the logger's parameter says it is a login name.
func headerLogin(r *http.Request, u *model.User) {
	name, _, _ := strings.Cut(r.Header.Get("Authorization"), ":")
	logger.Authf(name, "failed", "bad password") // want `PL102 user\.account\.username from username argument of logger\.Authf is written to the log \(logger\.Authf\)`
	logger.Authf(u.Email, "ok", "signed in")     // want `PL102 user\.contact\.email from User\.Email is written to the log \(logger\.Authf\)`
	logger.Authf("", "failed", "no cookie")      // ok: no user given
	authAs(name)
}

// authAs hands its caller's value to the auth log: a parameter the
// summary carries, not a source of its own.
func authAs(who string) {
	logger.Authf(who, "ok", "signed in")
}

// dial names the database account it signs in with: a bare username
// outside a logging package may be a service's.
func dial(server, username string) {
	log.Printf("connecting to %s as %s", server, username) // ok: a service account's name
}

// requestFirst logs through a logger that takes the request a line
// belongs to as its first argument, for the line's context.
func requestFirst(r *http.Request, c *webctx.Context, err error) {
	logger.Error(r, "parsing request body", err)                 // ok: the request is the line's context, not a logged value
	logger.Error(c, "no such item")                              // ok: the web context is the line's context
	logger.Error(r, "invalid login", "remoteAddr", r.RemoteAddr) // want `PL102 user\.device\.ip_address from Request\.RemoteAddr is written to the log \(logger\.Error\)`
	logger.Error("cannot stream to client", "request", r)        // want `PL102 user\.device\.ip_address from Request\.RemoteAddr is written to the log \(logger\.Error\)`
	logger.Queuef("request %v", r)                               // want `PL102 user\.device\.ip_address from Request\.RemoteAddr is written to the log \(logger\.Queuef\)`
}

// loginPairs logs through an application logger that takes key-value
// pairs after its message: a constant key names the value beside it.
func loginPairs(r *http.Request, who, status string, n int, err error) {
	logger.Error(r, "invalid login", "username", who)  // want `PL102 user\.account\.username from log key "username" is written to the log \(logger\.Error\)`
	logger.Error(r, "no such user", "email", who)      // want `PL102 user\.contact\.email from log key "email" is written to the log \(logger\.Error\)`
	logger.Error(r, "email sent", status)              // ok: a message, not a key
	logger.Error(r, "signed in", "username", "admin")  // ok: a constant
	logger.Error(r, "mailbox full", "email", n)        // ok: a count
	logger.Error(r, "cannot sign in", "username", err) // ok: an error, not a name
}

// formatted logs text formatted beforehand: what the text shows of each
// value is what is logged.
func formatted(u *model.User, token string) {
	s := sessions.New(u, token)
	log.Print(fmt.Sprintf("signed in: %s", s))                  // ok: Session.String shows no token or e-mail
	log.Print(fmt.Sprint("signed in: ", s))                     // ok: Session.String shows no token or e-mail
	log.Print(fmt.Sprintf("unknown entity %T", u))              // ok: only the value's type is shown
	log.Print(fmt.Sprintf("raw %v", sessions.NewRaw(u)))        // want `PL102 user\.contact\.email from User\.Email is written to the log \(log\.Print\)`
	log.Print(fmt.Sprintf("session %#v", s))                    // want `PL102 user\.contact\.email from User\.Email is written to the log \(log\.Print\)`
	log.Print(fmt.Sprintf("session %T: %v", s, u.Email))        // want `PL102 user\.contact\.email from User\.Email is written to the log \(log\.Print\)`
	log.Print(fmt.Sprintf("%[1]T %[1]v", u.Email))              // want `PL102 user\.contact\.email from User\.Email is written to the log \(log\.Print\)`
	log.Print(fmt.Sprintf("session %T", s, u.Name))             // want `PL102 user\.name from User\.Name is written to the log \(log\.Print\)`
	log.Print(fmt.Sprintf("session %*d %s", len(u.Name), 1, s)) // ok: a width and a count
}
