package classifier

import (
	"slices"
	"sync"
	"testing"

	"github.com/privlint/privlint/rules"
)

var (
	clsOnce sync.Once
	cls     *Classifier
)

func testClassifier(t testing.TB) *Classifier {
	t.Helper()
	clsOnce.Do(func() {
		tax, err := rules.DefaultTaxonomy()
		if err != nil {
			t.Fatalf("DefaultTaxonomy: %v", err)
		}
		cls = New(tax)
	})
	if cls == nil {
		t.Fatal("no classifier")
	}
	return cls
}

func TestTokens(t *testing.T) {
	tests := []struct {
		in   string
		want []string
	}{
		{"LastLoginIP", []string{"last", "login", "ip"}},
		{"HTTPServer", []string{"http", "server"}},
		{"date_of_birth", []string{"date", "of", "birth"}},
		{"DateOfBirth", []string{"date", "of", "birth"}},
		{"address_line1", []string{"address", "line", "1"}},
		{"user-name.first name", []string{"user", "name", "first", "name"}},
		{"UserIDs", []string{"user", "ids"}},
		{"ServerIPs", []string{"server", "ips"}},
		{"IPv4", []string{"i", "pv", "4"}},
		{"cvv2", []string{"cvv", "2"}},
		{"ID", []string{"id"}},
		{"signupRequest", []string{"signup", "request"}},
		{"Staatsangehörigkeit", []string{"staatsangehörigkeit"}},
		{"__x__", []string{"x"}},
		{"", []string{}},
	}
	for _, tt := range tests {
		if got := Tokens(tt.in); !slices.Equal(got, tt.want) {
			t.Errorf("Tokens(%q) = %q, want %q", tt.in, got, tt.want)
		}
	}
}

// TestNameNotPersonal lists names that must not be personal data with no
// context (and, where given, with the stated context).
func TestNameNotPersonal(t *testing.T) {
	c := testClassifier(t)
	tests := []struct {
		name string
		ctx  Context
	}{
		{"FileName", Context{}},
		{"FileName", Context{PersonLike: true}},
		{"HostName", Context{PersonLike: true}},
		{"AddressSpace", Context{PersonLike: true}},
		{"EmailTemplate", Context{}},
		{"PhoneticKey", Context{}},
		{"NameSpace", Context{PersonLike: true}},
		{"ZipFile", Context{PersonLike: true}},
		{"UserID", Context{PersonLike: true}},
		{"CustomerID", Context{PersonLike: true}},
		{"ID", Context{PersonLike: true}},
		{"ServerIP", Context{}},
		{"BindAddr", Context{}},
		{"SSHKeyFingerprint", Context{PersonLike: true}},
		{"HealthCheck", Context{}},
		{"HealthCheck", Context{PersonLike: true}},
		{"Latency", Context{}},
		{"RaceCondition", Context{PersonLike: true}},
		{"EmailVerified", Context{Kind: KindBool}},
		{"PhoneCount", Context{Kind: KindNumber}},
		{"NumEmails", Context{Kind: KindNumber}},
		{"SessionTimeout", Context{Kind: KindDuration}},
		{"MaxAge", Context{PersonLike: true, Kind: KindNumber}},
		{"SMTPPassword", Context{Config: true}},
		{"SMTPPassword", Context{}},
		{"Password", Context{Config: true}},
		{"PasswordHash", Context{Config: true}},
		{"APIKey", Context{Config: true}},
		{"ClientSecret", Context{}},
		{"Name", Context{}},
		{"Password", Context{}},
		{"Username", Context{}},
		{"Age", Context{}},
		{"City", Context{}},
		{"Photo", Context{}},
		{"Address", Context{}},
		{"FromEmail", Context{}},
		{"SupportEmail", Context{}},
		{"NoreplyEmail", Context{}},
		{"AdminEmail", Context{}},
		{"SenderEmail", Context{}},
		// A message's From address is the sending mailbox, not where
		// a person lives (as SenderAddress is).
		{"FromAddress", Context{PersonLike: true}},
		{"from_address", Context{PersonLike: true}},
		{"IP", Context{Holder: "Server"}},
		{"Pinned", Context{PersonLike: true}},
		{"Gender", Context{Kind: KindEnum}}, // an enum takes no category from the field name alone…
		{"CardBrand", Context{}},
		{"GeneticAlgorithm", Context{}},
		{"LicenseKey", Context{PersonLike: true}},
		{"TimeZone", Context{PersonLike: true}},
		{"Location", Context{Kind: KindOther, Holder: "Event"}},
		{"DeviceFingerprintEnabled", Context{Kind: KindBool}},
		{"Lat", Context{Holder: "Store"}},
		{"EmailVerifiedAt", Context{Kind: KindTime}},
		{"Capacity", Context{PersonLike: true}},
		{"First", Context{Holder: "logValueName"}},
		{"gp_a", Context{}}, // no match across a pattern token (gpa)
		{"gp_s", Context{}}, // (gps)
		{"Secret", Context{Holder: "MasterSecret"}},
		{"Title", Context{Holder: "titleCaser"}},
		{"Name", Context{Holder: "ObjectMember"}},
		{"Name", Context{Holder: "CaseName"}},
		{"IP", Context{Holder: "TCPAddr"}},
		{"fname", Context{}},
		{"DisplayName", Context{Holder: "ServiceStatus"}},
	}
	for _, tt := range tests {
		if m, ok := c.Name(tt.name, tt.ctx); ok {
			t.Errorf("Name(%q, %+v) = %+v, want not personal", tt.name, tt.ctx, m)
		}
	}
}

func TestNamePersonal(t *testing.T) {
	c := testClassifier(t)
	person := Context{PersonLike: true}
	tests := []struct {
		name      string
		ctx       Context
		want      string
		protected bool
	}{
		{"DateOfBirth", Context{}, "user.demographic.date_of_birth", false},
		{"dob", Context{}, "user.demographic.date_of_birth", false},
		{"BirthDate", Context{Kind: KindStruct}, "user.demographic.date_of_birth", false},
		{"BirthDate", Context{Kind: KindTime}, "user.demographic.date_of_birth", false},
		{"birth_day", Context{}, "user.demographic.date_of_birth", false},
		{"geburtsdatum", Context{}, "user.demographic.date_of_birth", false},
		{"fecha_nacimiento", Context{}, "user.demographic.date_of_birth", false},
		{"SSN", Context{}, "user.government_id.national_identification_number", false},
		{"EncryptedSSN", Context{}, "user.government_id.national_identification_number", true},
		{"iban", Context{}, "user.financial.bank_account", false},
		{"LastLoginIP", Context{}, "user.device.ip_address", false},
		{"PasswordHash", Context{}, "user.authorization.password", true},
		{"pw_digest", Context{}, "user.authorization.password", true},
		{"hashed_password", Context{}, "user.authorization.password", true},
		{"Password", person, "user.authorization.password", false},
		{"Email", Context{}, "user.contact.email", false},
		{"Emails", Context{}, "user.contact.email", false},
		{"email_address", Context{}, "user.contact.email", false},
		{"EmailAddr", Context{}, "user.contact.email", false},
		{"EmailHash", Context{}, "user.unique_id.pseudonymous", true},
		{"FirstName", Context{}, "user.name.first", false},
		{"firstname", Context{}, "user.name.first", false},
		{"vorname", Context{}, "user.name.first", false},
		{"nachname", Context{}, "user.name.last", false},
		{"Surname", Context{}, "user.name.last", false},
		{"FullName", Context{}, "user.name", false},
		{"Name", person, "user.name", false},
		{"Username", person, "user.account.username", false},
		{"UserName", person, "user.account.username", false},
		{"Phone", Context{}, "user.contact.phone_number", false},
		{"PhoneNumbers", Context{}, "user.contact.phone_number", false},
		{"MobileNo", Context{}, "user.contact.phone_number", false},
		{"ZipCode", Context{}, "user.contact.address.postal_code", false},
		{"Zip", person, "user.contact.address.postal_code", false},
		{"City", Context{Holder: "Address"}, "user.contact.address.city", false},
		{"Region", Context{Holder: "ShippingAddress"}, "user.contact.address.state", false},
		{"HomeAddress", Context{Kind: KindStruct}, "user.contact.address", false},
		{"Address", person, "user.contact.address", false},
		{"ContactAddress", person, "user.contact.address", false},
		{"BillingAddresses", Context{}, "user.contact.address", false},
		{"AddressLine1", Context{}, "user.contact.address.street", false},
		{"Latitude", Context{}, "user.location.precise", false},
		{"Lng", Context{}, "user.location.precise", false},
		{"Gender", Context{}, "user.demographic.gender", false},
		{"Sex", Context{Kind: KindEnum, TypeName: "Sex"}, "user.demographic.gender", false},
		{"Religion", Context{}, "user.demographic.religious_belief", false},
		{"Diagnosis", Context{}, "user.health_and_medical", false},
		{"Allergies", Context{}, "user.health_and_medical", false},
		{"CreditCardNumber", Context{}, "user.financial.credit_card", false},
		{"CardPAN", Context{}, "user.financial.credit_card", false},
		{"CardLast4", Context{}, "user.financial.credit_card", true},
		{"CVV", Context{}, "user.financial.credit_card.security_code", false},
		{"SecurityCode", Context{Holder: "CreditCard"}, "user.financial.credit_card.security_code", false},
		{"PassportNumber", Context{}, "user.government_id.passport_number", false},
		{"steuer_id", Context{}, "user.government_id.tax_id", false},
		{"NINO", Context{}, "user.government_id.national_identification_number", false},
		{"BSN", Context{}, "user.government_id.national_identification_number", false},
		{"PESEL", Context{}, "user.government_id.national_identification_number", false},
		{"Aadhaar", Context{}, "user.government_id.national_identification_number", false},
		{"codice_fiscale", Context{}, "user.government_id.national_identification_number", false},
		{"Personalausweisnummer", Context{}, "user.government_id.national_identification_number", false},
		{"NIF", person, "user.government_id.national_identification_number", false},
		{"DriversLicenseNumber", Context{}, "user.government_id.drivers_license_number", false},
		{"MarketingOptIn", Context{Kind: KindBool}, "user.privacy_preferences", false},
		{"ConsentGivenAt", Context{Kind: KindTime}, "user.privacy_preferences", false},
		{"Salary", Context{Kind: KindNumber}, "user.financial.income", false},
		{"Age", Context{PersonLike: true, Kind: KindNumber}, "user.demographic.age_range", false},
		{"CreditScore", Context{Kind: KindNumber}, "user.financial.credit_score", false},
		{"SecurityAnswer", Context{}, "user.authorization.credentials", false},
		{"OTPSecret", Context{}, "user.authorization.credentials", false},
		{"APIKey", person, "user.authorization.credentials", false},
		{"DeviceID", Context{}, "user.device.device_id", false},
		{"IDFA", Context{}, "user.device.advertising_id", false},
		{"MACAddress", Context{}, "user.device.mac_address", false},
		{"UserAgent", Context{}, "user.device.user_agent", false},
		{"Nationality", Context{}, "user.demographic.nationality", false},
		{"Ethnicity", Context{}, "user.demographic.race_ethnicity", false},
		{"PoliticalOpinions", Context{}, "user.demographic.political_opinion", false},
		{"TradeUnionMembership", Context{}, "user.demographic.trade_union", false},
		{"SexualOrientation", Context{}, "user.demographic.sexual_orientation", false},
		{"CriminalRecord", Context{}, "user.criminal_history", false},
		{"DNASequence", Context{}, "user.health_and_medical.genetic", false},
		{"FingerprintTemplate", Context{}, "user.biometric.fingerprint", false},
		{"Fingerprint", person, "user.biometric.fingerprint", false},
		{"VoicePrint", Context{}, "user.biometric.voice", false},
		{"ProfilePicture", Context{}, "user.content.self_image", false},
		{"Avatar", person, "user.content.self_image", false},
		{"MaidenName", Context{}, "user.name.maiden", false},
		{"Staatsangehörigkeit", Context{}, "user.demographic.nationality", false},
		{"courriel", Context{}, "user.contact.email", false},
		{"telefono", Context{}, "user.contact.phone_number", false},
		{"apellido", Context{}, "user.name.last", false},
		{"prenom", Context{}, "user.name.first", false},
		{"Contact", Context{Kind: KindString, TypeName: "EmailAddress"}, "user.contact.email", false},
		{"IsMinor", Context{Kind: KindBool}, "user.childrens", false},
	}
	for _, tt := range tests {
		m, ok := c.Name(tt.name, tt.ctx)
		if !ok || m.Category != tt.want || m.Protected != tt.protected {
			t.Errorf("Name(%q, %+v) = %+v, %v; want %s protected=%v", tt.name, tt.ctx, m, ok, tt.want, tt.protected)
			continue
		}
		cat := c.Taxonomy().Category(m.Category)
		if m.Sensitive != cat.Sensitive || m.Special != cat.Special {
			t.Errorf("Name(%q): flags %v/%v differ from category %v/%v", tt.name, m.Sensitive, m.Special, cat.Sensitive, cat.Special)
		}
		if m.Pattern == "" {
			t.Errorf("Name(%q): empty Pattern", tt.name)
		}
	}
}

func TestNameEvidence(t *testing.T) {
	c := testClassifier(t)
	m, ok := c.Name("Gender", Context{Kind: KindEnum, TypeName: "Gender"})
	if !ok || m.Category != "user.demographic.gender" {
		t.Fatalf("enum Gender: %+v %v", m, ok)
	}
	m, ok = c.Name("DateOfBirth", Context{})
	if !ok || m.By != Name || m.Pattern != "date_of_birth" {
		t.Errorf("DateOfBirth: %+v, want By=name Pattern=date_of_birth", m)
	}
	if !m.Sensitive && m.Special {
		t.Errorf("DateOfBirth flags: %+v", m)
	}
	m, _ = c.Name("Religion", Context{})
	if !m.Special || !m.Sensitive {
		t.Errorf("Religion should be special and sensitive: %+v", m)
	}
}

func TestGoTypeAndFormat(t *testing.T) {
	c := testClassifier(t)
	types := map[string]string{
		"net/mail.Address":    "user.contact.email",
		"*net/mail.Address":   "user.contact.email",
		"net.IP":              "user.device.ip_address",
		"[]net.IP":            "user.device.ip_address",
		"net/netip.Addr":      "user.device.ip_address",
		"net/netip.AddrPort":  "user.device.ip_address",
		"net.HardwareAddr":    "user.device.mac_address",
		"string":              "",
		"time.Time":           "",
		"example.com/x.Email": "",
	}
	for ty, want := range types {
		m, ok := c.GoType(ty)
		if ok != (want != "") || m.Category != want {
			t.Errorf("GoType(%q) = %+v, %v; want %q", ty, m, ok, want)
		}
		if ok && m.By != Type {
			t.Errorf("GoType(%q).By = %q", ty, m.By)
		}
	}
	formats := map[string]string{
		"email":     "user.contact.email",
		"idn-email": "user.contact.email",
		"ipv4":      "user.device.ip_address",
		"IPv6":      "user.device.ip_address",
		"password":  "user.authorization.password",
		"date":      "",
		"uuid":      "",
		"uri":       "",
	}
	for f, want := range formats {
		m, ok := c.Format(f)
		if ok != (want != "") || m.Category != want {
			t.Errorf("Format(%q) = %+v, %v; want %q", f, m, ok, want)
		}
		if ok && m.By != Format {
			t.Errorf("Format(%q).By = %q", f, m.By)
		}
	}
}

func TestTypeName(t *testing.T) {
	c := testClassifier(t)
	tests := []struct {
		name               string
		personLike, config bool
	}{
		{"User", true, false},
		{"Customer", true, false},
		{"CustomerDTO", true, false},
		{"signupRequest", true, false},
		{"CreateUserRequest", true, false},
		{"PatientRecord", true, false},
		{"Users", true, false},
		{"UserRole", false, false},
		// A person's own settings are the person's data (issue 14: a
		// user's settings hold their full name, web site and location).
		{"UserSettings", true, false},
		{"ServerSettings", false, true},
		{"SettingsForm", false, true},
		{"SMTPConfig", false, true},
		{"Options", false, true},
		{"Campaign", false, false},
		{"Server", false, false},
		{"Request", false, false},
		{"LoginRequest", true, false},
		{"FuncVisitor", false, false},
		{"UserDomain", true, false},
		{"Domain", false, false},
		{"MailDomain", false, false},
		{"ObjectMember", false, false},
		{"", false, false},
	}
	for _, tt := range tests {
		p, cfg := c.TypeName(tt.name)
		if p != tt.personLike || cfg != tt.config {
			t.Errorf("TypeName(%q) = %v, %v; want %v, %v", tt.name, p, cfg, tt.personLike, tt.config)
		}
	}
}

func categories(ms []Match) []string {
	out := make([]string, len(ms))
	for i, m := range ms {
		out[i] = m.Category
	}
	return out
}

func TestObject(t *testing.T) {
	c := testClassifier(t)
	str := func(names ...string) []Member {
		ms := make([]Member, len(names))
		for i, n := range names {
			ms[i] = Member{Name: n}
		}
		return ms
	}
	tests := []struct {
		name string
		obj  Object
		want []string
	}{
		{"co-occurrence", Object{TypeName: "signupRequest", Members: str("Email", "Username", "Password")},
			[]string{"user.contact.email", "user.account.username", "user.authorization.password"}},
		{"co-occurrence by first name", Object{TypeName: "Payload", Members: str("FirstName", "Name", "City")},
			[]string{"user.name.first", "user.name", "user.contact.address.city"}},
		{"role-qualified email", Object{TypeName: "Campaign", Members: str("Name", "FromEmail")},
			[]string{"", ""}},
		{"not person-like", Object{TypeName: "UserRole", Members: str("Name")}, []string{""}},
		{"person-like", Object{TypeName: "User", Members: str("Name", "ID", "CreatedAt")},
			[]string{"user.name", "", ""}},
		{"config", Object{TypeName: "SMTPConfig", Members: str("Host", "Username", "Password", "SMTPPassword", "APIKey", "FromEmail")},
			[]string{"", "", "", "", "", ""}},
		{"config never person-like", Object{TypeName: "Settings", Members: str("Email", "Password", "Name")},
			[]string{"user.contact.email", "", ""}},
		{"address holder", Object{TypeName: "Address", Members: str("Street", "City", "Zip", "Country")},
			[]string{"user.contact.address.street", "user.contact.address.city",
				"user.contact.address.postal_code", "user.contact.address.country"}},
		{"server holder", Object{TypeName: "Server", Members: str("Name", "IP", "Address")},
			[]string{"", "", ""}},
		{"qualified email names somebody else", Object{TypeName: "Event", Members: str("Name", "OrganizerEmail")},
			[]string{"", "user.contact.email"}},
		{"customer email in an order", Object{TypeName: "Order", Members: str("Name", "CustomerEmail")},
			[]string{"", "user.contact.email"}},
		{"self-qualified email", Object{TypeName: "Payload", Members: str("Name", "PersonalEmail")},
			[]string{"user.name", "user.contact.email"}},
		{"card holder context", Object{TypeName: "PaymentCard", Members: str("Number", "CVC", "Brand")},
			[]string{"user.financial.credit_card", "user.financial.credit_card.security_code", ""}},
		{"weak on person", Object{TypeName: "Patient", Members: str("InsuranceNumber", "Allergies")},
			[]string{"user.health_and_medical.insurance_beneficiary_id", "user.health_and_medical"}},
		{"login", Object{TypeName: "LoginRequest", Members: str("Username", "Password")},
			[]string{"user.account.username", "user.authorization.password"}},
		{"nested in a person", Object{TypeName: "Home", PersonLike: true, Members: str("Street", "Name")},
			[]string{"user.contact.address.street", "user.name"}},
		{"nested but not in a person", Object{TypeName: "Home", Members: str("Street", "Name")},
			[]string{"", ""}},
		{"nested config stays config", Object{TypeName: "Config", PersonLike: true, Members: str("Password")},
			[]string{""}},
		// A message's From address beside its recipient's name is the
		// sending mailbox, not where the recipient lives.
		{"from address of a message", Object{TypeName: "EmailRequest", Members: []Member{
			{Name: "FirstName", TagNames: []string{"first_name"}}, {Name: "Email", TagNames: []string{"email"}},
			{Name: "FromAddress", TagNames: []string{"from_address"}}, {Name: "ContactAddress"}}},
			[]string{"user.name.first", "user.contact.email", "", "user.contact.address"}},
	}
	for _, tt := range tests {
		ms, personLike := c.Judge(tt.obj)
		if got := categories(c.Object(tt.obj)); !slices.Equal(got, categories(ms)) {
			t.Errorf("%s: Object and Judge disagree: %q vs %q", tt.name, got, categories(ms))
		}
		if tt.obj.PersonLike && !personLike && tt.obj.TypeName != "Config" {
			t.Errorf("%s: Judge did not keep PersonLike", tt.name)
		}
		got := categories(ms)
		if !slices.Equal(got, tt.want) {
			t.Errorf("%s: Object(%s) = %q, want %q", tt.name, tt.obj.TypeName, got, tt.want)
		}
	}
}

func TestObjectEvidence(t *testing.T) {
	c := testClassifier(t)
	obj := Object{TypeName: "Account", Members: []Member{
		{Name: "Contact", GoType: "*net/mail.Address", Kind: KindStruct},                          // 0 type
		{Name: "Mail", TagNames: []string{"email"}},                                               // 1 tag
		{Name: "Email", TagNames: []string{"email"}, Kind: KindBool},                              // 2 bool: no
		{Name: "X", Declared: &Match{Category: "user.health"}},                                    // 3 alias normalised
		{Name: "Y", Declared: &Match{Category: "ssn"}},                                            // 4 short form
		{Name: "Z", Infer: true},                                                                  // 5 fallback user
		{Name: "Notes", Declared: &Match{}, Infer: true},                                          // 6 fallback user
		{Name: "Email2", NotPersonal: true},                                                       // 7 pii:"-"
		{Name: "Addr", Format: "ipv4"},                                                            // 8 format
		{Name: "ServerIP", GoType: "net.IP"},                                                      // 9 veto beats type
		{Name: "PasswordHash", TagNames: []string{"password_hash"}},                               // 10 protected tag
		{Name: "IP", TagNames: []string{"server_ip"}},                                             // 11 tag veto cancels name
		{Name: "Sex", Kind: KindEnum, TypeName: "Gender"},                                         // 12 enum type name
		{Name: "BirthDate", Kind: KindStruct, TypeName: "Date"},                                   // 13 struct by own name
		{Name: "Code", Infer: true, TagNames: []string{"zip"}},                                    // 14 annotated infer
		{Name: "MarketingOptIn", Kind: KindBool},                                                  // 15 consent bool
		{Name: "PhoneCount", Kind: KindNumber},                                                    // 16 count
		{Name: "Phone", Declared: &Match{Category: "user.contact.phone_number", Protected: true}}, // 17
	}}
	got := c.Object(obj)
	want := []struct {
		cat       string
		by        Evidence
		protected bool
	}{
		{"user.contact.email", Type, false},
		{"user.contact.email", Tag, false},
		{"", "", false},
		{"user.health_and_medical", Annotation, false},
		{"user.government_id.national_identification_number", Annotation, false},
		{"user", Annotation, false},
		{"user", Annotation, false},
		{"", "", false},
		{"user.device.ip_address", Format, false},
		{"", "", false},
		{"user.authorization.password", Tag, true},
		{"", "", false},
		{"user.demographic.gender", Type, false},
		{"user.demographic.date_of_birth", Name, false},
		{"user.contact.address.postal_code", Annotation, false},
		{"user.privacy_preferences", Name, false},
		{"", "", false},
		{"user.contact.phone_number", Annotation, true},
	}
	if len(got) != len(want) {
		t.Fatalf("Object returned %d matches for %d members", len(got), len(want))
	}
	for i, w := range want {
		g := got[i]
		if g.Category != w.cat || g.By != w.by || g.Protected != w.protected {
			t.Errorf("member %d (%s) = %+v, want %s by %s protected=%v", i, obj.Members[i].Name, g, w.cat, w.by, w.protected)
		}
	}
}

func TestExtendedTaxonomy(t *testing.T) {
	base := testClassifier(t).Taxonomy()
	ext, err := base.Extend(map[string]rules.CategoryExtension{
		"user.loyalty_id":    {Names: []string{"loyalty_id", "MemberNo"}},
		"user.contact.email": {Veto: []string{"archive"}},
	})
	if err != nil {
		t.Fatal(err)
	}
	c := New(ext)
	for _, n := range []string{"LoyaltyID", "member_no"} {
		if m, ok := c.Name(n, Context{}); !ok || m.Category != "user.loyalty_id" {
			t.Errorf("extended Name(%q) = %+v, %v", n, m, ok)
		}
	}
	if m, ok := c.Name("EmailArchive", Context{}); ok {
		t.Errorf("extended veto: EmailArchive = %+v", m)
	}
	if _, ok := testClassifier(t).Name("LoyaltyID", Context{}); ok {
		t.Error("Extend changed the base classifier")
	}
}

func TestConcurrentUse(t *testing.T) {
	c := testClassifier(t)
	var wg sync.WaitGroup
	for range 8 {
		wg.Go(func() {
			for range 200 {
				if m, ok := c.Name("DateOfBirth", Context{}); !ok || m.Category != "user.demographic.date_of_birth" {
					t.Error("concurrent Name failed")
					return
				}
			}
		})
	}
	wg.Wait()
}

// BenchmarkNew measures compiling a classifier from the default taxonomy
// (done once per process and policy).
func BenchmarkNew(b *testing.B) {
	tax, err := rules.DefaultTaxonomy()
	if err != nil {
		b.Fatal(err)
	}
	b.ReportAllocs()
	for b.Loop() {
		New(tax)
	}
}

// BenchmarkName measures classifying one field name.
func BenchmarkName(b *testing.B) {
	c := testClassifier(b)
	names := []string{"DateOfBirth", "CustomerShippingAddressLine1", "ServerIP", "ID", "created_at",
		"EmailVerified", "HTTPRequestTimeoutSeconds", "firstname", "LastLoginIP", "description"}
	ctx := Context{PersonLike: true, Holder: "Customer"}
	b.ReportAllocs()
	for i := 0; b.Loop(); i++ {
		c.Name(names[i%len(names)], ctx)
	}
}

// BenchmarkObject measures classifying the members of a few holders
// together: person-like, thing and organisation holders, a request and
// configuration (holder evidence and co-occurrence).
func BenchmarkObject(b *testing.B) {
	c := testClassifier(b)
	objs := []Object{
		{TypeName: "User", Members: []Member{{Name: "ID", Kind: KindNumber}, {Name: "Name"}, {Name: "FullName"}, {Name: "Email"}, {Name: "Passwd"}, {Name: "Website"}, {Name: "KeepEmailPrivate", Kind: KindBool}}},
		{TypeName: "Feed", Members: []Member{{Name: "FeedURL"}, {Name: "UserAgent"}, {Name: "Username"}, {Name: "Password"}, {Name: "Title"}}},
		{TypeName: "CreateOrgOption", Members: []Member{{Name: "UserName", TagNames: []string{"username"}}, {Name: "FullName", TagNames: []string{"full_name"}}, {Name: "Email", TagNames: []string{"email"}}, {Name: "Website"}}},
		{TypeName: "Integration", Members: []Member{{Name: "PinboardToken"}, {Name: "GoogleReaderUsername"}, {Name: "GoogleReaderPassword"}, {Name: "WebhookSecret"}, {Name: "NotionToken"}}},
		{TypeName: "MailerConfig", Members: []Member{{Name: "Host"}, {Name: "User"}, {Name: "Passwd"}, {Name: "FromEmail"}}},
	}
	b.ReportAllocs()
	for i := 0; b.Loop(); i++ {
		c.Object(objs[i%len(objs)])
	}
}
