// Package email is a stand-in for github.com/jordan-wright/email: an Email
// whose fields are the message, sent to an SMTP server by its own Send or
// by a Pool.
package email

import (
	"crypto/tls"
	"net/smtp"
	"time"
)

// Email is a message: its fields are what is sent.
type Email struct {
	ReplyTo []string
	From    string
	To      []string
	Bcc     []string
	Cc      []string
	Subject string
	Text    []byte
	HTML    []byte
}

// NewEmail returns an empty message.
func NewEmail() *Email { return &Email{} }

// Bytes renders the message.
func (e *Email) Bytes() ([]byte, error) { return nil, nil }

// Send sends the message to the SMTP server addr, logged in with a.
func (e *Email) Send(addr string, a smtp.Auth) error { return nil }

// SendWithTLS sends the message over TLS.
func (e *Email) SendWithTLS(addr string, a smtp.Auth, t *tls.Config) error { return nil }

// SendWithStartTLS sends the message after STARTTLS.
func (e *Email) SendWithStartTLS(addr string, a smtp.Auth, t *tls.Config) error { return nil }

// Pool is a pool of connections to an SMTP server.
type Pool struct{}

// NewPool returns a pool of connections to address, logged in with auth.
func NewPool(address string, count int, auth smtp.Auth, tlsConfig ...*tls.Config) (*Pool, error) {
	return &Pool{}, nil
}

// Send sends e.
func (p *Pool) Send(e *Email, timeout time.Duration) error { return nil }
