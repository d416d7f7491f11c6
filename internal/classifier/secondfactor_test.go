package classifier

import "testing"

// TestSecondFactorCode covers the code a person types from an
// authenticator app or a text message as a second factor (Ory Kratos'
// TOTPCode, tagged totp_code): a one-time code like a login code, so a
// credential, and a spent one when a qualifier says it was used. What
// configures the second factor (whether it is on, its period, its digits,
// the otpauth:// URL of its enrolment) and other codes stay as they are.
func TestSecondFactorCode(t *testing.T) {
	uid := []Member{{Name: "UID", Kind: KindNumber}}
	str := func(name string, tags ...string) Member { return Member{Name: name, Kind: KindString, TagNames: tags} }
	num := func(name string) Member { return Member{Name: name, Kind: KindNumber} }
	const cred = "user.authorization.credentials"
	checkProtectedCases(t, testClassifier(t), []protectedCase{
		{evidenceCase{"a TOTP code", "updateLoginFlowWithTotpMethod", str("TOTPCode", "totp_code"), nil, cred}, false},
		{evidenceCase{"a TOTP code (generated client)", "UpdateLoginFlowWithTotpMethod", str("TotpCode", "totp_code"), nil, cred}, false},
		{evidenceCase{"an MFA code", "VerifyRequest", str("MFACode"), uid, cred}, false},
		{evidenceCase{"a two-factor code", "LoginForm", str("TwoFactorCode"), nil, cred}, false},
		{evidenceCase{"a 2FA code", "LoginForm", str("TwoFACode", "twofa_code"), nil, cred}, false},
		{evidenceCase{"a used TOTP code", "TwoFactor", str("LastUsedTOTPCode"), uid, cred}, true},
		{evidenceCase{"whether TOTP is on", "Settings", Member{Name: "TOTPEnabled", Kind: KindBool}, uid, ""}, false},
		{evidenceCase{"the TOTP period", "Settings", num("TOTPPeriod"), uid, ""}, false},
		{evidenceCase{"a country code", "Address", str("CountryCode"), uid, "user.contact.address.country"}, false},
	})
}
