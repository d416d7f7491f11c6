// Package smtp is a stand-in for github.com/emersion/go-smtp: an SMTP
// client (and server) library whose Client mirrors net/smtp's.
package smtp

import "io"

// Client is a connection to an SMTP server.
type Client struct{}

// MailOptions and RcptOptions are the MAIL and RCPT commands' options.
type (
	MailOptions struct{ Size int }
	RcptOptions struct{ Notify []string }
)

// Dial connects to the server at addr.
func Dial(addr string) (*Client, error) { return &Client{}, nil }

// Mail sends the MAIL FROM command.
func (c *Client) Mail(from string, opts *MailOptions) error { return nil }

// Rcpt sends the RCPT TO command.
func (c *Client) Rcpt(to string, opts *RcptOptions) error { return nil }

// SendMail sends a whole message from from to to.
func (c *Client) SendMail(from string, to []string, r io.Reader) error { return nil }

// Close closes the connection.
func (c *Client) Close() error { return nil }

// SendMail connects to addr and sends a message; a authenticates.
func SendMail(addr string, a any, from string, to []string, r io.Reader) error { return nil }
