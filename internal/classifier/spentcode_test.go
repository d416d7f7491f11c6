package classifier

import "testing"

// TestSpentCode covers a one-time code already used, kept to refuse its
// replay (gitea's TwoFactor.LastUsedPasscode): no credential; the secret
// beside it, an unused code and a user's token still are.
func TestSpentCode(t *testing.T) {
	c := testClassifier(t)
	cases := []struct {
		holder, name string
		want         string
	}{
		{"TwoFactor", "LastUsedPasscode", ""},
		{"Session", "ConsumedToken", ""},
		{"TwoFactor", "Secret", "user.authorization.credentials"},
		{"TwoFactor", "Passcode", "user.authorization.credentials"},
		{"Account", "UserToken", "user.authorization.credentials"},
	}
	for _, tc := range cases {
		o := Object{TypeName: tc.holder, Members: []Member{{Name: tc.name, Kind: KindString}, {Name: "UID", Kind: KindNumber}}}
		if got := c.Object(o)[0].Category; got != tc.want {
			t.Errorf("%s.%s = %q, want %q", tc.holder, tc.name, got, tc.want)
		}
	}
}
