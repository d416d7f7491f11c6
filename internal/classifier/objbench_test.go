package classifier

import "testing"

// BenchmarkObjectHolder measures classifying each holder of BenchmarkObject
// on its own, so that a change in one holder's cost (a verdict that now
// runs the password scan or the login rewrite) is not averaged away.
func BenchmarkObjectHolder(b *testing.B) {
	c := testClassifier(b)
	for _, o := range benchObjects() {
		b.Run(o.TypeName, func(b *testing.B) {
			b.ReportAllocs()
			for b.Loop() {
				c.Object(o)
			}
		})
	}
}

// benchObjects are BenchmarkObject's holders: person-like, thing and
// organisation holders, a request and configuration.
func benchObjects() []Object {
	return []Object{
		{TypeName: "User", Members: []Member{{Name: "ID", Kind: KindNumber}, {Name: "Name"}, {Name: "FullName"}, {Name: "Email"}, {Name: "Passwd"}, {Name: "Website"}, {Name: "KeepEmailPrivate", Kind: KindBool}}},
		{TypeName: "Feed", Members: []Member{{Name: "FeedURL"}, {Name: "UserAgent"}, {Name: "Username"}, {Name: "Password"}, {Name: "Title"}}},
		{TypeName: "CreateOrgOption", Members: []Member{{Name: "UserName", TagNames: []string{"username"}}, {Name: "FullName", TagNames: []string{"full_name"}}, {Name: "Email", TagNames: []string{"email"}}, {Name: "Website"}}},
		{TypeName: "Integration", Members: []Member{{Name: "PinboardToken"}, {Name: "GoogleReaderUsername"}, {Name: "GoogleReaderPassword"}, {Name: "WebhookSecret"}, {Name: "NotionToken"}}},
		{TypeName: "MailerConfig", Members: []Member{{Name: "Host"}, {Name: "User"}, {Name: "Passwd"}, {Name: "FromEmail"}}},
	}
}
