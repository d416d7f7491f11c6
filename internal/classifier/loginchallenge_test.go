package classifier

import "testing"

// TestLoginChallengeAndCode covers names that start with login but are
// not the login name: a login challenge, the opaque id of a pending
// sign-in request (OAuth2 login_challenge), names nothing personal, and a
// login code, the one-time code mailed or texted to sign in, is a
// credential. The login name itself stays a login name.
func TestLoginChallengeAndCode(t *testing.T) {
	c := testClassifier(t)
	cases := []struct {
		holder string
		member Member
		want   string
	}{
		{"Flow", Member{Name: "OAuth2LoginChallenge", TagNames: []string{"oauth2_login_challenge"}}, ""},
		{"createBrowserLoginFlow", Member{Name: "HydraLoginChallenge", TagNames: []string{"login_challenge"}}, ""},
		{"AcceptLoginRequestParams", Member{Name: "LoginChallenge"}, ""},
		{"LoginCodeValidModel", Member{Name: "LoginCode", TagNames: []string{"login_code"}}, "user.authorization.credentials"},
		{"LoginRequest", Member{Name: "Login", TagNames: []string{"login"}}, "user.account.username"},
		{"LoginRequest", Member{Name: "LoginName"}, "user.account.username"},
	}
	for _, tc := range cases {
		got := c.Object(Object{TypeName: tc.holder, Members: []Member{tc.member}})[0].Category
		if got != tc.want {
			t.Errorf("%s.%s = %q, want %q", tc.holder, tc.member.Name, got, tc.want)
		}
	}
}
