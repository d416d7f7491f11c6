package classifier

import (
	"strings"
	"testing"
)

// idServerCase is one member of a holder, with the holder's other
// members, and the category it must take ("" = not personal).
type idServerCase = evidenceCase

// runIDServerCases classifies each case's holder and checks its member.
func runIDServerCases(t *testing.T, cases []idServerCase) {
	t.Helper()
	c := testClassifier(t)
	checkEvidenceCases(t, c, cases)
}

// idsStr is a string member with a JSON-style tag ("" for none).
func idsStr(name, tag string) Member {
	m := Member{Name: name, Kind: KindString}
	if tag != "" {
		m.TagNames = []string{tag}
	}
	return m
}

// TestKeyedLabel covers the resources of an identity server (and of many
// APIs): an object with a Name of its own and a DisplayName, its label,
// is no person for that, while a display name that is a person's stays
// one.
func TestKeyedLabel(t *testing.T) {
	resource := []Member{idsStr("Owner", "owner"), idsStr("Name", "name"), idsStr("CreatedTime", "createdTime"),
		idsStr("DisplayName", "displayName"), idsStr("Url", "url"), idsStr("Token", "token")}
	at := func(i int) (Member, []Member) {
		others := append([]Member{}, resource[:i]...)
		return resource[i], append(others, resource[i+1:]...)
	}
	label, rest := at(3)
	name, rest1 := at(1)
	token, rest5 := at(5)
	const (
		pname = "user.name"
		login = "user.account.username"
	)
	runIDServerCases(t, []idServerCase{
		// Must not flag: the resource's label, key and token.
		{"a resource's label", "Enforcer", label, rest, ""},
		{"a resource's key beside its label", "Enforcer", name, rest1, ""},
		{"a resource's token", "Enforcer", token, rest5, ""},
		{"a pricing's label", "Pricing", idsStr("DisplayName", ""), []Member{idsStr("Name", "")}, ""},
		// Must flag: a person's display name, and a label beside a
		// member that identifies the person.
		{"a display name alone", "EmailVerificationValues", idsStr("DisplayName", ""), nil, pname},
		{"an owner's display name beside a name", "Workspace", idsStr("OwnerDisplayName", ""), []Member{idsStr("Name", "")}, pname},
		{"a display name beside an e-mail", "Principal", idsStr("DisplayName", "displayName"),
			[]Member{idsStr("Name", "name"), idsStr("Email", "email")}, pname},
		{"a login beside a display name and an e-mail", "Principal", idsStr("Name", "name"),
			[]Member{idsStr("DisplayName", "displayName"), idsStr("Email", "email")}, login},
		{"a user's display name beside a name", "User", idsStr("DisplayName", "displayName"), []Member{idsStr("Name", "name")}, pname},
		{"a claim's name tag", "Userinfo", Member{Name: "DisplayName", Kind: KindString, TagNames: []string{"name"}},
			[]Member{{Name: "Name", Kind: KindString, TagNames: []string{"preferred_username"}}}, pname},
	})
}

// TestSizeBesideWidth covers a height beside a width: an image's or a
// box's size, in a holder nested in a person's profile too; a person's
// height stays one.
func TestSizeBesideWidth(t *testing.T) {
	const phys = "user.demographic.physical_characteristics"
	c := testClassifier(t)
	num := func(name string) Member { return Member{Name: name, Kind: KindNumber, TagNames: []string{lower(name)}} }
	for _, tc := range []struct {
		why  string
		o    Object
		want string
	}{
		{"a profile picture's height", Object{TypeName: "Data", PersonLike: true, Members: []Member{num("Height"), num("Width"), idsStr("Url", "url")}}, ""},
		{"an aspect ratio's height", Object{TypeName: "StorageAspectRatio", PersonLike: true, Members: []Member{num("HeightAspect"), num("WidthAspect")}}, ""},
		{"a patient's height", Object{TypeName: "Patient", Members: []Member{num("Height"), num("Weight")}}, phys},
		{"a height in a profile", Object{TypeName: "Data", PersonLike: true, Members: []Member{num("Height"), idsStr("EyeColor", "")}}, phys},
	} {
		if got := c.Object(tc.o)[0].Category; got != tc.want {
			t.Errorf("%s: %s.%s = %q, want %q", tc.why, tc.o.TypeName, tc.o.Members[0].Name, got, tc.want)
		}
	}
}

// TestSettingsOfSecrets covers the settings of a password or token
// policy in a holder that also holds a password (an organisation's
// master password): how long passwords last, which options they take,
// how long tokens are kept, a captcha's token. The password beside them
// stays one.
func TestSettingsOfSecrets(t *testing.T) {
	const (
		pw   = "user.authorization.password"
		cred = "user.authorization.credentials"
	)
	org := []Member{idsStr("MasterPassword", "masterPassword")}
	runIDServerCases(t, []idServerCase{
		{"password expiry in days", "Organization", Member{Name: "PasswordExpireDays", Kind: KindNumber, TagNames: []string{"passwordExpireDays"}}, org, ""},
		{"password options", "Organization", idsStr("PasswordOptions", "passwordOptions"), org, ""},
		{"token retention in days", "Organization", Member{Name: "TokenRetentionDays", Kind: KindNumber, TagNames: []string{"tokenRetentionDays"}}, org, ""},
		{"a captcha's token", "AuthForm", idsStr("CaptchaToken", "captchaToken"), []Member{idsStr("Username", "username"), idsStr("Password", "password")}, ""},
		{"the master password", "Organization", idsStr("MasterPassword", "masterPassword"), []Member{idsStr("PasswordOptions", "passwordOptions")}, pw},
		{"a sign-in form's token", "AuthForm", idsStr("SessionToken", "sessionToken"), []Member{idsStr("Username", "username"), idsStr("Password", "password")}, cred},
		{"a user's refresh token", "User", idsStr("RefreshToken", "refreshToken"), nil, cred},
	})
}

// TestIDCard covers a person's id card, which many applications keep as
// the number on it (IdCard): a national identification number on a
// person-like holder, not elsewhere, and not its type.
func TestIDCard(t *testing.T) {
	const nid = "user.government_id.national_identification_number"
	runIDServerCases(t, []idServerCase{
		{"a user's id card", "User", idsStr("IdCard", "idCard"), []Member{idsStr("IdCardType", "idCardType")}, nid},
		{"a citizen's identity card", "Citizen", idsStr("IdentityCard", ""), nil, nid},
		{"an id card's type", "User", idsStr("IdCardType", "idCardType"), []Member{idsStr("IdCard", "idCard")}, ""},
		{"an id card in a visit", "Visit", idsStr("IdCard", "idCard"), nil, ""},
	})
}

// TestFaceID covers the faces a person enrols to sign in (FaceIds, the
// embedding in FaceIdData): biometric on a person-like holder; a face's
// id elsewhere (a photo's marker) and a face id's settings are not.
func TestFaceID(t *testing.T) {
	const face = "user.biometric.face"
	faces := Member{Name: "FaceIds", Kind: KindStruct, TypeName: "FaceId", TagNames: []string{"faceIds"}}
	runIDServerCases(t, []idServerCase{
		{"a user's enrolled faces", "User", faces, []Member{idsStr("Name", "name")}, face},
		{"a member's face data", "Member", Member{Name: "FaceData", Kind: KindBytes}, nil, face},
		{"a face id's type", "User", idsStr("FaceIdType", "faceIdType"), []Member{faces}, ""},
		{"a photo marker's face", "Marker", idsStr("FaceID", "face_id"), []Member{idsStr("SubjectUID", "")}, ""},
	})
	c := testClassifier(t)
	o := Object{TypeName: "FaceId", PersonLike: true, Members: []Member{idsStr("Name", "name"),
		{Name: "FaceIdData", Kind: KindNumber, TagNames: []string{"faceIdData"}}}}
	if got := c.Object(o)[1].Category; got != face {
		t.Errorf("a user's face embedding: FaceId.FaceIdData = %q, want %q", got, face)
	}
}

// TestNetworkImage covers a social network's name in a longer name that
// names an image or media (LinkedinStillImage): a picture, not the
// person's profile; the profile's link stays one.
func TestNetworkImage(t *testing.T) {
	const url = "user.contact.url"
	runIDServerCases(t, []idServerCase{
		{"a network's still image", "Data", Member{Name: "ComLinkedinDigitalmediaMediaartifactStillImage", Kind: KindStruct,
			TagNames: []string{"com.linkedin.digitalmedia.mediaartifact.StillImage"}}, nil, ""},
		{"a network's media", "User", idsStr("LinkedinMedia", ""), nil, ""},
		{"a LinkedIn profile", "User", idsStr("Linkedin", "linkedin"), nil, url},
		{"a LinkedIn link", "Member", idsStr("LinkedinUrl", ""), nil, url},
	})
}

// TestProviderLogins covers the keys and logins a service provider's
// client holds (an e-mail or payment provider): the application's
// account at the service, not a person's; a record a user owns (a
// UserID beside them) and a user's own tokens stay personal.
func TestProviderLogins(t *testing.T) {
	const (
		cred  = "user.authorization.credentials"
		pw    = "user.authorization.password"
		login = "user.account.username"
	)
	runIDServerCases(t, []idServerCase{
		{"an e-mail provider's API key", "SendgridEmailProvider", idsStr("ApiKey", ""), []Member{idsStr("Host", "")}, ""},
		{"a payment provider's login", "FastSpringPaymentProvider", idsStr("ApiUsername", ""), []Member{idsStr("ApiPassword", "")}, ""},
		{"a payment provider's password", "FastSpringPaymentProvider", idsStr("ApiPassword", ""), []Member{idsStr("ApiUsername", "")}, ""},
		{"a user's linked provider's token", "LinkedProvider", idsStr("AccessToken", ""), []Member{{Name: "UserID", Kind: KindNumber}}, cred},
		{"a user's linked provider's login", "LinkedProvider", idsStr("Username", ""), []Member{{Name: "UserID", Kind: KindNumber}, idsStr("Password", "")}, login},
		{"a sign-in request's password", "ProviderSignInRequest", idsStr("Password", ""), []Member{idsStr("Username", "")}, pw},
	})
}

// TestKeyedLabelInConfiguration covers a configured object's label: a
// DisplayName beside its Name in configuration (a provider in an
// application's settings) is no person's either; a display name alone
// there still is one.
func TestKeyedLabelInConfiguration(t *testing.T) {
	c := testClassifier(t)
	for _, tc := range []struct {
		why     string
		members []Member
		want    string
	}{
		{"a configured provider's label", []Member{idsStr("DisplayName", "displayName"), idsStr("Name", "name")}, ""},
		{"a display name without a key in configuration", []Member{idsStr("DisplayName", "displayName")}, "user.name"},
	} {
		o := Object{TypeName: "Provider", InConfig: true, Members: tc.members}
		if got := c.Object(o)[0].Category; got != tc.want {
			t.Errorf("%s: Provider.DisplayName = %q, want %q", tc.why, got, tc.want)
		}
	}
}

// TestFieldDefinition covers the definitions of a form's input fields
// (a sign-up page's items): a holder with a Placeholder or a Regex
// defines a field, and its Name is the field's, whatever the type's name
// says; a sign-up's own data stays the person's.
func TestFieldDefinition(t *testing.T) {
	const (
		name  = "user.name"
		email = "user.contact.email"
	)
	item := []Member{{Name: "Visible", Kind: KindBool}, idsStr("Label", "label"), idsStr("Placeholder", "placeholder"), idsStr("Regex", "regex")}
	runIDServerCases(t, []idServerCase{
		{"a sign-up item's name", "SignupItem", idsStr("Name", "name"), item, ""},
		{"an account item's name", "AccountItem", idsStr("Name", "name"), []Member{idsStr("ViewRule", ""), idsStr("Regex", "regex")}, ""},
		{"a sign-up's name", "Signup", idsStr("Name", "name"), []Member{idsStr("Email", "email")}, name},
		{"a sign-up's e-mail", "SignupItem", idsStr("Email", "email"), []Member{idsStr("Name", "name")}, email},
		{"a person beside a pattern's count", "Member", idsStr("Name", "name"), []Member{{Name: "Regex", Kind: KindNumber}}, name},
	})
}

// TestConnectionLogins covers the login and password of a connection to
// a server held beside its Host and Port (a database adapter, a
// synchroniser's source): the application's account there; a user's own
// record (a UserID beside them) and a password without a port keep them.
func TestConnectionLogins(t *testing.T) {
	const pw = "user.authorization.password"
	conn := []Member{idsStr("Host", "host"), {Name: "Port", Kind: KindNumber, TagNames: []string{"port"}}, idsStr("User", "user"), idsStr("Database", "database")}
	runIDServerCases(t, []idServerCase{
		{"an adapter's database password", "Adapter", idsStr("Password", "password"), conn, ""},
		{"a synchroniser's login", "Syncer", idsStr("Username", "username"), append([]Member{idsStr("Password", "password")}, conn...), ""},
		{"a user's own connection", "Adapter", idsStr("Password", "password"), append([]Member{{Name: "UserID", Kind: KindNumber}}, conn...), pw},
		{"a password beside a host", "Account", idsStr("Password", "password"), []Member{idsStr("Host", "host")}, pw},
	})
}

// TestPropsSuffix covers a type named for the properties of a thing
// (MfaProps: a person's second factor's properties): the word before
// Props decides, as before Info or Details.
func TestPropsSuffix(t *testing.T) {
	const cred = "user.authorization.credentials"
	runIDServerCases(t, []idServerCase{
		{"a second factor's secret", "MfaProps", idsStr("Secret", "secret"), []Member{idsStr("MfaType", "mfaType")}, cred},
		{"a user's properties", "UserProperties", idsStr("Name", "name"), nil, "user.name"},
		{"a button's properties", "ButtonProps", idsStr("Name", "name"), []Member{idsStr("Label", "label")}, ""},
		{"a widget's secret", "WidgetProps", idsStr("Secret", "secret"), nil, ""},
	})
}

// TestInvoiceTitleAndNAS covers two names of an identity server's
// billing and RADIUS records: an invoice's title (its header, a buyer's
// or a company's name) is no job title, and a RADIUS accounting record's
// NAS IP address is the network access server's, not the user's; the
// user's framed address and a person's title stay.
func TestInvoiceTitleAndNAS(t *testing.T) {
	runIDServerCases(t, []idServerCase{
		{"an invoice's title", "InvoiceRequest", idsStr("InvoiceTitle", ""), []Member{idsStr("PayerName", ""), idsStr("Email", "")}, ""},
		{"a NAS's address", "RadiusAccounting", idsStr("NasIpAddr", "nasIpAddr"), []Member{idsStr("Username", "username")}, ""},
		{"a user's framed address", "RadiusAccounting", idsStr("FramedIpAddr", "framedIpAddr"), []Member{idsStr("Username", "username")}, "user.device.ip_address"},
		{"an employee's title", "Employee", idsStr("Title", "title"), nil, "user.job_title"},
	})
}

// TestUserPrincipalName covers a directory's user principal name (UPN),
// the account's sign-in name; a name for the claim that holds it in
// configuration is not one.
func TestUserPrincipalName(t *testing.T) {
	const login = "user.account.username"
	runIDServerCases(t, []idServerCase{
		{"a directory user's UPN", "LdapEntry", idsStr("UserPrincipalName", ""), []Member{idsStr("Cn", "")}, login},
		{"a synced user's UPN", "AzureAdUser", idsStr("UserPrincipalName", "userPrincipalName"), nil, login},
		{"a member's UPN", "Member", idsStr("Upn", "upn"), nil, login},
		{"a UPN's claim in settings", "SsoConfig", idsStr("UserPrincipalNameClaim", ""), nil, ""},
		{"a domain's UPN suffix", "Domain", idsStr("UpnSuffix", "upnSuffix"), nil, ""},
	})
}

// TestClusterLogins covers the login and password of a connection to a
// cluster of servers held beside the list of its nodes (Endpoints, Hosts,
// Brokers: an etcd, a Kafka or a Cassandra client's settings): the
// application's account there, as beside a Host and a Port. A user's own
// record and a login beside a single endpoint keep them.
func TestClusterLogins(t *testing.T) {
	const pw = "user.authorization.password"
	nodes := func(n string) Member { return Member{Name: n, Kind: KindOther, TagNames: []string{strings.ToLower(n)}} }
	runIDServerCases(t, []idServerCase{
		{"a key-value store's password", "Etcd", idsStr("Password", "password"), []Member{nodes("Endpoints"), idsStr("Namespace", "namespace"), idsStr("Username", "username")}, ""},
		{"a key-value store's login", "Etcd", idsStr("Username", "username"), []Member{nodes("Endpoints"), idsStr("Password", "password")}, ""},
		{"a broker cluster's password", "Kafka", idsStr("Password", "password"), []Member{nodes("Brokers"), idsStr("Username", "username")}, ""},
		{"a user's own cluster login", "Cluster", idsStr("Password", "password"), []Member{nodes("Hosts"), {Name: "UserID", Kind: KindNumber}}, pw},
		{"a login beside one endpoint", "Integration", idsStr("Password", "password"), []Member{idsStr("Endpoint", "endpoint"), idsStr("Username", "username")}, pw},
	})
}
