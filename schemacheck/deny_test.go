package schemacheck

import (
	"fmt"
	"path/filepath"
	"slices"
	"testing"

	"github.com/privlint/privlint/rules/policy"
)

// TestDeny checks PL006 on schemas: a deny rule is judged on what each
// purpose processes across all the schema files of a run, and reported at
// each contributing property.
func TestDeny(t *testing.T) {
	dir := t.TempDir()
	write := func(name, src string) string { return writeTemp(t, dir, name, []byte(src)) }
	pol, err := policy.Parse(filepath.Join(dir, "privlint.yaml"), []byte(`version: 1
purposes:
  campaigns:
    legal_basis: consent
    special_category_basis: explicit_consent
    data_use: marketing.advertising
    subjects: [customer]
    categories: [user.contact.email, user.health_and_medical]
  care:
    legal_basis: contract
    special_category_basis: health_or_social_care
    data_use: essential.service
    subjects: [customer]
    categories: [user.health_and_medical]
deny:
  - name: no-health-for-marketing
    data_categories: {matches: ANY, values: [user.health_and_medical]}
    data_uses: {matches: ANY, values: [marketing]}
  - name: health-only-purposes
    data_categories: {matches: ALL, values: [user.health_and_medical]}
`))
	if err != nil {
		t.Fatal(err)
	}
	lead := write("lead.schema.json", `{
  "$schema": "https://json-schema.org/draft/2020-12/schema",
  "type": "object",
  "x-purpose": "campaigns",
  "properties": {
    "allergies": {"type": "string", "x-pii": "user.health_and_medical"}
  }
}
`)
	contact := write("contact.schema.json", `{
  "$schema": "https://json-schema.org/draft/2020-12/schema",
  "type": "object",
  "x-purpose": "campaigns",
  "properties": {
    "email": {"type": "string", "format": "email"}
  }
}
`)
	chart := write("chart.schema.json", `{
  "$schema": "https://json-schema.org/draft/2020-12/schema",
  "type": "object",
  "x-purpose": "care",
  "properties": {
    "diagnosis": {"type": "string", "x-pii": "user.health_and_medical"}
  }
}
`)
	type hit struct {
		file      string
		line, col int
		symbol    string
	}
	run := func(files ...string) []hit {
		fs, errs := Check(files, Options{Policy: pol})
		if len(errs) > 0 {
			t.Fatalf("errors: %v", errs)
		}
		var out []hit
		for _, f := range fs {
			if f.RuleID == "PL006" {
				out = append(out, hit{filepath.Base(f.Pos.File), f.Pos.Line, f.Pos.Column, f.Symbol})
			}
		}
		return out
	}
	// ANY fires on the health property declared for marketing, not on the
	// e-mail beside it nor on care's diagnosis. ALL fires for care (it
	// processes only health data) but not for campaigns, which also
	// processes an e-mail in another file.
	want := []hit{
		{"chart.schema.json", 6, 5, "/properties/diagnosis#care#health-only-purposes"},
		{"lead.schema.json", 6, 5, "/properties/allergies#campaigns#no-health-for-marketing"},
	}
	if got := run(lead, contact, chart); !slices.Equal(got, want) {
		t.Errorf("PL006 findings:\n got %v\nwant %v", got, want)
	}
	// Without the e-mail's file, campaigns processes only health data:
	// ALL fires there too.
	if got := run(lead); len(got) != 2 {
		t.Errorf("PL006 findings on lead alone = %v, want both rules", got)
	}
}

// TestDenyAcrossKinds checks that PL006 judges what a purpose processes in
// SQL, GraphQL and Protocol Buffers files together, and reports at each
// contributing column or field.
func TestDenyAcrossKinds(t *testing.T) {
	dir := t.TempDir()
	write := func(name, src string) string { return writeTemp(t, dir, name, []byte(src)) }
	pol, err := policy.Parse(filepath.Join(dir, "privlint.yaml"), []byte(`version: 1
purposes:
  campaigns:
    legal_basis: consent
    special_category_basis: explicit_consent
    data_use: marketing.advertising
    categories: [user.contact.email, user.health_and_medical]
deny:
  - name: no-health-for-marketing
    data_categories: {matches: ANY, values: [user.health_and_medical]}
    data_uses: {matches: ANY, values: [marketing]}
`))
	if err != nil {
		t.Fatal(err)
	}
	files := []string{
		write("leads.sql", "-- privlint:purpose campaigns\nCREATE TABLE leads (email text, -- privlint:encrypted\n  -- privlint:encrypted\n  allergies text -- privlint:pii user.health_and_medical\n);\n"),
		write("lead.graphqls", "type Lead @purpose(names: [\"campaigns\"]) { email: String, allergies: String @pii(category: \"user.health_and_medical\") }\n"),
		write("lead.proto", "// privlint:purpose campaigns\nsyntax = \"proto3\";\nmessage Lead {\n  string email = 1;\n  // privlint:pii user.health_and_medical\n  string allergies = 2;\n}\n"),
	}
	fs, errs := Check(files, Options{Policy: pol})
	if len(errs) != 0 {
		t.Fatal(errs)
	}
	var got []string
	for _, f := range fs {
		if f.RuleID == "PL006" {
			got = append(got, fmt.Sprintf("%s:%d %s", filepath.Base(f.Pos.File), f.Pos.Line, f.Symbol))
		}
	}
	slices.Sort(got)
	rule := "#campaigns#no-health-for-marketing"
	want := []string{"lead.graphqls:1 Lead.allergies" + rule, "lead.proto:6 Lead.allergies" + rule, "leads.sql:4 leads.allergies" + rule}
	if !slices.Equal(got, want) {
		t.Fatalf("PL006 at %v, want %v; all: %v", got, want, sqlFindings(fs))
	}
}
