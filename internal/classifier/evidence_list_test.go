package classifier

import (
	"slices"
	"strings"
	"testing"

	"github.com/privlint/privlint/rules"
)

// TestDetectedByLists checks the evidence a verdict lists (SPEC §1.1,
// issue 14): the strongest kind first, then what matched and what weighed
// it, in the vocabulary documented in evidence.go.
func TestDetectedByLists(t *testing.T) {
	c := testClassifier(t)
	cases := []struct {
		holder string
		member Member
		others []Member
		want   []string // nil: not personal, no evidence
	}{
		{"Customer", Member{Name: "ReceiptEmail", TagNames: []string{"", "receipt_email"}, TagKeys: []string{"db", "json"}}, nil,
			[]string{"tag", "tag:json=receipt_email", "name:email(head)", "holder:person-like(Customer)"}},
		{"Customer", Member{Name: "Nickname"}, nil, []string{"name", "name:nickname(whole)", "holder:person-like(Customer)"}},
		{"Attendance", Member{Name: "Username"}, []Member{{Name: "Email"}},
			[]string{"name", "name:username(whole)", "holder:co-occurrence(Attendance)"}},
		{"Invoice", Member{Name: "CustomerAddress"}, nil, []string{"name", "name:address(head)", "qualifier:person(customer)"}},
		{"Charge", Member{Name: "address_zip"}, nil, []string{"name", "name:zip(head)", "qualifier:ancestor(address)"}},
		{"HomeAddress", Member{Name: "City"}, nil, []string{"name", "name:city(whole)", "holder:ancestor(HomeAddress)"}},
		{"DebitCard", Member{Name: "number"}, nil, []string{"name", "name:number(whole)", "holder:context(DebitCard)"}},
		{"Visit", Member{Name: "IP", GoType: "net.IP", Kind: KindOther}, nil, []string{"type", "type:net.IP"}},
		{"Entry", Member{Name: "contact", Format: "email"}, nil, []string{"format", "format:email", "holder:co-occurrence(Entry)"}},
		{"Plan", Member{Name: "diagnosis"}, nil, []string{"name", "name:diagnosis(whole)", "holder:thing(Plan)"}},
		{"Charge", Member{Name: "to", Description: "The phone number to send the receipt to."}, nil,
			[]string{"description", "description:phone_number(whole)"}},
		// A code comment is softer: it needs a person in it, or a person-like holder.
		{"Charge", Member{Name: "to", Description: "The phone number to send the receipt to.", SoftDescription: true}, nil, nil},
		{"Charge", Member{Name: "to", Description: "The customer's phone number to send the receipt to.", SoftDescription: true}, nil,
			[]string{"description", "description:phone_number(head)", "qualifier:person(customer)"}},
		{"Channel", Member{Name: "editor", Description: "The e-mail address for the person responsible for the content.", SoftDescription: true}, nil,
			[]string{"description", "description:mail_address(head)"}},
		{"Channel", Member{Name: "ref", Description: "The full name of the created reference.", SoftDescription: true}, nil, nil},
		{"Customer", Member{Name: "to", Description: "The phone number to send the receipt to.", SoftDescription: true}, nil,
			[]string{"description", "description:phone_number(whole)", "holder:person-like(Customer)"}},
		{"Charge", Member{Name: "billing_email", Description: "The billing email address of the customer."}, nil,
			[]string{"name", "name:email(head)", "description"}},
		{"Row", Member{Name: "Mail", Infer: true, Declared: &Match{}}, nil, []string{"annotation", "name:mail(whole)"}},
		{"Row", Member{Name: "Blob", Infer: true, Declared: &Match{}}, nil, []string{"annotation"}},
		{"Row", Member{Name: "Email", Infer: true, Declared: &Match{}}, nil, []string{"annotation", "name:email(whole)", "holder:co-occurrence(Row)"}},
		{"Row", Member{Name: "x", Declared: &Match{Category: "user.contact.email"}}, nil, []string{"annotation"}},
		// Not personal: no evidence at all.
		{"Plan", Member{Name: "nickname"}, nil, nil},
		{"Mailer", Member{Name: "EmailTemplate"}, nil, nil},
		{"Charge", Member{Name: "billing_email", Description: "Whether the billing email was verified."}, nil, nil},
	}
	for _, tc := range cases {
		o := Object{TypeName: tc.holder, Members: append([]Member{tc.member}, tc.others...)}
		got := c.Object(o)[0].DetectedBy()
		if !slices.Equal(got, tc.want) {
			t.Errorf("%s.%s: detectedBy %q, want %q", tc.holder, tc.member.Name, got, tc.want)
		}
	}
}

// TestDetectedByStable checks that the evidence depends only on the input:
// a fresh classifier, with empty caches, lists the same as a warm one, and
// quoted names are cut to a bound.
func TestDetectedByStable(t *testing.T) {
	warm := testClassifier(t)
	tax, err := rules.DefaultTaxonomy()
	if err != nil {
		t.Fatal(err)
	}
	cold := New(tax)
	long := "Customer" + strings.Repeat("Profile", 40)
	objs := []Object{
		{TypeName: "Customer", Members: []Member{{Name: "Name"}, {Name: "Email"}}},
		{TypeName: long, Members: []Member{{Name: "Name"}}},
	}
	for _, o := range objs {
		w, cl := warm.Object(o), cold.Object(o)
		for i := range w {
			if !slices.Equal(w[i].DetectedBy(), cl[i].DetectedBy()) {
				t.Errorf("%s.%s: warm %q, cold %q", o.TypeName, o.Members[i].Name, w[i].DetectedBy(), cl[i].DetectedBy())
			}
		}
	}
	for _, item := range warm.Object(objs[1])[0].DetectedBy() {
		if len(item) > maxEvidenceName+40 {
			t.Errorf("evidence item of %d bytes: %q", len(item), item)
		}
	}
}
