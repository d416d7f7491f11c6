// Package webctx reads the client's address from a request the way web
// frameworks do: from a value a middleware stored in its context.
package webctx

import (
	"context"
	"net/http"
)

type key int

const addrKey key = 0

// WithAddr stores the client address in the request's context.
func WithAddr(r *http.Request, addr string) *http.Request {
	return r.WithContext(context.WithValue(r.Context(), addrKey, addr))
}

// ClientIP returns the address a middleware found for the request.
func ClientIP(r *http.Request) string {
	v, _ := r.Context().Value(addrKey).(string)
	return v
}

// Base is a framework's request context.
type Base struct {
	Req *http.Request
}

// Context embeds the base.
type Context struct {
	*Base
}

// RemoteAddr returns the client address of the request.
func (b *Base) RemoteAddr() string {
	v, _ := b.Req.Context().Value(addrKey).(string)
	return v
}

// LocalIP is the server's own address: no request is involved.
func LocalIP() string { return "10.0.0.1" }

// ParseIP reads an address out of any text.
func ParseIP(s string) string { return s }
