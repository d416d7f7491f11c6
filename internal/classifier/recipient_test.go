package classifier

import "testing"

// TestMessageRecipient covers the bare Recipient of a message being sent:
// the address it goes to beside its Subject or Body, and not elsewhere.
func TestMessageRecipient(t *testing.T) {
	c := testClassifier(t)
	s := func(name string, tags ...string) Member { return Member{Name: name, TagNames: tags, Kind: KindString} }
	cases := []holderCase{
		{"Message", []Member{s("Recipient", "recipient"), s("Body", "body"), s("Subject", "subject")}, "user.contact"},
		{"OutgoingSMS", []Member{s("recipient"), s("body")}, "user.contact"},
		{"courier.Email", []Member{s("Recipient"), s("Subject")}, "user.contact"},
		// Not: no message content, no message holder, another name or a
		// tag naming something else, a number.
		{"Message", []Member{s("Recipient"), s("Status")}, ""},
		{"Award", []Member{s("Recipient"), s("Body")}, ""},
		{"Message", []Member{s("RecipientType"), s("Body")}, ""},
		{"Message", []Member{s("Recipient", "recipient_kind"), s("Body")}, ""},
		{"Message", []Member{{Name: "Recipient", Kind: KindNumber}, s("Body")}, ""},
		{"MessageConfig", []Member{s("Recipient"), s("Body")}, ""},
		// A message's header: To, Cc and Bcc (lists of addresses too,
		// GoKind's KindString for a []string); not elsewhere, and not
		// when a tag names something else.
		{"Message", []Member{s("To"), s("Cc"), s("Subject"), s("Body")}, "user.contact"},
		{"email.Message", []Member{s("Bcc"), s("Body")}, "user.contact"},
		{"Transfer", []Member{s("To"), s("Body")}, ""},
		{"Message", []Member{s("To"), s("Status")}, ""},
		{"Message", []Member{s("To", "to_account_id"), s("Body")}, ""},
	}
	checkHolderCases(t, c, cases)
	got := c.Object(Object{TypeName: "Message", Members: []Member{s("Recipient"), s("Body")}})[0].DetectedBy()
	if want := []string{"name", "name:recipient(whole)", "holder:context(Message)"}; len(got) != 3 || got[1] != want[1] || got[2] != want[2] {
		t.Errorf("detectedBy %q, want %q", got, want)
	}
}
