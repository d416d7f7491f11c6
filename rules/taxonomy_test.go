package rules

import (
	"os"
	"regexp"
	"strings"
	"testing"
)

func mustDefault(t *testing.T) *Taxonomy {
	t.Helper()
	tax, err := DefaultTaxonomy()
	if err != nil {
		t.Fatalf("DefaultTaxonomy: %v", err)
	}
	return tax
}

func TestDefaultTaxonomyShape(t *testing.T) {
	tax := mustDefault(t)
	cats := tax.Categories()
	if len(cats) < 60 {
		t.Fatalf("only %d categories, want ≥ 60", len(cats))
	}
	// The 100 keys of TAXONOMY.md and the extension key
	// user.demographic.physical_characteristics (height, eye colour), which
	// has no fideslang key and is no biometric data.
	if len(cats) != 101 {
		t.Errorf("%d categories, want the 100 keys of TAXONOMY.md and physical_characteristics", len(cats))
	}
	if !strings.Contains(tax.Version(), "fideslang") {
		t.Errorf("Version() = %q, want it to name fideslang", tax.Version())
	}
	for i, c := range cats {
		if i > 0 && cats[i-1].Key >= c.Key {
			t.Errorf("Categories not sorted: %s before %s", cats[i-1].Key, c.Key)
		}
		if p := Parent(c.Key); p != "" && tax.Category(p) == nil {
			t.Errorf("%s: parent %s missing", c.Key, p)
		}
		if c.Description == "" {
			t.Errorf("%s: no description", c.Key)
		}
	}
	// The SPEC §1 minimum coverage, each with name patterns.
	for _, k := range []string{
		"user.contact.email", "user.contact.phone_number", "user.contact.address",
		"user.contact.address.postal_code", "user.name.first", "user.name.last", "user.name",
		"user.name.maiden", "user.demographic.date_of_birth", "user.demographic.age_range",
		"user.demographic.gender", "user.demographic.nationality",
		"user.government_id.national_identification_number", "user.government_id.passport_number",
		"user.government_id.drivers_license_number", "user.government_id.tax_id",
		"user.financial.credit_card", "user.financial.credit_card.security_code",
		"user.financial.bank_account", "user.financial.income", "user.financial.credit_score",
		"user.authorization.password", "user.authorization.credentials", "user.device.ip_address",
		"user.device.device_id", "user.device.advertising_id", "user.device.cookie_id",
		"user.device.mac_address", "user.location.precise", "user.biometric",
		"user.health_and_medical.genetic", "user.health_and_medical",
		"user.demographic.race_ethnicity", "user.demographic.political_opinion",
		"user.demographic.religious_belief", "user.demographic.trade_union",
		"user.demographic.sex_life", "user.demographic.sexual_orientation",
		"user.criminal_history", "user.content.self_image", "user.biometric.voice",
	} {
		c := tax.Category(k)
		if c == nil {
			t.Errorf("missing category %s", k)
			continue
		}
		if len(c.Names)+len(c.Weak)+len(c.Context) == 0 {
			t.Errorf("%s has no name patterns", k)
		}
	}
	if c := tax.Category("system.authentication"); c == nil || IsPersonal(c.Key) {
		t.Errorf("system.authentication must ship and not be personal: %+v", c)
	}
	for _, k := range []string{"user.demographic.religious_belief", "user.criminal_history", "user.biometric"} {
		if c := tax.Category(k); !c.Special || !c.Sensitive {
			t.Errorf("%s should be special and sensitive", k)
		}
	}
	if c := tax.Category("user.contact.email"); c.Special || c.Sensitive {
		t.Errorf("user.contact.email should be neither special nor sensitive")
	}
}

func TestTaxonomyMatchesReference(t *testing.T) {
	// Every key named in the reference table ships (when the shared docs are present).
	data, err := os.ReadFile("../../shared/TAXONOMY.md")
	if err != nil {
		t.Skipf("reference not available: %v", err)
	}
	tax := mustDefault(t)
	keys := regexp.MustCompile("(?m)^\\| \\*?`((?:user|system)[a-z_.]*)`").FindAllStringSubmatch(string(data), -1)
	if len(keys) < 70 {
		t.Fatalf("found only %d keys in TAXONOMY.md", len(keys))
	}
	for _, m := range keys {
		if tax.Category(m[1]) == nil {
			t.Errorf("TAXONOMY.md key %s missing from taxonomy.yaml", m[1])
		}
	}
}

func TestAliases(t *testing.T) {
	tax := mustDefault(t)
	for alias, want := range map[string]string{
		"user.health":                       "user.health_and_medical",
		"user.biometrics":                   "user.biometric",
		"user.children":                     "user.childrens",
		"user.location.coarse":              "user.location.imprecise",
		"user.demographic.union_membership": "user.demographic.trade_union",
		"user.contact.social_url":           "user.contact.url",
		"user.contact.email":                "user.contact.email",
	} {
		got, ok := tax.Canonical(alias)
		if !ok || got != want {
			t.Errorf("Canonical(%q) = %q, %v; want %q", alias, got, ok, want)
		}
		if c := tax.Category(alias); c == nil || c.Key != want {
			t.Errorf("Category(%q) = %+v, want key %q", alias, c, want)
		}
	}
	if _, ok := tax.Canonical("user.nonsense"); ok {
		t.Error("Canonical accepted an unknown key")
	}
	if tax.Category("user.nonsense") != nil {
		t.Error("Category returned a category for an unknown key")
	}
}

func TestShortForm(t *testing.T) {
	tax := mustDefault(t)
	for in, want := range map[string]string{
		"email":                     "user.contact.email",
		"Email":                     "user.contact.email",
		"ssn":                       "user.government_id.national_identification_number",
		"dob":                       "user.demographic.date_of_birth",
		"date_of_birth":             "user.demographic.date_of_birth",
		"iban":                      "user.financial.bank_account",
		"phone":                     "user.contact.phone_number",
		"mobile":                    "user.contact.phone_number",
		"name":                      "user.name",
		"password":                  "user.authorization.password",
		"address":                   "user.contact.address",
		"credit":                    "user.financial.credit_card",
		"FirstName":                 "user.name.first",
		"user.health":               "user.health_and_medical",
		"user.contact.email":        "user.contact.email",
		"user.financial":            "user.financial",
		"user.contact.phone_number": "user.contact.phone_number",
	} {
		got, ok := tax.ShortForm(in)
		if !ok || got != want {
			t.Errorf("ShortForm(%q) = %q, %v; want %q", in, got, ok, want)
		}
	}
	for _, in := range []string{"", "nonsense", "user.nonsense", "file_name"} {
		if got, ok := tax.ShortForm(in); ok {
			t.Errorf("ShortForm(%q) = %q, want not found", in, got)
		}
	}
}

func TestExtend(t *testing.T) {
	tax := mustDefault(t)
	yes := true
	ext, err := tax.Extend(map[string]CategoryExtension{
		"user.loyalty_id":          {Names: []string{"loyalty_id", "MemberNo"}, Description: "Loyalty programme id"},
		"user.health":              {Names: []string{"blood_pressure"}},
		"user.contact.email":       {Veto: []string{"archive"}, Sensitive: &yes},
		"user.custom.deep.key":     {Names: []string{"deep_thing"}},
		"system.operations.custom": {Names: []string{"op_thing"}},
	})
	if err != nil {
		t.Fatalf("Extend: %v", err)
	}
	c := ext.Category("user.loyalty_id")
	if c == nil || c.Description != "Loyalty programme id" || !containsAll(c.Names, "loyalty_id", "member_no") {
		t.Errorf("new category: %+v", c)
	}
	if got, _ := ext.ShortForm("member_no"); got != "user.loyalty_id" {
		t.Errorf("ShortForm(member_no) on extension = %q", got)
	}
	if h := ext.Category("user.health_and_medical"); !containsAll(h.Names, "blood_pressure", "diagnosis") {
		t.Errorf("alias extension did not add to the fideslang key: %v", h.Names)
	}
	if e := ext.Category("user.contact.email"); !e.Sensitive || !containsAll(e.Veto, "archive", "template") {
		t.Errorf("email extension: sensitive=%v veto=%v", e.Sensitive, e.Veto)
	}
	for _, k := range []string{"user.custom", "user.custom.deep", "user.custom.deep.key"} {
		if ext.Category(k) == nil {
			t.Errorf("Extend did not create %s", k)
		}
	}
	// The receiver is unchanged.
	if tax.Category("user.loyalty_id") != nil || tax.Category("user.contact.email").Sensitive ||
		containsAll(tax.Category("user.contact.email").Veto, "archive") {
		t.Error("Extend modified the receiver")
	}
	if ext.Digest() == tax.Digest() {
		t.Error("Digest did not change with the extension")
	}
	// Errors.
	for name, bad := range map[string]map[string]CategoryExtension{
		"bad key":           {"User Loyalty": {}},
		"non-user orphan":   {"other.thing": {}},
		"taken strong name": {"user.loyalty_id": {Names: []string{"email"}}},
		"empty pattern":     {"user.x": {Names: []string{"--"}}},
	} {
		if _, err := tax.Extend(bad); err == nil {
			t.Errorf("%s: Extend accepted %v", name, bad)
		}
	}
}

func containsAll(have []string, want ...string) bool {
	for _, w := range want {
		found := false
		for _, h := range have {
			found = found || h == w
		}
		if !found {
			return false
		}
	}
	return true
}

func TestDigestStable(t *testing.T) {
	a, err := ParseTaxonomy(taxonomyYAML)
	if err != nil {
		t.Fatal(err)
	}
	b := mustDefault(t)
	if a.Digest() != b.Digest() || len(a.Digest()) != 64 {
		t.Errorf("digest unstable or malformed: %s vs %s", a.Digest(), b.Digest())
	}
	c, err := ParseTaxonomy([]byte(strings.Replace(string(taxonomyYAML), "courriel,", "courriel, mel,", 1)))
	if err != nil {
		t.Fatal(err)
	}
	if c.Digest() == a.Digest() {
		t.Error("digest did not change with the content")
	}
}

func TestParseTaxonomyErrors(t *testing.T) {
	tests := []struct {
		name, yaml, want string
	}{
		{"syntax", "version: [", "line"},
		{"no version", "categories: []\n", "version"},
		{"unknown field", "version: v\ncategories:\n  - key: user\n    nmes: [x]\n", "nmes"},
		{"missing parent", "version: v\ncategories:\n  - key: user\n  - key: user.a.b\n", "line 4"},
		{"duplicate", "version: v\ncategories:\n  - key: user\n  - key: user\n", "line 4: duplicate"},
		{"bad pattern", "version: v\ncategories:\n  - key: user\n    names: [First Name]\n", "line 3"},
		{"bad alias", "version: v\naliases:\n  user.x: user.y\ncategories:\n  - key: user\n", "line 3"},
		{"self veto", "version: v\ncategories:\n  - key: user\n    names: [zip_code]\n    veto: [zip]\n", "veto"},
		{"strong twice", "version: v\ncategories:\n  - key: user\n    names: [email]\n  - key: user.a\n    names: [e_mail]\n", "also a name"},
		{"bad sibling veto", "version: v\ncategories:\n  - key: user\n    sibling_veto: [Proxy URL]\n", "sibling_veto: \"Proxy URL\" is not a snake_case"},
		{"bad kind", "version: v\ncategories:\n  - key: user\n    kinds: [float]\n", "kind"},
		{"part only not weak", "version: v\ncategories:\n  - key: user\n    weak: [street]\n    part_only: [via]\n", "part_only: \"via\" is not one of weak"},
		{"bad key", "version: v\ncategories:\n  - key: User.X\n", "invalid category key"},
	}
	for _, tt := range tests {
		_, err := ParseTaxonomy([]byte(tt.yaml))
		if err == nil || !strings.Contains(err.Error(), tt.want) {
			t.Errorf("%s: err = %v, want it to contain %q", tt.name, err, tt.want)
		}
	}
	if _, err := ParseTaxonomy([]byte("version: v\ncategories:\n  - key: user\n  - key: user.a\n    names: [a_b]\n")); err != nil {
		t.Errorf("minimal taxonomy: %v", err)
	}
}

func TestKeyHelpers(t *testing.T) {
	if !IsPersonal("user") || !IsPersonal("user.contact.email") || IsPersonal("users.x") || IsPersonal("system.authentication") {
		t.Error("IsPersonal")
	}
	if !Covers("user.contact", "user.contact.email") || !Covers("user", "user") || Covers("user.contact", "user.contactx") || Covers("user.contact.email", "user.contact") {
		t.Error("Covers")
	}
	if Parent("user.contact.email") != "user.contact" || Parent("user") != "" {
		t.Error("Parent")
	}
}
