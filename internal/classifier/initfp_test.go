package classifier

import "testing"

// TestInitListingLookalikes covers names that a real app's init listing
// showed as personal data though they hold none, with names of its own,
// flag and must-not-flag: a type declared in a configuration package is
// configuration; a name headed by algorithm(s) names algorithms; the
// User-Agent of an HTTP transport or client is the application's own; the
// string members of a mapping name the keys to read, not their values; a
// profile URL beside the other endpoints of an identity provider is an
// endpoint.
func TestInitListingLookalikes(t *testing.T) {
	c := testClassifier(t)
	str := func(n string) Member { return Member{Name: n, Kind: KindString} }
	cases := []struct {
		why    string
		pkg    string
		holder string
		member Member
		others []Member
		want   string
	}{
		// A configuration package's types are configuration.
		{"config package upstream password", "options", "ForwardedClaim", str("UpstreamBasicAuthPassword"), []Member{str("Claim")}, ""},
		{"settings package mailbox password", "settings", "Mailbox", str("Password"), []Member{str("Username")}, ""},
		{"configuration package token", "configuration", "Notifier", str("AccessToken"), nil, ""},
		// Not: the same types elsewhere; a person's data in a package
		// that merely ends like one.
		{"password outside a config package", "accounts", "SignupForm", str("Password"), []Member{str("Email")}, "user.authorization.password"},
		{"token in a model package", "models", "Notifier", str("AccessToken"), nil, "user.authorization.credentials"},
		{"user options package", "useroptions", "Member", str("Email"), nil, "user.contact.email"},
		// Algorithm names.
		{"signing algorithms", "discovery", "issuerMetadata", Member{Name: "AcceptedAlgs", Kind: KindString, TagNames: []string{"access_token_signing_alg_values_supported"}}, []Member{str("Issuer")}, ""},
		{"id token algorithms", "discovery", "issuerMetadata", Member{Name: "IDTokenAlgorithms", Kind: KindString, TagNames: []string{"id_token_algorithms"}}, nil, ""},
		// Not: a token itself.
		{"an id token", "discovery", "grantResult", Member{Name: "Token", Kind: KindString, TagNames: []string{"id_token"}}, nil, "user.authorization.credentials"},
		// The app's own User-Agent.
		{"transport user agent", "fetch", "headerRoundTripper", str("agentUA"), []Member{str("UserAgent")}, ""},
		{"http client user agent", "fetch", "feedHTTPClient", str("UserAgent"), nil, ""},
		// Not: a visitor's User-Agent in a record.
		{"visit user agent", "stats", "VisitRecord", str("UserAgent"), []Member{str("RemoteIP")}, "user.device.user_agent"},
		// A mapping names keys.
		{"claim mapping", "auth", "TokenFieldMapping", str("Email"), []Member{str("DisplayName"), str("Phone")}, ""},
		{"attribute mappings", "ldap", "AttributeMappings", str("Surname"), []Member{str("Mail")}, ""},
		// Not: a record that maps a user to an account.
		{"user mapping record", "auth", "ExternalUserMapping", str("Email"), []Member{str("ExternalID")}, "user.contact.email"},
		// An identity provider's endpoints.
		{"provider endpoints", "idp", "upstreamIdentity", str("ProfileURL"), []Member{str("LoginURL"), str("RedeemURL")}, ""},
		// Not: a person's profile URL.
		{"person profile URL", "social", "Author", str("ProfileURL"), []Member{str("Email")}, "user.contact.url"},
	}
	for _, tc := range cases {
		members := append([]Member{tc.member}, tc.others...)
		got := c.Object(Object{Package: tc.pkg, TypeName: tc.holder, Members: members})[0].Category
		if got != tc.want {
			t.Errorf("%s: %s.%s.%s = %q, want %q", tc.why, tc.pkg, tc.holder, tc.member.Name, got, tc.want)
		}
	}
}
