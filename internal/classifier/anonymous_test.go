package classifier

import "testing"

// TestAnonymousHolders covers what reading anonymous structs wherever
// they are written needed of the classifier, flag and must-not-flag: a
// plural holder counts as its singular (-s and -ies), a field named only
// for its elements passes its holder's name on (Container), and in
// configuration an e-mail address named for its job is the system's
// while a bare one may be the operator's.
func TestAnonymousHolders(t *testing.T) {
	c := testClassifier(t)
	const email, name = "user.contact.email", "user.name"
	cases := []struct {
		why, holder, pkg, member, want string
	}{
		{"a repository's full name", "Repository", "", "FullName", ""},
		{"repositories' full name", "Repositories", "", "FullName", ""},
		{"products' name", "Products", "", "Name", ""},
		{"companies' phone", "Companies", "", "Phone", ""},
		{"a widget's full name is a person's", "Widget", "", "FullName", name},
		{"members' full name", "Members", "", "FullName", name},
		{"signing e-mail in configuration", "Signing", "setting", "SigningEmail", ""},
		{"signing e-mail of a commit", "CommitVerification", "asymkey", "SigningEmail", email},
		{"bare e-mail in configuration", "Notify", "settings", "Email", email},
		{"user e-mail in configuration", "Bootstrap", "config", "UserEmail", email},
	}
	for _, tc := range cases {
		got := c.Object(Object{TypeName: tc.holder, Package: tc.pkg, Members: []Member{{Name: tc.member}}})[0].Category
		if got != tc.want {
			t.Errorf("%s: %s.%s in package %q = %q, want %q", tc.why, tc.holder, tc.member, tc.pkg, got, tc.want)
		}
	}
	for name, want := range map[string]bool{
		"Values": true, "items": true, "Data": true, "Results": true, "Nodes": true,
		"UserValues": false, "Members": false, "Value": false, "": false,
	} {
		if got := c.Container(name); got != want {
			t.Errorf("Container(%q) = %v, want %v", name, got, want)
		}
	}
}
