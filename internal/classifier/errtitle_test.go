package classifier

import "testing"

// TestErrorTitle covers the title of an error shown to a person (a login
// response's ErrTitle beside its ErrMsg): the heading of a message, not
// the person's job title, even in a person-like holder. A person's title
// beside it is still one.
func TestErrorTitle(t *testing.T) {
	c := testClassifier(t)
	const job = "user.job_title"
	cases := []evidenceCase{
		// Not: an error's title.
		{"login error heading", "UserLoginResp", Member{Name: "ErrTitle"}, []Member{{Name: "ErrMsg"}, {Name: "AccessToken"}}, ""},
		{"error title by tag", "Employee", Member{Name: "Heading", TagNames: []string{"error_title"}}, []Member{{Name: "Email"}}, ""},
		// Still: the person's own title.
		{"employee title", "Employee", Member{Name: "Title"}, []Member{{Name: "ErrTitle"}}, job},
		{"job title beside an error", "UserLoginResp", Member{Name: "JobTitle"}, []Member{{Name: "ErrTitle"}}, job},
	}
	for _, tc := range cases {
		members := append([]Member{tc.member}, tc.others...)
		got := c.Object(Object{TypeName: tc.holder, Members: members})[0].Category
		if got != tc.want {
			t.Errorf("%s: %s.%s = %q, want %q", tc.why, tc.holder, tc.member.Name, got, tc.want)
		}
	}
}
