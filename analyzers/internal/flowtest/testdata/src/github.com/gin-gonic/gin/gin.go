// Package gin is a stand-in for github.com/gin-gonic/gin: the request
// context is a struct whose methods have no bodies here: privlint sees
// them only by their signatures, as when gin is loaded from export data.
package gin

import "net/http"

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
