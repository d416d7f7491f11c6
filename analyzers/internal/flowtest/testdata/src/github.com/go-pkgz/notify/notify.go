// Package notify is a test stub of github.com/go-pkgz/notify: notifiers
// that send a text to a destination through Telegram's bot API, Slack's
// API, an SMTP server or a webhook URL.
package notify

import "context"

// Notifier sends a text to a destination.
type Notifier interface {
	Send(ctx context.Context, destination, text string) error
	Schema() string
}

// TelegramParams configures a Telegram notifier.
type TelegramParams struct {
	Token string
}

// Telegram sends through Telegram's bot API.
type Telegram struct{ params TelegramParams }

// NewTelegram makes a Telegram notifier.
func NewTelegram(params TelegramParams) (*Telegram, error) { return &Telegram{params: params}, nil }

// Send sends text to the chat destination names.
func (t *Telegram) Send(ctx context.Context, destination, text string) error { return nil }

// Schema is the destination's scheme.
func (t *Telegram) Schema() string { return "telegram" }

// EscapeTelegramText escapes text for Telegram's HTML.
func EscapeTelegramText(text string) string { return text }

// Slack sends through Slack's API.
type Slack struct{ token string }

// NewSlack makes a Slack notifier.
func NewSlack(token string) *Slack { return &Slack{token: token} }

// Send sends text to the channel destination names.
func (s *Slack) Send(ctx context.Context, destination, text string) error { return nil }

// Schema is the destination's scheme.
func (s *Slack) Schema() string { return "slack" }

// SMTPParams configures an Email notifier.
type SMTPParams struct {
	Host     string
	Username string
	Password string
}

// Email sends through an SMTP server.
type Email struct{ params SMTPParams }

// NewEmail makes an Email notifier.
func NewEmail(params SMTPParams) *Email { return &Email{params: params} }

// Send sends text to the mailto: address destination names.
func (e *Email) Send(ctx context.Context, destination, text string) error { return nil }

// Schema is the destination's scheme.
func (e *Email) Schema() string { return "mailto" }

// Webhook posts to a URL.
type Webhook struct{}

// Send posts text to the URL destination names.
func (wh *Webhook) Send(ctx context.Context, destination, text string) error { return nil }
