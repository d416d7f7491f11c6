// Package notifycases holds PL103 cases of go-pkgz/notify: a comment's
// author and text sent through Telegram's and Slack's APIs and an SMTP
// server, by notifiers an app embeds in its own types.
package notifycases

import (
	"context"
	"fmt"

	ntf "github.com/go-pkgz/notify"
)

// Commenter is a person who writes comments.
type Commenter struct {
	ID    string
	Name  string
	Email string
}

// Telegram is the app's Telegram notifier.
type Telegram struct {
	*ntf.Telegram
	channel string
}

func (t *Telegram) comment(ctx context.Context, c Commenter, postURL string) error {
	msg := fmt.Sprintf("<b>%s</b> commented on %s", ntf.EscapeTelegramText(c.Name), postURL)
	return t.Telegram.Send(ctx, "telegram:"+t.channel, msg) // want `PL103 user\.name from Commenter\.Name is sent to Telegram \(t\.Telegram\.Send\), a recipient privlint\.yaml does not declare`
}

func (t *Telegram) ping(ctx context.Context, c Commenter) error {
	return t.Send(ctx, "telegram:"+t.channel, "new comment from user "+c.ID) // ok: an opaque identifier
}

func slack(ctx context.Context, s *ntf.Slack, c Commenter) error {
	if err := s.Send(ctx, "slack:general", "New comment from "+c.Name); err != nil { // want `PL103 user\.name from Commenter\.Name is sent to Slack \(s\.Send\), a recipient privlint\.yaml does not declare`
		return err
	}
	return s.Send(ctx, "slack:general", "a new comment") // ok: nothing personal
}

func email(ctx context.Context, e *ntf.Email, c Commenter, subject string) error {
	return e.Send(ctx, "mailto:"+c.Email+"?subject="+subject, "verify your address") // want `PL103 user\.contact\.email from Commenter\.Email is sent to an SMTP server \(e\.Send\), a recipient privlint\.yaml does not declare`
}

func setup(token string) (*ntf.Telegram, error) {
	return ntf.NewTelegram(ntf.TelegramParams{Token: token}) // ok: the bot's own token
}
