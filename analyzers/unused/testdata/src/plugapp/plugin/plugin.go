// Package plugin declares what plugins compiled into the application
// implement: code outside the program.
package plugin

// Content is what the application hands a reviewer plugin.
//
//privlint:purpose account
type Content struct {
	Title string
	IP    string `pii:"ip_address"`
}

// Reviewer is implemented by plugins outside the program.
type Reviewer interface {
	Review(c *Content) bool
}

// Event is what the application hands a hook it implements itself.
//
//privlint:purpose account
type Event struct {
	Email string `pii:"email"`
}

// Hook is implemented inside the program (builtin.logHook).
type Hook interface {
	Fire(e *Event)
}

// Reviewers are the registered reviewers.
var Reviewers []Reviewer

// Hooks are the registered hooks.
var Hooks []Hook
