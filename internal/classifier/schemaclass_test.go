package classifier

import "testing"

// TestSchemaCorpusClasses covers the classes of error found on the
// labelled schema corpora (SQL, GraphQL, Protocol Buffers, OpenAPI), with
// names of its own: each class has cases that must be flagged and
// look-alikes that must not.
func TestSchemaCorpusClasses(t *testing.T) {
	c := testClassifier(t)
	cases := []evidenceCase{
		// The head of a compound decides, also after a longer, coarser match:
		// a shipping address's town is a city.
		{"address part after an address", "OrderExtras", Member{Name: "shippingAddress.town"}, nil, "user.contact.address.city"},
		{"postcode after an address", "OrderExtras", Member{Name: "delivery_address_postcode"}, nil, "user.contact.address.postal_code"},
		{"address itself", "OrderExtras", Member{Name: "shippingAddress"}, nil, "user.contact.address"},
		{"billing town", "Receipt", Member{Name: "billing_town"}, nil, "user.contact.address.city"},

		// Parts of one whole give an ambiguous word its context.
		{"state beside a city", "Tenant", Member{Name: "state"}, []Member{{Name: "given_name"}, {Name: "city"}}, "user.contact.address.state"},
		{"region beside a postcode", "Tenant", Member{Name: "region"}, []Member{{Name: "surname"}, {Name: "postcode"}}, "user.contact.address.state"},
		{"account state beside an e-mail", "Tenant", Member{Name: "state"}, []Member{{Name: "email"}, {Name: "phone"}}, ""},
		{"state of a thing beside its city", "Warehouse", Member{Name: "state"}, []Member{{Name: "city"}}, ""},
		{"district of an address row", "mailing_address", Member{Name: "district"}, nil, "user.contact.address.state"},
		{"a catalogue of countries", "nation", Member{Name: "nation"}, nil, ""},
		{"a table of countries", "country", Member{Name: "country"}, []Member{{Name: "country_id"}}, ""},

		// A physical description of a person; not of a species or a thing.
		{"eye colour of a person", "Patient", Member{Name: "eyeColour"}, nil, "user.demographic.physical_characteristics"},
		{"height of a person", "Athlete", Member{Name: "height", Kind: KindNumber}, []Member{{Name: "date_of_birth"}}, "user.demographic.physical_characteristics"},
		{"typical eye colours of a breed", "DogBreed", Member{Name: "eye_colors"}, nil, ""},
		{"weight of a parcel", "Parcel", Member{Name: "weight", Kind: KindNumber}, nil, ""},
		{"height of a banner beside its owner's e-mail", "Customer", Member{Name: "banner_height", Kind: KindNumber}, nil, ""},

		// The body of a text message or a transcription; not of a
		// notification, a commit or a bot's message request.
		{"text message body", "SmsMessage", Member{Name: "body"}, nil, "user.content.private"},
		{"voicemail transcript", "Voicemail", Member{Name: "transcription_text"}, nil, "user.content.private"},
		{"notification's message text", "AlertNotification", Member{Name: "message_text"}, nil, ""},
		{"commit message body", "CommitMessage", Member{Name: "messageBody"}, nil, ""},
		{"bot message request text", "MessageRequest", Member{Name: "Text"}, nil, ""},
		{"error message body", "Failure", Member{Name: "error_message_body"}, nil, ""},

		// A person's mail is their e-mail address; a mailer's is not.
		{"directory user's mail", "DirectoryUser", Member{Name: "mail"}, nil, "user.contact.email"},
		{"mail of a mailer", "Mailer", Member{Name: "mail"}, nil, ""},

		// A participant's identity; not a TLS or provider identity.
		{"attendee identity", "MeetingAttendee", Member{Name: "attendee_identity"}, nil, "user.unique_id"},
		{"identity of a guest", "Guest", Member{Name: "identity"}, nil, "user.unique_id"},
		{"TLS identity", "ServerCert", Member{Name: "identity"}, nil, ""},
		{"identity provider of a member", "Member", Member{Name: "identity_provider"}, nil, ""},

		// A URI's IP is a server's; a rule is no person.
		{"ip of a contact uri", "ContactUri", Member{Name: "ip"}, nil, ""},
		{"pin of a forwarding rule", "ForwardingRuleRecipient", Member{Name: "pin"}, nil, ""},
		{"pin of a recipient", "GiftRecipient", Member{Name: "pin"}, nil, "user.authorization.credentials"},

		// A name's infix, in a name; not an operator's. The infix (van, de)
		// belongs to the family name, no middle name: it is the name.
		{"infix of a name", "PersonName", Member{Name: "infix"}, nil, "user.name"},
		{"infix operator", "ParserOperator", Member{Name: "infix"}, nil, ""},

		// A number that depends on an address is the account's own line;
		// a dependant's phone number is a person's.
		{"number depending on an address", "DependentPhoneNumberInstance", Member{Name: "phone_number"}, nil, ""},
		{"a dependant's phone", "Dependent", Member{Name: "phone_number"}, nil, "user.contact.phone_number"},

		// A holder named for a credential gives it to its bare token; a
		// bare secret word in its name does not; a list named as its
		// holder is a catalogue.
		{"token of a table of refresh tokens", "session_refresh_tokens", Member{Name: "token"}, nil, "user.authorization.credentials"},
		{"secret of a key schedule", "HandshakeSecret", Member{Name: "secret"}, nil, ""},
		{"list of offered payment methods", "PaymentMethodsList", Member{Name: "paymentMethods"}, nil, ""},
		{"table of cities", "town", Member{Name: "town"}, nil, ""},
		// An e-mail a person asked to change to.
		{"pending e-mail change", "accounts", Member{Name: "email_change"}, []Member{{Name: "email"}}, "user.contact.email"},
		{"e-mail change token", "accounts", Member{Name: "email_change_token"}, []Member{{Name: "email"}}, "user.authorization.credentials"},
		// Where an address lies; not a store's.
		{"location of an address", "PostalAddress", Member{Name: "location"}, nil, "user.location.precise"},
		{"location of a store address", "StoreAddress", Member{Name: "location"}, nil, ""},

		// A bank account is a thing: it keeps its own number and its
		// owner's name, not its bank's country or city.
		{"bank account's country", "PayoutBankAccount", Member{Name: "countryCode"}, []Member{{Name: "iban"}, {Name: "ownerName"}}, ""},
		{"bank account's iban", "PayoutBankAccount", Member{Name: "iban"}, []Member{{Name: "countryCode"}}, "user.financial.bank_account"},
		{"bank account's number", "PayoutBankAccount", Member{Name: "accountNumber"}, nil, "user.financial.bank_account"},
		{"bank account's owner", "PayoutBankAccount", Member{Name: "ownerName"}, nil, "user.name"},

		// A thing after a preposition heads nothing: pay-by-bank details
		// are a payment's, not a bank's.
		{"device of pay-by-bank details", "PayByBankDetails", Member{Name: "deviceId"}, nil, "user.device.device_id"},
		{"device of a bank", "PartnerBank", Member{Name: "deviceId"}, nil, ""},
		// A UPI virtual payment address names a bank account.
		{"UPI address", "UpiMandate", Member{Name: "virtualPaymentAddress"}, nil, "user.financial.bank_account"},

		// The number of an identity document (which one the name does not
		// say); not of a vehicle.
		{"identity document's number", "IdentificationInfo", Member{Name: "number"}, nil, "user.government_id"},
		{"vehicle identification number", "VehicleIdentification", Member{Name: "number"}, nil, ""},
		{"account identification number", "WalletRisk", Member{Name: "walletRef", Description: "Unique wallet account identification number."}, nil, ""},

		// An e-mail found by its format names the holder only when its
		// name does not name somebody else (cc_emails of a request).
		{"title beside cc e-mails", "EnvelopeSendRequest", Member{Name: "title"}, []Member{{Name: "cc_email_addresses", Format: "email"}}, ""},
		{"title beside the holder's e-mail", "OnboardingStep", Member{Name: "title"}, []Member{{Name: "primary_email", Format: "email"}}, "user.job_title"},

		// The last four digits of a saved payment method's card.
		{"last four of a payment method", "SavedPaymentMethod", Member{Name: "last4"}, nil, "user.financial.credit_card"},
		{"last four of a shipping method", "ShippingMethod", Member{Name: "last4"}, nil, ""},
	}
	checkEvidenceCases(t, c, cases)
}

// TestSchemaCorpusDescriptions covers the description classes found on
// the schema corpora: a length range before the subject, some digits of a
// value, and a name whose own veto a description cannot undo.
func TestSchemaCorpusDescriptions(t *testing.T) {
	c := testClassifier(t)
	cases := []evidenceCase{
		{"length range before the subject", "NZLocalAccount", Member{Name: "accountNumber", Description: "The 6- to 10-digit bank account number, without separators."}, nil, "user.financial.bank_account"},
		{"one length before the subject", "NZLocalAccount", Member{Name: "accountNumber", Description: "The 9-digit bank account number."}, nil, "user.financial.bank_account"},
		{"last digits of a card number", "CardSummaryData", Member{Name: "tail", Description: "The last four digits of the card number."}, nil, "user.financial.credit_card"},
		{"first digits of a card number", "CardSummaryData", Member{Name: "prefix", Description: "The first six digits of the card number, the issuer's BIN."}, nil, ""},
		{"name vetoed, description of no person", "LineItem", Member{Name: "shipFromPostcode", Description: "The postal code from which the parcel is sent."}, nil, ""},
		{"name vetoed, description of a person", "RiskData", Member{Name: "emailId", Description: "The shopper's e-mail address."}, nil, "user.contact.email"},
		{"no name match, description", "CallFilter", Member{Name: "from", Description: "The phone number of the caller."}, nil, "user.contact.phone_number"},
	}
	for _, tc := range cases {
		members := append([]Member{tc.member}, tc.others...)
		got := c.Object(Object{TypeName: tc.holder, Members: members})[0]
		if got.Category != tc.want {
			t.Errorf("%s: %s.%s = %q, want %q", tc.why, tc.holder, tc.member.Name, got.Category, tc.want)
		}
	}
	// The last four digits are the card number, masked: protected.
	m := c.Object(Object{TypeName: "CardSummaryData", Members: []Member{{Name: "lastFour", Description: "The last four digits of the PAN."}}})[0]
	if m.Category != "user.financial.credit_card" || !m.Protected {
		t.Errorf("lastFour = %+v, want a protected card number", m)
	}
}

// TestPhoneFormats: OpenAPI's phone-number formats are telephone numbers,
// except in an organisation's holder.
func TestPhoneFormats(t *testing.T) {
	c := testClassifier(t)
	for _, f := range []string{"phone-number", "phone", "tel", "E164"} {
		if m, ok := c.Format(f); !ok || m.Category != "user.contact.phone_number" {
			t.Errorf("Format(%q) = %+v, %v", f, m, ok)
		}
	}
	if got := c.Object(Object{TypeName: "DeliveryRequest", Members: []Member{{Name: "to", Format: "phone-number"}}})[0].Category; got != "user.contact.phone_number" {
		t.Errorf("DeliveryRequest.to = %q", got)
	}
	// A party named alone takes the format's category; a role-qualified
	// address of the organisation does not, nor does a server.
	for _, tc := range []struct {
		m    Member
		want string
	}{
		{Member{Name: "from", Format: "phone-number"}, "user.contact.phone_number"},
		{Member{Name: "Sender", Format: "email"}, "user.contact.email"},
		{Member{Name: "from_number", Format: "phone-number"}, ""},
		{Member{Name: "SenderEmail", Format: "email"}, ""},
		{Member{Name: "server", Format: "ipv4"}, ""},
	} {
		if got := c.Object(Object{TypeName: "CallRecord", Members: []Member{tc.m}})[0].Category; got != tc.want {
			t.Errorf("CallRecord.%s (format %s) = %q, want %q", tc.m.Name, tc.m.Format, got, tc.want)
		}
	}
	if got := c.Object(Object{TypeName: "Company", Members: []Member{{Name: "hotline", Format: "phone-number"}}})[0].Category; got != "" {
		t.Errorf("Company.hotline = %q, want not personal", got)
	}
}
