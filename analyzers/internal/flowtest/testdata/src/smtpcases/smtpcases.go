// Package smtpcases holds PL103 cases of mail sent through an SMTP server:
// net/smtp's SendMail and Client, and mailyak's message built with setters
// and sent by Send. The server (a relay, a provider's SMTP endpoint) gets
// the recipients and the message.
package smtpcases

import (
	"net/mail"
	"net/smtp"

	"github.com/domodwyer/mailyak/v3"
	"github.com/pocketbase/pocketbase/tools/mailer"

	"model"
)

// Mailer holds the SMTP settings.
type Mailer struct {
	Addr, User, Pass, From string
}

func (m *Mailer) sendWelcome(u *model.User) error {
	auth := smtp.PlainAuth("", m.User, m.Pass, "smtp.example.com")
	return smtp.SendMail(m.Addr, auth, m.From, []string{u.Email}, []byte("Welcome!")) // want `PL103 user\.contact\.email from User\.Email is sent to an SMTP server \(smtp\.SendMail\), a recipient privlint\.yaml does not declare`
}

func (m *Mailer) sendReport(body string) error {
	auth := smtp.PlainAuth("", m.User, m.Pass, "smtp.example.com")
	return smtp.SendMail(m.Addr, auth, m.From, []string{"ops@example.com"}, []byte(body)) // ok: nothing personal is sent
}

func (m *Mailer) sendThroughClient(c *smtp.Client, u *model.User) error {
	if err := c.Mail(m.From); err != nil { // ok: the system's own sender
		return err
	}
	return c.Rcpt(u.Email) // want `PL103 user\.contact\.email from User\.Email is sent to an SMTP server \(c\.Rcpt\), a recipient privlint\.yaml does not declare`
}

func (m *Mailer) sendYak(u *model.User) error {
	yak := mailyak.New(m.Addr, nil)
	yak.From(m.From)
	yak.Subject("Hello")
	yak.To(u.Email)
	return yak.Send() // want `PL103 user\.contact\.email from User\.Email is sent to an SMTP server \(yak\.Send\), a recipient privlint\.yaml does not declare`
}

func (m *Mailer) sendYakBody(to string, u *model.User) error {
	yak := mailyak.New(m.Addr, nil)
	yak.To(to)
	yak.HTML().Set("<p>" + u.Name + "</p>")
	return yak.Send() // want `PL103 user\.name from User\.Name is sent to an SMTP server \(yak\.Send\), a recipient privlint\.yaml does not declare`
}

func (m *Mailer) sendYakOps() error {
	yak := mailyak.New(m.Addr, nil)
	yak.From(m.From)
	yak.To("ops@example.com")
	yak.LocalName("mail.example.com")
	return yak.Send() // ok: only the system's own addresses
}

func (m *Mailer) previewYak(u *model.User) string {
	yak := mailyak.New(m.Addr, nil)
	yak.To(u.Email)
	return yak.String() // ok: not a send
}

// loginAuth is an AUTH LOGIN of the user's own mailbox.
type loginAuth struct{ username, password string }

func (m *Mailer) sendAsUser(u *model.User) error {
	auth := smtp.PlainAuth("", u.Email, u.Password, "smtp.example.com")
	yak := mailyak.New(m.Addr, auth)
	yak.To("ops@example.com")
	return yak.Send() // ok: the user's login authenticates to the server; it is not sent as data
}

func (m *Mailer) sendAsUserLogin(u *model.User) error {
	var auth smtp.Auth
	if u.Active {
		auth = &loginAuth{u.Email, u.Password}
	}
	return smtp.SendMail(m.Addr, auth, m.From, []string{"ops@example.com"}, []byte("report")) // ok: the login authenticates to the server
}

func (m *Mailer) sendAsUserLoginYak(u *model.User) error {
	var auth smtp.Auth = &loginAuth{u.Email, u.Password}
	yak, err := mailyak.NewWithTLS(m.Addr, auth, nil)
	if err != nil {
		return err
	}
	yak.To("ops@example.com")
	return yak.Send() // ok: the login authenticates to the server
}

func sendPocketBase(client mailer.Mailer, u *model.User) error {
	msg := &mailer.Message{
		From:    mail.Address{Address: "noreply@example.com"},
		To:      []mail.Address{{Address: u.Email}},
		Subject: "Welcome",
	}
	return client.Send(msg) // want `PL103 user\.contact\.email from User\.Email is sent to an SMTP server \(client\.Send\), a recipient privlint\.yaml does not declare`
}

func sendPocketBaseOps(client *mailer.SMTPClient, report string) error {
	return client.Send(&mailer.Message{To: []mail.Address{{Address: "ops@example.com"}}, HTML: report}) // ok: nothing personal
}
