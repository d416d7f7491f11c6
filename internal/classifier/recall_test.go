package classifier

import "testing"

// TestRecallClasses covers the classes of miss the Go corpus of issue 14
// showed after the holder-evidence round, each with names of its own,
// flag and must-not-flag: forms and requests bound from a user's input
// are not configuration, a person's own settings are the person's data,
// an error value is judged by its subject, a login or e-mail qualified as
// a person's password is that account's, a member repeating a password is
// the password, a qualified API token outside configuration is a
// credential, and an identity provider's subject on a person-like holder
// is the person's id there.
func TestRecallClasses(t *testing.T) {
	c := testClassifier(t)
	const (
		pw    = "user.authorization.password"
		cred  = "user.authorization.credentials"
		login = "user.account.username"
		email = "user.contact.email"
	)
	cases := []evidenceCase{
		// A form or request bound from a user's input is no configuration.
		{"settings form's login", "SecuritySettingsForm", Member{Name: "Username"}, []Member{{Name: "Password"}}, login},
		{"settings request's password", "PrivacySettingsRequest", Member{Name: "Password"}, nil, pw},
		{"a form of settings words only stays configuration", "SettingsInput", Member{Name: "Password"}, nil, ""},
		{"a service's settings keep their password", "MailRelaySettings", Member{Name: "Password"}, nil, ""},
		{"a project's settings form holds the project's site", "ProjectSettingsForm", Member{Name: "Website"}, nil, ""},
		// A person's own settings are the person's data.
		{"a member's own settings", "MemberSettings", Member{Name: "Location"}, nil, "user.location"},
		{"options to change a customer's settings", "CustomerSettingsOptions", Member{Name: "Homepage"}, nil, "user.contact.url"},
		{"a cluster's settings", "ClusterSettings", Member{Name: "Location"}, nil, ""},
		{"default member settings are configuration", "DefaultMemberSettings", Member{Name: "Password"}, nil, ""},
		// An error value is judged by its subject; it names a person by the login.
		{"error about a member looked up", "ErrMemberNotFound", Member{Name: "Name"}, nil, login},
		{"error word last", "SubscriberAlreadyExistsError", Member{Name: "Name"}, nil, login},
		{"error about a project", "ErrProjectNotExist", Member{Name: "Name"}, nil, ""},
		{"error without a subject", "ErrNotAllowed", Member{Name: "Name"}, nil, ""},
		// A login or e-mail qualified as a person's password is that account's.
		{"curator's name beside the curator's password", "BootstrapForm", Member{Name: "CuratorName"}, []Member{{Name: "CuratorPassword"}}, login},
		{"administrator's e-mail beside the administrator's password", "BootstrapForm", Member{Name: "AdminEmail"}, []Member{{Name: "AdminRepeatPassword"}}, email},
		{"administrator's e-mail in configuration", "BootstrapConfig", Member{Name: "AdminEmail"}, []Member{{Name: "AdminPassword"}}, ""},
		{"remote user beside the remote password", "BackupTarget", Member{Name: "WebdavUser"}, []Member{{Name: "WebdavPassword"}}, login},
		{"remote account's client secret beside its password", "SyncIntegration", Member{Name: "DavClientSecret"}, []Member{{Name: "DavPassword"}}, cred},
		{"database client secret beside the database password", "BootstrapForm", Member{Name: "DbClientSecret"}, []Member{{Name: "DbPasswd"}}, ""},
		{"otherwise qualified secret beside a password", "SyncIntegration", Member{Name: "HookClientSecret"}, []Member{{Name: "DavPassword"}}, ""},
		{"database user beside the database password", "BootstrapForm", Member{Name: "DbUser"}, []Member{{Name: "DbPasswd"}}, ""},
		{"qualified name without a password", "BootstrapForm", Member{Name: "CuratorName"}, nil, ""},
		{"otherwise qualified name beside a password", "BootstrapForm", Member{Name: "SiteName"}, []Member{{Name: "CuratorPassword"}}, ""},
		// A login name beside an API key or token is an account at another site.
		{"hook's login beside its API token", "ReleaseHook", Member{Name: "Username"}, []Member{{Name: "APIToken"}}, login},
		{"hook's API key beside its login", "ReleaseHook", Member{Name: "APIKey"}, []Member{{Name: "Login"}}, cred},
		{"hook's API key alone", "ReleaseHook", Member{Name: "APIKey"}, nil, ""},
		{"hook's login beside a count of keys", "ReleaseHook", Member{Name: "Username"}, []Member{{Name: "APIKeyCount", Kind: KindNumber}}, ""},
		// A member repeating a person's password is the password.
		{"retyped password", "SignupStep", Member{Name: "Retype"}, []Member{{Name: "Password"}}, pw},
		{"confirmation of a new password", "ResetForm", Member{Name: "Confirmation"}, []Member{{Name: "NewPassword"}}, pw},
		{"confirmation without a password", "OrderForm", Member{Name: "Confirmation"}, nil, ""},
		{"confirmation beside a system's password", "MailRelayConfig", Member{Name: "Confirmation"}, []Member{{Name: "SMTPPassword"}}, ""},
		{"confirmation flag", "ResetForm", Member{Name: "Confirmation", Kind: KindBool}, []Member{{Name: "NewPassword"}}, ""},
		// A qualified API token outside configuration is the user's.
		{"user's API token at a service", "ChatIntegration", Member{Name: "TodoistAPIToken"}, nil, cred},
		{"API token in configuration", "NotifierConfig", Member{Name: "APIToken"}, nil, ""},
		// A person word before a strong match says whose it is.
		{"a user's full name in a thing's list", "EditHistoryEntry", Member{Name: "UserFullName"}, nil, "user.name"},
		{"a user's display name", "ReviewThread", Member{Name: "UserDisplayName"}, nil, "user.name"},
		{"a service account's full name", "EditHistoryEntry", Member{Name: "ServiceUserFullName"}, nil, ""},
		{"a user's name is the login", "EditHistoryEntry", Member{Name: "UserName"}, nil, login},
		// A form named for a datum holds it; a table named for it lists them.
		{"a form's photo", "PhotoForm", Member{Name: "Photo"}, nil, "user.content.self_image"},
		{"a catalogue of photos", "Photo", Member{Name: "Photo"}, nil, ""},
		{"a response listing photos", "PhotosResponse", Member{Name: "Photos"}, nil, ""},
		// An identity provider's subject on a person-like holder.
		{"provider profile's subject", "OpenIDProfile", Member{Name: "Sub"}, nil, "user.unique_id"},
		{"a token's claims' subject", "TokenClaims", Member{Name: "Sub"}, nil, ""},
	}
	checkEvidenceCases(t, c, cases)
}

// TestOrganisationApposition: a comment or description whose apposition
// says the subject is software or an organisation (a recipient that is an
// SDK, a vendor, a service) names no person's data, neither as evidence
// of its own nor beside a name that would count; without one, a
// recipient's name stays a person's.
func TestOrganisationApposition(t *testing.T) {
	c := testClassifier(t)
	cases := []struct {
		why, holder string
		m           Member
		want        string
	}{
		{"recipient that is a processor", "Disclosure", Member{Name: "Recipient", Description: "registered recipient name (payment processors)", SoftDescription: true}, ""},
		{"recipient's e-mail of a vendor", "Disclosure", Member{Name: "RecipientEmail", Description: "contact e-mail of the recipient, a vendor"}, ""},
		{"recipient of a parcel", "Parcel", Member{Name: "Recipient", Description: "the recipient's name (printed on the label)"}, "user.name"},
		{"recipient's e-mail without an apposition", "Parcel", Member{Name: "RecipientEmail", Description: "contact e-mail of the recipient"}, "user.contact.email"},
	}
	for _, tc := range cases {
		got := c.Object(Object{TypeName: tc.holder, Members: []Member{tc.m}})[0].Category
		if got != tc.want {
			t.Errorf("%s: %s.%s = %q, want %q", tc.why, tc.holder, tc.m.Name, got, tc.want)
		}
	}
}
