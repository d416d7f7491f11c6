// Package echo is a stand-in for github.com/labstack/echo/v4: the
// request context is an interface whose implementation privlint does not
// see, as when echo is loaded from export data.
package echo

// Context is the request's context.
type Context interface {
	Bind(i interface{}) error
	Get(key string) interface{}
	Set(key string, val interface{})
	JSON(code int, i interface{}) error
	String(code int, s string) error
	Param(name string) string
}
