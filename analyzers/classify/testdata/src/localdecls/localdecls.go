// Package localdecls declares struct types at every place the classifier
// looks for them, and at places it does not: its test compares the
// declarations it finds with those a walk over every node finds.
package localdecls

import "unsafe"

// Account is declared at package level.
type Account struct {
	Email string // want Email:"pii user.contact.email by name"
}

// registration is an anonymous struct of a package-level variable.
var registration struct {
	Phone string // want Phone:"pii user.contact.phone_number by name"
}

// handler is a function literal in a variable declaration: the types it
// declares are looked for too.
var handler = func() int {
	type inVar struct {
		Email string // want Email:"pii user.contact.email by name"
	}
	return len(inVar{}.Email)
}

// size is a constant.
const size = unsafe.Sizeof(Account{})

// Identity is generic: its type parameter declares no struct.
func Identity[T any](v T) T { return v }

// Shape declares no struct.
type Shape int

// Area declares a struct type, a variable of an anonymous struct type and
// a struct type inside a function literal.
func (s Shape) Area() int {
	type visitor struct {
		Email string // want Email:"pii user.contact.email by name"
	}
	var form struct {
		Phone string // want Phone:"pii user.contact.phone_number by name"
	}
	f := func() string {
		type inLiteral struct {
			Email string // want Email:"pii user.contact.email by name"
		}
		return inLiteral{}.Email
	}
	return int(s) + len(visitor{}.Email) + len(form.Phone) + len(f())
}

// Plain declares no type, but the anonymous struct of a composite literal
// holds fields like any other.
func Plain(a, b int) int {
	c := struct{ Email string }{} // want Email:"pii user.contact.email by name"
	return a + b + len(c.Email)
}

// Sum declares nothing: no struct type is written in it.
func Sum(a, b int) int {
	return a + b
}
