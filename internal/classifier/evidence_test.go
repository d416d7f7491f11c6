package classifier

import "testing"

// evidenceCase is one member in one holder and the category it must get
// ("" = not personal).
type evidenceCase struct {
	why    string
	holder string
	member Member
	others []Member // other members of the holder (co-occurrence)
	want   string
}

// checkEvidenceCases classifies each case's member, first among its
// holder's other members, and compares its category with the case's.
func checkEvidenceCases(t *testing.T, c *Classifier, cases []evidenceCase) {
	t.Helper()
	for _, tc := range cases {
		members := append([]Member{tc.member}, tc.others...)
		got := c.Object(Object{TypeName: tc.holder, Members: members})[0].Category
		if got != tc.want {
			t.Errorf("%s: %s.%s = %q, want %q", tc.why, tc.holder, tc.member.Name, got, tc.want)
		}
	}
}

// protectedCase is an evidenceCase whose match must also be protected,
// or not: a one-way or spent value keeps its category (Match.Protected).
type protectedCase struct {
	evidenceCase
	protected bool
}

// checkProtectedCases is checkEvidenceCases, and compares whether each
// case's match is protected with the case's.
func checkProtectedCases(t *testing.T, c *Classifier, cases []protectedCase) {
	t.Helper()
	for _, tc := range cases {
		members := append([]Member{tc.member}, tc.others...)
		got := c.Object(Object{TypeName: tc.holder, Members: members})[0]
		if got.Category != tc.want || got.Protected != tc.protected {
			t.Errorf("%s: %s.%s = %q protected %v, want %q protected %v", tc.why, tc.holder, tc.member.Name, got.Category, got.Protected, tc.want, tc.protected)
		}
	}
}

// holderCase is a holder's members, the first of them judged.
type holderCase struct {
	holder  string
	members []Member
	want    string // of the first member
}

// checkHolderCases classifies each case's members in its holder and
// compares the first member's category with the case's.
func checkHolderCases(t *testing.T, c *Classifier, cases []holderCase) {
	t.Helper()
	for _, tc := range cases {
		got := c.Object(Object{TypeName: tc.holder, Members: tc.members})[0].Category
		if got != tc.want {
			t.Errorf("%s.%s = %q, want %q", tc.holder, tc.members[0].Name, got, tc.want)
		}
	}
}

// TestEvidenceSpec11 covers each class of error of issue 14 with names of
// its own (SPEC §1.1): the head of a compound decides, the holder counts,
// types that hold no data are never personal, bools are settings unless
// the holder is person-like, and weak names count when their own
// qualifiers name a person or an ancestor category.
func TestEvidenceSpec11(t *testing.T) {
	c := testClassifier(t)
	cases := []evidenceCase{
		// Types that hold no data, whatever their names.
		{"prepared statement", "queries", Member{Name: "selectByEmailsStmt", GoType: "*example.com/db/sqlkit.Stmt", Kind: KindStruct}, nil, ""},
		{"prepared statement of database/sql", "store", Member{Name: "phoneLookup", GoType: "*database/sql.Stmt", Kind: KindStruct}, nil, ""},
		{"messenger by type", "Notifier", Member{Name: "sms", GoType: "*example.com/notify.SMSMessenger", Kind: KindStruct}, nil, ""},
		{"messenger by head", "Notifier", Member{Name: "smsPhoneMsgr", Kind: KindString}, nil, ""},
		{"client handle", "Service", Member{Name: "emailClient", GoType: "example.com/mail.Client", Kind: KindOther}, nil, ""},
		{"map of loggers", "App", Member{Name: "emailLog", GoType: "map[string]*log/slog.Logger", Kind: KindStruct}, nil, ""},
		{"no-data kind", "Sender", Member{Name: "recipientEmail", Kind: KindNoData}, nil, ""},
		// Bools are settings unless the holder is person-like.
		{"consent-named setting", "Newsletter", Member{Name: "NotifyOptinAccepted", Kind: KindBool}, nil, ""},
		{"consent-named config", "MailerConfig", Member{Name: "StoreOptInAddress", Kind: KindBool}, nil, ""},
		{"consent on a person", "Subscriber", Member{Name: "NewsOptIn", Kind: KindBool}, nil, "user.privacy_preferences"},
		// A thing or an organisation holds no person's weak data.
		{"enum type of a mailing list", "NewsMailingList", Member{Name: "Mode", TypeName: "Optin", Kind: KindEnum}, nil, ""},
		{"page title beside an e-mail", "welcomePageData", Member{Name: "Title"}, []Member{{Name: "Email"}}, ""},
		{"e-mail beside a page title", "welcomePageData", Member{Name: "Email"}, []Member{{Name: "Title"}}, "user.contact.email"},
		{"role name", "AccessRole", Member{Name: "Name"}, []Member{{Name: "OwnerEmail"}}, ""},
		{"shipping rate display name", "ShippingRate", Member{Name: "display_name"}, nil, ""},
		{"coupon nickname", "Coupon", Member{Name: "nickname"}, nil, ""},
		{"business profile name", "BusinessProfile", Member{Name: "name"}, []Member{{Name: "support_email"}}, ""},
		{"supplier phone", "Supplier", Member{Name: "phone"}, []Member{{Name: "email"}}, ""},
		{"card reader ip", "CardReader", Member{Name: "ip_address"}, nil, ""},
		{"card reader ip by format", "CardReader", Member{Name: "last_seen_from", Format: "ipv4"}, nil, ""},
		{"supplier e-mail stays", "Supplier", Member{Name: "contact_email"}, nil, "user.contact.email"},
		{"merchant-qualified phone", "Payment", Member{Name: "merchantPhone"}, []Member{{Name: "email"}}, ""},
		{"bank-qualified city", "PayoutAccount", Member{Name: "bankCity"}, nil, ""},
		// The head of a compound decides.
		{"setting object", "SessionParams", Member{Name: "email_address_collection"}, nil, ""},
		{"check result", "CardChecks", Member{Name: "postal_code_check"}, nil, ""},
		{"address line check", "CardChecks", Member{Name: "address_line2_check"}, nil, ""},
		{"template", "Mailing", Member{Name: "phone_template"}, nil, ""},
		{"resource id", "Line", Member{Name: "address_sid"}, nil, ""},
		{"change date", "AccountHistory", Member{Name: "passwordResetDate"}, nil, ""},
		{"servers", "Zone", Member{Name: "name_servers"}, nil, ""},
		{"hash algorithm", "Member", Member{Name: "PasswordHashAlgo"}, nil, ""},
		{"card fingerprint", "DebitCard", Member{Name: "fingerprint"}, nil, ""},
		{"key fingerprint", "SigningKey", Member{Name: "fingerprint"}, nil, ""},
		{"friendly name", "Customer", Member{Name: "friendly_name"}, nil, ""},
		{"page token", "ListParams", Member{Name: "page_token"}, nil, ""},
		{"next page token", "Customer", Member{Name: "next_page_token"}, nil, ""},
		{"blocked methods", "CheckoutParams", Member{Name: "blockedPaymentMethods"}, []Member{{Name: "customerEmail"}}, ""},
		// Personal data the head names, in any holder.
		{"refund e-mail", "Refund", Member{Name: "refund_receipt_email"}, nil, "user.contact.email"},
		{"confirmed e-mail", "Profile", Member{Name: "confirmed_email"}, nil, "user.contact.email"},
		{"partial national id", "Applicant", Member{Name: "nin_last_4"}, nil, "user.government_id.national_identification_number"},
		{"person-qualified address", "Invoice", Member{Name: "payer_address"}, nil, "user.contact.address"},
		{"address-qualified state", "PaymentSource", Member{Name: "address_state"}, nil, "user.contact.address.state"},
		{"address-qualified postcode", "PaymentSource", Member{Name: "addressPostcode"}, nil, "user.contact.address.postal_code"},
		{"address-qualified town", "PaymentSource", Member{Name: "address_town"}, nil, "user.contact.address.city"},
		{"failed delivery beside a campaign", "DeliveryFailure", Member{Name: "Email"}, []Member{{Name: "CampaignUUID"}}, "user.contact.email"},
		{"export row", "csvExportLine", Member{Name: "Email"}, []Member{{Name: "Status"}}, "user.contact.email"},
		{"TOTP key", "Account", Member{Name: "OtpKey"}, nil, "user.authorization.credentials"},
		{"user creation request", "AccountCreationRequest", Member{Name: "Username"}, nil, "user.account.username"},
		{"qualified schema name", "api.v1.shop.address", Member{Name: "town"}, nil, "user.contact.address.city"},
		{"holder qualifier in a method holder", "SavedPaymentMethod", Member{Name: "holderName"}, nil, "user.name"},
		{"signer's name", "EnvelopeSigner", Member{Name: "name"}, nil, "user.name"},
		{"card's bare number", "VirtualCard", Member{Name: "number"}, nil, "user.financial.credit_card"},
		{"card's sequence number", "VirtualCard", Member{Name: "renewalSequenceNumber"}, nil, ""},
		{"phone's subscriber part", "MobilePhone", Member{Name: "subscriber"}, nil, "user.contact.phone_number"},
		{"one-time passcode", "LoginChallenge", Member{Name: "oneTimePasscode"}, nil, "user.authorization.credentials"},
		{"user agent of a thing", "NewsFeed", Member{Name: "UserAgent"}, []Member{{Name: "OwnerEmail"}}, ""},
		{"login flag in options", "SearchAccountsOptions", Member{Name: "IsBlockedLogin", Kind: KindStruct}, nil, ""},
		{"organisation's user name", "Organization", Member{Name: "UserName"}, []Member{{Name: "Email"}}, ""},
		{"login time bound", "ActiveUsersFilter", Member{Name: "LastLoginSince", Kind: KindStruct}, nil, ""},
		{"editor's user name", "RevisionListItem", Member{Name: "UserName"}, nil, "user.account.username"},
		{"owner-qualified name", "Project", Member{Name: "OwnerName"}, nil, "user.name"},
		{"biometric fingerprint", "Enrolment", Member{Name: "fingerprint_image"}, nil, "user.biometric.fingerprint"},
		// A number a telephony provider offers or an account rents is the
		// organisation's own line, and so is where it is located.
		{"number for sale", "AvailableNumbersTollFree", Member{Name: "msisdn"}, nil, ""},
		{"number for sale's location", "AvailablePhoneNumberMobile", Member{Name: "postcode"}, []Member{{Name: "phone_number"}}, ""},
		{"rented number", "OwnedNumber", Member{Name: "phone_number"}, nil, ""},
		{"operation on rented numbers", "UpdateIncomingPhoneNumbers", Member{Name: "PhoneNumber"}, nil, ""},
		{"a person's incoming call", "IncomingCall", Member{Name: "caller_phone_number"}, nil, "user.contact.phone_number"},
		// Bank routing codes name a bank or a branch, not a person's account.
		{"routing code", "PayoutDestination", Member{Name: "routing_number"}, nil, ""},
		{"branch code", "DebitMandate", Member{Name: "sort_code"}, []Member{{Name: "iban"}}, ""},
		{"account beside a routing code", "DebitMandate", Member{Name: "iban"}, []Member{{Name: "sort_code"}}, "user.financial.bank_account"},
		// A password, login name or access token outside configuration is a person's.
		{"session form passphrase", "SessionStartForm", Member{Name: "Passphrase"}, nil, "user.authorization.password"},
		{"integration API key", "SyncIntegration", Member{Name: "TodoistAPIKey"}, nil, "user.authorization.credentials"},
		{"connector login", "BookmarkConnector", Member{Name: "remoteUsername"}, nil, "user.account.username"},
		{"password in options", "MirrorOptions", Member{Name: "RemotePassword"}, nil, ""},
		{"bare secret of a key pair", "SigningKeyPair", Member{Name: "secret"}, nil, ""},
		{"bare token of a cursor", "ResultCursor", Member{Name: "token"}, nil, ""},
		{"SIP trunk credential", "SipTrunkCredential", Member{Name: "password"}, nil, ""},
		{"SIP auth login of a call", "OutboundCallParams", Member{Name: "SipAuthUsername"}, nil, ""},
		// A default account is configuration; an external view of a person
		// is still a person; "pass" is a password beside a user.
		{"default member's name", "DefaultMember", Member{Name: "Name"}, nil, ""},
		{"default member's password", "DefaultMember", Member{Name: "Password"}, nil, ""},
		{"external view of a member", "MemberExternal", Member{Name: "Name"}, nil, "user.name"},
		{"user's short password field", "AppUser", Member{Name: "Pass", Kind: KindBytes}, nil, "user.authorization.password"},
		{"boarding pass", "Journey", Member{Name: "pass"}, nil, ""},
		{"identity provider subject", "Member", Member{Name: "OIDCSubject"}, nil, "user.unique_id"},
		{"venue's provider id", "Venue", Member{Name: "google_id"}, nil, ""},
		{"directory attribute name", "DirectorySyncForm", Member{Name: "AttributeGivenName"}, nil, ""},
		{"token claim name", "SsoForm", Member{Name: "ClaimUsername"}, nil, ""},
		{"chat hook's bot name", "NewChatHookForm", Member{Name: "Username"}, nil, ""},
		// An institution is an organisation; a result is not the data it checks.
		{"institution's name", "LendingInstitution", Member{Name: "display_name"}, nil, ""},
		{"name check result", "IdentityCheck", Member{Name: "surname_result"}, nil, ""},
	}
	checkEvidenceCases(t, c, cases)
}

// TestVetoPosition: a veto cancels where it heads or qualifies the name,
// not where a self-qualifier states the value's state.
func TestVetoPosition(t *testing.T) {
	c := testClassifier(t)
	for _, tc := range []struct {
		name string
		want bool
	}{
		{"VerifiedEmail", true},        // state of the value
		{"EmailVerified", false},       // head: a flag
		{"SupportEmail", false},        // a role of the organisation qualifies it
		{"EmailVerificationId", false}, // head: an id
	} {
		_, ok := c.Name(tc.name, Context{PersonLike: true, Holder: "Customer"})
		if ok != tc.want {
			t.Errorf("Name(%q) personal = %v, want %v", tc.name, ok, tc.want)
		}
	}
}
