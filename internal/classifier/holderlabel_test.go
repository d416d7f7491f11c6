package classifier

import "testing"

// TestCredentialLabel covers the name a credential is shown under: a
// WebAuthn credential's, a passkey's or an authenticator's DisplayName is
// the label its owner gave it ("YubiKey"), not the owner's name (user.name
// holder_veto). The owner's name beside a credential, and a WebAuthn
// user's, are still found.
func TestCredentialLabel(t *testing.T) {
	c := testClassifier(t)
	cases := []evidenceCase{
		{"WebAuthn credential label", "WebAuthnCredential", Member{Name: "DisplayName"}, []Member{{Name: "CredentialID", Kind: KindBytes}, {Name: "PublicKey", Kind: KindBytes}}, ""},
		{"passkey label", "Passkey", Member{Name: "Name"}, []Member{{Name: "UserID"}}, ""},
		{"authenticator label", "MFAAuthenticator", Member{Name: "DisplayName"}, []Member{{Name: "Type"}}, ""},
		// Still: a person's name.
		{"user's display name", "User", Member{Name: "DisplayName"}, []Member{{Name: "Credentials", Kind: KindOther}}, "user.name"},
		{"WebAuthn user display name", "WebAuthnUser", Member{Name: "DisplayName"}, []Member{{Name: "Email"}}, "user.name"},
		{"WebAuthn user beside a login", "WebAuthnUser", Member{Name: "DisplayName"}, []Member{{Name: "ID"}, {Name: "RPID"}, {Name: "Username", TagNames: []string{"username"}}}, "user.name"},
	}
	checkEvidenceCases(t, c, cases)
}

// TestValidityPeriodHolder covers a type named for a validity period
// (Expiry, TokenLifetimes, TTL): its members are how long what they
// name stays valid ("24h"), not tokens (credentials holder_veto).
func TestValidityPeriodHolder(t *testing.T) {
	c := testClassifier(t)
	cases := []evidenceCase{
		{"ID token validity", "Expiry", Member{Name: "IDTokens", TagNames: []string{"idTokens"}}, []Member{{Name: "SigningKeys"}}, ""},
		{"refresh token lifetime", "TokenLifetimes", Member{Name: "RefreshToken"}, nil, ""},
		{"access token TTL", "TTL", Member{Name: "AccessToken"}, nil, ""},
		// Still: a token with its expiry beside it.
		{"session's token", "Session", Member{Name: "AccessToken"}, []Member{{Name: "Expiry", Kind: KindTime}}, "user.authorization.credentials"},
		{"OAuth token with its expiry", "OAuthToken", Member{Name: "RefreshToken"}, []Member{{Name: "Expiry", Kind: KindTime}}, "user.authorization.credentials"},
	}
	checkEvidenceCases(t, c, cases)
}
