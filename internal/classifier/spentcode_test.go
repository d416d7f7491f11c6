package classifier

import "testing"

// TestSpentCode covers a one-time code already used, kept to refuse its
// replay (gitea's TwoFactor.LastUsedPasscode): it keeps its category, as
// the person's authentication data, but counts as protected. A live code,
// a used token or key and a password history stay unprotected.
func TestSpentCode(t *testing.T) {
	uid := []Member{{Name: "UID", Kind: KindNumber}}
	str := func(name string) Member { return Member{Name: name, Kind: KindString} }
	checkProtectedCases(t, testClassifier(t), []protectedCase{
		{evidenceCase{"a used TOTP code", "TwoFactor", str("LastUsedPasscode"), uid, "user.authorization.credentials"}, true},
		{evidenceCase{"used recovery codes", "Account", str("UsedRecoveryCodes"), uid, "user.authorization.credentials"}, true},
		{evidenceCase{"a consumed OTP", "Login", str("ConsumedOTP"), uid, "user.authorization.credentials"}, true},
		{evidenceCase{"a live code", "TwoFactor", str("Passcode"), uid, "user.authorization.credentials"}, false},
		{evidenceCase{"the TOTP secret", "TwoFactor", str("Secret"), uid, "user.authorization.credentials"}, false},
		{evidenceCase{"a token last used, still live", "Account", str("LastUsedToken"), uid, "user.authorization.credentials"}, false},
		{evidenceCase{"a password history", "Account", str("UsedPasswords"), uid, "user.authorization.password"}, false},
	})
}
