// Package ipreaders holds the cases of a client's address read by a
// library that the catalog names (sources: inputs).
package ipreaders

import (
	"log"
	"net/http"

	"github.com/tomasen/realip"
)

func logged(r *http.Request, status int, err error) {
	clientIP := realip.FromRequest(r)
	log.Printf("%s: %v %s %v", r.URL.Path, status, clientIP, err) // want `PL102 user\.device\.ip_address from realip\.FromRequest\(r\) is written to the log \(log\.Printf\)`
}

func counted(r *http.Request) {
	log.Printf("address of %d bytes", len(realip.FromRequest(r))) // ok: a length carries nothing
	log.Printf("%s", fromRequest(r))                              // ok: the program's own FromRequest-like helper, not named for an address
}

// fromRequest is named like the library's function but returns the path.
func fromRequest(r *http.Request) string { return r.URL.Path }
