// Package handlers is a stand-in for github.com/gorilla/handlers. Its
// bodies log nothing here: the catalog says what the real ones log.
package handlers

import (
	"io"
	"net/http"
)

// LoggingHandler logs every request h serves in the Common Log Format,
// whose first field is the client's address.
func LoggingHandler(out io.Writer, h http.Handler) http.Handler { return h }

// CombinedLoggingHandler logs every request h serves in the Combined Log
// Format: the client's address, and the Referer and the User-Agent.
func CombinedLoggingHandler(out io.Writer, h http.Handler) http.Handler { return h }

// LogFormatter writes the log line of one request.
type LogFormatter func(w io.Writer, r *http.Request)

// CustomLoggingHandler logs every request h serves with f, which decides
// what each line holds.
func CustomLoggingHandler(out io.Writer, h http.Handler, f LogFormatter) http.Handler { return h }

// CompressHandler compresses the responses of h; it logs nothing.
func CompressHandler(h http.Handler) http.Handler { return h }
