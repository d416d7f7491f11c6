package classifier

import "testing"

// TestUserBesidePassword covers a bare User string beside a bare
// password: the login the password goes with (a mailbox's User beside its
// Pwd, a basic-auth pair), as a Username there would be. Not without a
// password, not beside a system's (configuration, a server's settings
// with a Host and a Port), not a User of another kind or whose tag names
// something else.
func TestUserBesidePassword(t *testing.T) {
	c := testClassifier(t)
	s := func(n string, tags ...string) Member { return Member{Name: n, TagNames: tags, Kind: KindString} }
	const login = "user.account.username"
	cases := []evidenceCase{
		{"a mailbox's login", "Mailbox", s("User"), []Member{s("Host"), s("Pwd"), s("Folder")}, login},
		{"a basic-auth pair", "BasicAuth", s("User", "user"), []Member{s("Pass", "pass")}, login},
		{"a feed's login", "Feed", s("User"), []Member{s("URL"), s("Password")}, login},
		// Not: no password, a system's password, another kind, a tag
		// naming something else.
		{"a job's user without a password", "Job", s("User"), []Member{s("URL"), s("Status")}, ""},
		{"configuration", "MailConfig", s("User"), []Member{s("Host"), s("Password")}, ""},
		{"a server's settings", "Upstream", s("User"), []Member{s("Host"), s("Port"), s("Password")}, ""},
		{"a numeric user", "Mailbox", Member{Name: "User", Kind: KindNumber}, []Member{s("Pwd")}, ""},
		{"a tag naming an id", "Mailbox", s("User", "user_id"), []Member{s("Pwd")}, ""},
	}
	checkEvidenceCases(t, c, cases)
}
