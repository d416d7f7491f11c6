package classifier

import "testing"

// TestLoginChallengeAndCode covers names that start with login but are
// not the login name: a login challenge, the opaque id of a pending
// sign-in request (OAuth2 login_challenge), names nothing personal, and a
// login code, the one-time code mailed or texted to sign in, is a
// credential. The login name itself stays a login name.
func TestLoginChallengeAndCode(t *testing.T) {
	checkEvidenceCases(t, testClassifier(t), []evidenceCase{
		{"an OAuth2 login challenge", "Flow", Member{Name: "OAuth2LoginChallenge", TagNames: []string{"oauth2_login_challenge"}}, nil, ""},
		{"Hydra's login challenge", "createBrowserLoginFlow", Member{Name: "HydraLoginChallenge", TagNames: []string{"login_challenge"}}, nil, ""},
		{"a login challenge", "AcceptLoginRequestParams", Member{Name: "LoginChallenge"}, nil, ""},
		{"a login code", "LoginCodeValidModel", Member{Name: "LoginCode", TagNames: []string{"login_code"}}, nil, "user.authorization.credentials"},
		{"the login name", "LoginRequest", Member{Name: "Login", TagNames: []string{"login"}}, nil, "user.account.username"},
		{"the login name", "LoginRequest", Member{Name: "LoginName"}, nil, "user.account.username"},
	})
}
