package classifier

import "testing"

// TestPluralNumberIsCount covers a number named by the plural of a datum
// (DeviceTokens int64, Emails int): one number cannot hold many of them,
// so it counts them, as PhoneCount does. A number named by the singular
// (a PIN, a phone number kept as an integer) and a list of the plural
// still hold the datum.
func TestPluralNumberIsCount(t *testing.T) {
	c := testClassifier(t)
	cases := []evidenceCase{
		{"deleted device tokens", "GCResult", Member{Name: "DeviceTokens", Kind: KindNumber}, []Member{{Name: "AuthRequests", Kind: KindNumber}}, ""},
		{"e-mails sent", "UserStats", Member{Name: "Emails", Kind: KindNumber}, nil, ""},
		{"refresh tokens kept", "Usage", Member{Name: "RefreshTokens", Kind: KindNumber}, nil, ""},
		// Still: one datum as a number, many as a list.
		{"a user's PIN", "User", Member{Name: "PIN", Kind: KindNumber}, nil, "user.authorization.credentials"},
		{"a device's token list", "DeviceTokenList", Member{Name: "DeviceTokens", Kind: KindOther}, nil, "user.device.device_id"},
		{"a user's e-mails", "User", Member{Name: "Emails", Kind: KindOther}, nil, "user.contact.email"},
	}
	checkEvidenceCases(t, c, cases)
}
