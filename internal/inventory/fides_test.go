package inventory_test

import (
	"bytes"
	"fmt"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"

	"gopkg.in/yaml.v3"

	"github.com/privlint/privlint/internal/inventory"
	"github.com/privlint/privlint/internal/testkit"
	"github.com/privlint/privlint/rules/policy"
)

const fidesPol = `version: 1
organization:
  controller: {name: Shop GmbH, email: privacy@shop.example}
  dpo: {email: dpo@shop.example}
purposes:
  account:
    legal_basis: contract
    data_use: essential.service
    subjects: [customer]
    categories: [user.contact.email, user.government_id.tax_id]
    retention: 3y
  support:
    legal_basis: legitimate_interests
    data_use: essential.service.support
    subjects: [customer, child]
    categories: [user.contact]
  marketing:
    legal_basis: consent
    categories: [user.contact.email]
  coaching:
    legal_basis: explicit_consent
    data_use: personalize
    categories: [user.health_and_medical]
third_parties:
  mailer:
    dpa: true
    purposes: [marketing]
    categories: [user.contact.email]
    hosts: [api.mailer.example]
`

// exportInput is an input with a stored Go struct, a stored nested schema
// property and a flow to a declared recipient.
func exportInput(t *testing.T, src string) (inventory.Input, string) {
	t.Helper()
	dir := t.TempDir()
	path := filepath.Join(dir, "privlint.yaml")
	if err := os.WriteFile(path, []byte(src), 0o644); err != nil {
		t.Fatal(err)
	}
	p, err := policy.Load(path)
	if err != nil {
		t.Fatal(err)
	}
	field := func(sym, cat string, purposes ...string) *inventory.Field {
		return &inventory.Field{
			Datum:    inventory.Datum{Category: cat, Purposes: purposes},
			Location: inventory.Location{Kind: inventory.KindGoField, Symbol: sym, Package: "example.com/shop/users", File: dir + "/users/user.go", Line: 7, Column: 2},
		}
	}
	return inventory.Input{
		Policy: p,
		Module: "example.com/shop",
		Rel:    func(s string) string { return strings.TrimPrefix(s, dir+"/") },
		Fields: []*inventory.Field{
			field("User.Email", "user.contact.email", "account", "marketing"),
			field("User.TaxID", "user.government_id.tax_id", "account"),
			field("User.Nickname", "user.account.username", "account"), // held, never stored
		},
		Properties: []*inventory.Location{
			{Kind: inventory.KindSchemaProperty, Symbol: "/components/schemas/Customer/properties/address/properties/city", File: dir + "/api/openapi.yaml", Line: 30, Stored: true},
			{Kind: inventory.KindSchemaProperty, Symbol: "/properties/notes", File: dir + "/schemas/coach.schema.json", Line: 5, Stored: true},
			{Kind: inventory.KindSchemaProperty, Symbol: "/properties/phone", File: dir + "/schemas/coach.schema.json", Line: 6},
		},
		PropertyData: []inventory.Datum{
			{Category: "user.contact.address.city", Purposes: []string{"support"}},
			{Category: "user.health_and_medical", Purposes: []string{"coaching"}, Special: true},
			{Category: "user.contact.phone_number", Purposes: []string{"coaching"}},
		},
		Flows: []*inventory.Flow{
			{Kind: inventory.FlowStorage, Category: "user.contact.email", Purposes: []string{"account", "marketing"}, Source: "example.com/shop/users.User.Email",
				Sink: inventory.Sink{What: "a SQL database", Call: "db.Exec", From: "User.Email", File: dir + "/users/store.go", Line: 9}},
			{Kind: inventory.FlowStorage, Category: "user.government_id.tax_id", Purposes: []string{"account"}, Source: "example.com/shop/users.User.TaxID",
				Sink: inventory.Sink{What: "a SQL database", Call: "db.Exec", From: "User.TaxID", File: dir + "/users/store.go", Line: 9}},
			{Kind: inventory.FlowThirdParty, Category: "user.contact.email", Purposes: []string{"marketing"}, Host: "api.mailer.example",
				Sink: inventory.Sink{What: "api.mailer.example", Call: "http.Post", From: "User.Email", File: dir + "/users/mail.go", Line: 4}},
		},
	}, dir
}

func export(t *testing.T, in inventory.Input) ([]byte, error) {
	t.Helper()
	var buf bytes.Buffer
	err := inventory.Fides(&buf, inventory.Build(in))
	return buf.Bytes(), err
}

// TestFidesExport checks the export: valid against the fideslang schema,
// deterministic, and read back by privlint as the same purposes.
func TestFidesExport(t *testing.T) {
	in, dir := exportInput(t, fidesPol)
	out, err := export(t, in)
	if err != nil {
		t.Fatal(err)
	}
	if err := testkit.ValidateFides(t, out); err != nil {
		t.Fatalf("the export does not validate against the fideslang schema: %v\n%s", err, out)
	}
	again, err := export(t, in)
	if err != nil || !bytes.Equal(out, again) {
		t.Error("two exports differ")
	}
	var doc struct {
		DataCategory []map[string]any `yaml:"data_category"`
		DataUse      []map[string]any `yaml:"data_use"`
		DataSubject  []map[string]any `yaml:"data_subject"`
		System       []struct {
			FidesKey            string           `yaml:"fides_key"`
			Egress              []map[string]any `yaml:"egress"`
			PrivacyDeclarations []map[string]any `yaml:"privacy_declarations"`
		}
		Dataset []struct {
			FidesKey    string `yaml:"fides_key"`
			Collections []struct {
				Name   string
				Fields []map[string]any
			}
		}
	}
	if err := yaml.Unmarshal(out, &doc); err != nil {
		t.Fatal(err)
	}
	keys := func(list []map[string]any) []string {
		var out []string
		for _, m := range list {
			out = append(out, m["fides_key"].(string)+"<"+str(m["parent_key"]))
		}
		return out
	}
	// Keys Fides lacks are declared: privlint's extension category, a
	// data use under a Fides parent, a subject.
	if got := keys(doc.DataCategory); !slices.Equal(got, []string{"user.government_id.tax_id<user.government_id"}) {
		t.Errorf("data_category = %v", got)
	}
	if got := keys(doc.DataUse); !slices.Equal(got, []string{"essential.service.support<essential.service"}) {
		t.Errorf("data_use = %v", got)
	}
	if got := keys(doc.DataSubject); !slices.Equal(got, []string{"child<"}) {
		t.Errorf("data_subject = %v", got)
	}
	if len(doc.System) != 1 || doc.System[0].FidesKey != "example.com_shop" {
		t.Fatalf("systems = %+v", doc.System)
	}
	decls := map[string]map[string]any{}
	for _, d := range doc.System[0].PrivacyDeclarations {
		decls[d["name"].(string)] = d
	}
	// marketing has no data_use; its name is a fideslang data use.
	if m := decls["marketing"]; m["data_use"] != "marketing" || m["legal_basis_for_processing"] != "Consent" || str(m["egress"]) != "[mailer]" {
		t.Errorf("marketing = %v", m)
	}
	if c := decls["coaching"]; c["legal_basis_for_processing"] != "Consent" || c["special_category_legal_basis"] != "Explicit consent" ||
		c["processes_special_category_data"] != true || str(c["dataset_references"]) != "[schemas_coach.schema.json]" {
		t.Errorf("coaching = %v", c)
	}
	if a := decls["account"]; str(a["dataset_references"]) != "[example.com_shop_users]" || a["retention_period"] != "3y" {
		t.Errorf("account = %v", a)
	}
	if eg := doc.System[0].Egress; len(eg) != 1 || eg[0]["fides_key"] != "mailer" || str(eg[0]["data_categories"]) != "[user.contact.email]" {
		t.Errorf("egress = %v", eg)
	}
	var ds []string
	for _, d := range doc.Dataset {
		for _, c := range d.Collections {
			for _, f := range c.Fields {
				ds = append(ds, d.FidesKey+"/"+c.Name+"/"+str(f))
			}
		}
	}
	want := []string{
		"api_openapi.yaml/Customer/address=[][city=[user.contact.address.city]]",
		"example.com_shop_users/User/Email=[user.contact.email]",
		"example.com_shop_users/User/TaxID=[user.government_id.tax_id]",
		"schemas_coach.schema.json/coach/notes=[user.health_and_medical]",
	}
	if !slices.Equal(ds, want) {
		t.Errorf("dataset fields:\n got %v\nwant %v", ds, want)
	}

	// Read back in place of the purposes, the export gives the same ones.
	src := strings.Replace(fidesPol, fidesPol[strings.Index(fidesPol, "purposes:"):strings.Index(fidesPol, "third_parties:")], "fides: {manifests: [export.yml]}\n", 1)
	if err := os.WriteFile(filepath.Join(dir, "export.yml"), out, 0o644); err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(filepath.Join(dir, "privlint.yaml"), []byte(src), 0o644); err != nil {
		t.Fatal(err)
	}
	back, err := policy.Load(filepath.Join(dir, "privlint.yaml"))
	if err != nil {
		t.Fatalf("privlint cannot read its own export: %v\n%s", err, out)
	}
	for _, name := range in.Policy.PurposeNames() {
		a, b := *in.Policy.Purposes[name], back.Purposes[name]
		if b == nil {
			t.Errorf("purpose %s is lost", name)
			continue
		}
		if name == "marketing" {
			a.DataUse = "marketing" // exported by its name
		}
		if a.LegalBasis == "explicit_consent" {
			a.LegalBasis, a.SpecialCategoryBasis = "consent", "explicit_consent"
		}
		if a.LegalBasis != b.LegalBasis || a.SpecialCategoryBasis != b.SpecialCategoryBasis || a.DataUse != b.DataUse ||
			!slices.Equal(a.Subjects, b.Subjects) || !slices.Equal(a.Categories, b.Categories) || a.Retention != b.Retention {
			t.Errorf("purpose %s read back as %+v, was %+v", name, *b, a)
		}
	}
	if len(back.Purposes) != len(in.Policy.Purposes) || len(back.FidesDatasets) != 3 {
		t.Errorf("read back %d purposes and %d datasets", len(back.Purposes), len(back.FidesDatasets))
	}
}

func str(v any) string {
	if v == nil {
		return ""
	}
	if s, ok := v.(string); ok {
		return s
	}
	if list, ok := v.([]any); ok {
		var parts []string
		for _, x := range list {
			parts = append(parts, str(x))
		}
		return "[" + strings.Join(parts, ", ") + "]"
	}
	if m, ok := v.(map[string]any); ok {
		return str(m["name"]) + "=" + str(m["data_categories"]) + str(m["fields"])
	}
	return fmt.Sprint(v)
}

// TestFidesExportFails: a purpose Fides cannot hold fails the export,
// naming the purpose and its line, and nothing is written.
func TestFidesExportFails(t *testing.T) {
	in, _ := exportInput(t, `version: 1
purposes:
  billing:
    legal_basis: contract
  Kids-News:
    legal_basis: consent
    data_use: marketing
`)
	out, err := export(t, in)
	if err == nil {
		t.Fatal("no error")
	}
	for _, want := range []string{
		`purpose "billing" (privlint.yaml:3) has no data_use, and "billing" is no fideslang data use`,
		`purpose "Kids-News" (privlint.yaml:5) would be read back from Fides as "kids_news"`,
	} {
		if !strings.Contains(err.Error(), want) {
			t.Errorf("error %q lacks %q", err, want)
		}
	}
	if len(out) != 0 {
		t.Errorf("wrote %d bytes", len(out))
	}
}

func TestFidesKey(t *testing.T) {
	for in, want := range map[string]string{
		"example.com/shop/users":       "example.com_shop_users",
		"schemas/customer.schema.json": "schemas_customer.schema.json",
		"a b//c":                       "a_b_c",
		"":                             "_",
	} {
		if got := inventory.FidesKey(in); got != want {
			t.Errorf("FidesKey(%q) = %q, want %q", in, got, want)
		}
	}
}
