package classifier

import (
	"strings"
	"testing"
)

// TestAuthServerClasses covers the classes of error an authentication
// server's code showed, each with names of its own, flag and must-not-flag:
// a field named for a SQL statement holds its text, not the rows' data; a
// prefix such as sub before another word is no OIDC subject; a title in an
// e-mail's values is the mail's; and a package nested in a configuration
// package's directory is configuration.
func TestAuthServerClasses(t *testing.T) {
	c := testClassifier(t)
	const (
		cred  = "user.authorization.credentials"
		login = "user.account.username"
		ip    = "user.device.ip_address"
		sub   = "user.unique_id"
		job   = "user.job_title"
		name  = "user.name"
	)
	cases := []evidenceCase{
		// A statement's text is not the data its rows hold.
		{"insert statement", "PostgresProvider", Member{Name: "sqlInsertRecoveryCode"}, nil, ""},
		{"select statement", "PostgresProvider", Member{Name: "stmtSelectSessionByUsername"}, nil, ""},
		{"revoke statement", "PostgresProvider", Member{Name: "queryRevokeAccessToken"}, nil, ""},
		{"statement word without a verb", "Lookup", Member{Name: "queryAccessToken"}, nil, cred},
		{"one-time code beside a statement", "Enrollment", Member{Name: "OneTimeCode"}, []Member{{Name: "sqlInsertOneTimeCode"}}, cred},
		{"remote address of a sign-in", "SignInAttempt", Member{Name: "remoteIP"}, []Member{{Name: "sqlSelectBannedIP"}}, ip},
		// The claims or attributes of something name no value of it.
		{"claims of an ID token", "ClaimsStrategy", Member{Name: "claimsIDToken", Kind: KindStruct}, []Member{{Name: "Username"}}, ""},
		{"attributes of a phone number", "DirectoryMapping", Member{Name: "AttributesPhoneNumber"}, nil, ""},
		{"ID token of a session", "LoginSession", Member{Name: "IDToken"}, nil, cred},
		// A holder named for a credential holds it under its head word.
		{"one-time code's value", "OneTimeCode", Member{Name: "Code", Kind: KindBytes}, []Member{{Name: "Username"}}, cred},
		{"recovery code's value", "RecoveryCode", Member{Name: "Code"}, nil, cred},
		{"postal code's value", "PostalCode", Member{Name: "Code"}, nil, ""},
		{"country code's value", "CountryCode", Member{Name: "Code"}, nil, ""},
		{"one-time code's count", "OneTimeCode", Member{Name: "Code", Kind: KindNumber}, nil, ""},
		{"one-time code settings", "OneTimeCodeConfig", Member{Name: "Code"}, nil, ""},
		// A prefix before another word is no subject identifier.
		{"sub-flow of a request", "signInRequest", Member{Name: "SubFlow"}, []Member{{Name: "Username"}}, ""},
		{"subtype of a person", "Member", Member{Name: "SubType"}, nil, ""},
		{"subject of a person", "Member", Member{Name: "Sub"}, nil, sub},
		{"qualified subject of a person", "Member", Member{Name: "OIDCSub"}, nil, sub},
		// A title in an e-mail's values is the mail's.
		{"title of a verification e-mail", "EmailVerificationValues", Member{Name: "Title"}, []Member{{Name: "DisplayName"}}, ""},
		{"display name in a verification e-mail", "EmailVerificationValues", Member{Name: "DisplayName"}, []Member{{Name: "Title"}}, name},
		{"title of an employee", "Employee", Member{Name: "Title"}, []Member{{Name: "DisplayName"}}, job},
	}
	checkEvidenceCases(t, c, cases)
	// A package nested in a configuration package's directory.
	pkgCases := []struct {
		why, pkg, path string
		member         Member
		want           string
	}{
		{"SMTP login in a nested configuration package", "schema", "example.com/app/internal/configuration/schema", Member{Name: "Username"}, ""},
		{"nested configuration package", "types", "example.com/app/config/types", Member{Name: "Password"}, ""},
		{"model package", "model", "example.com/app/internal/model", Member{Name: "Username"}, login},
		{"a configuration word further up", "model", "example.com/config/internal/model", Member{Name: "Username"}, login},
		{"a top-level package", "schema", "schema", Member{Name: "Username"}, login},
	}
	for _, tc := range pkgCases {
		got := c.Object(Object{TypeName: "Account", Package: tc.pkg, PackagePath: tc.path, Members: []Member{tc.member}})[0].Category
		if got != tc.want {
			t.Errorf("%s: %s Account.%s = %q, want %q", tc.why, tc.path, tc.member.Name, got, tc.want)
		}
	}
	// A configuration type named for attributes lists the attributes to
	// read; outside configuration such a type holds the values.
	attrCases := []struct {
		why, holder, pkg string
		member           Member
		want             string
	}{
		{"directory attributes in configuration", "DirectoryLDAPAttributes", "example.com/app/internal/configuration/schema", Member{Name: "DisplayName", Kind: KindString}, ""},
		{"claims in a configuration package", "ProviderIDTokenClaims", "example.com/app/config", Member{Name: "PhoneNumber", Kind: KindString}, ""},
		{"directory attributes of a user", "DirectoryLDAPAttributes", "example.com/app/internal/directory", Member{Name: "DisplayName", Kind: KindString}, name},
		{"settings without a key list", "DirectorySettings", "example.com/app/auth", Member{Name: "PhoneNumber", Kind: KindString}, "user.contact.phone_number"},
		// A second factor's configuration is a person's enrolment, outside
		// a configuration package.
		{"enrolled TOTP secret", "TOTPConfiguration", "example.com/app/internal/model", Member{Name: "Secret", Kind: KindString}, cred},
		{"enrolled MFA login", "MFASettings", "example.com/app/internal/model", Member{Name: "Username", Kind: KindString}, login},
		{"TOTP settings of the system", "TOTPConfiguration", "example.com/app/internal/config", Member{Name: "Secret", Kind: KindString}, ""},
		{"mail server settings", "SMTPConfiguration", "example.com/app/internal/model", Member{Name: "Password", Kind: KindString}, ""},
	}
	for _, tc := range attrCases {
		pkg := tc.pkg[strings.LastIndexByte(tc.pkg, '/')+1:]
		got := c.Object(Object{TypeName: tc.holder, Package: pkg, PackagePath: tc.pkg, Members: []Member{tc.member}})[0].Category
		if got != tc.want {
			t.Errorf("%s: %s %s.%s = %q, want %q", tc.why, tc.pkg, tc.holder, tc.member.Name, got, tc.want)
		}
	}
}
