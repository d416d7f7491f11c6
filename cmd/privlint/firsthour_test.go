package main_test

import (
	"encoding/json"
	"flag"
	"os"
	"path/filepath"
	"regexp"
	"runtime"
	"strconv"
	"strings"
	"testing"
)

// firstModule writes a module with one person-like struct and no policy,
// as a newcomer's module is before privlint init.
func firstModule(t *testing.T, files map[string]string) string {
	t.Helper()
	dir := t.TempDir()
	all := map[string]string{
		"go.mod": "module example.com/first\n\ngo 1.22\n",
		"users/user.go": `package users

type User struct {
	Email string
}

func Save(u *User) string { return u.Email }
`,
	}
	for k, v := range files {
		all[k] = v
	}
	writeFiles(t, dir, all)
	return dir
}

// TestFirstRunSummary checks that privlint check ends with a one-line
// summary on standard error (counts per rule and level) and, without a
// policy, the hint to run privlint init; standard output stays the report.
func TestFirstRunSummary(t *testing.T) {
	dir := firstModule(t, nil)
	r := runIn(t, dir, nil, privlint, "check", "./...")
	if r.code != 1 {
		t.Fatalf("exit %d, want 1\n%s%s", r.code, r.stdout, r.stderr)
	}
	if strings.Contains("\n"+r.stdout, "\nprivlint: ") {
		t.Errorf("the summary went to standard output:\n%s", r.stdout)
	}
	lines := strings.Split(strings.TrimSpace(r.stderr), "\n")
	if len(lines) < 2 {
		t.Fatalf("stderr lacks the summary and the hint:\n%s", r.stderr)
	}
	if got, want := lines[len(lines)-2], "privlint: 1 finding (PL001 warning 1)"; got != want {
		t.Errorf("summary line %q, want %q", got, want)
	}
	if hint := lines[len(lines)-1]; !strings.Contains(hint, "privlint init") || !strings.Contains(hint, "no privlint.yaml") {
		t.Errorf("no init hint after the summary: %q", hint)
	}

	// With a policy: the summary, no hint.
	writeFiles(t, dir, map[string]string{"privlint.yaml": "version: 1\n"})
	r = runIn(t, dir, nil, privlint, "check", "--format", "json", "./...")
	if strings.Contains(r.stderr, "privlint init") {
		t.Errorf("the init hint is printed although privlint.yaml exists:\n%s", r.stderr)
	}
	if !strings.Contains(r.stderr, "privlint: 1 finding (PL001 warning 1)\n") {
		t.Errorf("no summary with --format json:\n%s", r.stderr)
	}

	// The README shows the example's summary under its output.
	ex := runIn(t, exampleDir(t), nil, privlint, "check", "./...")
	sum := ex.stderr[strings.LastIndex(strings.TrimSuffix(ex.stderr, "\n"), "\n")+1:]
	if !strings.HasPrefix(sum, "privlint: ") {
		t.Fatalf("the example's stderr does not end with a summary:\n%s", ex.stderr)
	}
	readme, err := os.ReadFile(filepath.Join("..", "..", "README.md"))
	if err != nil {
		t.Fatal(err)
	}
	if !strings.Contains(string(readme), sum) {
		t.Errorf("README.md does not show the example's summary line %q", sum)
	}
}

// TestHelp checks that every command's -h goes to standard output with
// exit 0 and lists every flag with its default, that a usage error goes to
// standard error with exit 2, and that the top-level help shows init's
// packages.
func TestHelp(t *testing.T) {
	dir := t.TempDir()
	flags := map[string][]string{
		"check":     {"--baseline", "--config", "--count-file", "--disable", "--enable", "--fail-on", "--format", "--include-generated", "--include-suppressed", "--no-cgo", "--output", "--root", "--write-baseline"},
		"inventory": {"--config", "--format", "--output", "--no-cgo"},
		"init":      {"--force", "--output", "--no-cgo"},
		"rules":     nil,
	}
	for cmd, want := range flags {
		for _, h := range []string{"-h", "--help"} {
			r := runIn(t, dir, nil, privlint, cmd, h)
			if r.code != 0 || r.stderr != "" {
				t.Errorf("privlint %s %s: exit %d, stderr %q; want 0 and help on stdout", cmd, h, r.code, r.stderr)
			}
			if !strings.HasPrefix(r.stdout, "Usage: privlint "+cmd) {
				t.Errorf("privlint %s %s: stdout does not start with its usage:\n%s", cmd, h, r.stdout)
			}
			if cmd == "rules" && !strings.Contains(r.stdout, "explains that rule") {
				t.Errorf("privlint rules -h prints only its usage line:\n%s", r.stdout)
			}
			for _, f := range want {
				i := strings.Index(r.stdout, "\n  "+f+" ")
				if i < 0 {
					i = strings.Index(r.stdout, "\n  "+f+"\n")
				}
				if i < 0 {
					t.Errorf("privlint %s %s does not list %s:\n%s", cmd, h, f, r.stdout)
					continue
				}
				entry := r.stdout[i+1:]
				if j := strings.Index(entry[3:], "\n  --"); j >= 0 {
					entry = entry[:j+3]
				}
				if !strings.Contains(entry, "(default") {
					t.Errorf("privlint %s: %s has no default in the help:\n%s", cmd, f, entry)
				}
			}
		}
		bad := runIn(t, dir, nil, privlint, cmd, "--no-such-flag")
		if bad.code != 2 || bad.stdout != "" || !strings.Contains(bad.stderr, "no-such-flag") || !strings.Contains(bad.stderr, "privlint "+cmd+" -h") {
			t.Errorf("privlint %s --no-such-flag: exit %d, stdout %q, stderr %q", cmd, bad.code, bad.stdout, bad.stderr)
		}
	}
	top := runIn(t, dir, nil, privlint, "help")
	if top.code != 0 || !strings.Contains(top.stdout, "privlint init [--force] [--output privlint.yaml] [packages]") {
		t.Errorf("privlint help: exit %d, init without [packages]:\n%s", top.code, top.stdout)
	}
}

// TestCountFileFollowsFailOn checks that --count-file counts the findings
// that count toward --fail-on, as the README says: with --fail-on error
// only errors, with none nothing, suppressed findings never.
func TestCountFileFollowsFailOn(t *testing.T) {
	dir := firstModule(t, map[string]string{
		"privlint.yaml": "version: 1\npurposes:\n  account:\n    legal_basis: contract\n    categories: [user.contact.email]\n",
		"users/more.go": `package users

//privlint:purpose account
type Patient struct {
	Diagnosis string
	Phone     string //privlint:ignore PL001,PL003 reviewed in the ticket
}

func Show(p *Patient) string { return p.Diagnosis + p.Phone }
`,
	})
	all := runIn(t, dir, nil, privlint, "check", "--format", "json", "--fail-on", "none", "./...")
	var levels []string
	for _, l := range strings.Split(all.stdout, "\n") {
		if i := strings.Index(l, `"level": "`); i >= 0 {
			levels = append(levels, strings.SplitN(l[i+len(`"level": "`):], `"`, 2)[0])
		}
	}
	count := func(min ...string) int {
		n := 0
		for _, l := range levels {
			for _, m := range min {
				if l == m {
					n++
				}
			}
		}
		return n
	}
	errs, warns := count("error"), count("warning")
	if errs == 0 || warns == 0 {
		t.Fatalf("the module should have errors and warnings; levels %v\n%s", levels, all.stdout+all.stderr)
	}
	for _, tc := range []struct {
		failOn string
		want   int
		code   int
	}{
		{"error", errs, 1},
		{"warning", errs + warns, 1},
		{"none", 0, 0},
	} {
		cf := filepath.Join(dir, "count-"+tc.failOn)
		r := runIn(t, dir, nil, privlint, "check", "--fail-on", tc.failOn, "--count-file", cf, "./...")
		if r.code != tc.code {
			t.Errorf("--fail-on %s: exit %d, want %d\n%s", tc.failOn, r.code, tc.code, r.stderr)
		}
		data, err := os.ReadFile(cf)
		if err != nil {
			t.Fatal(err)
		}
		if got := strings.TrimSpace(string(data)); got != strconv.Itoa(tc.want) {
			t.Errorf("--fail-on %s: count file says %s, want %d (levels %v)", tc.failOn, got, tc.want, levels)
		}
	}
}

// TestSchemaGlobLines checks that a schemas: glob with a syntax error is
// reported with its line in privlint.yaml (exit 2), and that a glob that
// matches nothing is a warning with its line, not a failure.
func TestSchemaGlobLines(t *testing.T) {
	dir := firstModule(t, map[string]string{
		"api/lookup.yaml": lookupAPI,
		"privlint.yaml":   "version: 1\nschemas:\n  - \"api/*.yaml\"\n  - \"schemas/[bad.json\"\n",
	})
	r := runIn(t, dir, nil, privlint, "check", "./...")
	if r.code != 2 || !strings.Contains(r.stderr, "privlint.yaml:4:") || !strings.Contains(r.stderr, "schemas/[bad.json") {
		t.Errorf("a glob with a syntax error: exit %d, want 2 and privlint.yaml:4 named:\n%s", r.code, r.stderr)
	}

	writeFiles(t, dir, map[string]string{
		"privlint.yaml": "version: 1\nschemas:\n  - \"api/*.yaml\"\n  - \"schemas/**/*.json\"\nrules: {PL001: off, PL201: off}\n",
	})
	r = runIn(t, dir, nil, privlint, "check", "--fail-on", "error", "./...")
	if r.code != 0 {
		t.Errorf("a glob that matches nothing failed the run: exit %d\n%s%s", r.code, r.stdout, r.stderr)
	}
	want := `privlint.yaml:4: warning: schemas: glob "schemas/**/*.json" matches no schema file`
	if !strings.Contains(r.stderr, want) {
		t.Errorf("no warning with the line of the empty glob; want %q in:\n%s", want, r.stderr)
	}
	if strings.Contains(r.stderr, `"api/*.yaml" matches no`) {
		t.Errorf("the glob that matches api/lookup.yaml is reported as empty:\n%s", r.stderr)
	}
	if !strings.Contains(r.stdout, "api/lookup.yaml:8:18: PL104") {
		t.Errorf("the matching glob's schema was not checked:\n%s", r.stdout)
	}
}

// TestDirectivePurposeUnknownOnce checks that an undefined purpose named
// by a //privlint:purpose directive on a type or a package clause is one
// PL002, at the directive, not one per field that inherits it; a field's
// own undefined purpose is still reported on the field.
func TestDirectivePurposeUnknownOnce(t *testing.T) {
	dir := firstModule(t, map[string]string{
		"privlint.yaml": "version: 1\npurposes:\n  account:\n    legal_basis: contract\n    categories: [user]\n",
		"crm/crm.go": `//privlint:purpose acount
package crm

//privlint:purpose newsleter account
type Contact struct {
	Email     string
	Phone     string
	FirstName string
}

type Customer struct {
	Email    string
	LastName string
	Mobile   string ` + "`purpose:\"suport\"`" + `
}

func Use(c Contact, d Customer) string {
	return c.Email + c.Phone + c.FirstName + d.Email + d.LastName + d.Mobile
}
`,
	})
	r := runIn(t, dir, nil, privlint, "check", "./crm/")
	var pl002 []string
	for _, l := range strings.Split(r.stdout, "\n") {
		if strings.Contains(l, " PL002 ") {
			pl002 = append(pl002, strings.TrimSuffix(l[:strings.Index(l, " PL002 ")], ":"))
		}
	}
	want := []string{"crm/crm.go:1:1", "crm/crm.go:4:1", "crm/crm.go:14:2"}
	if strings.Join(pl002, " ") != strings.Join(want, " ") {
		t.Errorf("PL002 at %v, want once per directive and at the field's own tag %v\n%s%s", pl002, want, r.stdout, r.stderr)
	}
	for _, w := range []string{`purpose "acount" of the //privlint:purpose directive on package crm`, `purpose "newsleter" of the //privlint:purpose directive on type Contact`} {
		if !strings.Contains(r.stdout, w) {
			t.Errorf("output lacks %q:\n%s", w, r.stdout)
		}
	}
}

// TestSubsetLeavesOutPL201 checks that checking some packages of a module
// does not report PL201's whole-program findings, which need every package
// that may write or use a field, and says so once; ./... at the module
// root still reports them.
func TestSubsetLeavesOutPL201(t *testing.T) {
	dir := firstModule(t, map[string]string{
		"store/store.go": `package store

type Customer struct {
	Email string
	Phone string
}
`,
		"api/api.go": `package api

import "example.com/first/store"

func Signup(email, phone string) *store.Customer {
	return &store.Customer{Email: email, Phone: phone}
}
`,
	})
	whole := runIn(t, dir, nil, privlint, "check", "./...")
	if !strings.Contains(whole.stdout, "store/store.go:4:2: PL201") {
		t.Fatalf("./... does not report PL201 for Customer.Email, which api writes and nothing uses:\n%s%s", whole.stdout, whole.stderr)
	}
	if strings.Contains(whole.stderr, "PL201 is left out") {
		t.Errorf("./... at the module root is the whole module, yet PL201 is left out:\n%s", whole.stderr)
	}
	for _, args := range [][]string{{"./store/"}, {"./store/", "./users/"}} {
		r := runIn(t, dir, nil, privlint, append([]string{"check"}, args...)...)
		if strings.Contains(r.stdout, "PL201") {
			t.Errorf("check %v reports PL201 without the packages that write the fields:\n%s", args, r.stdout)
		}
		if n := strings.Count(r.stderr, "PL201 is left out"); n != 1 {
			t.Errorf("check %v: the note that PL201 is left out appears %d times, want once:\n%s", args, n, r.stderr)
		}
	}
	all := runIn(t, dir, nil, privlint, "check", "./store/", "./api/", "./users/")
	if !strings.Contains(all.stdout, "store/store.go:4:2: PL201") || strings.Contains(all.stderr, "PL201 is left out") {
		t.Errorf("patterns naming every package of the module are the whole module:\n%s%s", all.stdout, all.stderr)
	}
}

// TestInitLeavesChoicesToAPerson checks that privlint init writes
// legal_basis: TODO (and special_category_basis: TODO for special-category
// data), which privlint check refuses with a clear message naming the line
// until a person chooses, and that a purpose name that looks like a
// misspelling is listed, not defined, so its PL002 stays visible.
func TestInitLeavesChoicesToAPerson(t *testing.T) {
	dir := firstModule(t, map[string]string{
		"users/user.go": `package users

type User struct {
	Email     string ` + "`purpose:\"account\"`" + `
	FirstName string ` + "`purpose:\"account\"`" + `
	OptIn     bool   ` + "`purpose:\"newsleter\"`" + `
	Phone     string ` + "`purpose:\"acount\"`" + `
}

type Patient struct {
	Email     string ` + "`purpose:\"care\"`" + `
	Diagnosis string ` + "`purpose:\"care\"`" + `
}

func Use(u User, p Patient) string {
	if u.OptIn {
		return u.Email + u.FirstName + u.Phone + p.Email + p.Diagnosis
	}
	return ""
}
`,
	})
	r := runIn(t, dir, nil, privlint, "init")
	if r.code != 0 {
		t.Fatalf("init: exit %d\n%s", r.code, r.stderr)
	}
	data, err := os.ReadFile(filepath.Join(dir, "privlint.yaml"))
	if err != nil {
		t.Fatal(err)
	}
	text := string(data)
	if strings.Contains(text, "\n    legal_basis: contract") || strings.Count(text, "\n    legal_basis: TODO ") != 2 {
		t.Errorf("want legal_basis: TODO for account and care, and no basis chosen by init:\n%s", text)
	}
	if strings.Count(text, "\n    special_category_basis: TODO ") != 1 || !strings.Contains(text[strings.Index(text, "\n  care:"):], "special_category_basis: TODO") {
		t.Errorf("want special_category_basis: TODO for care (health data) only:\n%s", text)
	}
	for _, name := range []string{"newsleter", "acount"} {
		if strings.Contains(text, "\n  "+name+":") {
			t.Errorf("the misspelled purpose %s is defined:\n%s", name, text)
		}
	}
	if !strings.Contains(text, "#   newsleter (did you mean newsletter?)") || !strings.Contains(text, "#   acount (did you mean account?)") {
		t.Errorf("the misspelled purposes are not listed:\n%s", text)
	}

	check := runIn(t, dir, nil, privlint, "check", "./...")
	if check.code != 2 || !strings.Contains(check.stderr, "privlint.yaml:") || !strings.Contains(check.stderr, "purposes.account.legal_basis: TODO: choose") {
		t.Fatalf("check with the TODOs: exit %d, want 2 and the line of each TODO:\n%s", check.code, check.stderr)
	}
	if n := strings.Count(check.stderr, "\nprivlint: ") + 1; n != 3 {
		t.Errorf("want one line per TODO (3), got %d:\n%s", n, check.stderr)
	}

	text = strings.ReplaceAll(text, "legal_basis: TODO", "legal_basis: contract")
	text = strings.ReplaceAll(text, "special_category_basis: TODO", "special_category_basis: health_or_social_care")
	writeFiles(t, dir, map[string]string{"privlint.yaml": text})
	check = runIn(t, dir, nil, privlint, "check", "./...")
	for _, w := range []string{`PL002 purpose "newsleter" of User.OptIn`, `PL002 purpose "acount" of User.Phone`} {
		if !strings.Contains(check.stdout, w) {
			t.Errorf("check after choosing: %q is hidden:\n%s%s", w, check.stdout, check.stderr)
		}
	}
}

// TestInitWritesSchemaGlobs checks that privlint init finds the module's
// schema files and writes schemas: globs that select them (a glob for a
// directory whose files of that kind are all schemas, else the files),
// so that privlint check checks them with the starter policy.
func TestInitWritesSchemaGlobs(t *testing.T) {
	dir := firstModule(t, map[string]string{
		"api/v1/lookup.yaml":           lookupAPI,
		"schemas/customer.schema.json": `{"type": "object", "properties": {"ssn": {"type": "string"}}}`,
		"deploy/openapi.yaml":          lookupAPI,
		"deploy/k8s.yaml":              "apiVersion: v1\nkind: Service\n",
		"config/app.yaml":              "port: 8080\n",
	})
	r := runIn(t, dir, nil, privlint, "init")
	if r.code != 0 {
		t.Fatalf("init: exit %d\n%s", r.code, r.stderr)
	}
	data, err := os.ReadFile(filepath.Join(dir, "privlint.yaml"))
	if err != nil {
		t.Fatal(err)
	}
	want := `schemas: ["api/**/*.yaml", "deploy/openapi.yaml", "schemas/**/*.json"]` + "\n"
	if !strings.Contains(string(data), "\n"+want) {
		t.Errorf("the starter lacks %q:\n%s", want, data)
	}
	if !strings.Contains(string(data), "#     api/v1/lookup.yaml:8  /paths/~1customers/get/parameters/0") {
		t.Errorf("init did not scan the schema files it selects:\n%s", data)
	}
	check := runIn(t, dir, nil, privlint, "check", "./...")
	for _, w := range []string{"api/v1/lookup.yaml:8:18: PL104", "deploy/openapi.yaml:8:18: PL104", "schemas/customer.schema.json:1:"} {
		if !strings.Contains(check.stdout, w) {
			t.Errorf("check with the starter does not check %s:\n%s%s", w, check.stdout, check.stderr)
		}
	}
	if strings.Contains(check.stdout+check.stderr, "k8s.yaml") || strings.Contains(check.stdout+check.stderr, "app.yaml") || strings.Contains(check.stderr, "matches no") {
		t.Errorf("the starter's globs select files that are not schemas, or nothing:\n%s%s", check.stdout, check.stderr)
	}
}

// TestInitListsSQLProtoGraphQL checks that privlint init finds a
// module's SQL migrations, .proto files and GraphQL schemas: it names
// their kinds, lists their personal fields with file and line, and writes
// globs that select them (a *.down.sql file, which check skips, is not
// one of them).
func TestInitListsSQLProtoGraphQL(t *testing.T) {
	dir := firstModule(t, map[string]string{
		"migrations/001_users.up.sql":   "CREATE TABLE users (\n  id bigint,\n  email text\n);\n",
		"migrations/001_users.down.sql": "DROP TABLE users;\n",
		"api/v1/customer.proto":         "syntax = \"proto3\";\nmessage Customer {\n  string phone_number = 1;\n}\n",
		"graph/schema.graphqls":         "type Author {\n  name: String\n  email: String\n}\n",
		"graph/extra.gql":               "type Reader {\n  email: String\n}\n",
	})
	r := runIn(t, dir, nil, privlint, "init")
	if r.code != 0 {
		t.Fatalf("init: exit %d\n%s", r.code, r.stderr)
	}
	data, err := os.ReadFile(filepath.Join(dir, "privlint.yaml"))
	if err != nil {
		t.Fatal(err)
	}
	text := string(data)
	for _, w := range []string{
		"# The schema files found (1 SQL DDL, 1 Protocol Buffers, 2 GraphQL SDL), checked by\n",
		`schemas: ["api/**/*.proto", "graph/**/*.gql", "graph/**/*.graphqls", "migrations/001_users.up.sql"]` + "\n",
		"#     migrations/001_users.up.sql:3  users.email\n",
		"#     api/v1/customer.proto:3  Customer.phone_number\n",
		"#     graph/schema.graphqls:2  Author.name\n",
		"#     graph/extra.gql:2  Reader.email\n",
	} {
		if !strings.Contains(text, w) {
			t.Errorf("the starter lacks %q:\n%s", w, text)
		}
	}
}

// TestGeneratedCodeOneRule checks that check, init and inventory follow one
// rule for generated code: its structs are classified, check reports
// findings there only with --include-generated, init counts them per file
// in a section of their own, and inventory marks where they come from.
func TestGeneratedCodeOneRule(t *testing.T) {
	dir := firstModule(t, map[string]string{
		"gen/userpb/user.pb.go": `// Code generated by protoc-gen-go. DO NOT EDIT.

package userpb

type Customer struct {
	Email     string
	Phone     string
	FirstName string
}

func (c *Customer) GetEmail() string { return c.Email + c.Phone + c.FirstName }
`,
	})
	check := runIn(t, dir, nil, privlint, "check", "./...")
	if strings.Contains(check.stdout, "gen/userpb") {
		t.Errorf("check reports findings in generated code without --include-generated:\n%s", check.stdout)
	}
	withGen := runIn(t, dir, nil, privlint, "check", "--include-generated", "./...")
	if !strings.Contains(withGen.stdout, "gen/userpb/user.pb.go:6:2: PL001") {
		t.Errorf("check --include-generated does not report the generated struct:\n%s", withGen.stdout)
	}

	r := runIn(t, dir, nil, privlint, "init")
	if r.code != 0 {
		t.Fatalf("init: exit %d\n%s", r.code, r.stderr)
	}
	data, err := os.ReadFile(filepath.Join(dir, "privlint.yaml"))
	if err != nil {
		t.Fatal(err)
	}
	text := string(data)
	if strings.Contains(text, "Customer.Email") || strings.Contains(text, "user.pb.go:") {
		t.Errorf("init lists generated fields among the others:\n%s", text)
	}
	if !strings.Contains(text, "# In generated code (// Code generated ... DO NOT EDIT.), 3 more,") || !strings.Contains(text, "#   gen/userpb/user.pb.go (3)\n") {
		t.Errorf("init does not count the generated fields apart, per file:\n%s", text)
	}
	if !strings.Contains(text, "#     users/user.go:4  User.Email\n") {
		t.Errorf("init lost the hand-written field:\n%s", text)
	}

	md := runIn(t, dir, nil, privlint, "inventory", "./...")
	if !strings.Contains(md.stdout, "`Customer.Email` (gen/userpb/user.pb.go:6), generated code") || strings.Contains(md.stdout, "(users/user.go:4), generated code") {
		t.Errorf("inventory does not say which fields come from generated code:\n%s", md.stdout)
	}
	js := runIn(t, dir, nil, privlint, "inventory", "--format", "json", "./...")
	if n := strings.Count(js.stdout, `"generated": true`); n != 3 {
		t.Errorf("inventory JSON marks %d locations generated, want 3:\n%s", n, js.stdout)
	}
}

// TestGoTooNew checks that a module whose go line is newer than the Go
// privlint was built with is said once, in one line, before any analysis —
// the Go it needs, the Go privlint has and the exact rebuild command —
// whatever GOTOOLCHAIN says, instead of one type error per package; the
// policy's schemas are still checked.
func TestGoTooNew(t *testing.T) {
	built := strings.Fields(runtime.Version())[0]
	if !strings.HasPrefix(built, "go1.") {
		t.Skip("a development build of Go")
	}
	dir := firstModule(t, map[string]string{
		"go.mod":          "module example.com/first\n\ngo 1.99\n",
		"more/more.go":    "package more\n\ntype Customer struct {\n\tEmail string\n}\n",
		"api/lookup.yaml": lookupAPI,
		"privlint.yaml":   "version: 1\nschemas: [\"api/*.yaml\"]\n",
	})
	for _, tc := range []string{"", "local", "auto"} {
		env := []string{"GOTOOLCHAIN=" + tc, "GOPROXY=off", "GITHUB_ACTIONS=", "PRE_COMMIT="}
		r := runIn(t, dir, env, privlint, "check", "./...")
		want := "error: go.mod requires go 1.99 but privlint was built with " + built +
			", so it cannot analyze this module; rebuild privlint with that Go: GOTOOLCHAIN=go1.99.0 go install ./cmd/privlint (in the privlint source directory)\n"
		out := r.stdout + r.stderr
		if r.code != 2 || strings.Count(out, want) != 1 {
			t.Errorf("GOTOOLCHAIN=%q: exit %d, want 2 and once %q:\n%s", tc, r.code, want, out)
		}
		if n := strings.Count(out, "error: "); n != 1 {
			t.Errorf("GOTOOLCHAIN=%q: %d errors, want the one line (no error per package):\n%s", tc, n, out)
		}
		if strings.Contains(out, "requires newer Go version") || strings.Contains(out, "downloading") || strings.Contains(out, "requires go >=") {
			t.Errorf("GOTOOLCHAIN=%q: the analysis ran anyway:\n%s", tc, out)
		}
		if !strings.Contains(r.stdout, "api/lookup.yaml:8:18: PL104") {
			t.Errorf("GOTOOLCHAIN=%q: the schemas were not checked:\n%s", tc, r.stdout)
		}
	}
}

// TestREADMEInstall checks that the README's primary install is from
// source, that the command it shows builds privlint from this checkout,
// and that every @latest install is marked as what it will be once
// released (the module is not published yet).
func TestREADMEInstall(t *testing.T) {
	data, err := os.ReadFile(filepath.Join("..", "..", "README.md"))
	if err != nil {
		t.Fatal(err)
	}
	readme := string(data)
	const fromSource = "git clone https://github.com/privlint/privlint && cd privlint && go install ./cmd/privlint"
	i, j := strings.Index(readme, fromSource), strings.Index(readme, "privlint@latest")
	if i < 0 || j >= 0 && j < i {
		t.Errorf("the README's first install is not from source (%q)", fromSource)
	}
	for _, line := range strings.Split(readme, "\n") {
		if strings.Contains(line, "@latest") && !strings.Contains(line, "after the first release") {
			t.Errorf("an @latest install not marked as future: %q", line)
		}
	}
	// The from-source command, run in this checkout: go install ./cmd/privlint.
	bin := t.TempDir()
	r := runIn(t, filepath.Join("..", ".."), []string{"GOBIN=" + bin, "GOFLAGS=-mod=mod"}, "go", "install", "./cmd/privlint")
	if r.code != 0 {
		t.Fatalf("go install ./cmd/privlint: exit %d\n%s", r.code, r.stderr)
	}
	v := runIn(t, bin, nil, filepath.Join(bin, "privlint"), "version")
	if v.code != 0 || !strings.HasPrefix(v.stdout, "privlint ") {
		t.Errorf("the installed privlint: exit %d, %q", v.code, v.stdout)
	}
}

// TestREADMEDocumentsEveryPolicyKey checks that the README's key reference
// names every key of the embedded policy JSON Schema and links it, so a
// key such as data_use or subjects is never known only from the inventory.
func TestREADMEDocumentsEveryPolicyKey(t *testing.T) {
	readme, err := os.ReadFile(filepath.Join("..", "..", "README.md"))
	if err != nil {
		t.Fatal(err)
	}
	i := strings.Index(string(readme), "### Every key")
	if i < 0 {
		t.Fatal("README.md has no \"### Every key\" section")
	}
	section := string(readme)[i:]
	if j := strings.Index(section, "\n## "); j >= 0 {
		section = section[:j]
	}
	if !strings.Contains(section, "(rules/policy/policy.schema.json)") {
		t.Error("the key reference does not link the embedded JSON Schema")
	}
	data, err := os.ReadFile(filepath.Join("..", "..", "rules", "policy", "policy.schema.json"))
	if err != nil {
		t.Fatal(err)
	}
	var schema any
	if err := json.Unmarshal(data, &schema); err != nil {
		t.Fatal(err)
	}
	keys := map[string]bool{}
	var walk func(any)
	walk = func(n any) {
		switch n := n.(type) {
		case map[string]any:
			for k, v := range n {
				if props, ok := v.(map[string]any); ok && k == "properties" {
					for name := range props {
						keys[name] = true
					}
				}
				walk(v)
			}
		case []any:
			for _, v := range n {
				walk(v)
			}
		}
	}
	walk(schema)
	if len(keys) < 40 {
		t.Fatalf("found only %d keys in the policy schema", len(keys))
	}
	for k := range keys {
		// As a code span of its own, or a part of one: `purposes.<name>.k`, `{k: ...}`.
		if !regexp.MustCompile("[`.{ ]" + regexp.QuoteMeta(k) + "[`.:]").MatchString(section) {
			t.Errorf("the README's key reference does not name %s", k)
		}
	}
}

var newGo = flag.String("newgo", "", "a Go release newer than the one privlint is built with (go1.27.3), fetched through the module proxy: "+
	"TestGoTooNewRealToolchain checks the one-line message on a module that needs it and runs the rebuild command it names")

// TestGoTooNewRealToolchain is TestGoTooNew with a real newer toolchain
// (go test ./cmd/privlint -run RealToolchain -newgo go1.27.3): the module's
// go line asks for it and GOTOOLCHAIN=auto lets the go command fetch it,
// as in the report; privlint says the one line, and the command it names
// builds a privlint that analyzes the module.
func TestGoTooNewRealToolchain(t *testing.T) {
	if *newGo == "" {
		t.Skip("needs -newgo go1.X.Y (downloads that toolchain through the module proxy)")
	}
	built := strings.Fields(runtime.Version())[0]
	want := strings.TrimPrefix(*newGo, "go")
	dir := firstModule(t, map[string]string{"go.mod": "module example.com/first\n\ngo " + want + "\n"})
	r := runIn(t, dir, []string{"GOTOOLCHAIN=auto"}, privlint, "check", "./...")
	rebuild := "GOTOOLCHAIN=" + *newGo + " go install ./cmd/privlint"
	line := "error: go.mod requires go " + want + " but privlint was built with " + built + ", so it cannot analyze this module; rebuild privlint with that Go: " + rebuild
	if out := r.stdout + r.stderr; r.code != 2 || strings.Count(out, line) != 1 || strings.Count(out, "error: ") != 1 {
		t.Fatalf("exit %d; want 2 and only the line %q:\n%s", r.code, line, out)
	}
	bin := t.TempDir()
	b := runIn(t, filepath.Join("..", ".."), []string{"GOTOOLCHAIN=" + *newGo, "GOBIN=" + bin}, "go", "install", "./cmd/privlint")
	if b.code != 0 {
		t.Fatalf("%s: exit %d\n%s", rebuild, b.code, b.stderr)
	}
	again := runIn(t, dir, []string{"GOTOOLCHAIN=" + *newGo}, filepath.Join(bin, "privlint"), "check", "./...")
	if again.code != 1 || !strings.Contains(again.stdout, "users/user.go:4:2: PL001") {
		t.Errorf("the rebuilt privlint: exit %d, want 1 with the module's PL001:\n%s%s", again.code, again.stdout, again.stderr)
	}
}
