// Package mailgun is a stand-in for github.com/mailgun/mailgun-go/v4.
package mailgun

import "context"

// Message is a message being built.
type Message struct {
	to   []string
	vars map[string]map[string]interface{}
}

// MailgunImpl is the client.
type MailgunImpl struct{}

func NewMailgun(domain, key string) *MailgunImpl { return &MailgunImpl{} }
func (m *MailgunImpl) NewMessage(from, subject, text string, to ...string) *Message {
	return &Message{to: to}
}
func (m *MailgunImpl) Send(ctx context.Context, msg *Message) (string, string, error) {
	return "", "", nil
}

// AddRecipient adds a recipient.
func (m *Message) AddRecipient(recipient string) error {
	m.to = append(m.to, recipient)
	return nil
}

// AddRecipientAndVariables adds a recipient with its template variables.
func (m *Message) AddRecipientAndVariables(r string, vars map[string]interface{}) error {
	m.to = append(m.to, r)
	if m.vars == nil {
		m.vars = map[string]map[string]interface{}{}
	}
	m.vars[r] = vars
	return nil
}
