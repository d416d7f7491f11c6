package policy

import "testing"

func TestRecipient(t *testing.T) {
	p := mustParse(t, `version: 1
purposes:
  billing: {legal_basis: contract}
third_parties:
  stripe:
    name: Stripe Inc.
    dpa: true
    purposes: [billing]
    packages: [github.com/stripe/stripe-go/...]
    hosts: [api.stripe.com, "*.stripe.network"]
  mailer:
    dpa: false
    packages: ["example.com/mail*"]
  openai:
    dpa: true
internal_hosts: ["*.internal.example.com"]
`)
	cases := []struct {
		host, name, pkg, want string
	}{
		{"api.stripe.com", "", "", "stripe"},
		{"API.Stripe.COM", "", "", "stripe"},
		{"m.stripe.network", "", "", "stripe"},
		{"stripe.network", "", "", "stripe"},
		{"evil-stripe.com", "stripe", "", ""}, // a host decides alone
		{"", "STRIPE", "", "stripe"},
		{"", "stripe inc.", "", "stripe"},
		{"", "", "github.com/stripe/stripe-go/v76/customer", "stripe"},
		{"", "", "github.com/stripe/stripe-go", "stripe"},
		{"", "", "github.com/stripe/stripe-gox", ""},
		{"", "", "example.com/mailgun", "mailer"},
		{"", "segment", "github.com/segmentio/analytics-go", ""},
		// The catalog names the service behind api.openai.com: its
		// declaration by name counts; any other host decides alone.
		{"api.openai.com", "openai", "", "openai"},
		{"llm.example.com", "openai", "", ""},
		{"api.openai.com", "", "", ""},
	}
	for _, tc := range cases {
		got := ""
		if tp := p.Recipient(tc.host, tc.name, tc.pkg); tp != nil {
			got = tp.Key
		}
		if got != tc.want {
			t.Errorf("Recipient(%q, %q, %q) = %q, want %q", tc.host, tc.name, tc.pkg, got, tc.want)
		}
	}
	for host, want := range map[string]bool{"crm.internal.example.com": true, "internal.example.com": true, "example.com": false, "": false} {
		if got := p.InternalHost(host); got != want {
			t.Errorf("InternalHost(%q) = %v, want %v", host, got, want)
		}
	}
}
