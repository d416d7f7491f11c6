package classifier

import "testing"

// TestConfigSection covers a struct-valued member of configuration: a
// section of the settings (TenantConfig.Email of type Email: how e-mail
// addresses are acquired; DefaultEmailDelivery of type EmailDelivery: how
// mail is sent) holds no datum of its own, whatever its name; its own
// members are judged in their declaration. A person's struct-valued
// member outside configuration is still what its name says, and a
// configuration member of a type the catalogue names (net/mail.Address)
// or of text stays one.
func TestConfigSection(t *testing.T) {
	c := testClassifier(t)
	section := func(n, typ, tag string) Member {
		return Member{Name: n, Kind: KindStruct, TypeName: typ, GoType: "example.com/app/settings." + typ, TagNames: []string{tag}}
	}
	cases := []struct {
		why    string
		obj    Object
		member int
		want   string
	}{
		// Not: a section of the settings named for e-mail.
		{"e-mail section", Object{TypeName: "TenantConfig", Members: []Member{section("Email", "Email", "email"), section("Account", "Account", "account")}}, 0, ""},
		{"mail delivery section", Object{TypeName: "ApplicationConfig", Members: []Member{section("DefaultEmailDelivery", "EmailDelivery", "default_email_delivery")}}, 0, ""},
		{"section in a config package", Object{TypeName: "Settings", Package: "config", Members: []Member{section("Email", "Email", "email")}}, 0, ""},
		// Still: a person's struct-valued e-mail outside configuration.
		{"a user's e-mail struct", Object{TypeName: "User", Members: []Member{section("Email", "Email", "email")}}, 0, "user.contact.email"},
		{"a sign-up form's e-mail struct", Object{TypeName: "SignupForm", Members: []Member{section("Email", "EmailInput", "email")}}, 0, "user.contact.email"},
	}
	for _, tc := range cases {
		got := c.Object(tc.obj)[tc.member].Category
		if got != tc.want {
			t.Errorf("%s: %s.%s = %q, want %q", tc.why, tc.obj.TypeName, tc.obj.Members[tc.member].Name, got, tc.want)
		}
	}
}
