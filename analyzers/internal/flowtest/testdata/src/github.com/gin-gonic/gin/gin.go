// Package gin is a stand-in for github.com/gin-gonic/gin's engine and its
// logger middleware. Its bodies log nothing here: the catalog says what
// the real ones log.
package gin

import "io"

// HandlerFunc is a middleware or a handler.
type HandlerFunc func()

// Engine is the router.
type Engine struct{ handlers []HandlerFunc }

// Use attaches middleware.
func (e *Engine) Use(h ...HandlerFunc) { e.handlers = append(e.handlers, h...) }

// New returns an engine with no middleware.
func New() *Engine { return &Engine{} }

// Default returns an engine with the Logger and Recovery middleware.
func Default() *Engine { return &Engine{} }

// Logger logs every request with the default format, which holds the
// client IP.
func Logger() HandlerFunc { return func() {} }

// LogFormatter formats the line of one request.
type LogFormatter func() string

// LoggerWithFormatter logs every request with f.
func LoggerWithFormatter(f LogFormatter) HandlerFunc { return func() {} }

// Recovery recovers from panics.
func Recovery() HandlerFunc { return func() {} }

// LoggerWithWriter logs every request to out with the default format,
// except the requests to the paths in notlogged.
func LoggerWithWriter(out io.Writer, notlogged ...string) HandlerFunc { return func() {} }
