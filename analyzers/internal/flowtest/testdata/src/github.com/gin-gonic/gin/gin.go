// Package gin is a stand-in for github.com/gin-gonic/gin: the request
// context is a struct whose methods have no bodies here, so privlint sees
// them only by their signatures, as when gin is loaded from export data;
// the engine's logger middleware logs nothing here (the catalog says what
// the real one logs).
package gin

import (
	"io"
	"net/http"
)

// Context is the request's context.
type Context struct {
	Request *http.Request
	Keys    map[string]any
}

// ShouldBind decodes the request into obj.
func (c *Context) ShouldBind(obj any) error

// ShouldBindJSON decodes the request's JSON body into obj.
func (c *Context) ShouldBindJSON(obj any) error

// Get returns the value stored under key.
func (c *Context) Get(key string) (value any, exists bool)

// Set stores value under key.
func (c *Context) Set(key string, value any)

// ClientIP returns the client's address.
func (c *Context) ClientIP() string

// JSON writes obj as the response.
func (c *Context) JSON(code int, obj any)

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
