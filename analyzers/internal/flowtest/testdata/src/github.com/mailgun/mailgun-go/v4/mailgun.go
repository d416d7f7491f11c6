// Package mailgun is a stand-in for github.com/mailgun/mailgun-go/v4.
package mailgun

import "context"

type Message struct{}
type MailgunImpl struct{}

func NewMailgun(domain, key string) *MailgunImpl { return &MailgunImpl{} }
func (m *MailgunImpl) NewMessage(from, subject, text string, to ...string) *Message {
	return &Message{}
}
func (m *MailgunImpl) Send(ctx context.Context, msg *Message) (string, string, error) {
	return "", "", nil
}
