package classifier

import (
	"slices"
	"testing"
)

// TestSchemaFalsePositiveClasses covers the classes of false positive
// left on the labelled schema corpora, with names of their own: each
// class has cases that must be flagged and look-alikes that must not.
func TestSchemaFalsePositiveClasses(t *testing.T) {
	c := testClassifier(t)
	cases := []evidenceCase{
		// A value the description says is used only in a test (sandbox)
		// environment holds no real person's data, whatever its name.
		{"one-time code only for the sandbox", "SimulateRequest", Member{Name: "x-simulated-otp-code",
			Description: "Pass a simulated outcome as your one-time code. Simulated codes can only be used in the sandbox."}, nil, ""},
		{"e-mail only in test mode", "Signup", Member{Name: "email",
			Description: "The address to send the receipt to. This field is only honoured in test mode."}, nil, ""},
		{"one-time code, test environment named without only", "ConfirmRequest", Member{Name: "otp_code",
			Description: "The one-time code the member received. In the test environment, any six digits pass."}, nil, "user.authorization.credentials"},
		{"e-mail beside a note on test rate limits", "Signup", Member{Name: "email",
			Description: "The member's e-mail address. Test environments: 20 requests per second."}, nil, "user.contact.email"},

		// A job title is text: a member's position that is a number is
		// its rank in a list.
		{"position of a waiting member", "WaitlistMember", Member{Name: "position", Kind: KindNumber}, nil, ""},
		{"position of a member, described", "WaitlistMember", Member{Name: "slot", Kind: KindNumber,
			Description: "This member's position in the waiting list."}, nil, ""},
		{"position of an employee", "Employee", Member{Name: "position"}, nil, "user.job_title"},

		// An identity document's number is a government id of no finer
		// kind unless the holder says which document it is; an infix
		// (van, de) is part of a person's name, not a middle name.
		{"number of an identity document", "ProofOfIdentification", Member{Name: "number"}, nil, "user.government_id"},
		{"number of an ID card", "StudentIdCard", Member{Name: "number"}, nil, "user.government_id.national_identification_number"},
		{"number of a shipment's identification", "ParcelIdentificationLabel", Member{Name: "number"}, nil, ""},
		{"infix of a signer's name", "SignerName", Member{Name: "nameInfix"}, nil, "user.name"},
		{"infix notation of a calculator", "CalculatorInput", Member{Name: "infixNotation"}, nil, ""},

		// A description names the data's owner outside the match: a
		// person word inside it ("account name") names no one.
		{"bare account name", "ExchangeQuote", Member{Name: "account", Description: "The account name."}, nil, ""},
		{"account name of a payer", "ExchangeQuote", Member{Name: "account", Description: "The payer's account name."}, nil, "user.account.username"},
		{"account name in a person", "Customer", Member{Name: "login", Description: "The account name."}, nil, "user.account.username"},

		// Co-occurrence makes a holder hold a person's data, not every
		// token in it the person's: a bare secret word qualified by a
		// thing is that thing's. A holder named for a person, or a person
		// qualifier, keeps it.
		{"ticket token beside a shopper e-mail", "GiftVoucherAction", Member{Name: "walletPassToken"},
			[]Member{{Name: "shopperEmail"}, {Name: "email"}}, ""},
		{"refund token beside an e-mail", "RefundPaymentRequest", Member{Name: "refundToken"},
			[]Member{{Name: "email"}}, ""},
		{"shopper's token beside an e-mail", "RefundPaymentRequest", Member{Name: "shopperToken"},
			[]Member{{Name: "email"}}, "user.authorization.credentials"},
		{"access token beside an e-mail", "RefundPaymentRequest", Member{Name: "accessToken"},
			[]Member{{Name: "email"}}, "user.authorization.credentials"},
		{"qualified token of a person-named holder", "Subscriber", Member{Name: "unsubscribeToken"}, nil, "user.authorization.credentials"},
		// So is a request that acts on a person: it holds the operation's
		// tokens too.
		{"call token of a request adding a participant", "AddParticipantRequest", Member{Name: "callToken"}, nil, ""},
		{"participant's token in that request", "AddParticipantRequest", Member{Name: "participantToken"}, nil, "user.authorization.credentials"},
		{"call token of a participant", "ConferenceParticipant", Member{Name: "callToken"}, nil, "user.authorization.credentials"},
	}
	checkEvidenceCases(t, c, cases)
}

// TestProviderOwned: a description that names the schema's provider as
// the owner of a value speaks of the provider's own account, name or
// number; the same words without the provider, or with another owner,
// or in a code comment, do not.
func TestProviderOwned(t *testing.T) {
	c := testClassifier(t)
	provider := []string{"globex"}
	cases := []struct {
		why      string
		holder   string
		m        Member
		provider []string
		want     string
	}{
		{"provider's account name", "GrantResponse", Member{Name: "grantAccount", Description: "The Globex account name of the donor."}, provider, ""},
		{"provider's acquirer account, of phrase", "ResultExtras", Member{Name: "acquirerCode", Description: "The name of the Globex acquirer account."}, provider, ""},
		{"provider's number by format", "SendSmsRequest", Member{Name: "from", Format: "phone-number", Description: "The sender's Globex phone number, in E.164 format."}, provider, ""},
		{"account name without the provider", "GrantResponse", Member{Name: "payerAccount", Description: "The payer's account name."}, provider, "user.account.username"},
		{"provider named after the subject", "SendSmsRequest", Member{Name: "to", Format: "phone-number", Description: "The recipient's phone number. Globex sends the message to it."}, provider, "user.contact.phone_number"},
		{"another organisation's name", "GrantResponse", Member{Name: "grantAccount", Description: "The Globex account name of the donor."}, []string{"initech"}, "user.account.username"},
		{"no provider known", "SendSmsRequest", Member{Name: "from", Format: "phone-number", Description: "The sender's Globex phone number, in E.164 format."}, nil, "user.contact.phone_number"},
		{"a constraint to the provider's numbers", "PlaceCallRequest", Member{Name: "callerId", Description: "The phone number that places the call. If using a phone number, it must be a Globex number or a verified caller id for your account."}, provider, ""},
		{"the provider's number for some values only", "SmsRecord", Member{Name: "from", Description: "The phone number that sent the message. For outgoing messages, this value is a Globex phone number."}, provider, "user.contact.phone_number"},
		{"the provider in a link target", "CallRecord", Member{Name: "to", Description: "The phone number that received the call. Numbers must be in [E.164](https://www.globex.com/docs/number) format."}, provider, "user.contact.phone_number"},
		{"code comment", "SendSmsRequest", Member{Name: "from", Format: "phone-number", Description: "The sender's Globex phone number.", SoftDescription: true}, provider, "user.contact.phone_number"},
	}
	for _, tc := range cases {
		got := c.Object(Object{TypeName: tc.holder, Members: []Member{tc.m}, Provider: tc.provider})[0].Category
		if got != tc.want {
			t.Errorf("%s: %s.%s = %q, want %q", tc.why, tc.holder, tc.m.Name, got, tc.want)
		}
	}
}

// TestAssignedNames: a name the description says a system assigns is an
// identifier it issued, not a person's name; a leading requirement note
// ("Required for …") is read past to find the subject.
func TestAssignedNames(t *testing.T) {
	c := testClassifier(t)
	others := []Member{{Name: "email"}, {Name: "mobilePhone"}}
	cases := []evidenceCase{
		{"name assigned by a server, after a note", "EnrolmentData", Member{Name: "acquirerProgramName",
			Description: "Required for [card-present flows](https://example.com/docs/flows) only. Unique program name assigned by the scheme's directory server when you enrol."}, others, ""},
		{"name generated by the API", "EnrolmentData", Member{Name: "sessionName",
			Description: "The session name generated by the API."}, others, ""},
		{"name assigned by the member", "EnrolmentData", Member{Name: "displayName",
			Description: "The display name assigned by the member when they signed up."}, others, "user.name"},
		{"name after a note", "EnrolmentData", Member{Name: "payer",
			Description: "Required for bank transfers. The payer's full name."}, others, "user.name"},
		{"phone number assigned by a carrier", "EnrolmentData", Member{Name: "mobile",
			Description: "The mobile phone number assigned by the carrier."}, others, "user.contact.phone_number"},
	}
	checkEvidenceCases(t, c, cases)
}

// TestIdentifiesThing: a name or login the description says identifies
// a thing is that thing's identifier; one that identifies a person stays
// theirs.
func TestIdentifiesThing(t *testing.T) {
	c := testClassifier(t)
	cases := []evidenceCase{
		{"username of a relay credential", "RelayCredential", Member{Name: "username", Description: "The short-lived username that uniquely identifies a Relay Credential."},
			[]Member{{Name: "password"}}, ""},
		{"name that identifies a bucket", "Tenant", Member{Name: "name", Description: "A name that identifies the storage bucket."}, []Member{{Name: "email"}}, ""},
		{"username that identifies a member", "RelayCredential", Member{Name: "username", Description: "The username that uniquely identifies the member."},
			[]Member{{Name: "password"}}, "user.account.username"},
		{"login without such words", "RelayCredential", Member{Name: "username", Description: "The short-lived username."},
			[]Member{{Name: "password"}}, "user.account.username"},
	}
	checkEvidenceCases(t, c, cases)
}

// TestProvinceAndCoordinatedHeads: a bare province is any place's, as a
// bare city is; coordinated heads in a description share their "of"
// phrase ("The state or region code of the delivery address").
func TestProvinceAndCoordinatedHeads(t *testing.T) {
	c := testClassifier(t)
	cases := []evidenceCase{
		{"province of a sales region", "SalesRegionStats", Member{Name: "province"}, nil, ""},
		{"pickup province of a rental", "VanHire", Member{Name: "pickupProvince", Description: "The province where the van is picked up."}, nil, ""},
		{"province of a resident", "Resident", Member{Name: "province"}, nil, "user.contact.address.state"},
		{"billing province", "Invoice", Member{Name: "billingProvince"}, nil, "user.contact.address.state"},
		{"coordinated heads of an address", "ShipmentExtras", Member{Name: "regionCode", Description: "The state or region code of the delivery address."}, nil, "user.contact.address.state"},
		{"coordinated heads of a warehouse", "ShipmentExtras", Member{Name: "regionCode", Description: "The state or region code of the warehouse."}, nil, ""},
	}
	checkEvidenceCases(t, c, cases)
}

// TestHasOnly checks the pre-check of testOnly: it must accept every text
// in which eachSentence can find the word "only", in any case.
func TestHasOnly(t *testing.T) {
	for _, c := range []struct {
		text string
		want bool
	}{
		{"Can only be used in the sandbox.", true},
		{"ONLY in test mode", true},
		{"Only.", true},
		{"The shopper's e-mail address.", false},
		{"onl", false},
		{"", false},
	} {
		if got := hasOnly(c.text); got != c.want {
			t.Errorf("hasOnly(%q) = %v, want %v", c.text, got, c.want)
		}
		found := eachSentence(c.text, func(words []string) bool { return slices.Contains(words, "only") })
		if found && !hasOnly(c.text) {
			t.Errorf("eachSentence finds only in %q but hasOnly does not", c.text)
		}
	}
}
