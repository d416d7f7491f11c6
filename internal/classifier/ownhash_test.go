package classifier

import "testing"

// TestOwnHashWord covers a bare one-way word (Hash, Digest) in a holder
// named for a credential: Password.Hash is the password's hash,
// RefreshToken.Hash the token's, protected but still the credential (as
// PasswordHash is). Elsewhere a bare Hash is a file's or a commit's.
func TestOwnHashWord(t *testing.T) {
	c := testClassifier(t)
	cases := []evidenceCase{
		{"a password's bcrypt hash", "Password", Member{Name: "Hash", Kind: KindBytes}, []Member{{Name: "Email"}, {Name: "UserID"}}, "user.authorization.password"},
		{"a refresh token's digest", "RefreshToken", Member{Name: "Digest"}, []Member{{Name: "ClientID"}}, "user.authorization.credentials"},
		// Not: a file's, a commit's, a configured password's.
		{"a file's hash", "File", Member{Name: "Hash"}, []Member{{Name: "Path"}}, ""},
		{"a commit's hash", "Commit", Member{Name: "Hash"}, []Member{{Name: "Author"}}, ""},
		{"a configured password hash", "PasswordConfig", Member{Name: "Hash"}, nil, ""},
	}
	for _, tc := range cases {
		members := append([]Member{tc.member}, tc.others...)
		got := c.Object(Object{TypeName: tc.holder, Members: members})[0]
		if got.Category != tc.want {
			t.Errorf("%s: %s.%s = %q, want %q", tc.why, tc.holder, tc.member.Name, got.Category, tc.want)
		}
		if tc.want != "" && !got.Protected {
			t.Errorf("%s: %s.%s not protected, want protected", tc.why, tc.holder, tc.member.Name)
		}
	}
}
