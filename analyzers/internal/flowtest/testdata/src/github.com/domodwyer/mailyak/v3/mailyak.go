// Package mailyak is a stand-in for github.com/domodwyer/mailyak/v3: a
// message built with setters and sent to an SMTP server by Send.
package mailyak

import (
	"crypto/tls"
	"io"
	"net/smtp"
)

// MailYak is a message and the SMTP server it is sent through.
type MailYak struct {
	host          string
	auth          smtp.Auth
	to, from      []string
	subject, html string
}

// BodyPart is one part of the body.
type BodyPart struct{ s string }

// Set sets the part's text.
func (b *BodyPart) Set(s string) { b.s = s }

// New returns a message sent through host.
func New(host string, auth smtp.Auth) *MailYak { return &MailYak{host: host, auth: auth} }

// NewWithTLS returns a message sent through host over TLS.
func NewWithTLS(host string, auth smtp.Auth, cfg *tls.Config) (*MailYak, error) {
	return &MailYak{host: host, auth: auth}, nil
}

// To sets the recipients.
func (m *MailYak) To(addrs ...string) { m.to = addrs }

// Bcc sets the blind copies.
func (m *MailYak) Bcc(addrs ...string) {}

// From sets the sender.
func (m *MailYak) From(addr string) {}

// Subject sets the subject.
func (m *MailYak) Subject(sub string) { m.subject = sub }

// HTML returns the HTML part.
func (m *MailYak) HTML() *BodyPart { return &BodyPart{} }

// Plain returns the text part.
func (m *MailYak) Plain() *BodyPart { return &BodyPart{} }

// AddHeader adds a header.
func (m *MailYak) AddHeader(name, value string) {}

// Attach attaches r as name.
func (m *MailYak) Attach(name string, r io.Reader) {}

// LocalName sets the HELO name.
func (m *MailYak) LocalName(name string) {}

// Send sends the message.
func (m *MailYak) Send() error { return nil }

// String shows the message.
func (m *MailYak) String() string { return "" }
