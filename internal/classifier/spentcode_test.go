package classifier

import "testing"

// TestSpentCode covers a one-time code already used, kept to refuse its
// replay (gitea's TwoFactor.LastUsedPasscode): it keeps its category, as
// the person's authentication data, but counts as protected. A live code,
// a used token or key and a password history stay unprotected.
func TestSpentCode(t *testing.T) {
	c := testClassifier(t)
	cases := []struct {
		holder, name  string
		cat           string
		wantProtected bool
	}{
		{"TwoFactor", "LastUsedPasscode", "user.authorization.credentials", true},
		{"Account", "UsedRecoveryCodes", "user.authorization.credentials", true},
		{"Login", "ConsumedOTP", "user.authorization.credentials", true},
		{"TwoFactor", "Passcode", "user.authorization.credentials", false},
		{"TwoFactor", "Secret", "user.authorization.credentials", false},
		{"Account", "LastUsedToken", "user.authorization.credentials", false},
		{"Account", "UsedPasswords", "user.authorization.password", false},
	}
	for _, tc := range cases {
		o := Object{TypeName: tc.holder, Members: []Member{{Name: tc.name, Kind: KindString}, {Name: "UID", Kind: KindNumber}}}
		got := c.Object(o)[0]
		if got.Category != tc.cat || got.Protected != tc.wantProtected {
			t.Errorf("%s.%s = %q protected %v, want %q protected %v", tc.holder, tc.name, got.Category, got.Protected, tc.cat, tc.wantProtected)
		}
	}
}
