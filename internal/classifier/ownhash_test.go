package classifier

import "testing"

// TestOwnHashWord covers a bare one-way word (Hash, Digest) in a holder
// named for a credential: Password.Hash is the password's hash,
// RefreshToken.Hash the token's, protected but still the credential (as
// PasswordHash is). Elsewhere a bare Hash is a file's or a commit's.
func TestOwnHashWord(t *testing.T) {
	checkProtectedCases(t, testClassifier(t), []protectedCase{
		{evidenceCase{"a password's bcrypt hash", "Password", Member{Name: "Hash", Kind: KindBytes}, []Member{{Name: "Email"}, {Name: "UserID"}}, "user.authorization.password"}, true},
		{evidenceCase{"a refresh token's digest", "RefreshToken", Member{Name: "Digest"}, []Member{{Name: "ClientID"}}, "user.authorization.credentials"}, true},
		// Not: a file's, a commit's, a configured password's.
		{evidenceCase{"a file's hash", "File", Member{Name: "Hash"}, []Member{{Name: "Path"}}, ""}, false},
		{evidenceCase{"a commit's hash", "Commit", Member{Name: "Hash"}, []Member{{Name: "Author"}}, ""}, false},
		{evidenceCase{"a configured password hash", "PasswordConfig", Member{Name: "Hash"}, nil, ""}, false},
	})
}
