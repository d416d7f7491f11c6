package classifier

import "testing"

// TestAntiForgery covers an anti-forgery token and an OpenID Connect
// nonce (Ory Kratos' CSRFToken, RawIDTokenNonce): random values bound to
// one form or one login request, no person's credential. The ID token, a
// session token and a one-time code beside them still are.
func TestAntiForgery(t *testing.T) {
	c := testClassifier(t)
	cases := []struct {
		holder, name string
		want         string
	}{
		{"UpdateLoginFlowWithPasswordMethod", "CSRFToken", ""},
		{"Flow", "RawIDTokenNonce", ""},
		{"UpdateLoginFlowWithOidcMethod", "IDTokenNonce", ""},
		{"LoginForm", "XSRFToken", ""},
		{"UpdateLoginFlowWithOidcMethod", "IDToken", "user.authorization.credentials"},
		{"Session", "SessionToken", "user.authorization.credentials"},
		{"UpdateLoginFlowWithCodeMethod", "Code", ""},
		{"UpdateLoginFlowWithTotpMethod", "Passcode", "user.authorization.credentials"},
	}
	for _, tc := range cases {
		o := Object{TypeName: tc.holder, Members: []Member{{Name: tc.name, Kind: KindString}, {Name: "Identifier", Kind: KindString}}}
		if got := c.Object(o)[0].Category; got != tc.want {
			t.Errorf("%s.%s = %q, want %q", tc.holder, tc.name, got, tc.want)
		}
	}
}
