package classifier

import "testing"

// TestPreviousValue covers a member that keeps the value a credential or
// a datum had before it was rotated or changed (RefreshToken.ObsoleteToken,
// PreviousToken, FormerEmail): the same datum, an older state of it, as
// OldPassword is (self_qualifiers). A paging cursor stays none.
func TestPreviousValue(t *testing.T) {
	c := testClassifier(t)
	const cred = "user.authorization.credentials"
	cases := []evidenceCase{
		{"rotated refresh token", "RefreshToken", Member{Name: "ObsoleteToken"}, []Member{{Name: "ID"}, {Name: "Token"}}, cred},
		{"previous access token", "AccessToken", Member{Name: "PreviousToken"}, []Member{{Name: "Token"}}, cred},
		{"prior session token", "SessionToken", Member{Name: "PrevToken"}, nil, cred},
		// Not: a cursor's previous page token, a bare token elsewhere.
		{"previous page token", "ListResult", Member{Name: "PrevToken"}, []Member{{Name: "Items", Kind: KindOther}}, ""},
		{"obsolete token of a cursor", "Cursor", Member{Name: "ObsoleteToken"}, nil, ""},
	}
	checkEvidenceCases(t, c, cases)
}
