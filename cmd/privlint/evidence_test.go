package main_test

import (
	"encoding/json"
	"slices"
	"strings"
	"testing"
)

// evidenceModule holds one field of each kind of evidence and look-alikes
// that must not be reported.
func evidenceModule(t *testing.T) string {
	return firstModule(t, map[string]string{
		"users/billing.go": `package users

import "net"

// Customer is person-like by its name.
type Customer struct {
	ReceiptEmail string ` + "`json:\"receipt_email\"`" + `
	Nickname     string
	LastIP       net.IP
}

// Invoice is not person-like; its name qualifies the address.
type Invoice struct {
	CustomerAddress string
}

// Plan is a thing: its nickname is not a person's.
type Plan struct {
	Nickname string
}

func Use(c *Customer, i *Invoice, p *Plan) string {
	return c.ReceiptEmail + c.Nickname + c.LastIP.String() + i.CustomerAddress + p.Nickname
}
`,
	})
}

// TestDetectedByEvidence checks that JSON and SARIF list the evidence of
// each verdict (SPEC §1.1, §6, §7), its kind first, and that the text
// output and the look-alikes are unchanged.
func TestDetectedByEvidence(t *testing.T) {
	dir := evidenceModule(t)
	r := runIn(t, dir, nil, privlint, "check", "--format", "json", "./...")
	var doc struct {
		Findings []struct {
			Rule, Message, Fingerprint string
			DetectedBy                 []string
		}
	}
	if err := json.Unmarshal([]byte(r.stdout), &doc); err != nil {
		t.Fatalf("JSON output does not parse: %v\n%s", err, r.stdout)
	}
	want := map[string][]string{
		"Customer.ReceiptEmail":   {"tag", "tag:json=receipt_email", "name:email(head)", "holder:person-like(Customer)"},
		"Customer.Nickname":       {"name", "name:nickname(whole)", "holder:person-like(Customer)"},
		"Customer.LastIP":         {"type", "type:net.IP", "holder:person-like(Customer)"},
		"Invoice.CustomerAddress": {"name", "name:address(head)", "qualifier:person(customer)"},
		"User.Email":              {"name", "name:email(whole)", "holder:person-like(User)"},
	}
	got := map[string][]string{}
	for _, f := range doc.Findings {
		if f.Rule != "PL001" {
			continue
		}
		// "CATEGORY in Type.Field has no declared purpose; …"
		_, rest, ok := strings.Cut(f.Message, " in ")
		if !ok {
			t.Fatalf("PL001 message names no field: %q", f.Message)
		}
		sym, _, _ := strings.Cut(rest, " ")
		got[sym] = f.DetectedBy
	}
	for sym, w := range want {
		if !slices.Equal(got[sym], w) {
			t.Errorf("%s: detectedBy %q, want %q", sym, got[sym], w)
		}
	}
	if by, ok := got["Plan.Nickname"]; ok {
		t.Errorf("Plan.Nickname reported (detectedBy %q): a plan's nickname is not a person's", by)
	}

	// SARIF carries the same lists in result properties.
	rs := runIn(t, dir, nil, privlint, "check", "--format", "sarif", "./...")
	var log struct {
		Runs []struct {
			Results []struct {
				RuleID  string `json:"ruleId"`
				Message struct{ Text string }
				Props   struct {
					DetectedBy []string `json:"detectedBy"`
				} `json:"properties"`
			}
		}
	}
	if err := json.Unmarshal([]byte(rs.stdout), &log); err != nil || len(log.Runs) != 1 {
		t.Fatalf("SARIF output does not parse (%v):\n%s", err, rs.stdout)
	}
	n := 0
	for _, res := range log.Runs[0].Results {
		if res.RuleID == "PL001" && strings.Contains(res.Message.Text, " Customer.ReceiptEmail ") {
			n++
			if !slices.Equal(res.Props.DetectedBy, want["Customer.ReceiptEmail"]) {
				t.Errorf("SARIF detectedBy %q, want %q", res.Props.DetectedBy, want["Customer.ReceiptEmail"])
			}
		}
	}
	if n != 1 {
		t.Errorf("%d SARIF results for Customer.ReceiptEmail, want 1", n)
	}

	// Text output names no evidence.
	rt := runIn(t, dir, nil, privlint, "check", "./...")
	if strings.Contains(rt.stdout, "holder:") || strings.Contains(rt.stdout, "name:email") {
		t.Errorf("text output lists evidence:\n%s", rt.stdout)
	}
}
