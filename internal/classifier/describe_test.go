package classifier

import (
	"strings"
	"testing"
)

// TestDescriptionEvidence: a schema description is evidence (SPEC §1.1).
// Its subject, read head-last, names the data when the name does not; it
// refutes the name when its head names something else or when it says the
// value tells whether something holds; and it is softer than a name.
func TestDescriptionEvidence(t *testing.T) {
	c := testClassifier(t)
	cases := []evidenceCase{
		// The subject names the data the name leaves open.
		{"bare recipient", "SmsDispatch", Member{Name: "target", Description: "The mobile phone number, in E.164 format, the text goes to."}, nil, "user.contact.phone_number"},
		{"person-qualified country", "WalletTopUp", Member{Name: "regionCode", Description: "The payer's two-letter [ISO 3166-1](https://example.org/iso) country code."}, nil, "user.contact.address.country"},
		{"of phrase names the owner", "PayoutLine", Member{Name: "zip", Description: "The postal code of the beneficiary's home address. Max 10 characters."}, nil, "user.contact.address.postal_code"},
		{"context for an ambiguous word", "DirectDebitMandate", Member{Name: "accountNo", Description: "The bank account number, without separators."}, nil, "user.financial.bank_account"},
		{"signer's e-mail", "EnvelopeAudit", Member{Name: "forwarded_by", Description: "Email address of the signer who forwarded the envelope."}, nil, "user.contact.email"},
		// The subject must head the phrase and lie outside its "of" phrase.
		{"e-mail template", "Notice", Member{Name: "body", Description: "The e-mail template used for reminders."}, nil, ""},
		{"count of holders", "VirtualCardPolicy", Member{Name: "seats", Description: "The number of cardholders who may use the card."}, nil, ""},
		{"bin of a card", "RiskSignals", Member{Name: "iin", Description: "The issuer identification number of a payment card."}, nil, ""},
		{"clause, not a compound", "Checkout", Member{Name: "addressFirstUse", Kind: KindString, Description: "Date the chosen billing address was first used."}, nil, ""},
		// Softer than a name: a weak word needs a person, an ancestor or a person-like holder.
		{"display name of an item", "MenuEntry", Member{Name: "name", Description: "The display name."}, nil, ""},
		{"institution name", "PayoutAccountInfo", Member{Name: "institutionName", Description: "The name of the banking institution that keeps the account."}, nil, ""},
		{"struct members carry their own findings", "Order", Member{Name: "buyerInfo", Kind: KindStruct, Description: "The buyer's full name and e-mail address."}, nil, ""},
		// The description refutes the name.
		{"name check result", "NameCheckOutcome", Member{Name: "surname", Description: "The raw surname validation result returned by the issuer."}, nil, ""},
		{"whether a name matched", "NameCheckOutcome", Member{Name: "givenName", Description: "Informs you whether the given name the payer entered matches the one on file."}, nil, ""},
		{"consent flag stays", "Subscriber", Member{Name: "marketingOptIn", Kind: KindBool, Description: "Indicates whether the subscriber agreed to marketing e-mails."}, nil, "user.privacy_preferences"},
		{"name with a plain description stays", "Patient", Member{Name: "lastName", Description: "The patient's family name."}, nil, "user.name.last"},
		{"a thing's name", "Subscriber", Member{Name: "displayName", Description: "The subscribed product's display name."}, nil, ""},
		{"claim setting", "SsoProvider", Member{Name: "EmailClaim"}, nil, ""},
	}
	for _, tc := range cases {
		members := append([]Member{tc.member}, tc.others...)
		got := c.Object(Object{TypeName: tc.holder, Members: members})[0]
		if got.Category != tc.want {
			t.Errorf("%s: %s.%s = %q, want %q", tc.why, tc.holder, tc.member.Name, got.Category, tc.want)
		}
	}
}

// TestDescriptionEvidenceKind: a category found in a description says so.
func TestDescriptionEvidenceKind(t *testing.T) {
	c := testClassifier(t)
	got := c.Object(Object{TypeName: "SmsDispatch", Members: []Member{{Name: "target", Description: "The phone number to text."}}})[0]
	if got.By != Description {
		t.Errorf("By = %q, want %q", got.By, Description)
	}
}

// TestDescribeBounded: a hostile description costs no more than its first
// words, and odd text never panics.
func TestDescribeBounded(t *testing.T) {
	c := testClassifier(t)
	for _, s := range []string{
		"", ".", "of of of", "The", "[", "](", "The ](x) phone number", "\xff\xfe phone",
		strings.Repeat("phone ", 100000), strings.Repeat("é", 1000) + " e-mail",
		"The " + strings.Repeat("a", 1<<16) + " number",
	} {
		d, ok := c.describe(s)
		if ok && len(d.id.toks) > 2*maxPhraseWords*maxTokens {
			t.Errorf("describe(%.20q): %d tokens", s, len(d.id.toks))
		}
	}
	if ws := descWords(strings.Repeat("word ", 100000)); len(ws) > maxDescWords {
		t.Errorf("descWords read %d words of a long description", len(ws))
	}
}
