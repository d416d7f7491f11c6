// Package smtppool is a stand-in for github.com/knadh/smtppool/v2: a pool
// of connections to an SMTP server that sends an Email.
package smtppool

import (
	"net/smtp"
	"net/textproto"
)

// Email is a message: its fields are what is sent.
type Email struct {
	ReplyTo     []string
	From        string
	To          []string
	Bcc         []string
	Cc          []string
	Subject     string
	Text        []byte
	HTML        []byte
	Sender      string
	Headers     textproto.MIMEHeader
	Attachments []Attachment
}

// Attachment is a file attached to an Email.
type Attachment struct {
	Filename string
	Content  []byte
}

// Opt configures a pool.
type Opt struct {
	Host string
	Port int
	Auth smtp.Auth
}

// LoginAuth is the LOGIN authentication.
type LoginAuth struct {
	Username, Password string
}

// Start begins the authentication.
func (a *LoginAuth) Start(server *smtp.ServerInfo) (string, []byte, error) { return "LOGIN", nil, nil }

// Next continues the authentication.
func (a *LoginAuth) Next(fromServer []byte, more bool) ([]byte, error) { return nil, nil }

// Pool is a pool of connections to the SMTP server.
type Pool struct{ opt Opt }

// New returns a pool of connections to o.Host.
func New(o Opt) (*Pool, error) { return &Pool{opt: o}, nil }

// Send sends e.
func (p *Pool) Send(e Email) error { return nil }

// Close closes the pool.
func (p *Pool) Close() {}
