package policy

import (
	"crypto/sha256"
	"encoding/hex"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"
)

// writeFiles writes name → contents under dir, creating directories.
func writeFiles(t *testing.T, dir string, files map[string]string) {
	t.Helper()
	for name, src := range files {
		p := filepath.Join(dir, filepath.FromSlash(name))
		if err := os.MkdirAll(filepath.Dir(p), 0o755); err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(p, []byte(src), 0o644); err != nil {
			t.Fatal(err)
		}
	}
}

// loadIn writes files into a fresh directory and loads its privlint.yaml
// by a path relative to the working directory, as a user's errors read.
func loadIn(t *testing.T, files map[string]string) (*Policy, string, error) {
	t.Helper()
	dir := t.TempDir()
	writeFiles(t, dir, files)
	return loadDir(t, dir)
}

func loadDir(t *testing.T, dir string) (*Policy, string, error) {
	t.Helper()
	wd, err := os.Getwd()
	if err != nil {
		t.Fatal(err)
	}
	rel, err := filepath.Rel(wd, filepath.Join(dir, "privlint.yaml"))
	if err != nil {
		t.Fatal(err)
	}
	p, err := Load(rel)
	return p, filepath.Dir(rel), err
}

// TestFidesDemo loads Fides' own demo manifests (testdata/fides/demo, see
// its SOURCE.md) and checks what they become.
func TestFidesDemo(t *testing.T) {
	p, err := Load("../../testdata/fides/demo/privlint.yaml")
	if err != nil {
		t.Fatalf("Fides' demo manifests do not load: %v", err)
	}
	dir := filepath.FromSlash("../../testdata/fides/demo/manifests")
	if got := p.PurposeNames(); !slices.Equal(got, []string{"analyze_customer_behaviour_for_improvements_", "collect_data_for_marketing"}) {
		t.Fatalf("purposes = %v", got)
	}
	want := Purpose{
		Name: "collect_data_for_marketing", Description: "Collect data for marketing",
		DataUse: "marketing.advertising", Subjects: []string{"customer"}, Categories: []string{"user.device.cookie_id"},
		File: filepath.Join(dir, "demo_system.yml"), System: "demo_marketing_system", Line: 30,
	}
	if got := p.Purposes["collect_data_for_marketing"]; !equalJSON(got, want) {
		t.Errorf("collect_data_for_marketing = %+v\nwant %+v", got, want)
	}
	an := p.Purposes["analyze_customer_behaviour_for_improvements_"]
	if !slices.Equal(an.Categories, []string{"user.contact", "user.device.cookie_id"}) || an.DataUse != "functional.service.improve" || an.Line != 11 {
		t.Errorf("analyze… = %+v", an)
	}
	if len(p.Deny) != 1 {
		t.Fatalf("deny rules = %d, want 1", len(p.Deny))
	}
	r := p.Deny[0]
	if r.Name != "Reject Direct Marketing" || r.Policy != "demo_privacy_policy" || r.File != filepath.Join(dir, "demo_policy.yml") || r.Line != 6 ||
		r.Categories.Matches != MatchAny || !slices.Equal(r.Categories.Values, []string{"user.contact"}) ||
		!slices.Equal(r.Uses.Values, []string{"marketing.advertising"}) || !slices.Equal(r.Subjects.Values, []string{"customer"}) {
		t.Errorf("deny rule = %+v", r)
	}
	users := p.FidesTable("users")
	if len(users) != 1 || users[0].Dataset != "demo_users_dataset" || users[0].Line != 9 {
		t.Fatalf("FidesTable(users) = %+v", users)
	}
	var cols []string
	for _, f := range users[0].Fields {
		cols = append(cols, f.Name+"="+strings.Join(f.Categories, "+"))
	}
	if want := []string{"created_at=system.operations", "email=user.contact.email", "first_name=user.name", "food_preference=",
		"state=user.contact.address.state", "uuid=user.unique_id"}; !slices.Equal(cols, want) {
		t.Errorf("users fields = %v, want %v", cols, want)
	}
	if f := users[0].Field("email"); f == nil || f.Line != 17 || f.File != filepath.Join(dir, "demo_dataset.yml") {
		t.Errorf("users.email = %+v", f)
	}
	if len(p.Manifests) != 5 {
		t.Errorf("Manifests = %v", p.Manifests)
	}
	data, err := os.ReadFile("../../testdata/fides/demo/privlint.yaml")
	if err != nil {
		t.Fatal(err)
	}
	if sum := sha256.Sum256(data); p.Digest == hex.EncodeToString(sum[:]) {
		t.Error("the digest does not cover the manifests")
	}
}

// TestFidesDigest checks that editing a manifest changes the policy's
// digest (which go vet's cache key folds in).
func TestFidesDigest(t *testing.T) {
	files := map[string]string{
		"privlint.yaml": "version: 1\nfides: {manifests: [fides.yml]}\n",
		"fides.yml":     "system: []\n",
	}
	dir := t.TempDir()
	writeFiles(t, dir, files)
	a, _, err := loadDir(t, dir)
	if err != nil {
		t.Fatal(err)
	}
	writeFiles(t, dir, map[string]string{"fides.yml": "system: []\ndataset: []\n"})
	b, _, err := loadDir(t, dir)
	if err != nil {
		t.Fatal(err)
	}
	if a.Digest == b.Digest {
		t.Error("editing a manifest leaves the digest unchanged")
	}
}

func TestFidesPurposeName(t *testing.T) {
	for in, want := range map[string]string{
		"Care reminders":                               "care_reminders",
		"Collect data for marketing":                   "collect_data_for_marketing",
		"Analyze customer behaviour for improvements.": "analyze_customer_behaviour_for_improvements_",
		"  Über--Fälle 2":                              "_über_fälle_2",
		"billing":                                      "billing",
		"A/B tests (v2)":                               "a_b_tests_v2_",
	} {
		if got := FidesPurposeName(in); got != want {
			t.Errorf("FidesPurposeName(%q) = %q, want %q", in, got, want)
		}
	}
}

// TestFidesLegalBases checks both directions of the legal-basis mapping of
// SPEC §2.1 for every value of privlint's schema.
func TestFidesLegalBases(t *testing.T) {
	_, doc, err := loadSchema()
	if err != nil {
		t.Fatal(err)
	}
	purpose := schemaAt(doc, []string{"$defs", "purpose", "properties"}).(map[string]any)
	for _, v := range asSlice(purpose["legal_basis"].(map[string]any)["enum"]) {
		b := v.(string)
		f, ok := FidesLegalBasis(b)
		if !ok {
			t.Errorf("legal_basis %s has no Fides spelling", b)
			continue
		}
		back, _ := lookup(fidesLegalBases, f, 1)
		if b == "explicit_consent" {
			b = "consent" // Fides has no Art. 6 explicit consent; its Art. 9 side is the special basis
		}
		if back != b {
			t.Errorf("legal_basis %s → %q → %s", b, f, back)
		}
	}
	for _, v := range asSlice(purpose["special_category_basis"].(map[string]any)["enum"]) {
		b := v.(string)
		f, ok := FidesSpecialCategoryBasis(b)
		if back, _ := lookup(fidesSpecialBases, f, 1); !ok || back != b {
			t.Errorf("special_category_basis %s → %q → %s", b, f, back)
		}
	}
	p, _, err := loadIn(t, map[string]string{
		"privlint.yaml": "version: 1\nfides: {manifests: [m.yml]}\n",
		"m.yml": `system:
  - fides_key: s
    system_type: Service
    privacy_declarations:
      - name: Care
        data_use: essential.service
        data_categories: [user.health_and_medical]
        legal_basis_for_processing: Legal obligations
        special_category_legal_basis: Health or social care (with a basis in law)
        retention_period: 10 years
`,
	})
	if err != nil {
		t.Fatal(err)
	}
	if c := p.Purposes["care"]; c.LegalBasis != "legal_obligation" || c.SpecialCategoryBasis != "health_or_social_care" || c.Retention != "10 years" || !p.HasSpecialBasis("care") {
		t.Errorf("care = %+v", c)
	}
}

// TestFidesExtensions: taxonomy entries in manifests extend what
// declarations and rules may name.
func TestFidesExtensions(t *testing.T) {
	p, _, err := loadIn(t, map[string]string{
		"privlint.yaml": "version: 1\nfides: {manifests: [fides/]}\n",
		"fides/taxonomy.yaml": `data_category:
  - fides_key: user.loyalty
    parent_key: user
    description: Loyalty programme data
  - fides_key: user.loyalty.tier
    parent_key: user.loyalty
data_use:
  - fides_key: marketing.advertising.third_party.targeted.direct_marketing
    parent_key: marketing.advertising.third_party.targeted
data_subject:
  - fides_key: potential_customer
`,
		"fides/sub/system.yml": `system:
  - fides_key: s
    system_type: Service
    privacy_declarations:
      - name: Loyalty mailing
        data_use: marketing.advertising.third_party.targeted.direct_marketing
        data_categories: [user.loyalty.tier]
        data_subjects: [potential_customer]
policy:
  - fides_key: p
    rules:
      - name: r
        data_categories: {matches: ANY, values: [user.loyalty]}
        data_uses: {matches: NONE, values: [essential]}
        data_subjects: {matches: ANY, values: [potential_customer]}
`,
		"fides/.hidden/broken.yml": "not: [a manifest\n",
		"fides/README.md":          "not read\n",
	})
	if err != nil {
		t.Fatal(err)
	}
	if c := p.Taxonomy.Category("user.loyalty.tier"); c == nil {
		t.Error("user.loyalty.tier was not added to the taxonomy")
	}
	if c := p.Taxonomy.Category("user.loyalty"); c == nil || c.Description != "Loyalty programme data" {
		t.Errorf("user.loyalty = %+v", c)
	}
	if pur := p.Purposes["loyalty_mailing"]; pur == nil || !slices.Equal(pur.Categories, []string{"user.loyalty.tier"}) {
		t.Errorf("loyalty_mailing = %+v", pur)
	}
	if len(p.Manifests) != 2 || filepath.Base(p.Manifests[0]) != "system.yml" || filepath.Base(p.Manifests[1]) != "taxonomy.yaml" {
		t.Errorf("Manifests = %v (want sub/system.yml, then taxonomy.yaml: WalkDir's lexical order, hidden and other files skipped)", p.Manifests)
	}
}

const sys = `system:
  - fides_key: shop
    system_type: Service
    privacy_declarations:
      - name: Account
        data_use: essential.service
        data_categories: [user.contact.email]
        data_subjects: [customer]
`

// TestFidesErrors checks that bad manifests are errors naming file, line
// and key.
func TestFidesErrors(t *testing.T) {
	const pol = "version: 1\nfides: {manifests: [m.yml]}\n"
	cases := []struct {
		name  string
		files map[string]string
		want  []string // substrings of the error, in order; "M" is the manifest's path
	}{
		{"unknown resource kind", map[string]string{"m.yml": "systems: []\n"},
			[]string{"M:1: systems: unknown key; did you mean system? (known: data_category, data_subject, data_use, dataset, organization, policy, system)"}},
		{"unknown key in a declaration", map[string]string{"m.yml": sys + "        data_usage: marketing\n"},
			[]string{"M:9: system[0].privacy_declarations[0].data_usage: unknown key"}},
		{"missing data_use", map[string]string{"m.yml": strings.Replace(sys, "        data_use: essential.service\n", "", 1)},
			[]string{"M:5: system[0].privacy_declarations[0]: missing required key data_use"}},
		{"unknown category", map[string]string{"m.yml": strings.Replace(sys, "user.contact.email", "user.contact.emial", 1)},
			[]string{`M:7: system[0].privacy_declarations[0].data_categories[0]: unknown category "user.contact.emial" (not in the taxonomy; declare it under data_category: in a manifest or under categories: in privlint.yaml)`}},
		{"unknown data use", map[string]string{"m.yml": strings.Replace(sys, "essential.service", "essential.servic", 1)},
			[]string{`M:6: system[0].privacy_declarations[0].data_use: unknown data use "essential.servic"`}},
		{"unknown data subject", map[string]string{"m.yml": strings.Replace(sys, "[customer]", "[customer, child]", 1)},
			[]string{`M:8: system[0].privacy_declarations[0].data_subjects[1]: unknown data subject "child"`}},
		{"privlint's spelling of a legal basis", map[string]string{"m.yml": sys + "        legal_basis_for_processing: consent\n"},
			[]string{`M:9: system[0].privacy_declarations[0].legal_basis_for_processing: "consent" is not one of Consent, Contract`}},
		{"declaration without a name", map[string]string{"m.yml": strings.Replace(sys, "      - name: Account\n        data_use", "      - data_use", 1)},
			[]string{`M:5: system[0].privacy_declarations[0]: privacy declaration of system "shop" has no name`}},
		{"purpose in privlint.yaml and a manifest",
			map[string]string{"privlint.yaml": "version: 1\npurposes:\n  account: {legal_basis: contract}\nfides: {manifests: [m.yml]}\n", "m.yml": sys},
			[]string{`M:5: system[0].privacy_declarations[0]: purpose "account" (from privacy declaration "Account") is defined twice: here and at P:3`}},
		{"purpose in two manifests",
			map[string]string{"privlint.yaml": "version: 1\nfides: {manifests: [m.yml, n.yml]}\n", "m.yml": sys,
				"n.yml": strings.Replace(sys, "fides_key: shop", "fides_key: web", 1)},
			[]string{`N:5: system[0].privacy_declarations[0]: purpose "account" (from privacy declaration "Account") is defined twice: here and at M:5`}},
		{"two declarations that name one purpose", map[string]string{"m.yml": sys + "      - name: account\n        data_use: essential\n        data_categories: []\n"},
			[]string{`M:9: system[0].privacy_declarations[1]: purpose "account" (from privacy declaration "account") is defined twice: here and at M:5`}},
		{"system defined twice", map[string]string{"m.yml": sys + strings.TrimPrefix(sys, "system:\n")},
			[]string{`M:9: system[1]: system "shop" is defined twice: here and at M:2`}},
		{"egress not on the system", map[string]string{"m.yml": sys + "        egress: [stripe]\n"},
			[]string{`M:9: system[0].privacy_declarations[0].egress[0]: egress "stripe" is not among the egress of system "shop"`}},
		{"unknown dataset reference", map[string]string{"m.yml": sys + "        dataset_references: [shop_db]\n"},
			[]string{`M:9: system[0].privacy_declarations[0].dataset_references[0]: dataset "shop_db" is not defined in any Fides manifest`}},
		{"dataset field with an unknown category", map[string]string{"m.yml": `dataset:
  - fides_key: db
    collections:
      - name: users
        fields:
          - name: address
            fields:
              - name: city
                data_categories: [user.contact.address.town]
`}, []string{`M:9: dataset[0].collections[0].fields[0].fields[0].data_categories[0]: unknown category "user.contact.address.town"`}},
		{"duplicate field", map[string]string{"m.yml": "dataset:\n  - fides_key: db\n    collections:\n      - name: t\n        fields:\n          - name: a\n          - name: a\n"},
			[]string{`M:7: dataset[0].collections[0].fields[1]: field "a" is defined twice: here and at M:6`}},
		{"collection without fields", map[string]string{"m.yml": "dataset:\n  - fides_key: db\n    collections:\n      - name: t\n"},
			[]string{`M:4: dataset[0].collections[0]: missing required key fields`}},
		{"policy rule without data_subjects", map[string]string{"m.yml": "policy:\n  - fides_key: p\n    rules:\n      - name: r\n        data_categories: {matches: ANY, values: [user]}\n        data_uses: {matches: ANY, values: [marketing]}\n"},
			[]string{`M:4: policy[0].rules[0]: missing required key data_subjects`}},
		{"policy rule with an unknown data use", map[string]string{"m.yml": "policy:\n  - fides_key: p\n    rules:\n      - name: r\n        data_categories: {matches: ANY, values: [user]}\n        data_uses: {matches: ANY, values: [third_party_sharing, advertising]}\n        data_subjects: {matches: ANY, values: [customer]}\n"},
			[]string{`M:6: policy[0].rules[0].data_uses.values[1]: unknown data use "advertising"`}},
		{"policy rule with a bad match", map[string]string{"m.yml": "policy:\n  - fides_key: p\n    rules:\n      - name: r\n        data_categories: {matches: SOME, values: [user]}\n        data_uses: {matches: ANY, values: [marketing]}\n        data_subjects: {matches: ANY, values: [customer]}\n"},
			[]string{`M:5: policy[0].rules[0].data_categories.matches: "SOME" is not one of ANY, ALL, NONE, OTHER`}},
		{"data use with a wrong parent", map[string]string{"m.yml": "data_use:\n  - fides_key: marketing.postcards\n    parent_key: marketing.advertising\n"},
			[]string{`M:3: data_use[0].parent_key: parent_key of marketing.postcards must be marketing (Fides derives it from the key), got "marketing.advertising"`}},
		{"data category under an unknown parent", map[string]string{"m.yml": "data_category:\n  - fides_key: user.pets.name\n    parent_key: user.pets\n"},
			[]string{`M:3: data_category[0].parent_key: unknown parent "user.pets" of user.pets.name`}},
		{"bad fides_key", map[string]string{"m.yml": "organization:\n  - fides_key: my org\n"},
			[]string{`M:2: organization[0].fides_key: "my org" is not valid: a fides_key holds only letters, digits`}},
		{"empty manifest", map[string]string{"m.yml": "# nothing\n"},
			[]string{"M: the Fides manifest is empty"}},
		{"not YAML", map[string]string{"m.yml": "system: [\n"},
			[]string{"M:2: invalid YAML"}},
		{"missing manifest", map[string]string{},
			[]string{"P:2: fides.manifests[0]: cannot read Fides manifest m.yml: no such file or directory"}},
		{"empty directory", map[string]string{"privlint.yaml": "version: 1\nfides:\n  manifests:\n    - d/\n", "d/x.json": "{}"},
			[]string{"P:4: fides.manifests[0]: directory d/ holds no Fides manifest (*.yml or *.yaml)"}},
		{"fides without manifests", map[string]string{"privlint.yaml": "version: 1\nfides: {}\n"},
			[]string{"P:2: fides: missing required key manifests"}},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			files := map[string]string{"privlint.yaml": pol}
			for k, v := range tc.files {
				files[k] = v
			}
			_, dir, err := loadIn(t, files)
			if err == nil {
				t.Fatal("no error")
			}
			got := err.Error()
			for _, w := range tc.want {
				w = strings.NewReplacer("P:", filepath.Join(dir, "privlint.yaml")+":", "M:", filepath.Join(dir, "m.yml")+":",
					"N:", filepath.Join(dir, "n.yml")+":", "M: ", filepath.Join(dir, "m.yml")+": ").Replace(w)
				if !strings.Contains(got, w) {
					t.Errorf("error\n%s\ndoes not contain\n%s", got, w)
				}
			}
			for _, e := range Errors(err) {
				if e.File == "" || (e.Line == 0 && !strings.Contains(e.Msg, "empty")) {
					t.Errorf("error without file and line: %+v", e)
				}
			}
		})
	}
}

// TestFidesNotRegular checks that a manifest that is no regular file (here
// a symlink to a device) is refused, not read.
func TestFidesNotRegular(t *testing.T) {
	dir := t.TempDir()
	writeFiles(t, dir, map[string]string{"privlint.yaml": "version: 1\nfides: {manifests: [fides/]}\n", "fides/ok.yml": sys})
	if err := os.Symlink(os.DevNull, filepath.Join(dir, "fides", "null.yml")); err != nil {
		t.Skip("no symlinks here:", err)
	}
	_, _, err := loadDir(t, dir)
	if err == nil || !strings.Contains(err.Error(), "null.yml: cannot read the Fides manifest: ") || !strings.Contains(err.Error(), "not a regular file") {
		t.Errorf("error = %v", err)
	}
}

// TestFidesTotalSize checks that the manifests' total size is bounded.
func TestFidesTotalSize(t *testing.T) {
	defer func(n int) { maxManifestBytes = n }(maxManifestBytes)
	maxManifestBytes = len(sys) + 10
	_, dir, err := loadIn(t, map[string]string{
		"privlint.yaml": "version: 1\nfides: {manifests: [a.yml, b.yml]}\n",
		"a.yml":         sys,
		"b.yml":         strings.Replace(sys, "Account", "Other", 1),
	})
	want := filepath.Join(dir, "b.yml") + ": the Fides manifests add up to more than"
	if err == nil || !strings.Contains(err.Error(), want) {
		t.Errorf("error = %v, want %q", err, want)
	}
}

// TestFidesLinkOutOfRepository: a committed manifest that is a link to a
// file outside the repository (the runner's secrets) is refused without
// quoting the file.
func TestFidesLinkOutOfRepository(t *testing.T) {
	outside := filepath.Join(t.TempDir(), "secret.yml")
	writeFiles(t, filepath.Dir(outside), map[string]string{"secret.yml": "system: ghp_SECRETTOKEN\n"})
	dir := t.TempDir()
	if err := os.Mkdir(filepath.Join(dir, ".git"), 0o755); err != nil {
		t.Fatal(err)
	}
	writeFiles(t, dir, map[string]string{"privlint.yaml": "version: 1\nfides: {manifests: [fides/]}\n", "fides/ok.yml": sys})
	if err := os.Symlink(outside, filepath.Join(dir, "fides", "leak.yml")); err != nil {
		t.Skip("no symlinks here:", err)
	}
	_, _, err := loadDir(t, dir)
	if err == nil || !strings.Contains(err.Error(), "leak.yml: cannot read the Fides manifest: ") ||
		!strings.Contains(err.Error(), "outside the repository root") || strings.Contains(err.Error(), "ghp_") {
		t.Errorf("error = %v", err)
	}
}
