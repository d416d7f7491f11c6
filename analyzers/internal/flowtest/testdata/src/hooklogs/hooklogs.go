// Package hooklogs holds PL102 cases of calls through function-valued
// struct fields: what the package stores into the field is what runs.
package hooklogs

import (
	"log"
	"net/http"
)

// Tracer reads parts of a request through hooks it is built with.
type Tracer struct {
	peer   func(r *http.Request) string
	verb   func(r *http.Request) string
	origin func(r *http.Request) string
}

// NewTracer sets the default hooks.
func NewTracer() *Tracer {
	return &Tracer{
		peer: func(r *http.Request) string { return r.RemoteAddr },
		verb: methodOf,
	}
}

func methodOf(r *http.Request) string { return r.Method }

// SetOrigin installs a hook from elsewhere: not known here.
func (t *Tracer) SetOrigin(f func(r *http.Request) string) { t.origin = f }

// Trace logs what the hooks return.
func (t *Tracer) Trace(r *http.Request) {
	log.Printf("peer %s", t.peer(r))     // want `PL102 user\.device\.ip_address from Request\.RemoteAddr is written to the log \(log\.Printf\)`
	log.Printf("verb %s", t.verb(r))     // ok: the request's method
	log.Printf("origin %s", t.origin(r)) // ok: no function of this package is stored there
}
