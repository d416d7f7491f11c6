// Package mailmsg stands in for an e-mail message library.
package mailmsg

// Email is an e-mail message.
type Email struct {
	To      []string // want To:"pii user.contact.email by name"
	Subject string
	Text    []byte
}
