package classifier

import "testing"

// TestMemberNamedForItsStruct covers a struct-typed member named after
// its own type (job *Job): it holds a value of that type, not the text a
// job title or an e-mail address is; a string member of the same name
// still is one.
func TestMemberNamedForItsStruct(t *testing.T) {
	c := testClassifier(t)
	cases := []struct {
		holder string
		member Member
		want   string
	}{
		{"registeredJob", Member{Name: "job", Kind: KindStruct, TypeName: "Job"}, ""},
		{"Worker", Member{Name: "Job", Kind: KindStruct, TypeName: "Job"}, ""},
		{"Employee", Member{Name: "Job", Kind: KindString}, "user.job_title"},
		{"Employee", Member{Name: "Job", Kind: KindStruct, TypeName: "NullString"}, "user.job_title"},
		// An embedded field's name is its type's: kept as a hint.
		{"mail", Member{Name: "Email", Kind: KindStruct, TypeName: "Email", Embedded: true}, "user.contact.email"},
	}
	for _, tc := range cases {
		o := Object{TypeName: tc.holder, PersonLike: true, Members: []Member{tc.member, {Name: "Name", Kind: KindString}}}
		if got := c.Object(o)[0].Category; got != tc.want {
			t.Errorf("%s.%s (%v %s) = %q, want %q", tc.holder, tc.member.Name, tc.member.Kind, tc.member.TypeName, got, tc.want)
		}
	}
}
