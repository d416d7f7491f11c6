// Package handlecases holds PL102 cases of calls through an interface
// that no type in view implements (a plugin the application loads from
// outside): the interface value is a handle, not a container, so what one
// call hands it is not what another call returns.
package handlecases

import (
	"log"
	"strings"

	"model"
)

// Message is what the application hands a notification plugin.
type Message struct {
	Text string
}

// Notifier is implemented by plugins outside the program.
type Notifier interface {
	Notify(msg Message)
	Subscribers() []string
	Render(email string) string
}

// notifyAll hands each plugin the user's name, then logs the plugin's own
// list of subscribers: the list is the plugin's, not the message.
func notifyAll(plugins []Notifier, u *model.User) {
	for _, n := range plugins {
		n.Notify(Message{Text: u.Name})
		log.Printf("subscribers: %v", n.Subscribers())
	}
}

// visit calls a plugin through a callback, as a registry does.
func visit(call func(Notifier) error) { _ = call }

func callback(u *model.User) {
	visit(func(n Notifier) error {
		ids := n.Subscribers()
		n.Notify(Message{Text: u.Email})
		log.Printf("notified %v", ids)
		return nil
	})
}

// Still reported: what a plugin returns from what it is given, and what a
// builder the program holds absorbs.
func rendered(n Notifier, u *model.User) {
	log.Print(n.Render(u.Email)) // want `PL102 user\.contact\.email from User\.Email is written to the log \(log\.Print\)`
	var b strings.Builder
	b.WriteString(u.Name)
	log.Print(b.String()) // want `PL102 user\.name from User\.Name is written to the log \(log\.Print\)`
}

// Session is a store behind an interface: what Set is given, Get returns.
type Session interface {
	Set(key string, v any)
	Get(key string) any
}

func remember(s Session, u *model.User) {
	s.Set("email", u.Email)
	log.Printf("mail %v", s.Get("email")) // want `PL102 user\.contact\.email from User\.Email is written to the log \(log\.Printf\)`
}
