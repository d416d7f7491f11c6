package classifier

import "testing"

// TestRealAppClasses covers the classes of error the Go corpus of issue 14
// (real applications) showed, each with names of its own, flag and
// must-not-flag: requests named Option are no configuration, a login
// beside a password stays the user's in a thing holder, an organisation's
// own e-mail is no person's, a holder named for a credential holds it
// under the bare name, an author's name is personal, a bare Name beside a
// full name is the login, and the vocabulary fixes (default home pages,
// provider endpoints, claim names, sort orders, avatar links, privacy
// choices, metadata holders, security-key registrations, mailers).
func TestRealAppClasses(t *testing.T) {
	c := testClassifier(t)
	const (
		pw    = "user.authorization.password"
		cred  = "user.authorization.credentials"
		login = "user.account.username"
		name  = "user.name"
		email = "user.contact.email"
	)
	cases := []evidenceCase{
		// A request named for options is what it acts on.
		{"request option", "AddCollaboratorOption", Member{Name: "Passphrase"}, nil, pw},
		{"request option's account", "DeleteAccountOptions", Member{Name: "Password"}, nil, pw},
		{"options are configuration", "ReplicaOptions", Member{Name: "Passphrase"}, nil, ""},
		// Mirrors and subscriptions are things.
		{"mirror's remote address", "SyncMirror", Member{Name: "RemoteAddress"}, nil, ""},
		{"session's remote address", "LoginAttempt", Member{Name: "RemoteAddress"}, nil, "user.device.ip_address"},
		{"subscription's user agent", "NewsletterSubscription", Member{Name: "UserAgent"}, nil, ""},
		// A login beside a password stays the user's in a thing holder.
		{"feed login", "PodcastFeed", Member{Name: "Username"}, []Member{{Name: "Password"}}, login},
		{"feed password", "PodcastFeed", Member{Name: "Password"}, []Member{{Name: "Username"}}, pw},
		{"thing-qualified login", "ArchiveIntegration", Member{Name: "WebDavUsername"}, []Member{{Name: "WebDavPassword"}}, login},
		{"qualified token beside a password", "BackupIntegration", Member{Name: "DropboxToken"}, []Member{{Name: "DropboxPassword"}}, cred},
		{"feed bot name without a password", "PodcastFeed", Member{Name: "Username"}, nil, ""},
		{"qualified secret beside a password", "BackupIntegration", Member{Name: "SigningSecret"}, []Member{{Name: "DropboxPassword"}}, ""},
		{"password length beside a password", "PodcastFeed", Member{Name: "Username"}, []Member{{Name: "PasswordMinLength", Kind: KindNumber}}, ""},
		// An organisation's own contact data is not a person's.
		{"company e-mail", "PartnerCompany", Member{Name: "email"}, nil, ""},
		{"edited organisation's e-mail", "EditOrgSettingsForm", Member{Name: "Email"}, nil, ""},
		{"company contact's e-mail", "PartnerCompany", Member{Name: "contact_email"}, nil, email},
		{"company's record of a health fact stays special", "InsuranceCompany", Member{Name: "diagnosis"}, nil, "user.health_and_medical"},
		// A holder named for a credential holds it under the bare name.
		{"refresh token's value", "RefreshToken", Member{Name: "Token"}, nil, cred},
		{"session token's hash", "SessionToken", Member{Name: "TokenHash"}, nil, cred},
		{"HMAC secret's bytes", "HMACSecret", Member{Name: "Secret"}, nil, ""},
		{"token's label", "RefreshToken", Member{Name: "TokenLabel"}, nil, ""},
		// An author's (creator's) name is personal; not as a struct, a count or a thing's.
		{"article author", "BlogPost", Member{Name: "Author"}, nil, name},
		{"namespaced creator", "AtomEntry", Member{Name: "DcCreator"}, nil, name},
		{"author record", "BlogPost", Member{Name: "Author", Kind: KindStruct}, nil, ""},
		{"author count", "BlogPost", Member{Name: "AuthorCount", Kind: KindNumber}, nil, ""},
		{"product's creator", "Product", Member{Name: "Creator"}, nil, ""},
		{"author in configuration", "SiteConfig", Member{Name: "Author"}, nil, ""},
		// Beside a full name, a bare Name is the login.
		{"name beside a full name", "Member", Member{Name: "Name"}, []Member{{Name: "FullName"}}, login},
		{"lower-case name beside a display name", "Account", Member{Name: "LowerName"}, []Member{{Name: "DisplayName"}}, login},
		{"full name beside a name", "Member", Member{Name: "FullName"}, []Member{{Name: "Name"}}, name},
		{"name alone", "Member", Member{Name: "Name"}, nil, name},
		// Vocabulary.
		{"default home page", "Customer", Member{Name: "DefaultHomepage"}, nil, ""},
		{"homepage", "Customer", Member{Name: "Homepage"}, nil, "user.contact.url"},
		{"provider profile endpoint", "SsoProviderForm", Member{Name: "OAuth2ProfileURL"}, nil, ""},
		{"provider e-mail endpoint", "SsoProviderForm", Member{Name: "OIDCEmailURL"}, nil, ""},
		{"claim holding full names", "SsoProviderForm", Member{Name: "FullNameClaimName"}, nil, ""},
		{"sort order by e-mail", "ListMembersQuery", Member{Name: "EmailOrderBy"}, nil, ""},
		{"avatar link", "Customer", Member{Name: "AvatarLink"}, nil, "user.content.self_image"},
		{"choice to keep an e-mail private", "Customer", Member{Name: "KeepEmailPrivate", Kind: KindBool}, nil, "user.privacy_preferences"},
		{"choice to hide an e-mail", "Customer", Member{Name: "hide_email", Kind: KindBool}, nil, "user.privacy_preferences"},
		{"private flag of a thing", "Repository", Member{Name: "IsPrivate", Kind: KindBool}, nil, ""},
		{"repository metadata", "ProjectMeta", Member{Name: "Name"}, []Member{{Name: "FullName"}}, ""},
		{"security key registration", "U2fRegistration", Member{Name: "Name"}, []Member{{Name: "Counter", Kind: KindNumber}}, ""},
		{"passkey registration form", "PasskeyRegistrationForm", Member{Name: "Name"}, nil, ""},
		{"mailer's password", "Mailer", Member{Name: "Passwd"}, []Member{{Name: "User"}}, ""},
	}
	checkEvidenceCases(t, c, cases)
}
