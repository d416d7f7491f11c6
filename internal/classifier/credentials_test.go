package classifier

import "testing"

// TestCredentialsHeldForAUser checks the credential categories of SPEC §1
// and issue 15: one-time-password and TOTP secrets, recovery codes, and
// OAuth access and refresh tokens held for a person are
// user.authorization.credentials (so PL101 wants them encrypted), while
// the same words in configuration, on an OAuth client application or as
// settings and counts are not personal data.
func TestCredentialsHeldForAUser(t *testing.T) {
	c := testClassifier(t)
	const cred = "user.authorization.credentials"
	cases := []evidenceCase{
		// Held for a person.
		{"two-factor secret", "TwoFactor", Member{Name: "Secret"}, []Member{{Name: "UID", Kind: KindNumber}, {Name: "ScratchHash"}}, cred},
		{"totp secret on a user", "User", Member{Name: "TOTPSecret"}, nil, cred},
		{"otp seed on an account", "Account", Member{Name: "OtpSeed"}, nil, cred},
		{"mfa secret snake", "users", Member{Name: "mfa_secret"}, nil, cred},
		{"recovery codes", "User", Member{Name: "RecoveryCodes"}, nil, cred},
		{"two-factor recovery codes", "UserTwoFactor", Member{Name: "RecoveryCodes"}, nil, cred},
		{"scratch token", "TwoFactor", Member{Name: "ScratchToken"}, []Member{{Name: "Secret"}}, cred},
		{"oauth access token of a linked login", "ExternalLoginUser", Member{Name: "AccessToken"}, []Member{{Name: "Email"}}, cred},
		{"oauth refresh token of a linked login", "ExternalLoginUser", Member{Name: "RefreshToken"}, []Member{{Name: "Email"}}, cred},
		{"access token secret of a linked login", "ExternalLoginUser", Member{Name: "AccessTokenSecret"}, []Member{{Name: "Email"}}, cred},
		{"oauth token named as such", "Session", Member{Name: "OAuthRefreshToken"}, nil, cred},
		{"oauth token secret", "LinkedAccount", Member{Name: "oauth_token_secret"}, nil, cred},
		// Not a person's credential.
		{"otp issuer setting", "TOTPConfig", Member{Name: "Issuer"}, nil, ""},
		{"oauth client secret in config", "OAuthConfig", Member{Name: "ClientSecret"}, nil, ""},
		{"refresh token ttl", "User", Member{Name: "RefreshTokenTTL", Kind: KindNumber}, nil, ""},
		{"recovery code count", "User", Member{Name: "RecoveryCodeCount", Kind: KindNumber}, nil, ""},
		{"two-factor enabled", "User", Member{Name: "TwoFactorEnabled", Kind: KindBool}, nil, ""},
		{"access token of an app config", "Settings", Member{Name: "AccessToken"}, nil, ""},
		{"oauth application", "OAuth2Application", Member{Name: "ClientSecret"}, []Member{{Name: "Name"}}, ""},
	}
	checkEvidenceCases(t, c, cases)
}
