// Package mailgun is a stand-in for github.com/mailgun/mailgun-go at
// v2.0.0+incompatible: the import path has no major-version suffix, the
// client is an interface and Send takes no context.
package mailgun

// Message is a message being built: recipients and headers are added to
// it before it is sent.
type Message struct {
	to      []string
	vars    map[string]map[string]interface{}
	headers map[string]string
	html    string
}

// Mailgun is the client.
type Mailgun interface {
	NewMessage(from, subject, text string, to ...string) *Message
	Send(m *Message) (string, string, error)
}

type mailgunImpl struct{ domain, key string }

// NewMailgun returns a client for domain.
func NewMailgun(domain, apiKey, publicAPIKey string) Mailgun {
	return &mailgunImpl{domain: domain, key: apiKey}
}

func (m *mailgunImpl) NewMessage(from, subject, text string, to ...string) *Message {
	return &Message{to: to}
}

func (m *mailgunImpl) Send(msg *Message) (string, string, error) { return "", "", nil }

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

// AddHeader adds a header.
func (m *Message) AddHeader(header, value string) { m.headers[header] = value }

// SetHtml sets the HTML body.
func (m *Message) SetHtml(html string) { m.html = html }

// RecipientCount says how many recipients were added.
func (m *Message) RecipientCount() int { return len(m.to) }

// Member is a mailing list's member: the library declares personal data
// of its own, so privlint analyzes it and uses its summaries.
type Member struct {
	Email string
	Name  string
}

// ListMember returns a member of a list.
func ListMember(list, email string) Member { return Member{Email: email} }
