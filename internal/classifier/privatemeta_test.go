package classifier

import "testing"

// TestPrivateMetadata covers "private" before metadata or notes: private
// metadata (UserMetadata.Private of tag private_metadata) or attributes
// are a free-form document kept from other users, not a privacy choice.
// The choice itself (KeepEmailPrivate, a bare Private flag) still is one,
// and private notes stay a person's private content.
func TestPrivateMetadata(t *testing.T) {
	c := testClassifier(t)
	doc := func(n, tag string) Member {
		return Member{Name: n, Kind: KindStruct, TypeName: "String", GoType: "example.com/nulls.String", TagNames: []string{tag}}
	}
	ids := []Member{{Name: "ID", Kind: KindOther}, {Name: "UserID", Kind: KindOther}}
	cases := []evidenceCase{
		// Not: what is kept private.
		{"private metadata column", "UserMetadata", doc("Private", "private_metadata"), ids, ""},
		{"private attributes", "Profile", Member{Name: "PrivateAttributes", Kind: KindString}, []Member{{Name: "Email", Kind: KindString}}, ""},
		// Still: the choice to keep something private, and private
		// content by its own name.
		{"a user's private notes", "User", Member{Name: "PrivateNotes", Kind: KindString}, []Member{{Name: "Email", Kind: KindString}}, "user.content.private"},
		{"keep e-mail private", "User", Member{Name: "KeepEmailPrivate", Kind: KindBool}, []Member{{Name: "Email", Kind: KindString}}, "user.privacy_preferences"},
		{"private profile flag", "User", Member{Name: "Private", Kind: KindBool}, []Member{{Name: "Email", Kind: KindString}}, "user.privacy_preferences"},
	}
	checkEvidenceCases(t, c, cases)
}
