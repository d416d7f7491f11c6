package logcases

import (
	"log"
	"net/http"

	"github.com/sirupsen/logrus"

	"model"
)

// logContext is an application's own name for log fields, as ntfy's
// log.Context.
type logContext map[string]any

// header reads a request header by a helper whose key the analysis does
// not see: the value has no source of its own.
func header(r *http.Request, names ...string) string {
	for _, n := range names {
		if v := r.Header.Get(n); v != "" {
			return v
		}
	}
	return ""
}

func mapKeyLiteral(r *http.Request) {
	to := header(r, "x-to", "to")
	log.Println(logContext{"email_to": to}) // want `PL102 user\.contact\.email from map key "email_to" is written to the log \(log\.Println\)`
}

func mapKeyUpdate(number string) {
	m := map[string]string{}
	m["phone_number"] = number
	log.Println(m) // want `PL102 user\.contact\.phone_number from map key "phone_number" is written to the log \(log\.Println\)`
}

func mapKeyLogrus(addr []byte) {
	logrus.WithFields(logrus.Fields{"client_ip": addr}).Info("request") // want `PL102 user\.device\.ip_address from map key "client_ip" is written to the log \(logrus\.WithFields\(logrus\.Fields\{…\}\)\.Info\)`
}

func mapKeyAny(v any) {
	log.Println(map[string]any{"email": v}) // want `PL102 user\.contact\.email from map key "email" is written to the log \(log\.Println\)`
}

// mailer sends a service's mail: its sender address is the service's,
// whatever the log field is called.
type mailer struct {
	From string
}

func mapKeyField(m *mailer) {
	log.Println(logContext{"email": m.From}) // ok: a field read keeps its own reading
}

// traits hands its map back: its callers' sources name what it holds.
func traits(email string) map[string]any {
	return map[string]any{"email": email}
}

func mapKeyReturned(u *model.User) {
	log.Println(traits(u.Name)) // want `PL102 user\.name from User\.Name is written to the log \(log\.Println\)`
}

func mapKeyLookAlikes(r *http.Request, s string, n, count int, verified bool, u *model.User) {
	log.Println(logContext{"email_template": s})   // ok: a template, not an address
	log.Println(logContext{"email_count": count})  // ok: a count
	log.Println(logContext{"phone_verified": s})   // ok: a flag's name, whatever its type
	log.Println(logContext{"email": n})            // ok: a number is no address
	log.Println(logContext{"phone": verified})     // ok: a boolean is no number
	log.Println(logContext{"name": s, "user": s})  // ok: too general to name a person's data
	log.Println(logContext{"id": s})               // ok: an identifier of anything
	log.Println(logContext{"email": "ops@x.test"}) // ok: a constant is the program's, not a person's
	log.Println(logContext{"email_hash": s})       // ok: the key says the value is protected
	log.Println(logContext{"email": u.Name})       // want `PL102 user\.name from User\.Name is written to the log \(log\.Println\)`
	m := map[string]string{"email": s}
	_ = m // ok: the map reaches no sink
	key := "email"
	if r.Method == "POST" {
		key = "ip"
	}
	log.Println(map[string]string{key: s}) // ok: the key is not a constant
}
