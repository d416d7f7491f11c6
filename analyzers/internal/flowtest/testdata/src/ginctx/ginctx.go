// Package ginctx checks what a request context of a struct type that
// privlint sees only by its methods' signatures (gin's, from export data)
// carries: what the code stores in it, not what a helper's decoding call
// fills in the value it is given.
package ginctx

import (
	"log"

	"github.com/gin-gonic/gin"
)

// SignupReq is what the sign-up form posts.
type SignupReq struct {
	Email    string
	Password string
	IP       string
}

// bindAndCheck decodes the request into data, the value its caller
// gives: data is where the request goes, not data for c.
func bindAndCheck(c *gin.Context, data any) bool {
	return c.ShouldBind(data) != nil
}

// language reads the request's language from the context.
func language(c *gin.Context) string {
	l, _ := c.Get("lang")
	s, _ := l.(string)
	return s
}

func signup(c *gin.Context) {
	req := &SignupReq{}
	if bindAndCheck(c, req) {
		return
	}
	req.IP = c.ClientIP()
	log.Printf("lang %s", language(c))     // ok: c took nothing of what bindAndCheck filled
	log.Printf("signing up %s", req.Email) // want `PL102 user\.contact\.email from SignupReq\.Email is written to the log \(log\.Printf\)`
}

// remember stores the address in the context: c carries it.
func remember(c *gin.Context, req *SignupReq) {
	c.Set("email", req.Email)
	v, _ := c.Get("email")
	log.Printf("mail %v", v) // want `PL102 user\.contact\.email from SignupReq\.Email is written to the log \(log\.Printf\)`
}

// store hands a value to a setter through a helper: c carries it.
func store(c *gin.Context, key string, v any) { c.Set(key, v) }

func rememberVia(c *gin.Context, req *SignupReq) {
	store(c, "email", req.Email)
	log.Printf("lang %s", language(c)) // want `PL102 user\.contact\.email from SignupReq\.Email is written to the log \(log\.Printf\)`
}
