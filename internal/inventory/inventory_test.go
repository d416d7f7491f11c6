package inventory_test

import (
	"bytes"
	"encoding/json"
	"fmt"
	"os"
	"path/filepath"
	"regexp"
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

// markdownProblems returns what in md a Markdown renderer would read as
// markup that no privlint text should produce: a line that holds a
// control character, a heading privlint did not write, raw HTML (a '<'
// that is not backslash-escaped and not inside a code span, other than the
// renderer's own <br>), a code span
// left open, and a table row whose unescaped pipes (GFM splits cells
// before anything else, even inside code spans) differ from its header's.
func markdownProblems(md string) []string {
	var probs []string
	headings := regexp.MustCompile(`^(# Record of processing activities|## (Organisation|Purposes|Gaps)|### [A-Za-z][\w\\ ]*)$`)
	pipes := func(line string) int {
		n := 0
		for i := 0; i < len(line); i++ {
			if line[i] == '|' && (i == 0 || line[i-1] != '\\') {
				n++
			}
		}
		return n
	}
	header := -1
	for _, line := range strings.Split(md, "\n") {
		if strings.ContainsFunc(line, func(r rune) bool { return r < 0x20 && r != '\t' || r == 0x7f || r >= 0x80 && r < 0xa0 }) {
			probs = append(probs, "control character: "+line)
		}
		if strings.HasPrefix(line, "#") && !headings.MatchString(line) {
			probs = append(probs, "heading: "+line)
		}
		switch {
		case !strings.HasPrefix(line, "|"):
			header = -1
		case header < 0:
			header = pipes(line)
		case pipes(line) != header:
			probs = append(probs, fmt.Sprintf("row with %d cell separators, header %d: %s", pipes(line), header, line))
		}
		// Inline: backslash escapes, and code spans (a run of n backticks
		// up to the next run of exactly n).
		for i := 0; i < len(line); {
			switch c := line[i]; {
			case c == '\\' && i+1 < len(line):
				i += 2
			case c == '`':
				n := 0
				for i+n < len(line) && line[i+n] == '`' {
					n++
				}
				fence := strings.Repeat("`", n)
				end := -1
				for j := i + n; j < len(line); {
					k := strings.Index(line[j:], fence)
					if k < 0 {
						break
					}
					k += j
					if (k+n == len(line) || line[k+n] != '`') && (k == 0 || line[k-1] != '`') {
						end = k
						break
					}
					j = k + 1
					for j < len(line) && line[j] == '`' {
						j++
					}
				}
				if end < 0 {
					probs = append(probs, "open code span: "+line)
					i = len(line)
				} else {
					i = end + n
				}
			case c == '<' && strings.HasPrefix(line[i:], "<br>"): // the renderer's own line breaks in a cell
				i += len("<br>")
			case c == '<':
				probs = append(probs, "raw HTML: "+line)
				i++
			default:
				i++
			}
		}
	}
	return probs
}

// TestMarkdownHostileNames renders names an attacker controls — a Go
// symbol, a schema property, a call expression, a file name, a recipient
// host — holding a backtick and HTML (to leave the code span), a line
// break and a heading, an ANSI escape, and a pipe: nothing becomes markup
// and every name is still shown.
func TestMarkdownHostileNames(t *testing.T) {
	hostile := "x`<img src=x onerror=alert(1)>`y\n# Injected heading\n\x1b[2J|z"
	inv := build(t)
	loc := &inventory.Location{Kind: inventory.KindSchemaProperty, Symbol: "/properties/" + hostile, File: "schemas/" + hostile + ".json", Line: 2}
	sink := &inventory.Sink{What: "the log " + hostile, Call: "log.Printf(`" + hostile + "`)", From: hostile, File: "m.go", Line: 4}
	inv.Gaps.NoPurpose = append(inv.Gaps.NoPurpose, &inventory.Held{Category: "user.contact.email", Location: loc})
	inv.Gaps.UndeclaredRecipients = append(inv.Gaps.UndeclaredRecipients, &inventory.Recipient{Name: hostile, Hosts: []string{hostile}, Categories: []string{"user.name"}})
	inv.Gaps.UnusedPurposes = append(inv.Gaps.UnusedPurposes, hostile)
	for _, p := range inv.Purposes {
		for _, c := range p.Categories {
			c.LoggedIn = append(c.LoggedIn, sink)
			c.HeldIn = append(c.HeldIn, loc)
		}
	}
	var buf bytes.Buffer
	if err := inventory.Markdown(&buf, inv); err != nil {
		t.Fatal(err)
	}
	out := buf.String()
	if probs := markdownProblems(out); len(probs) > 0 {
		t.Errorf("the Markdown holds markup from names:\n%s\n--- output:\n%s", strings.Join(probs, "\n"), out)
	}
	if !strings.Contains(out, `\x1b[2J`) || !strings.Contains(out, `y\n# Injected heading`) {
		t.Errorf("the names are not shown escaped:\n%s", out)
	}
}
