// Package updates stands in for an application's package of update
// receivers: one interface names itself for logs, the other does not.
package updates

import (
	"fmt"
	"log"
)

// Receiver handles updates and names itself for logs: every value of it
// has a String method, which fmt calls for %s and %v.
type Receiver interface {
	fmt.Stringer
	Process(update string) error
}

// Dispatch logs a receiver's failure by the receiver's name.
func Dispatch(rs []Receiver, update string) {
	for _, r := range rs {
		if err := r.Process(update); err != nil {
			log.Printf("failure from %s: %v", r, err)
		}
	}
}

// Handler handles updates; it has no String method, so a value of it is
// printed as the value it holds.
type Handler interface{ Handle(update string) error }

// DispatchHandlers logs each handler whole.
func DispatchHandlers(hs []Handler, update string) {
	for _, h := range hs {
		log.Printf("handling %s with %v", update, h)
	}
}

// Failure is an application's error interface: its Error method is the
// error's text, which carries what the error was built with.
type Failure interface {
	error
	Code() int
}

// Report logs a failure's text.
func Report(f Failure) {
	log.Printf("failed: %v", f)
}
