package inventory_test

import (
	"bytes"
	"encoding/json"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/santhosh-tekuri/jsonschema/v5"

	"github.com/privlint/privlint/internal/inventory"
	"github.com/privlint/privlint/rules/policy"
)

const pol = `version: 1
organization:
  controller: {name: "A | B GmbH", email: privacy@ab.example}
purposes:
  account:
    description: Accounts
    legal_basis: contract
    categories: [user.contact.email]
  coaching:
    legal_basis: consent
    special_category_basis: explicit_consent
    categories: [user.health_and_medical]
third_parties:
  mailer:
    name: Mailer
    dpa: true
    purposes: [account]
    hosts: [api.mailer.example]
internal_hosts: ["*.corp.example"]
`

func build(t *testing.T) *inventory.Inventory {
	t.Helper()
	dir := t.TempDir()
	path := filepath.Join(dir, "privlint.yaml")
	if err := os.WriteFile(path, []byte(pol), 0o644); err != nil {
		t.Fatal(err)
	}
	p, err := policy.Load(path)
	if err != nil {
		t.Fatal(err)
	}
	rel := func(s string) string { return strings.TrimPrefix(s, dir+"/") }
	f := func(sym, cat string, purposes ...string) *inventory.Field {
		return &inventory.Field{
			Datum:    inventory.Datum{Category: cat, Purposes: purposes},
			Location: inventory.Location{Kind: inventory.KindGoField, Symbol: sym, File: dir + "/m.go", Line: 3, Column: 2},
		}
	}
	flow := func(kind, host, from, cat string, purposes ...string) *inventory.Flow {
		return &inventory.Flow{Kind: kind, Category: cat, Purposes: purposes, Host: host,
			Sink: inventory.Sink{What: host, Call: "http.Post", From: from, File: dir + "/m.go", Line: 9, Column: 3}}
	}
	return inventory.Build(inventory.Input{
		Policy: p,
		Rel:    rel,
		Fields: []*inventory.Field{
			f("User.Email", "user.contact.email", "account"),
			f("User.Phone", "user.contact.phone_number", "account"),
			f("User.Fax", "user.contact.fax_number"),
			f("User.Opt", "user.privacy_preferences", "newsleter"),
		},
		Flows: []*inventory.Flow{
			flow(inventory.FlowThirdParty, "api.mailer.example", "User.Email", "user.contact.email", "account"),
			flow(inventory.FlowThirdParty, "track.example", "User.Phone", "user.contact.phone_number", "account"),
			flow(inventory.FlowThirdParty, "crm.corp.example", "User.Email", "user.contact.email", "account"),
			{Kind: inventory.FlowLog, Category: "user.contact.email", Purposes: []string{"account"},
				Sink: inventory.Sink{What: "the log", Call: "log.Printf", From: "User.Email", File: dir + "/m.go", Line: 12}},
		},
	})
}

// TestBuild checks the record's content: categories per purpose with
// allowed flags, recipients (declared, undeclared, internal hosts left
// out), and every kind of gap.
func TestBuild(t *testing.T) {
	inv := build(t)
	if len(inv.Purposes) != 2 || inv.Purposes[0].Name != "account" {
		t.Fatalf("purposes: %+v", inv.Purposes)
	}
	acc := inv.Purposes[0]
	if len(acc.Categories) != 2 || acc.Categories[0].Key != "user.contact.email" || !acc.Categories[0].Allowed || acc.Categories[1].Allowed {
		t.Errorf("account categories: %+v %+v", acc.Categories[0], acc.Categories[1])
	}
	email := acc.Categories[0]
	if len(email.SentTo) != 2 || len(email.LoggedIn) != 1 || email.HeldIn[0].File != "m.go" {
		t.Errorf("email: sent %d logged %d held %+v", len(email.SentTo), len(email.LoggedIn), email.HeldIn[0])
	}
	var names []string
	for _, r := range acc.Recipients {
		names = append(names, r.Name)
	}
	if strings.Join(names, ",") != "Mailer,track.example" || !acc.Recipients[0].Declared || acc.Recipients[1].Declared {
		t.Errorf("account recipients: %+v", names)
	}
	g := inv.Gaps
	if len(g.NoPurpose) != 1 || g.NoPurpose[0].Location.Symbol != "User.Fax" {
		t.Errorf("no purpose: %+v", g.NoPurpose)
	}
	if len(g.UnknownPurposes) != 1 || g.UnknownPurposes[0].Purpose != "newsleter" {
		t.Errorf("unknown purposes: %+v", g.UnknownPurposes)
	}
	if strings.Join(g.UnusedPurposes, ",") != "coaching" {
		t.Errorf("unused purposes: %v", g.UnusedPurposes)
	}
	if len(g.UndeclaredRecipients) != 1 || g.UndeclaredRecipients[0].Name != "track.example" {
		t.Errorf("undeclared recipients: %+v", g.UndeclaredRecipients)
	}
}

// TestJSONSchema validates the JSON output against the shipped schema,
// and checks that the schema rejects a document missing a required key.
func TestJSONSchema(t *testing.T) {
	c := jsonschema.NewCompiler()
	if err := c.AddResource("inventory.schema.json", bytes.NewReader(inventory.Schema)); err != nil {
		t.Fatal(err)
	}
	sch, err := c.Compile("inventory.schema.json")
	if err != nil {
		t.Fatal(err)
	}
	var buf bytes.Buffer
	if err := inventory.JSON(&buf, build(t)); err != nil {
		t.Fatal(err)
	}
	var doc any
	if err := json.Unmarshal(buf.Bytes(), &doc); err != nil {
		t.Fatal(err)
	}
	if err := sch.Validate(doc); err != nil {
		t.Errorf("the inventory does not validate: %v", err)
	}
	delete(doc.(map[string]any), "gaps")
	if sch.Validate(doc) == nil {
		t.Error("a document without gaps validates")
	}
}

// TestMarkdown checks that user text cannot break the tables.
func TestMarkdown(t *testing.T) {
	var buf bytes.Buffer
	if err := inventory.Markdown(&buf, build(t)); err != nil {
		t.Fatal(err)
	}
	out := buf.String()
	for _, want := range []string{"| Controller | A \\| B GmbH | privacy@ab.example |", "### account", "## Gaps", "- coaching", "| track.example |"} {
		if !strings.Contains(out, want) {
			t.Errorf("markdown lacks %q:\n%s", want, out)
		}
	}
}
