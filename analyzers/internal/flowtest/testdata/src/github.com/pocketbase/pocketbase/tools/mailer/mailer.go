// Package mailer is a stand-in for
// github.com/pocketbase/pocketbase/tools/mailer: a Message sent by a
// Mailer (an SMTP client, or the local sendmail).
package mailer

import "net/mail"

// Message is an e-mail message.
type Message struct {
	From    mail.Address
	To      []mail.Address
	Subject string
	HTML    string
}

// Mailer sends messages.
type Mailer interface {
	Send(message *Message) error
}

// SMTPClient sends through an SMTP server.
type SMTPClient struct {
	Host string
}

// Send sends m.
func (c *SMTPClient) Send(m *Message) error { return nil }
