package smtpcases

// Cases of the other SMTP libraries: go-mail (wneessen), gomail
// (gopkg.in/gomail.v2 and github.com/go-gomail/gomail), smtppool and
// jordan-wright/email. A message's setters or fields make it; the client,
// dialer or pool (or the message itself) sends it to the server of its
// host. The login given to the dialer or client authenticates to that
// server: it is not data sent.

import (
	"context"
	"html/template"
	"net/smtp"
	"strings"
	"time"

	gosmtp "github.com/emersion/go-smtp"
	gogomail "github.com/go-gomail/gomail"
	"github.com/jordan-wright/email"
	"github.com/knadh/smtppool/v2"
	gomail "github.com/wneessen/go-mail"
	gomailv2 "gopkg.in/gomail.v2"

	"model"
)

var welcome = template.Must(template.New("w").Parse("Hello {{.Name}}"))

func (m *Mailer) goMailTo(u *model.User) error {
	msg := gomail.NewMsg()
	if err := msg.From(m.From); err != nil {
		return err
	}
	if err := msg.AddTo(u.Email); err != nil {
		return err
	}
	msg.Subject("Welcome")
	c, err := gomail.NewClient(m.Addr, gomail.WithPort(587), gomail.WithUsername(m.User), gomail.WithPassword(m.Pass))
	if err != nil {
		return err
	}
	return c.DialAndSend(msg) // want `PL103 user\.contact\.email from User\.Email is sent to an SMTP server \(c\.DialAndSend\), a recipient privlint\.yaml does not declare`
}

func (m *Mailer) goMailBody(ctx context.Context, c *gomail.Client, u *model.User) error {
	msg := gomail.NewMsg()
	_ = msg.To("ops@example.com")
	msg.SetBodyString("text/plain", "new signup")
	msg.AddAlternativeString("text/html", "<p>"+u.Name+"</p>")
	return c.DialAndSendWithContext(ctx, msg) // want `PL103 user\.name from User\.Name is sent to an SMTP server \(c\.DialAndSendWithContext\), a recipient privlint\.yaml does not declare`
}

func (m *Mailer) goMailTemplate(ctx context.Context, c *gomail.Client, u *model.User) error {
	msg := gomail.NewMsg()
	_ = msg.To("ops@example.com")
	if err := msg.SetBodyHTMLTemplate(welcome, map[string]string{"Name": u.Name}); err != nil {
		return err
	}
	if err := c.DialWithContext(ctx); err != nil {
		return err
	}
	return c.Send(msg) // want `PL103 user\.name from User\.Name is sent to an SMTP server \(c\.Send\), a recipient privlint\.yaml does not declare`
}

func (m *Mailer) goMailOps(c *gomail.Client) error {
	msg := gomail.NewMsg()
	_ = msg.From(m.From)
	_ = msg.To("ops@example.com")
	msg.SetMessageID()
	msg.SetBodyString("text/plain", "nightly report")
	return c.DialAndSend(msg) // ok: only the system's own addresses
}

func (m *Mailer) goMailAsUser(u *model.User) error {
	c, err := gomail.NewClient(m.Addr, gomail.WithUsername(u.Email), gomail.WithPassword(u.Password))
	if err != nil {
		return err
	}
	c.SetUsername(u.Email)
	c.SetPassword(u.Password)
	msg := gomail.NewMsg()
	_ = msg.To("ops@example.com")
	return c.DialAndSend(msg) // ok: the user's login authenticates to the server
}

func goMailPreview(u *model.User) ([]string, error) {
	msg := gomail.NewMsg()
	_ = msg.AddTo(u.Email)
	return msg.GetRecipients() // ok: not a send
}

func (m *Mailer) gomailV2(u *model.User) error {
	msg := gomailv2.NewMessage()
	msg.SetHeader("From", m.From)
	msg.SetHeader("To", u.Email)
	msg.SetHeader("Subject", "Welcome")
	msg.SetBody("text/plain", "Welcome!")
	d := gomailv2.NewDialer(m.Addr, 587, m.User, m.Pass)
	return d.DialAndSend(msg) // want `PL103 user\.contact\.email from User\.Email is sent to an SMTP server \(d\.DialAndSend\), a recipient privlint\.yaml does not declare`
}

func (m *Mailer) gomailV2Body(u *model.User) error {
	msg := gomailv2.NewMessage()
	msg.SetAddressHeader("To", "ops@example.com", "Ops")
	msg.AddAlternative("text/html", "<p>"+u.Phone+"</p>")
	d := gomailv2.NewDialer(m.Addr, 587, m.User, m.Pass)
	s, err := d.Dial()
	if err != nil {
		return err
	}
	return gomailv2.Send(s, msg) // want `PL103 user\.contact\.phone_number from User\.Phone is sent to an SMTP server \(gomailv2\.Send\), a recipient privlint\.yaml does not declare`
}

func (m *Mailer) gomailV2AsUser(u *model.User) error {
	msg := gomailv2.NewMessage()
	msg.SetHeader("To", "ops@example.com")
	msg.SetBody("text/plain", "report")
	d := gomailv2.NewDialer(m.Addr, 587, u.Email, u.Password)
	return d.DialAndSend(msg) // ok: the user's login authenticates to the server
}

func (m *Mailer) goGomail(u *model.User) error {
	msg := gogomail.NewMessage()
	msg.SetAddressHeader("To", u.Email, u.Name)
	d := gogomail.NewPlainDialer(m.Addr, 25, m.User, m.Pass)
	return d.DialAndSend(msg) // want `PL103 user\.contact\.email from User\.Email is sent to an SMTP server \(d\.DialAndSend\)` `PL103 user\.name from User\.Name is sent to an SMTP server \(d\.DialAndSend\)`
}

func (m *Mailer) goGomailOps(u *model.User) error {
	msg := gogomail.NewMessage()
	msg.SetHeader("To", "ops@example.com")
	msg.SetBody("text/plain", "report")
	d := gogomail.NewDialer(m.Addr, 587, u.Email, u.Password)
	return d.DialAndSend(msg) // ok: nothing personal is sent; the login authenticates
}

func (m *Mailer) smtpPool(p *smtppool.Pool, u *model.User) error {
	return p.Send(smtppool.Email{ // want `PL103 user\.contact\.email from User\.Email is sent to an SMTP server \(p\.Send\), a recipient privlint\.yaml does not declare`
		From:    m.From,
		To:      []string{u.Email},
		Subject: "Welcome",
		HTML:    []byte("<p>Welcome!</p>"),
	})
}

func (m *Mailer) smtpPoolOps(u *model.User) error {
	p, err := smtppool.New(smtppool.Opt{Host: m.Addr, Port: 587, Auth: &smtppool.LoginAuth{Username: u.Email, Password: u.Password}})
	if err != nil {
		return err
	}
	return p.Send(smtppool.Email{From: m.From, To: []string{"ops@example.com"}, Text: []byte("report")}) // ok: nothing personal is sent
}

func (m *Mailer) jordanWright(u *model.User) error {
	e := email.NewEmail()
	e.From = m.From
	e.To = []string{u.Email}
	e.Subject = "Welcome"
	return e.Send(m.Addr, smtp.PlainAuth("", m.User, m.Pass, "smtp.example.com")) // want `PL103 user\.contact\.email from User\.Email is sent to an SMTP server \(e\.Send\), a recipient privlint\.yaml does not declare`
}

func (m *Mailer) jordanWrightPool(p *email.Pool, u *model.User) error {
	e := &email.Email{To: []string{"ops@example.com"}, Text: []byte("new signup: " + u.Name)}
	return p.Send(e, 10*time.Second) // want `PL103 user\.name from User\.Name is sent to an SMTP server \(p\.Send\), a recipient privlint\.yaml does not declare`
}

func (m *Mailer) jordanWrightAsUser(u *model.User) error {
	e := &email.Email{From: m.From, To: []string{"ops@example.com"}, Text: []byte("report")}
	return e.SendWithTLS(m.Addr, smtp.PlainAuth("", u.Email, u.Password, "smtp.example.com"), nil) // ok: the user's login authenticates to the server
}

func jordanWrightPreview(u *model.User) ([]byte, error) {
	e := &email.Email{To: []string{u.Email}}
	return e.Bytes() // ok: not a send
}

// emersion/go-smtp: the client's recipients and the message go to the
// server; the constant sender does not carry personal data.
func (m *Mailer) goSMTPRcpt(u *model.User) error {
	c, err := gosmtp.Dial(m.Addr)
	if err != nil {
		return err
	}
	defer c.Close()
	if err := c.Mail("noreply@example.com", nil); err != nil { // ok: the service's own sender
		return err
	}
	return c.Rcpt(u.Email, nil) // want `PL103 user\.contact\.email from User\.Email is sent to an SMTP server \(c\.Rcpt\), a recipient privlint\.yaml does not declare`
}

func (m *Mailer) goSMTPSend(u *model.User) error {
	return gosmtp.SendMail(m.Addr, nil, m.From, []string{u.Email}, strings.NewReader("Welcome!")) // want `PL103 user\.contact\.email from User\.Email is sent to an SMTP server \(gosmtp\.SendMail\), a recipient privlint\.yaml does not declare`
}
