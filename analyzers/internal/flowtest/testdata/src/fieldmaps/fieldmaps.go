// Package fieldmaps holds PL102 cases of values kept in a struct's field
// (or in a map held in one) and logged later: a builder's chained calls,
// a setter, and the look-alikes that keep a value where nothing logs it.
package fieldmaps

import (
	"crypto/tls"
	"log"
	"net"
	"net/http"

	"appkit/events"
	"model"
)

// record keeps log fields in a map held in a field.
type record struct {
	fields map[string]any
	other  map[string]any
}

func oneFunction(r *record, u *model.User) {
	r.fields["email"] = u.Email
	log.Println(r.fields) // want `PL102 user\.contact\.email from User\.Email is written to the log \(log\.Println\)`
}

func otherMap(r *record, u *model.User) {
	r.other["email"] = u.Email
	log.Println(r.fields) // ok: the e-mail address is in another map than the one logged
}

// event is the package's own builder.
type event struct {
	fields map[string]any
	tag    string
}

func newEvent() *event { return &event{} }

func (e *event) field(key string, value any) *event {
	if e.fields == nil {
		e.fields = map[string]any{}
	}
	e.fields[key] = value
	return e
}

func (e *event) setTag(tag string) *event {
	e.tag = tag
	return e
}

func (e *event) info(message string) {
	log.Println(message, e.fields)
}

func chainLocal(u *model.User) {
	newEvent().setTag("auth").field("email", u.Email).info("signed in") // want `PL102 user\.contact\.email from User\.Email is written to the log \(newEvent\(\)\.setTag\("auth"\)\.field\("email", u\.Email\)\.info → log\.Println\)`
}

func tagOnly(u *model.User) {
	newEvent().setTag(u.Email).info("signed in") // ok: the tag is not logged
}

func chainImported(u *model.User) {
	events.New().Tag("auth").Field("email", u.Email).Info("signed in") // want `PL102 user\.contact\.email from User\.Email is written to the log \(events\.New\(\)\.Tag\("auth"\)\.Field\("email", u\.Email\)\.Info → log\.Println\)`
}

func fieldsImported(u *model.User) {
	ev := events.New()
	ev.Fields(map[string]any{"email_to": u.Email})
	ev.Info("mail sent") // want `PL102 user\.contact\.email from User\.Email is written to the log \(ev\.Info → log\.Println\)`
}

func renderedImported(u *model.User, verbose bool) {
	ev := events.New().Tag("auth").FieldIf("phone", u.Phone, verbose).Debug("sent") // want `PL102 user\.contact\.phone_number from User\.Phone is written to the log \(events\.New\(\)\.Tag\("auth"\)\.FieldIf\("phone", u\.Phone, verbos\.\.\. → log\.Println\)`
	ev.Debug("again")                                                               // want `PL102 user\.contact\.phone_number from User\.Phone is written to the log \(ev\.Debug → log\.Println\)`
	events.New().Tag(u.Phone).Keep("k", u.Email).Debug("sent")                      // ok: neither the tag nor the kept map is rendered
}

func keptImported(u *model.User) {
	events.New().Keep("email", u.Email).Info("signed in") // ok: kept in a map that is never logged
	events.New().Tag(u.Name).Info("signed in")            // ok: the tag is not logged
}

// mailer keeps its recipient in a field; log writes it out.
type mailer struct {
	to   string
	from string
}

func (m *mailer) setTo(to string)     { m.to = to }
func (m *mailer) setFrom(from string) { m.from = from }
func (m *mailer) log()                { log.Println("mail to", m.to) }

func setterThenLog(u *model.User, m *mailer) {
	m.setTo(u.Email)
	m.log() // want `PL102 user\.contact\.email from User\.Email is written to the log \(m\.log → log\.Println\)`
}

func otherSetter(u *model.User, m *mailer) {
	m.setFrom(u.Email)
	m.log() // ok: the address went into another field than the one logged
}

// basicAuth reads the request's password and compares it; the event
// logs only the request's method and path.
func basicAuth(r *http.Request) bool {
	_, pass, ok := r.BasicAuth()
	ev := events.New().Fields(map[string]any{"method": r.Method, "path": r.URL.Path})
	if !ok || pass != "secret" {
		ev.Info("denied") // ok: the password was compared, never stored in the event
		return false
	}
	ev.Info("allowed") // ok
	return true
}

// server keeps a connection that points back to it, and a listener; it
// logs them when it shuts down (gitea's graceful.Server).
type server struct {
	name     string
	conn     *conn
	listener net.Listener
}

// conn is a connection that knows its server.
type conn struct {
	id  int
	srv *server
}

func (s *server) shutdown() {
	log.Println("closed", s.conn, s.listener.Addr())
}

func (s *server) serve(l net.Listener) {
	s.conn = &conn{id: 1, srv: s}
	s.listener = l
	s.shutdown()
}

func (s *server) serveTLS(l net.Listener, cfg *tls.Config) {
	s.listener = tls.NewListener(l, cfg)
	s.shutdown()
}

func listen(u *model.User, l net.Listener) {
	s := &server{name: u.Email}
	s.serve(l) // ok: the connection points back to the server, whose name is not logged
}

func listenTLS(u *model.User, l net.Listener) {
	cfg := &tls.Config{ServerName: u.Email}
	(&server{}).serveTLS(l, cfg) // ok: the listener's address is logged, not its TLS configuration
}
