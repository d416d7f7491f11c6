// Package mail is a stand-in for github.com/wneessen/go-mail: a message
// (Msg) built with setters, and a Client that sends messages to the SMTP
// server of its host.
package mail

import (
	"context"
	htmltpl "html/template"
	"io"
	"net/smtp"
	texttpl "text/template"
)

// Header is a generic header name.
type Header string

// AddrHeader is an address header name.
type AddrHeader string

// ContentType is a MIME type.
type ContentType string

// MsgOption sets an option of a new message.
type MsgOption func(*Msg)

// Msg is a mail message.
type Msg struct {
	to, from []string
	subject  string
	body     string
}

// NewMsg returns an empty message.
func NewMsg(opts ...MsgOption) *Msg { return &Msg{} }

// From sets the sender.
func (m *Msg) From(addr string) error { m.from = []string{addr}; return nil }

// To sets the recipients.
func (m *Msg) To(rcpts ...string) error { m.to = rcpts; return nil }

// AddTo adds a recipient.
func (m *Msg) AddTo(rcpt string) error { m.to = append(m.to, rcpt); return nil }

// AddToFormat adds a recipient with a name.
func (m *Msg) AddToFormat(name, rcpt string) error { return nil }

// Cc sets the copies.
func (m *Msg) Cc(rcpts ...string) error { return nil }

// Bcc sets the blind copies.
func (m *Msg) Bcc(rcpts ...string) error { return nil }

// ReplyTo sets the reply address.
func (m *Msg) ReplyTo(addr string) error { return nil }

// Subject sets the subject.
func (m *Msg) Subject(subj string) { m.subject = subj }

// SetGenHeader sets a header.
func (m *Msg) SetGenHeader(h Header, values ...string) {}

// SetAddrHeader sets an address header.
func (m *Msg) SetAddrHeader(h AddrHeader, values ...string) error { return nil }

// SetMessageID sets a random message ID.
func (m *Msg) SetMessageID() {}

// SetBodyString sets the body.
func (m *Msg) SetBodyString(ct ContentType, body string) { m.body = body }

// AddAlternativeString adds an alternative body.
func (m *Msg) AddAlternativeString(ct ContentType, body string) {}

// SetBodyHTMLTemplate sets the body to tpl executed with data.
func (m *Msg) SetBodyHTMLTemplate(tpl *htmltpl.Template, data any) error { return nil }

// AddAlternativeTextTemplate adds tpl executed with data as an alternative body.
func (m *Msg) AddAlternativeTextTemplate(tpl *texttpl.Template, data any) error { return nil }

// AttachReader attaches what r holds as name.
func (m *Msg) AttachReader(name string, r io.Reader) error { return nil }

// GetRecipients returns the recipients.
func (m *Msg) GetRecipients() ([]string, error) { return m.to, nil }

// WriteTo writes the message to w.
func (m *Msg) WriteTo(w io.Writer) (int64, error) { return 0, nil }

// Option sets an option of a new client.
type Option func(*Client) error

// Client sends messages to the SMTP server of its host.
type Client struct {
	host, user, pass string
}

// NewClient returns a client of the SMTP server host.
func NewClient(host string, opts ...Option) (*Client, error) { return &Client{host: host}, nil }

// WithPort sets the port.
func WithPort(port int) Option { return nil }

// WithUsername sets the SMTP login's user name.
func WithUsername(username string) Option {
	return func(c *Client) error { c.user = username; return nil }
}

// WithPassword sets the SMTP login's password.
func WithPassword(password string) Option {
	return func(c *Client) error { c.pass = password; return nil }
}

// WithSMTPAuthCustom authenticates with a.
func WithSMTPAuthCustom(a smtp.Auth) Option { return nil }

// SetUsername sets the SMTP login's user name.
func (c *Client) SetUsername(username string) { c.user = username }

// SetPassword sets the SMTP login's password.
func (c *Client) SetPassword(password string) { c.pass = password }

// DialAndSend connects and sends the messages.
func (c *Client) DialAndSend(messages ...*Msg) error { return nil }

// DialAndSendWithContext connects and sends the messages.
func (c *Client) DialAndSendWithContext(ctx context.Context, messages ...*Msg) error { return nil }

// DialWithContext connects.
func (c *Client) DialWithContext(ctx context.Context) error { return nil }

// Send sends the messages over the connection.
func (c *Client) Send(messages ...*Msg) error { return nil }

// Close closes the connection.
func (c *Client) Close() error { return nil }
