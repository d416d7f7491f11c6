// Package mailsend stands in for a notification library whose e-mail
// notifier holds the relay's settings, not a message.
package mailsend

// Email sends notifications by e-mail through an SMTP relay.
type Email struct {
	Host    string
	Port    int
	TLS     bool
	timeout int
}
