package classifier

import "testing"

// TestBindingAddress covers a doc comment that calls a field the address
// a server binds or listens on: a network address, not a postal one.
func TestBindingAddress(t *testing.T) {
	c := testClassifier(t)
	cases := []struct {
		doc  string
		want string
	}{
		{"the binding address for server", ""},
		{"the listening address of the HTTP API", ""},
		{"the home address of the member", "user.contact.address"},
	}
	for _, tc := range cases {
		o := Object{TypeName: "Profile", PersonLike: true, Members: []Member{
			{Name: "Addr", Kind: KindString, Description: tc.doc, SoftDescription: true},
			{Name: "Port", Kind: KindNumber},
		}}
		if got := c.Object(o)[0].Category; got != tc.want {
			t.Errorf("Addr described %q = %q, want %q", tc.doc, got, tc.want)
		}
	}
}
