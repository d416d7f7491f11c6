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
	checkEvidenceCases(t, c, cases)
}

// TestObjectTitle covers the title of an object an activity or a search
// names beside the user who acted (ActObjectInfo{Title, Username,
// DisplayName}): the object's title, not the person's job title, though
// the display name makes the holder person-like. A person's Title in a
// holder not named for an object is still one.
func TestObjectTitle(t *testing.T) {
	c := testClassifier(t)
	tagged := func(n, tag string) Member { return Member{Name: n, TagNames: []string{tag}} }
	actor := []Member{tagged("ObjectType", "object_type"), tagged("Username", "username"), tagged("DisplayName", "display_name")}
	cases := []evidenceCase{
		{"activity's object", "ActObjectInfo", tagged("Title", "title"), actor, ""},
		{"objects listed", "SearchObjects", Member{Name: "Title"}, []Member{{Name: "AuthorEmail"}, {Name: "Email"}}, ""},
		{"actor's own title", "ActorInfo", tagged("Title", "title"), actor, "user.job_title"},
	}
	checkEvidenceCases(t, c, cases)
}
