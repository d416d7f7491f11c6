package classifier

import "testing"

// TestNamedValue covers a bare Value in a record named for a contact
// datum: the datum itself, and not elsewhere.
func TestNamedValue(t *testing.T) {
	c := testClassifier(t)
	s := func(name string, tags ...string) Member { return Member{Name: name, TagNames: tags, Kind: KindString} }
	cases := []holderCase{
		{"RecoveryAddress", []Member{s("Value", "value"), s("Via", "via")}, "user.contact.address"},
		{"Email", []Member{s("Value", "value"), s("Type", "type"), {Name: "Primary", Kind: KindBool}}, "user.contact.email"},
		{"scim.PhoneNumber", []Member{s("value"), s("type")}, "user.contact.phone_number"},
		// Not: a holder named for no contact datum, configuration, a
		// template, another member name, a number, a tag naming another.
		{"Tag", []Member{s("Value"), s("Key")}, ""},
		{"Name", []Member{s("Value")}, ""},
		{"EmailConfig", []Member{s("Value")}, ""},
		{"EmailTemplate", []Member{s("Value")}, ""},
		{"Email", []Member{s("DisplayValue")}, ""},
		{"PhoneNumber", []Member{{Name: "Value", Kind: KindNumber}}, ""},
		{"Email", []Member{s("Value", "value_type")}, ""},
	}
	checkHolderCases(t, c, cases)
}
