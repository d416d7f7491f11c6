// Package tpcases holds PL103 cases: personal data sent to third parties.
package tpcases

import (
	"context"
	"net/http"
	"net/url"
	"strings"

	"github.com/aws/aws-sdk-go-v2/aws"
	"github.com/aws/aws-sdk-go-v2/service/ses"
	"github.com/aws/aws-sdk-go-v2/service/ses/types"
	"github.com/getsentry/sentry-go"
	"github.com/mailgun/mailgun-go/v4"
	"github.com/segmentio/analytics-go/v3"
	"github.com/sendgrid/sendgrid-go"
	"github.com/sendgrid/sendgrid-go/helpers/mail"
	"github.com/stripe/stripe-go/v76"
	"github.com/stripe/stripe-go/v76/customer"
	openapi "github.com/twilio/twilio-go/rest/api/v2010"

	"model"

	"example.com/crm"
)

func sdks(ctx context.Context, u *model.User, seg analytics.Client, sg *sendgrid.Client, tw *openapi.ApiService, mg *mailgun.MailgunImpl, sesc *ses.Client) {
	customer.New(&stripe.CustomerParams{Email: stripe.String(u.Email)})                              // ok: stripe has a DPA, the purpose billing and the category
	customer.New(&stripe.CustomerParams{Name: stripe.String(u.SSN)})                                 // want `PL103 user\.government_id\.national_identification_number from User\.SSN is sent to Stripe \(customer\.New\) for account, but privlint\.yaml declares stripe for purposes billing`
	seg.Enqueue(analytics.Identify{UserId: "1", Traits: analytics.NewTraits().SetEmail(u.Email)})    // want `PL103 user\.contact\.email from User\.Email is sent to Segment \(seg\.Enqueue\), which privlint\.yaml declares without dpa: true`
	sentry.CaptureMessage("signup " + u.Email)                                                       // want `PL103 user\.contact\.email from User\.Email is sent to Sentry \(sentry\.CaptureMessage\) for account, billing, but privlint\.yaml declares sentry for purposes monitoring`
	sentry.ConfigureScope(func(s *sentry.Scope) { s.SetUser(sentry.User{ID: "1", Email: u.Email}) }) // want `PL103 user\.contact\.email from User\.Email is sent to Sentry \(s\.SetUser\) for account, billing, but privlint\.yaml declares sentry for purposes monitoring`
	sentry.CaptureMessage("signup failed")                                                           // ok: no personal data
	to := mail.NewEmail(u.Name, u.Email)                                                             // ok: sendgrid declared with dpa and purpose account
	sg.Send(mail.NewSingleEmail(mail.NewEmail("Shop", "shop@example.com"), "Hi", to, "hello", ""))   // ok: sendgrid is declared
	p := &openapi.CreateMessageParams{}
	p.SetTo(u.Phone)               // ok: twilio may receive phone numbers for account
	p.SetBody("Your SSN " + u.SSN) // want `PL103 user\.government_id\.national_identification_number from User\.SSN is sent to Twilio \(p\.SetBody\), but privlint\.yaml lets twilio receive only user\.contact\.phone_number`
	tw.CreateMessage(p)
	msg := mg.NewMessage("shop@example.com", "Hi", "hello", u.Email) // want `PL103 user\.contact\.email from User\.Email is sent to Mailgun \(mg\.NewMessage\), a recipient privlint\.yaml does not declare`
	mg.Send(ctx, msg)
	sesc.SendEmail(ctx, &ses.SendEmailInput{ // ok: aws-ses is declared for account
		Destination: &types.Destination{ToAddresses: []string{u.Email}},
		Message:     &types.Message{Subject: &types.Content{Data: aws.String("Hi")}},
	})
	crm.Push(u.Name, u.Email) // ok: crm is declared (policy sinks.third_party) with a DPA
	crm.Lookup(u.ID)          // ok: not a sink, non-personal argument
}

func patients(p *model.Patient, sg *sendgrid.Client) {
	crm.Push(p.Name, p.Diagnosis)              // want `PL103 user\.health_and_medical from Patient\.Diagnosis is sent to crm \(crm\.Push\) for care, but privlint\.yaml declares crm for purposes account` `PL103 user\.name from Patient\.Name is sent to crm \(crm\.Push\) for care, but privlint\.yaml declares crm for purposes account`
	sentry.CaptureMessage("dx " + p.Diagnosis) // want `PL103 user\.health_and_medical from Patient\.Diagnosis is sent to Sentry \(sentry\.CaptureMessage\) for care, but privlint\.yaml declares sentry for purposes monitoring`
}

func requests(ctx context.Context, u *model.User, r *http.Request) {
	e := r.FormValue("email")
	http.Get("https://api.example.com/u?email=" + e)                                                                                              // want `PL103 user\.contact\.email from r\.FormValue\("email"\) is sent to api\.example\.com \(http\.Get\), a recipient privlint\.yaml does not declare`
	http.Post("https://api.example.com/users", "application/json", strings.NewReader(`{"ssn":"`+u.SSN+`"}`))                                      // want `PL103 user\.government_id\.national_identification_number from User\.SSN is sent to api\.example\.com \(http\.Post\), a recipient privlint\.yaml does not declare`
	http.Post("https://api.partner.example.com/users", "text/plain", strings.NewReader(u.Name))                                                   // ok: partner declared by host with a DPA
	http.Post("https://users.internal.example.com/v1", "text/plain", strings.NewReader(u.SSN))                                                    // ok: internal host
	http.Post("https://api.stripe.com/v1/customers", "text/plain", strings.NewReader(u.Email))                                                    // ok: stripe host, purpose billing
	req, _ := http.NewRequestWithContext(ctx, "POST", "https://hooks.example.org/in", strings.NewReader(url.Values{"email": {u.Email}}.Encode())) // want `PL103 user\.contact\.email from User\.Email is sent to hooks\.example\.org \(http\.NewRequestWithContext\), a recipient privlint\.yaml does not declare`
	_ = req
	var base string
	if u.Active {
		base = "https://a.example.com/"
	} else {
		base = "https://b.example.com/"
	}
	http.Post(base+"users", "text/plain", strings.NewReader(u.Email))          // ok: non-constant host is not judged
	http.Post(r.FormValue("callback"), "text/plain", strings.NewReader(u.SSN)) // ok: non-constant host is not judged
	http.Get("https://api.example.com/health")                                 // ok: no personal data
}
