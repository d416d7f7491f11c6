// Package echoctx checks what a request context that privlint cannot see
// into carries: what the code stores in it, not what it decodes into a
// struct of its own nor what it writes to the response.
package echoctx

import (
	"log"

	"github.com/labstack/echo/v4"
)

type Profile struct {
	Email    string
	Password string
}

type Session struct{ ID string }

func update(c echo.Context) error {
	p := Profile{}
	if err := c.Bind(&p); err != nil { // fills p: c takes nothing of Profile's fields
		return err
	}
	if err := c.JSON(200, p); err != nil { // the response goes to the client, not into c
		return err
	}
	s, _ := c.Get("session").(*Session)
	log.Printf("session %v", s)        // ok: the session is none of the profile's data
	log.Printf("id %s", c.Param("id")) // ok: a path parameter named id
	return nil
}

func remember(c echo.Context, p *Profile) {
	c.Set("email", p.Email)               // stored in the context: c carries it
	log.Printf("mail %v", c.Get("email")) // want `PL102 user\.contact\.email from Profile\.Email is written to the log \(log\.Printf\)`
}

func bound(c echo.Context) {
	p := Profile{}
	_ = c.Bind(&p)
	log.Printf("signing up %s", p.Email) // want `PL102 user\.contact\.email from Profile\.Email is written to the log \(log\.Printf\)`
}
