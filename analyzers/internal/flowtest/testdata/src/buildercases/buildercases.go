// Package buildercases holds PL103 cases for builder objects: a message or
// request that data is added to and that is sent later carries that data
// to where it is sent.
package buildercases

import (
	"context"
	"net/http"

	"github.com/aws/aws-sdk-go-v2/service/ses"
	"github.com/aws/aws-sdk-go-v2/service/ses/types"

	mailgunv2 "github.com/mailgun/mailgun-go"
	"github.com/mailgun/mailgun-go/v4"

	"model"
)

func newsletter(ctx context.Context, mg *mailgun.MailgunImpl, subs []*model.User) {
	m := mg.NewMessage("news@example.com", "News", "This month") // ok: nothing personal in the message yet
	for _, s := range subs {
		m.AddRecipientAndVariables(s.Email, map[string]interface{}{"name": s.Name})
	}
	mg.Send(ctx, m) // want `PL103 user\.contact\.email from User\.Email is sent to Mailgun \(mg\.Send\), a recipient privlint\.yaml does not declare` `PL103 user\.name from User\.Name is sent to Mailgun \(mg\.Send\), a recipient privlint\.yaml does not declare`
}

func reminder(mg mailgunv2.Mailgun, u *model.User) {
	m := mg.NewMessage("news@example.com", "Reminder", "Your plan renews soon")
	m.AddRecipient(u.Email)
	mg.Send(m) // want `PL103 user\.contact\.email from User\.Email is sent to Mailgun \(mg\.Send\), a recipient privlint\.yaml does not declare`
}

func opsReport(mg mailgunv2.Mailgun, u *model.User) {
	m := mg.NewMessage("news@example.com", "Report", "Nightly report")
	m.AddRecipient("ops@example.com")
	m.AddHeader("X-Report", "nightly")
	if u.Active {
		m.SetHtml("<p>ok</p>")
	}
	mg.Send(m) // ok: only constants were added to the message
}

func count(mg mailgunv2.Mailgun, u *model.User) int {
	m := mg.NewMessage("news@example.com", "Count", "n")
	m.AddRecipient("ops@example.com")
	return m.RecipientCount() // ok: not a send
}

func partnerSync(ctx context.Context, u *model.User) error {
	req, err := http.NewRequestWithContext(ctx, "POST", "https://tracker.example.net/identify", nil) // ok: nothing personal in the request yet
	if err != nil {
		return err
	}
	req.Header.Set("X-User-Email", u.Email)
	resp, err := http.DefaultClient.Do(req) // want `PL103 user\.contact\.email from User\.Email is sent to tracker\.example\.net \(http\.DefaultClient\.Do\), a recipient privlint\.yaml does not declare`
	if err != nil {
		return err
	}
	return resp.Body.Close()
}

func partnerDeclared(ctx context.Context, c *http.Client, u *model.User) error {
	req, err := http.NewRequestWithContext(ctx, "POST", "https://api.partner.example.com/identify", nil)
	if err != nil {
		return err
	}
	req.Header.Set("X-User-Name", u.Name)
	_, err = c.Do(req) // ok: the partner is declared by host with a DPA for account
	return err
}

func health(ctx context.Context, c *http.Client) error {
	req, err := http.NewRequestWithContext(ctx, "GET", "https://tracker.example.net/health", nil)
	if err != nil {
		return err
	}
	req.Header.Set("Accept", "application/json")
	_, err = c.Do(req) // ok: nothing personal added
	return err
}

func careReminder(ctx context.Context, sesc *ses.Client, p *model.Patient) {
	in := &ses.SendEmailInput{}
	in.Destination = &types.Destination{ToAddresses: []string{p.Name}}
	sesc.SendEmail(ctx, in) // want `PL103 user\.name from Patient\.Name is sent to Amazon SES \(sesc\.SendEmail\) for care, but privlint\.yaml declares aws-ses for purposes account`
}

func accountNotice(ctx context.Context, sesc *ses.Client, u *model.User) {
	in := &ses.SendEmailInput{}
	in.Destination = &types.Destination{ToAddresses: []string{u.Email}}
	sesc.SendEmail(ctx, in) // ok: aws-ses is declared for account
}

// bookmarkSave authenticates to the user's bookmarking service with the
// user's own login there: basic-auth credentials prove who is asking to
// the recipient, they do not disclose anything to it (a miniflux
// integration sends them so).
func bookmarkSave(ctx context.Context, c *http.Client, u *model.User) error {
	req, err := http.NewRequestWithContext(ctx, "GET", "https://bookmarks.example.org/api/add", nil)
	if err != nil {
		return err
	}
	req.SetBasicAuth(u.Email, u.Password)
	_, err = c.Do(req) // ok: credentials for the recipient itself
	return err
}
