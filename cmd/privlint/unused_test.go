package main_test

import (
	"regexp"
	"strings"
	"testing"
)

// crossModule is a module whose personal data is declared in one package
// and read in another.
var crossModule = map[string]string{
	"go.mod": "module example.com/cross\n\ngo 1.26\n",
	"privlint.yaml": `version: 1
purposes:
  account:
    legal_basis: contract
    categories: [user.contact, user.name]
`,
	"model/model.go": `// Package model declares the customer record.
package model

// Customer is a customer.
//
//privlint:purpose account
type Customer struct {
	Email   string ` + "`pii:\"email\"`" + `
	Phone   string ` + "`pii:\"phone\"`" + `
	Fax     string ` + "`pii:\"user.contact.fax_number\"`" + `
	Name    string ` + "`pii:\"user.name\"`" + `
	private string ` + "`pii:\"user.contact.address.city\"`" + `
}

// New returns a customer.
func New(email, phone, fax, name string) *Customer {
	return &Customer{Email: email, Phone: phone, Fax: fax, Name: name, private: "x"}
}
`,
	"model/model_test.go": `package model

import "testing"

func TestPhone(t *testing.T) {
	if New("", "+49", "", "").Phone == "" {
		t.Fatal("no phone")
	}
}
`,
	"app/app.go": `// Package app uses the customer record.
package app

import "example.com/cross/model"

// Row is the archive row.
//
//privlint:purpose account
type Row struct {
	Fax  string ` + "`pii:\"user.contact.fax_number\"`" + `
	Name string ` + "`pii:\"user.name\"`" + `
}

// Mail returns the address to write to.
func Mail(c *model.Customer) string { return c.Email }

// Archive copies into the row; Row.Name is read below, Row.Fax never.
func Archive(c *model.Customer) Row {
	r := Row{Fax: c.Fax}
	r.Name = c.Name
	return r
}

// Greeting reads the archived name.
func Greeting(r Row) string { return "Hello " + r.Name }
`,
}

// TestUnusedCrossPackage checks PL201's whole-program half: an exported
// field read only from another package is used; an exported field read only
// in a test, or only copied into a field nothing reads, is reported with
// its collection point; go vet, which sees one package at a time, reports
// only the unexported field and privlint check reports it once.
func TestUnusedCrossPackage(t *testing.T) {
	dir := t.TempDir()
	writeFiles(t, dir, crossModule)
	r := runIn(t, dir, nil, privlint, "check", "./...")
	if r.code != 1 {
		t.Fatalf("exit code %d, want 1; stderr:\n%s\nstdout:\n%s", r.code, r.stderr, r.stdout)
	}
	var got []string
	for _, l := range strings.Split(r.stdout, "\n") {
		if strings.Contains(l, " PL201 ") {
			got = append(got, l)
		}
	}
	want := []*regexp.Regexp{
		regexp.MustCompile(`^app/app\.go:10:2: PL201 user\.contact\.fax_number in Row\.Fax is collected but never used \(written at app/app\.go:19\); `),
		regexp.MustCompile(`^model/model\.go:9:2: PL201 user\.contact\.phone_number in Customer\.Phone is collected but never used \(written at model/model\.go:17\); `),
		regexp.MustCompile(`^model/model\.go:10:2: PL201 user\.contact\.fax_number in Customer\.Fax is collected but never used \(only copied into app\.Row\.Fax, which is never used either; written at model/model\.go:17\); `),
		regexp.MustCompile(`^model/model\.go:12:2: PL201 user\.contact\.address\.city in Customer\.private is collected but never used \(written at model/model\.go:17\); `),
	}
	if len(got) != len(want) {
		t.Fatalf("PL201 findings:\n%s\nwant %d", strings.Join(got, "\n"), len(want))
	}
	for i, re := range want {
		if !re.MatchString(got[i]) {
			t.Errorf("finding %d:\n%s\ndoes not match %s", i, got[i], re)
		}
	}
	for _, never := range []string{"Customer.Email", "Customer.Name", "Row.Name"} {
		if strings.Contains(strings.Join(got, "\n"), "in "+never+" ") {
			t.Errorf("%s is used but reported", never)
		}
	}

	vet := runIn(t, dir, nil, "go", "vet", "-vettool="+privlint, "./...")
	var vetPL201 []string
	for _, l := range findingLines(t, dir, vet.stderr) {
		if strings.Contains(l, " PL201 ") {
			vetPL201 = append(vetPL201, l)
		}
	}
	if len(vetPL201) != 1 || !strings.Contains(vetPL201[0], "Customer.private") {
		t.Errorf("go vet PL201 findings = %q, want only Customer.private\n%s", vetPL201, vet.stderr)
	}
}

// TestUnusedPolicyLevel checks that the policy's rule level applies to the
// findings privlint check builds itself: off drops them, error raises them.
func TestUnusedPolicyLevel(t *testing.T) {
	for _, tc := range []struct {
		level string
		count int
		text  string
	}{{"off", 0, ""}, {"error", 4, `"level": "error"`}} {
		dir := t.TempDir()
		files := map[string]string{}
		for k, v := range crossModule {
			files[k] = v
		}
		files["privlint.yaml"] += "rules: {PL201: " + tc.level + "}\n"
		writeFiles(t, dir, files)
		r := runIn(t, dir, nil, privlint, "check", "--format", "json", "./...")
		n := strings.Count(r.stdout, `"rule": "PL201"`)
		if n != tc.count {
			t.Errorf("PL201: %s: %d findings, want %d\n%s%s", tc.level, n, tc.count, r.stdout, r.stderr)
		}
		if tc.text != "" && !strings.Contains(r.stdout, tc.text) {
			t.Errorf("PL201: %s: no %s in\n%s", tc.level, tc.text, r.stdout)
		}
	}
}

// exportedPL201 matches a PL201 finding on an exported field: privlint
// check reports it from the whole program, go vet (one package at a time)
// cannot.
var exportedPL201 = regexp.MustCompile(` PL201 \S+ in (?:\w+\.)+[A-Z]\w* is collected`)

// vetVisible drops from privlint check's finding lines those go vet
// cannot report: PL201 on exported fields.
func vetVisible(lines []string) []string {
	var out []string
	for _, l := range lines {
		if !exportedPL201.MatchString(l) {
			out = append(out, l)
		}
	}
	return out
}

// helperModule hands personal data to another package's helpers: one
// only stores it, one stores it and compares it, one keeps it in an
// object whose method looks the owner up.
var helperModule = map[string]string{
	"go.mod": "module example.com/helpers\n\ngo 1.26\n",
	"privlint.yaml": `version: 1
purposes:
  account:
    legal_basis: contract
    categories: [user.contact, user.name]
`,
	"store/store.go": `// Package store keeps what it is given.
package store

import "database/sql"

// Save only stores v.
func Save(db *sql.DB, v string) { db.Exec("INSERT INTO t VALUES($1)", v) }

// SaveAndCheck stores v and compares it.
func SaveAndCheck(db *sql.DB, v string) bool {
	db.Exec("INSERT INTO t VALUES($1)", v)
	return v == "root"
}

type uploader struct{ owner string }

func (u *uploader) create(db *sql.DB) error {
	_, err := db.Query("SELECT id FROM users WHERE name = $1", u.owner)
	return err
}

// Restore stores owner and, through an uploader, looks it up.
func Restore(db *sql.DB, owner string) error {
	up := &uploader{owner: owner}
	Save(db, owner)
	return up.create(db)
}
`,
	"app/app.go": `// Package app collects a form.
package app

import (
	"database/sql"
	"net/http"

	"example.com/helpers/store"
)

//privlint:purpose account
type form struct {
	saved   string ` + "`pii:\"user.name\"`" + `
	checked string ` + "`pii:\"email\"`" + `
	owner   string ` + "`pii:\"user.name\"`" + `
}

// Handle stores the form.
func Handle(db *sql.DB, r *http.Request) error {
	f := form{saved: r.FormValue("a"), checked: r.FormValue("b"), owner: r.FormValue("c")}
	store.Save(db, f.saved)
	if store.SaveAndCheck(db, f.checked) {
		return nil
	}
	return store.Restore(db, f.owner)
}
`,
}

// TestHelperUsesVet checks that the uses a helper of another package
// makes of its parameters (its flow summary, a fact) reach PL201 as well
// under go vet, which encodes facts between packages, as under privlint
// check: form.saved, only stored, is reported; form.checked and
// form.owner, also compared and looked up, are not.
func TestHelperUsesVet(t *testing.T) {
	dir := t.TempDir()
	writeFiles(t, dir, helperModule)
	pl201 := func(lines []string) []string {
		var out []string
		for _, l := range lines {
			if strings.Contains(l, " PL201 ") {
				out = append(out, l)
			}
		}
		return out
	}
	check := pl201(strings.Split(runIn(t, dir, nil, privlint, "check", "./...").stdout, "\n"))
	vet := runIn(t, dir, nil, "go", "vet", "-vettool="+privlint, "./...")
	vetLines := pl201(findingLines(t, dir, vet.stderr))
	for name, got := range map[string][]string{"check": check, "vet": vetLines} {
		if len(got) != 1 || !strings.Contains(got[0], "in form.saved ") {
			t.Errorf("%s: PL201 findings %q, want only form.saved\n%s", name, got, vet.stderr)
		}
	}
}
