// Package gomail is a stand-in for github.com/go-gomail/gomail, the
// repository gopkg.in/gomail.v2 is served from, imported by its own path:
// a Message built with setters, sent to an SMTP server by a Dialer or by
// Send.
package gomail

import "io"

// Message is a mail message.
type Message struct {
	header map[string][]string
	body   string
}

// NewMessage returns an empty message.
func NewMessage() *Message { return &Message{header: map[string][]string{}} }

// SetHeader sets a header.
func (m *Message) SetHeader(field string, value ...string) { m.header[field] = value }

// SetAddressHeader sets an address header.
func (m *Message) SetAddressHeader(field, address, name string) {}

// SetBody sets the body.
func (m *Message) SetBody(contentType, body string) { m.body = body }

// AddAlternative adds an alternative body.
func (m *Message) AddAlternative(contentType, body string) {}

// Attach attaches the file filename.
func (m *Message) Attach(filename string) {}

// WriteTo writes the message to w.
func (m *Message) WriteTo(w io.Writer) (int64, error) { return 0, nil }

// Dialer connects to an SMTP server.
type Dialer struct {
	Host     string
	Port     int
	Username string
	Password string
}

// NewDialer returns a dialer of host that logs in as username.
func NewDialer(host string, port int, username, password string) *Dialer {
	return &Dialer{Host: host, Port: port, Username: username, Password: password}
}

// NewPlainDialer is NewDialer.
func NewPlainDialer(host string, port int, username, password string) *Dialer {
	return NewDialer(host, port, username, password)
}

// Sender sends a message.
type Sender interface {
	Send(from string, to []string, msg io.WriterTo) error
}

// SendCloser is a Sender that can be closed.
type SendCloser interface {
	Sender
	Close() error
}

// Dial connects to the server.
func (d *Dialer) Dial() (SendCloser, error) { return nil, nil }

// DialAndSend connects and sends the messages.
func (d *Dialer) DialAndSend(m ...*Message) error { return nil }

// Send sends the messages with s.
func Send(s Sender, msg ...*Message) error { return nil }
