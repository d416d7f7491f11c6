// Package partialcases holds PL102 cases in a package that does not
// type-check and imports one that cannot be built: the functions that can
// be built keep their flows.
package partialcases

import (
	"log"

	"model"
	"partialdep"
)

func typeError(u *model.User) {
	log.Println(u.Email + undefinedThing) // ok: the function holds a type error, so it is skipped
}

func unknownField(u *model.User, c *partialdep.Client) {
	log.Println(c.Conn, u.Email) // ok: c.Conn has an unknown type, so the function is skipped
}

func fine(u *model.User, c *partialdep.Client) {
	log.Println(u.Email)                  // want `PL102 user\.contact\.email from User\.Email is written to the log \(log\.Println\)`
	log.Println(partialdep.Name(u.Phone)) // want `PL102 user\.contact\.phone_number from User\.Phone is written to the log \(log\.Println\)`
	log.Println(c.Name)
}

var initialized = undefinedToo + 1 // ok: an initializer that does not type-check is left out of init
