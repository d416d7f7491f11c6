package policy

import (
	"crypto/sha256"
	"encoding/hex"
	"encoding/json"
	"errors"
	"io/fs"
	"maps"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"

	"github.com/privlint/privlint/finding"
)

func mustParse(t *testing.T, src string) *Policy {
	t.Helper()
	p, err := Parse("privlint.yaml", []byte(src))
	if err != nil {
		t.Fatalf("Parse: %v", err)
	}
	return p
}

func TestParseFullExample(t *testing.T) {
	data, err := os.ReadFile("testdata/full.yaml")
	if err != nil {
		t.Fatal(err)
	}
	p, err := Parse("testdata/full.yaml", data)
	if err != nil {
		t.Fatalf("Parse: %v", err)
	}
	sum := sha256.Sum256(data)
	if p.Digest != hex.EncodeToString(sum[:]) {
		t.Errorf("Digest = %q", p.Digest)
	}
	if abs, _ := filepath.Abs("testdata/full.yaml"); p.Path != abs {
		t.Errorf("Path = %q, want %q", p.Path, abs)
	}
	if p.Version != 1 {
		t.Errorf("Version = %d", p.Version)
	}
	if o := p.Organization; o == nil || o.Controller == nil || o.Controller.Name != "Example GmbH" ||
		o.Controller.Email != "privacy@example.com" || o.DPO == nil || o.DPO.Email != "dpo@example.com" ||
		o.Representative == nil || o.Representative.Phone != "+33 1 23 45 67 89" {
		t.Errorf("Organization = %+v", o)
	}
	if got := p.PurposeNames(); !slices.Equal(got, []string{"account", "billing", "coaching", "marketing"}) {
		t.Errorf("PurposeNames = %v", got)
	}
	acc := p.Purposes["account"]
	wantAcc := Purpose{
		Name: "account", Description: "Create and run the customer's account", LegalBasis: "contract",
		DataUse: "essential.service", Retention: "3y", Subjects: []string{"customer"},
		Categories: []string{"user.contact.email", "user.name", "user.authorization.credentials"}, Line: 9,
	}
	if acc == nil || !equalJSON(*acc, wantAcc) {
		t.Errorf("account = %+v\nwant %+v", acc, wantAcc)
	}
	if c := p.Purposes["coaching"]; c.SpecialCategoryBasis != "explicit_consent" ||
		!slices.Equal(c.Categories, []string{"user.health_and_medical"}) || c.Line != 19 {
		t.Errorf("coaching = %+v (alias user.health must become user.health_and_medical)", c)
	}
	if b := p.Purposes["billing"]; b.Retention != "10" || b.Line != 23 ||
		!slices.Equal(b.Categories, []string{"user.financial", "user.contact.email", "user.loyalty_id"}) {
		t.Errorf("billing = %+v", b)
	}
	wantStripe := ThirdParty{
		Name: "Stripe, Inc.", Key: "stripe", Role: "processor", DPA: true, Purposes: []string{"billing"},
		Categories: []string{"user.financial", "user.contact.email"},
		Packages:   []string{"github.com/stripe/stripe-go/..."}, Hosts: []string{"api.stripe.com"},
		Transfer: &Transfer{Country: "US", Mechanism: "SCCs"}, Line: 28,
	}
	if s := p.ThirdParties["stripe"]; s == nil || !equalJSON(*s, wantStripe) {
		t.Errorf("stripe = %+v\nwant %+v", s, wantStripe)
	}
	if s := p.ThirdParties["segment"]; s == nil || s.Name != "segment" || s.DPA || s.Transfer != nil || s.Line != 37 {
		t.Errorf("segment = %+v", s)
	}
	if !slices.Equal(p.InternalHosts, []string{"*.internal.example.com"}) {
		t.Errorf("InternalHosts = %v", p.InternalHosts)
	}
	wantEnc := Encryption{
		Required:  []string{"sensitive", "user.contact.email"},
		Functions: []string{"example.com/shop/crypto.Seal"},
		Types:     []string{"example.com/shop/crypto.Sealed"},
	}
	if !equalJSON(p.Encryption, wantEnc) {
		t.Errorf("Encryption = %+v", p.Encryption)
	}
	ext, ok := p.Categories["user.loyalty_id"]
	if !ok || !slices.Equal(ext.Names, []string{"loyalty_id", "member_no"}) || ext.Sensitive == nil || *ext.Sensitive || ext.Special != nil {
		t.Errorf("Categories = %+v", p.Categories)
	}
	if key, ok := p.Taxonomy.Canonical("user.loyalty_id"); !ok || key != "user.loyalty_id" {
		t.Errorf("extended taxonomy does not know user.loyalty_id: %q %v", key, ok)
	}
	wantSinks := Sinks{
		Storage:    []string{"example.com/shop/store.(*Repo).Put"},
		Log:        []string{"example.com/shop/obs.Audit"},
		ThirdParty: map[string][]string{"stripe": {"example.com/shop/pay.Charge"}},
	}
	if !equalJSON(p.Sinks, wantSinks) {
		t.Errorf("Sinks = %+v", p.Sinks)
	}
	if !slices.Equal(p.Schemas, []string{"api/**/*.yaml", "schemas/**/*.json"}) ||
		!slices.Equal(p.Exclude, []string{"**/*_mock.go", "vendor/**"}) {
		t.Errorf("Schemas = %v, Exclude = %v", p.Schemas, p.Exclude)
	}
	if !equalJSON(p.Rules, map[string]string{"PL001": "note", "PL102": "off", "PL201": "error"}) {
		t.Errorf("Rules = %v", p.Rules)
	}
}

// The SPEC §2 block as printed: its stripe recipient names a purpose
// (billing) that the block does not define, which the loader reports.
func TestParseSpecBlock(t *testing.T) {
	_, err := Load("testdata/spec_section2.yaml")
	want := `testdata/spec_section2.yaml:30: third_parties.stripe.purposes[0]: unknown purpose "billing" (defined: account, coaching, marketing)`
	if err == nil || err.Error() != want {
		t.Fatalf("Load error = %v\nwant %s", err, want)
	}
	// Defining billing is all it takes.
	data, err := os.ReadFile("testdata/spec_section2.yaml")
	if err != nil {
		t.Fatal(err)
	}
	fixed := strings.Replace(string(data), "  marketing:\n", "  billing:\n    legal_basis: contract\n    categories: [user.financial]\n  marketing:\n", 1)
	p := mustParse(t, fixed)
	if !p.Allows([]string{"coaching"}, "user.health_and_medical", false) || p.Rules["PL102"] != "off" {
		t.Errorf("unexpected policy: %+v", p)
	}
}

func equalJSON(a, b any) bool {
	ja, err1 := json.Marshal(a)
	jb, err2 := json.Marshal(b)
	return err1 == nil && err2 == nil && string(ja) == string(jb)
}

func TestDefault(t *testing.T) {
	p, err := Default()
	if err != nil {
		t.Fatal(err)
	}
	if p.Path != "" || p.Digest != "" || p.Version != 1 || len(p.Purposes) != 0 || len(p.ThirdParties) != 0 {
		t.Errorf("Default = %+v", p)
	}
	if p.Taxonomy == nil || p.Purposes == nil || p.Rules == nil || p.Sinks.ThirdParty == nil || p.Categories == nil {
		t.Fatalf("Default has nil fields: %+v", p)
	}
	if !slices.Equal(p.Encryption.Required, []string{"sensitive"}) {
		t.Errorf("Encryption.Required = %v", p.Encryption.Required)
	}
	// Fail closed: with no purposes nothing is allowed.
	if p.Allows([]string{"account"}, "user.contact.email", false) || p.Allows(nil, "user", true) {
		t.Error("Default allows a category")
	}
	if got := p.Level("PL102", finding.LevelWarning); got != finding.LevelWarning {
		t.Errorf("Level = %v", got)
	}
}

func TestMinimalPolicy(t *testing.T) {
	p := mustParse(t, "version: 1\n")
	if len(p.Purposes) != 0 || !slices.Equal(p.Encryption.Required, []string{"sensitive"}) || p.Organization != nil {
		t.Errorf("minimal = %+v", p)
	}
	// An explicit empty list requires nothing.
	p = mustParse(t, "version: 1\nencryption: {required: []}\n")
	if len(p.Encryption.Required) != 0 || p.EncryptionRequired("user.financial.bank_account", true) {
		t.Errorf("required: [] still requires encryption: %v", p.Encryption.Required)
	}
}

func TestLimits(t *testing.T) {
	if got, want := mustParse(t, "version: 1\n").Limits, DefaultLimits(); got != want {
		t.Errorf("no limits: section: Limits = %+v, want the defaults %+v", got, want)
	}
	p := mustParse(t, "version: 1\nlimits:\n  max_schema_bytes: 1024\n  max_depth: 20\n  max_alias_expansion: 0\n  max_ref_hops: 3\n")
	if want := (Limits{MaxSchemaBytes: 1024, MaxDepth: 20, MaxAliasExpansion: 0, MaxRefHops: 3}); p.Limits != want {
		t.Errorf("Limits = %+v, want %+v", p.Limits, want)
	}
	// A partial section keeps the other defaults.
	p = mustParse(t, "version: 1\nlimits: {max_depth: 50}\n")
	want := DefaultLimits()
	want.MaxDepth = 50
	if p.Limits != want {
		t.Errorf("Limits = %+v, want %+v", p.Limits, want)
	}
	for src, msg := range map[string]string{
		"version: 1\nlimits:\n  max_depth: 0\n":             "privlint.yaml:3: limits.max_depth:",
		"version: 1\nlimits:\n  max_depth: 20000\n":         "privlint.yaml:3: limits.max_depth:",
		"version: 1\nlimits:\n  max_schema_bytes: big\n":    "privlint.yaml:3: limits.max_schema_bytes:",
		"version: 1\nlimits:\n  max_ref_hops: -1\n":         "privlint.yaml:3: limits.max_ref_hops:",
		"version: 1\nlimits:\n  max_alias_expansion: 1.5\n": "privlint.yaml:3: limits.max_alias_expansion:",
		"version: 1\nlimits:\n  max_nesting: 3\n":           "privlint.yaml:3: limits.max_nesting:",
	} {
		_, err := Parse("privlint.yaml", []byte(src))
		if err == nil || !strings.HasPrefix(err.Error(), msg) {
			t.Errorf("Parse(%q) = %v, want an error starting %q", src, err, msg)
		}
	}
}

// TestOddEncodings: a byte-order mark and CRLF line endings load as the
// plain file does.
func TestOddEncodings(t *testing.T) {
	src := "version: 1\npurposes:\n  account: {legal_basis: contract, categories: [user.contact.email]}\n"
	for name, data := range map[string]string{
		"BOM":      "\xEF\xBB\xBF" + src,
		"CRLF":     strings.ReplaceAll(src, "\n", "\r\n"),
		"BOM+CRLF": "\xEF\xBB\xBF" + strings.ReplaceAll(src, "\n", "\r\n"),
	} {
		p, err := Parse("privlint.yaml", []byte(data))
		if err != nil {
			t.Errorf("%s: %v", name, err)
			continue
		}
		if pur := p.Purposes["account"]; pur == nil || pur.Line != 3 || !slices.Equal(pur.Categories, []string{"user.contact.email"}) {
			t.Errorf("%s: purpose account = %+v", name, pur)
		}
	}
}

func TestAnchorsAndMergeKeys(t *testing.T) {
	p := mustParse(t, `version: 1
x-base: &base
  legal_basis: contract
  categories: [user.contact.email]
purposes:
  account: *base
  billing:
    <<: *base
    categories: [user.financial]
`)
	if a := p.Purposes["account"]; a.LegalBasis != "contract" || !slices.Equal(a.Categories, []string{"user.contact.email"}) {
		t.Errorf("account = %+v", a)
	}
	// Merged keys fill in; explicit keys win.
	if b := p.Purposes["billing"]; b.LegalBasis != "contract" || !slices.Equal(b.Categories, []string{"user.financial"}) || b.Line != 7 {
		t.Errorf("billing = %+v", b)
	}
	// Top-level x- keys hold anchors and are otherwise ignored; x- keys
	// elsewhere are unknown keys.
	if _, err := Parse("privlint.yaml", []byte("version: 1\npurposes:\n  a: {legal_basis: consent, x-note: hi}\n")); err == nil ||
		!strings.Contains(err.Error(), "purposes.a.x-note: unknown key") {
		t.Errorf("nested x- key: %v", err)
	}
}

func TestParseErrors(t *testing.T) {
	tests := []struct {
		name string
		src  string
		want string // the complete Error() of the first error
		n    int    // number of errors, when more than one
	}{
		{
			name: "empty file",
			src:  "",
			want: "privlint.yaml: the policy file is empty; it needs at least `version: 1`",
		},
		{
			name: "only comments",
			src:  "# nothing yet\n\n",
			want: "privlint.yaml: the policy file is empty; it needs at least `version: 1`",
		},
		{
			name: "bad YAML",
			src:  "version: 1\npurposes:\n  account:\n    legal_basis: [contract\n",
			want: "privlint.yaml:4: invalid YAML: did not find expected ',' or ']'",
		},
		{
			name: "bad indentation",
			src:  "version: 1\npurposes:\n  a:\n    legal_basis: contract\n categories: []\n",
			want: "privlint.yaml:5: invalid YAML: did not find expected key",
		},
		{
			name: "mapping value in plain scalar",
			src:  "version: 1\npurposes:\n  a:\n    description: Note: bills\n",
			want: "privlint.yaml:4: invalid YAML: mapping values are not allowed in this context",
		},
		{
			name: "tab indentation",
			src:  "version: 1\npurposes:\n\taccount: {}\n",
			want: "privlint.yaml:3: invalid YAML: found character that cannot start any token",
		},
		{
			name: "two documents",
			src:  "version: 1\n---\nversion: 1\n",
			want: "privlint.yaml:2: a second YAML document; a policy file holds exactly one (remove the extra ---)",
		},
		{
			name: "duplicate key",
			src:  "version: 1\npurposes:\n  account:\n    legal_basis: contract\n    legal_basis: consent\n",
			want: "privlint.yaml:5: purposes.account.legal_basis: duplicate key (first defined at line 4)",
		},
		{
			name: "duplicate purpose",
			src:  "version: 1\npurposes:\n  a: {legal_basis: contract}\n  a: {legal_basis: consent}\n",
			want: "privlint.yaml:4: purposes.a: duplicate key (first defined at line 3)",
		},
		{
			name: "not a mapping",
			src:  "- version: 1\n",
			want: "privlint.yaml:1: expected a mapping, got a list",
		},
		{
			name: "missing version",
			src:  "purposes: {}\n",
			want: "privlint.yaml:1: missing required key version",
		},
		{
			name: "unsupported version",
			src:  "version: 2\n",
			want: "privlint.yaml:1: version: unsupported version 2; this privlint reads version 1",
		},
		{
			name: "unknown top-level key",
			src:  "version: 1\npurpose: {}\n",
			want: "privlint.yaml:2: purpose: unknown key; did you mean purposes? (known: categories, deny, encryption, exclude, fides, internal_hosts, limits, organization, purposes, rules, schemas, sinks, third_parties, version)",
		},
		{
			name: "unknown key at depth",
			src:  "version: 1\npurposes:\n  billing:\n    legal_basis: contract\n    legl_basis: contract\n",
			want: "privlint.yaml:5: purposes.billing.legl_basis: unknown key; did you mean legal_basis? (known: categories, data_use, description, legal_basis, retention, special_category_basis, subjects)",
		},
		{
			name: "unknown key in transfer",
			src:  "version: 1\nthird_parties:\n  s:\n    transfer: {country: US, mechanism: SCCs, via: x}\n",
			want: "privlint.yaml:4: third_parties.s.transfer.via: unknown key (known: country, mechanism)",
		},
		{
			name: "two unknown keys",
			src:  "version: 1\nsinks:\n  storage: []\n  logs: []\n  db: []\n",
			want: "privlint.yaml:4: sinks.logs: unknown key; did you mean log? (known: log, storage, third_party)",
			n:    2,
		},
		{
			name: "wrong type: string for list",
			src:  "version: 1\nthird_parties:\n  stripe:\n    hosts: api.stripe.com\n",
			want: "privlint.yaml:4: third_parties.stripe.hosts: expected a list of strings, got a string",
		},
		{
			name: "wrong type: mapping for list",
			src:  "version: 1\nschemas:\n  api: \"*.yaml\"\n",
			want: "privlint.yaml:3: schemas: expected a list of strings, got a mapping",
		},
		{
			name: "wrong type: list item",
			src:  "version: 1\nexclude: [vendor, {a: b}]\n",
			want: "privlint.yaml:2: exclude[1]: expected a string, got a mapping",
		},
		{
			name: "wrong type: boolean",
			src:  "version: 1\nthird_parties:\n  s:\n    dpa: yes\n",
			want: "privlint.yaml:4: third_parties.s.dpa: expected true or false, got a string",
		},
		{
			name: "wrong type: empty purpose",
			src:  "version: 1\npurposes:\n  account:\n",
			want: "privlint.yaml:3: purposes.account: expected a mapping, got an empty value",
		},
		{
			name: "unknown legal basis",
			src:  "version: 1\npurposes:\n  billing:\n    description: Bill the customer\n    categories: [user.financial]\n\n    legal_basis: contrat\n",
			want: `privlint.yaml:7: purposes.billing.legal_basis: "contrat" is not one of consent, explicit_consent, contract, legal_obligation, vital_interests, public_task, legitimate_interests; did you mean contract?`,
		},
		{
			name: "legal basis not a string",
			src:  "version: 1\npurposes:\n  billing:\n    legal_basis: [contract]\n",
			want: "privlint.yaml:4: purposes.billing.legal_basis: expected one of consent, explicit_consent, contract, legal_obligation, vital_interests, public_task, legitimate_interests, got a list",
		},
		{
			name: "unknown special category basis",
			src:  "version: 1\npurposes:\n  c:\n    legal_basis: consent\n    special_category_basis: consent\n",
			want: `privlint.yaml:5: purposes.c.special_category_basis: "consent" is not one of explicit_consent, employment_social_security, vital_interests, nonprofit_body, made_public_by_subject, legal_claims, substantial_public_interest, health_or_social_care, public_health, archiving_research_statistics`,
		},
		{
			name: "missing legal basis",
			src:  "version: 1\npurposes:\n  account:\n    categories: [user.contact.email]\n",
			want: "privlint.yaml:3: purposes.account: missing required key legal_basis",
		},
		{
			name: "bad role",
			src:  "version: 1\nthird_parties:\n  s:\n    role: processer\n",
			want: `privlint.yaml:4: third_parties.s.role: "processer" is not one of processor, controller, sub_processor; did you mean processor?`,
		},
		{
			name: "bad purpose name",
			src:  "version: 1\npurposes:\n  my purpose: {legal_basis: consent}\n",
			want: `privlint.yaml:3: purposes.my purpose: invalid key "my purpose": names are letters, digits, '_', '.' and '-' (no spaces or commas)`,
		},
		{
			name: "bad category key syntax",
			src:  "version: 1\npurposes:\n  a:\n    legal_basis: consent\n    categories: [User.Email]\n",
			want: `privlint.yaml:5: purposes.a.categories[0]: "User.Email" is not valid: a category key is lower-case words joined by dots, e.g. user.contact.email`,
		},
		{
			name: "unknown category in purpose",
			src:  "version: 1\npurposes:\n  a:\n    legal_basis: consent\n    categories:\n      - user.contact.email\n      - user.contact.emial\n",
			want: `privlint.yaml:7: purposes.a.categories[1]: unknown category "user.contact.emial" (not in the taxonomy; add it under categories: to define it)`,
		},
		{
			name: "unknown category in third party",
			src:  "version: 1\nthird_parties:\n  s:\n    categories: [user.financal]\n",
			want: `privlint.yaml:4: third_parties.s.categories[0]: unknown category "user.financal" (not in the taxonomy; add it under categories: to define it)`,
		},
		{
			name: "unknown purpose in third party",
			src:  "version: 1\npurposes:\n  account: {legal_basis: contract}\nthird_parties:\n  s:\n    purposes: [account, billing]\n",
			want: `privlint.yaml:6: third_parties.s.purposes[1]: unknown purpose "billing" (defined: account)`,
		},
		{
			name: "third party purpose with none defined",
			src:  "version: 1\nthird_parties:\n  s: {purposes: [billing]}\n",
			want: `privlint.yaml:3: third_parties.s.purposes[0]: unknown purpose "billing" (no purposes are defined)`,
		},
		{
			name: "unknown encryption scope",
			src:  "version: 1\nencryption:\n  required: [sensitive, user.wallet]\n",
			want: `privlint.yaml:3: encryption.required[1]: "user.wallet" is neither sensitive, all nor a known category`,
		},
		{
			name: "bad rule level",
			src:  "version: 1\nrules:\n  PL102: of\n",
			want: `privlint.yaml:3: rules.PL102: "of" is not one of off, note, warning, error; did you mean off?`,
		},
		{
			name: "rule level boolean",
			src:  "version: 1\nrules: {PL102: false}\n",
			want: "privlint.yaml:2: rules.PL102: expected one of off, note, warning, error, got a boolean",
		},
		{
			name: "malformed rule id",
			src:  "version: 1\nrules:\n  PL1: off\n",
			want: `privlint.yaml:3: rules.PL1: invalid key "PL1": a rule id is PL followed by three digits, e.g. PL101`,
		},
		{
			name: "unknown rule id",
			src:  "version: 1\nrules:\n  PL102: off\n  PL999: error\n",
			want: "privlint.yaml:4: rules.PL999: unknown rule (known: " + strings.Join(knownRuleIDs(), ", ") + ")",
		},
		{
			name: "empty string in list",
			src:  "version: 1\nexclude: [\"\"]\n",
			want: "privlint.yaml:2: exclude[0]: must not be empty",
		},
		{
			name: "unknown key in category extension",
			src:  "version: 1\ncategories:\n  user.loyalty_id: {name: [loyalty]}\n",
			want: "privlint.yaml:3: categories.user.loyalty_id.name: unknown key; did you mean names? (known: description, formats, names, sensitive, special, types, veto, weak)",
		},
		{
			name: "category extension the taxonomy rejects",
			src:  "version: 1\ncategories:\n  user.loyalty_id: {names: [loyalty_id]}\n  system.billing.ref: {names: [billing_ref]}\n",
			want: `privlint.yaml:4: categories.system.billing.ref: category system.billing.ref: parent "system.billing" does not exist`,
		},
		{
			name: "custom tag",
			src:  "version: 1\nexclude: [!secret vendor]\n",
			want: "privlint.yaml:2: exclude[0]: unsupported YAML tag !secret",
		},
		{
			name: "errors in file order",
			src:  "version: 1\nrules: {PL102: loud}\npurposes:\n  a: {legal_basis: maybe}\n",
			want: `privlint.yaml:2: rules.PL102: "loud" is not one of off, note, warning, error`,
			n:    2,
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			p, err := Parse("privlint.yaml", []byte(tt.src))
			if err == nil {
				t.Fatalf("Parse succeeded: %+v", p)
			}
			var e *Error
			if !errors.As(err, &e) {
				t.Fatalf("error %v (%T) holds no *Error", err, err)
			}
			if e.Error() != tt.want {
				t.Errorf("first error:\n got %s\nwant %s", e.Error(), tt.want)
			}
			errs := Errors(err)
			n := max(tt.n, 1)
			if len(errs) != n {
				t.Errorf("got %d errors, want %d: %v", len(errs), n, err)
			}
			if errs[0] != e {
				t.Errorf("Errors()[0] = %v, want the first error", errs[0])
			}
			for i := 1; i < len(errs); i++ {
				if errs[i].Line < errs[i-1].Line {
					t.Errorf("errors out of file order: %v", err)
				}
			}
			if !strings.HasPrefix(err.Error(), tt.want) {
				t.Errorf("err.Error() = %q does not start with the first error", err.Error())
			}
		})
	}
}

func TestErrorFields(t *testing.T) {
	_, err := Parse("conf/privlint.yaml", []byte("version: 1\npurposes:\n  billing:\n    legal_basis: contrat\n"))
	var e *Error
	if !errors.As(err, &e) {
		t.Fatalf("no *Error: %v", err)
	}
	want := Error{File: "conf/privlint.yaml", Line: 4, Column: 18, Key: "purposes.billing.legal_basis", Msg: e.Msg}
	if *e != want || !strings.HasPrefix(e.Msg, `"contrat" is not one of consent, explicit_consent, contract`) {
		t.Errorf("Error = %+v", *e)
	}
}

func TestLoad(t *testing.T) {
	dir := t.TempDir()
	path := filepath.Join(dir, "privlint.yaml")
	src := "version: 1\npurposes:\n  account: {legal_basis: contract, categories: [user.contact]}\n"
	if err := os.WriteFile(path, []byte(src), 0o644); err != nil {
		t.Fatal(err)
	}
	p, err := Load(path)
	if err != nil {
		t.Fatal(err)
	}
	sum := sha256.Sum256([]byte(src))
	if p.Path != path || p.Digest != hex.EncodeToString(sum[:]) || p.Purposes["account"].Line != 3 {
		t.Errorf("Load = %+v", p)
	}

	if _, err := Load(filepath.Join(dir, "missing.yaml")); !errors.Is(err, fs.ErrNotExist) {
		t.Errorf("Load(missing) = %v, want fs.ErrNotExist", err)
	}
	bad := filepath.Join(dir, "bad.yaml")
	if err := os.WriteFile(bad, []byte("version: 1\nrules: {PL102: loud}\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	if _, err := Load(bad); err == nil || !strings.HasPrefix(err.Error(), bad+":2: rules.PL102: ") {
		t.Errorf("Load(bad) = %v", err)
	}
}

// writeFile creates path (and its directories) with content.
func writeFile(t *testing.T, path, content string) {
	t.Helper()
	if err := os.MkdirAll(filepath.Dir(path), 0o755); err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(path, []byte(content), 0o644); err != nil {
		t.Fatal(err)
	}
}

func TestFind(t *testing.T) {
	root := t.TempDir()
	// root/privlint.yaml is outside the repository and must never be found
	// from inside it.
	writeFile(t, filepath.Join(root, "privlint.yaml"), "version: 1\n")
	repo := filepath.Join(root, "repo")
	if err := os.MkdirAll(filepath.Join(repo, ".git"), 0o755); err != nil {
		t.Fatal(err)
	}
	deep := filepath.Join(repo, "svc", "api", "handlers")
	if err := os.MkdirAll(deep, 0o755); err != nil {
		t.Fatal(err)
	}

	check := func(name, dir, want string) {
		t.Helper()
		got, err := Find(dir)
		if err != nil || got != want {
			t.Errorf("%s: Find(%s) = %q, %v; want %q", name, dir, got, err, want)
		}
	}
	check("stops at .git", deep, "")
	check("outside a repository, walks to the file", filepath.Join(root, "other"), filepath.Join(root, "privlint.yaml"))

	writeFile(t, filepath.Join(repo, ".privlint.yaml"), "version: 1\n")
	check("dot name at repo root", deep, filepath.Join(repo, ".privlint.yaml"))

	writeFile(t, filepath.Join(repo, "privlint.yaml"), "version: 1\n")
	check("privlint.yaml preferred over .privlint.yaml", deep, filepath.Join(repo, "privlint.yaml"))

	writeFile(t, filepath.Join(repo, "svc", "privlint.yml"), "version: 1\n")
	check("nearest wins", deep, filepath.Join(repo, "svc", "privlint.yml"))
	check("in dir itself", filepath.Join(repo, "svc"), filepath.Join(repo, "svc", "privlint.yml"))

	// A directory called privlint.yaml is not a policy file.
	if err := os.MkdirAll(filepath.Join(deep, "privlint.yaml"), 0o755); err != nil {
		t.Fatal(err)
	}
	check("directory skipped", deep, filepath.Join(repo, "svc", "privlint.yml"))

	// A .git file (a worktree or submodule) marks a root too.
	sub := filepath.Join(repo, "third_party", "mod")
	writeFile(t, filepath.Join(sub, ".git"), "gitdir: ../../.git/modules/mod\n")
	check(".git file stops", filepath.Join(sub, "pkg"), "")

	// Relative directories are resolved against the working directory.
	t.Chdir(filepath.Join(repo, "svc", "api"))
	check("relative dir", ".", filepath.Join(repo, "svc", "privlint.yml"))
}

func TestResolve(t *testing.T) {
	dir := t.TempDir()
	if err := os.MkdirAll(filepath.Join(dir, ".git"), 0o755); err != nil {
		t.Fatal(err)
	}
	found := filepath.Join(dir, "privlint.yaml")
	writeFile(t, found, "version: 1\n")
	env := filepath.Join(dir, "conf", "env.yaml")
	writeFile(t, env, "version: 1\n")
	flag := filepath.Join(dir, "conf", "flag.yaml")
	writeFile(t, flag, "version: 1\n")
	pkg := filepath.Join(dir, "pkg")
	if err := os.MkdirAll(pkg, 0o755); err != nil {
		t.Fatal(err)
	}

	t.Setenv(EnvConfig, "")
	if got, err := Resolve("", pkg); err != nil || got != found {
		t.Errorf("no flag, no env: %q, %v", got, err)
	}
	t.Setenv(EnvConfig, env)
	if got, err := Resolve("", pkg); err != nil || got != env {
		t.Errorf("env: %q, %v", got, err)
	}
	if got, err := Resolve(flag, pkg); err != nil || got != flag {
		t.Errorf("flag over env: %q, %v", got, err)
	}
	t.Chdir(filepath.Join(dir, "conf"))
	if got, err := Resolve("flag.yaml", pkg); err != nil || got != flag {
		t.Errorf("relative flag: %q, %v", got, err)
	}
	t.Setenv(EnvConfig, "env.yaml")
	if got, err := Resolve("", pkg); err != nil || got != env {
		t.Errorf("relative env: %q, %v", got, err)
	}
	if _, err := Resolve("nope.yaml", pkg); !errors.Is(err, fs.ErrNotExist) || !strings.Contains(err.Error(), "--config") {
		t.Errorf("missing flag file: %v", err)
	}
	t.Setenv(EnvConfig, filepath.Join(dir, "nope.yaml"))
	if _, err := Resolve("", pkg); !errors.Is(err, fs.ErrNotExist) || !strings.Contains(err.Error(), EnvConfig) {
		t.Errorf("missing env file: %v", err)
	}
	if _, err := Resolve(dir, pkg); err == nil {
		t.Error("a directory as --config is accepted")
	}
	t.Setenv(EnvConfig, "")
	empty := t.TempDir()
	if err := os.MkdirAll(filepath.Join(empty, ".git"), 0o755); err != nil {
		t.Fatal(err)
	}
	if got, err := Resolve("", empty); err != nil || got != "" {
		t.Errorf("nothing to find: %q, %v", got, err)
	}
}

const matrixPolicy = `version: 1
purposes:
  account:
    legal_basis: contract
    categories: [user.contact, user.name.first]
  shipping:
    legal_basis: contract
    categories: [user.contact.address.street]
  health:
    legal_basis: consent
    special_category_basis: health_or_social_care
    categories: [user.health]
  law:
    legal_basis: legal_obligation
    categories: [user.government_id]
  ads:
    legal_basis: legitimate_interests
    categories: [user.device]
  care:
    legal_basis: explicit_consent
`

func TestAllows(t *testing.T) {
	p := mustParse(t, matrixPolicy)
	tests := []struct {
		purposes []string
		category string
		inferred bool
		want     bool
	}{
		{[]string{"account"}, "user.contact", false, true},                            // exact
		{[]string{"account"}, "user.contact.email", false, true},                      // child of allowed
		{[]string{"account"}, "user.contact.address.street", false, true},             // grandchild
		{[]string{"account"}, "user.name.first", false, true},                         // exact leaf
		{[]string{"account"}, "user.name.last", false, false},                         // sibling
		{[]string{"account"}, "user.name", false, false},                              // declared coarser
		{[]string{"account"}, "user.name", true, true},                                // inferred coarser
		{[]string{"account"}, "user", true, true},                                     // inferred root is coarser still
		{[]string{"shipping"}, "user.contact.address", false, false},                  // declared coarser
		{[]string{"shipping"}, "user.contact.address", true, true},                    // SPEC §5 example
		{[]string{"shipping"}, "user.contact.email", true, false},                     // inferred but unrelated
		{[]string{"shipping"}, "user.contact.addressbook", true, false},               // not a key-path ancestor
		{[]string{"health"}, "user.health_and_medical", false, true},                  // alias normalised in policy
		{[]string{"health"}, "user.health", false, true},                              // alias normalised in query
		{[]string{"health"}, "user.health_and_medical.genetic", false, true},          // child via alias
		{[]string{"account", "shipping"}, "user.contact.address.street", false, true}, // any purpose
		{[]string{"shipping", "account"}, "user.name.first", false, true},
		{[]string{"billing"}, "user.contact.email", false, false},  // undefined purpose
		{nil, "user.contact.email", true, false},                   // no purpose: fail closed
		{[]string{"care"}, "user.health_and_medical", true, false}, // purpose without categories
		{[]string{"law"}, "user.government_id.passport_number", false, true},
		{[]string{"ads"}, "user.financial", true, false},
	}
	for _, tt := range tests {
		if got := p.Allows(tt.purposes, tt.category, tt.inferred); got != tt.want {
			t.Errorf("Allows(%v, %s, inferred=%v) = %v, want %v", tt.purposes, tt.category, tt.inferred, got, tt.want)
		}
	}
}

func TestHasSpecialBasis(t *testing.T) {
	p := mustParse(t, matrixPolicy)
	for purpose, want := range map[string]bool{
		"health":   true,  // special_category_basis
		"law":      true,  // legal_obligation
		"care":     true,  // explicit_consent
		"account":  false, // contract
		"ads":      false, // legitimate_interests
		"shipping": false,
		"billing":  false, // undefined
	} {
		if got := p.HasSpecialBasis(purpose); got != want {
			t.Errorf("HasSpecialBasis(%s) = %v, want %v", purpose, got, want)
		}
	}
	p = mustParse(t, "version: 1\npurposes:\n  a: {legal_basis: vital_interests}\n  b: {legal_basis: public_task}\n  c: {legal_basis: consent}\n")
	if !p.HasSpecialBasis("a") || !p.HasSpecialBasis("b") || p.HasSpecialBasis("c") {
		t.Error("vital_interests and public_task must count as special bases, consent must not")
	}
}

func TestLevel(t *testing.T) {
	p := mustParse(t, "version: 1\nrules: {PL102: off, PL201: error, PL001: note, PL101: warning}\n")
	tests := []struct {
		id   string
		def  finding.Level
		want finding.Level
	}{
		{"PL102", finding.LevelWarning, finding.LevelNone},
		{"PL201", finding.LevelWarning, finding.LevelError},
		{"PL001", finding.LevelWarning, finding.LevelNote},
		{"PL101", finding.LevelError, finding.LevelWarning},
		{"PL103", finding.LevelError, finding.LevelError},
		{"PL104", finding.LevelWarning, finding.LevelWarning},
	}
	for _, tt := range tests {
		if got := p.Level(tt.id, tt.def); got != tt.want {
			t.Errorf("Level(%s, %s) = %s, want %s", tt.id, tt.def, got, tt.want)
		}
	}
}

func TestEncryptionRequired(t *testing.T) {
	tests := []struct {
		required  string // the encryption: section, "" for none
		category  string
		sensitive bool
		want      bool
	}{
		{"", "user.financial.bank_account", true, true},
		{"", "user.contact.email", false, false},
		{"{required: [sensitive]}", "user.government_id.passport_number", true, true},
		{"{required: [sensitive]}", "user.name.first", false, false},
		{"{required: [all]}", "user.name.first", false, true},
		{"{required: [all]}", "system.authentication", false, false},
		{"{required: [user.contact]}", "user.contact.email", false, true},
		{"{required: [user.contact]}", "user.contact", false, true},
		{"{required: [user.contact]}", "user", false, false},
		{"{required: [user.contact]}", "user.financial.bank_account", true, false}, // sensitive no longer listed
		{"{required: [user.health]}", "user.health_and_medical.genetic", false, true},
		{"{required: [user.health_and_medical]}", "user.health", false, true},
		{"{required: [sensitive, user.contact.email]}", "user.contact.email", false, true},
		{"{required: []}", "user.financial.bank_account", true, false},
		{"{functions: [x.Seal]}", "user.financial.bank_account", true, true}, // default kept
	}
	for _, tt := range tests {
		src := "version: 1\n"
		if tt.required != "" {
			src += "encryption: " + tt.required + "\n"
		}
		p := mustParse(t, src)
		if got := p.EncryptionRequired(tt.category, tt.sensitive); got != tt.want {
			t.Errorf("%s: EncryptionRequired(%s, %v) = %v, want %v", tt.required, tt.category, tt.sensitive, got, tt.want)
		}
	}
}

var hostileWant = map[string]string{
	"alias bomb":             ": the document expands to more than 100000 values (aliases included)",
	"merge of a scalar":      "privlint.yaml:4: purposes.a: merge key << takes a mapping or a list of mappings",
	"merge cycle":            "privlint.yaml:2: b.p: merge key << refers to a mapping that contains it",
	"alias cycle":            "privlint.yaml:2: x[1]: alias *x refers to a value that contains it",
	"deep nesting":           "privlint.yaml:2: exclude",
	"non-scalar key":         "privlint.yaml:2: a mapping key must be a plain string",
	"infinite number":        "privlint.yaml:1: version: unsupported version: a string; this privlint reads version 1",
	"huge integer":           "privlint.yaml:1: version: unsupported version 1.2345678901234568e+29; this privlint reads version 1",
	"null document":          "privlint.yaml:1: expected a mapping, got an empty value",
	"scalar document":        "privlint.yaml:1: expected a mapping, got a string",
	"binary":                 `privlint.yaml:3: rules.PL1O1: invalid key "PL1O1"`,
	"timestamp version":      "privlint.yaml:1: version: unsupported version: a string; this privlint reads version 1",
	"only a document marker": "privlint.yaml:2: expected a mapping, got an empty value",
	"invalid UTF-8":          "privlint.yaml:3: invalid YAML: invalid trailing UTF-8 octet (byte 0xE9)",
	"control character":      "privlint.yaml:2: invalid YAML: control characters are not allowed (byte 0x07)",
}

func TestHostileInput(t *testing.T) {
	tests := map[string]string{
		"alias bomb": `version: 1
a: &a ["x","x","x","x","x","x","x","x","x","x"]
b: &b [*a,*a,*a,*a,*a,*a,*a,*a,*a,*a]
c: &c [*b,*b,*b,*b,*b,*b,*b,*b,*b,*b]
d: &d [*c,*c,*c,*c,*c,*c,*c,*c,*c,*c]
e: &e [*d,*d,*d,*d,*d,*d,*d,*d,*d,*d]
f: &f [*e,*e,*e,*e,*e,*e,*e,*e,*e,*e]
`,
		"merge of a scalar":      "version: 1\npurposes:\n  a:\n    <<: 5\n",
		"merge cycle":            "version: 1\nb: &b\n p:\n  <<: [*b,*b]\n  q:\n   <<: [*b, *b]\n",
		"alias cycle":            "version: 1\nx: &x [a, *x]\n",
		"deep nesting":           "version: 1\nexclude: " + strings.Repeat("[", 5000) + strings.Repeat("]", 5000) + "\n",
		"non-scalar key":         "version: 1\n? [a, b]\n: c\n",
		"infinite number":        "version: .inf\n",
		"huge integer":           "version: 123456789012345678901234567890\n",
		"null document":          "~\n",
		"scalar document":        "privlint\n",
		"binary":                 "version: 1\nexclude: [!!binary aGVsbG8=]\nrules: {PL1O1: off}\n",
		"timestamp version":      "version: 2001-12-14\n",
		"only a document marker": "---\n",
		"invalid UTF-8":          "version: 1\npurposes:\n  caf\xe9: {legal_basis: contract}\n",
		"control character":      "version: 1\nexclude: [\"a\x07\"]\n",
	}
	for name, src := range tests {
		t.Run(name, func(t *testing.T) {
			_, err := Parse("privlint.yaml", []byte(src))
			if err == nil {
				t.Fatal("no error")
			}
			errs := Errors(err)
			if len(errs) == 0 {
				t.Fatalf("error %v holds no *Error", err)
			}
			if want := hostileWant[name]; !strings.Contains(errs[0].Error(), want) {
				t.Errorf("first error = %.300s\nwant it to contain %s", errs[0].Error(), want)
			}
		})
	}
}

func TestSchemaCoversSpecKeys(t *testing.T) {
	_, doc, err := loadSchema()
	if err != nil {
		t.Fatal(err)
	}
	props, _ := doc["properties"].(map[string]any)
	want := []string{"categories", "deny", "encryption", "exclude", "fides", "internal_hosts", "limits", "organization", "purposes",
		"rules", "schemas", "sinks", "third_parties", "version"}
	if got := slices.Sorted(maps.Keys(props)); !slices.Equal(got, want) {
		t.Errorf("schema top-level keys = %v, want %v", got, want)
	}
}

func TestKnownRuleIDsIncludeSpecRules(t *testing.T) {
	for _, id := range []string{"PL001", "PL002", "PL003", "PL004", "PL101", "PL102", "PL103", "PL104", "PL105", "PL201"} {
		if !slices.Contains(knownRuleIDs(), id) {
			t.Errorf("rule %s is not known", id)
		}
	}
}

func TestDeny(t *testing.T) {
	p := mustParse(t, `version: 1
deny:
  - name: no-special-data-for-marketing
    data_categories: {matches: ANY, values: [user.health, user.biometric]}
    data_uses: {matches: ANY, values: [marketing]}
    data_subjects: {matches: ANY, values: [customer]}
  - name: only-uses
    data_uses: {matches: NONE, values: [essential]}
`)
	if len(p.Deny) != 2 {
		t.Fatalf("got %d deny rules, want 2", len(p.Deny))
	}
	r := p.Deny[0]
	// The IAB alias user.health is normalised to the fideslang key.
	if r.Name != "no-special-data-for-marketing" || r.Line != 3 ||
		r.Categories == nil || r.Categories.Matches != MatchAny ||
		!slices.Equal(r.Categories.Values, []string{"user.health_and_medical", "user.biometric"}) ||
		r.Uses == nil || !slices.Equal(r.Uses.Values, []string{"marketing"}) ||
		r.Subjects == nil || !slices.Equal(r.Subjects.Values, []string{"customer"}) {
		t.Errorf("deny[0] = %+v", r)
	}
	if r := p.Deny[1]; r.Categories != nil || r.Subjects != nil || r.Uses.Matches != MatchNone || r.Line != 7 {
		t.Errorf("deny[1] = %+v", r)
	}
}

func TestDenyErrors(t *testing.T) {
	for _, tc := range []struct{ src, want string }{
		{"version: 1\ndeny:\n  - name: x\n    data_categories: {matches: SOME, values: [user]}\n",
			"privlint.yaml:4: deny[0].data_categories.matches:"},
		{"version: 1\ndeny:\n  - name: x\n    data_categories: {matches: ANY, values: [user.shoe_size]}\n",
			`privlint.yaml:4: deny[0].data_categories.values[0]: unknown category "user.shoe_size"`},
		{"version: 1\ndeny:\n  - name: x\n    data_uses: {matches: ANY, values: []}\n",
			"privlint.yaml:4: deny[0].data_uses.values:"},
		{"version: 1\ndeny:\n  - name: nothing-named\n",
			"privlint.yaml:3: deny[0]:"},
		{"version: 1\ndeny:\n  - data_uses: {matches: ANY, values: [marketing]}\n",
			"privlint.yaml:3: deny[0]:"},
	} {
		_, err := Parse("privlint.yaml", []byte(tc.src))
		if err == nil || !strings.HasPrefix(err.Error(), tc.want) {
			t.Errorf("Parse(%q) error = %v, want prefix %q", tc.src, err, tc.want)
		}
	}
}
