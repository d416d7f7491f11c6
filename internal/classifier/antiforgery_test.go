package classifier

import "testing"

// TestAntiForgery covers an anti-forgery token and an OpenID Connect
// nonce (Ory Kratos' CSRFToken, RawIDTokenNonce): random values bound to
// one form or one login request, no person's credential. The ID token, a
// session token and a one-time code beside them still are.
func TestAntiForgery(t *testing.T) {
	id := []Member{{Name: "Identifier", Kind: KindString}}
	str := func(name string) Member { return Member{Name: name, Kind: KindString} }
	checkEvidenceCases(t, testClassifier(t), []evidenceCase{
		{"anti-forgery token", "UpdateLoginFlowWithPasswordMethod", str("CSRFToken"), id, ""},
		{"OIDC nonce", "Flow", str("RawIDTokenNonce"), id, ""},
		{"OIDC nonce", "UpdateLoginFlowWithOidcMethod", str("IDTokenNonce"), id, ""},
		{"anti-forgery token", "LoginForm", str("XSRFToken"), id, ""},
		{"ID token", "UpdateLoginFlowWithOidcMethod", str("IDToken"), id, "user.authorization.credentials"},
		{"session token", "Session", str("SessionToken"), id, "user.authorization.credentials"},
		{"bare code", "UpdateLoginFlowWithCodeMethod", str("Code"), id, ""},
		{"one-time code", "UpdateLoginFlowWithTotpMethod", str("Passcode"), id, "user.authorization.credentials"},
	})
}
