package cli

import (
	"fmt"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"

	"golang.org/x/tools/go/analysis/checker"
	"golang.org/x/tools/go/packages"

	"github.com/privlint/privlint/analyzers"
	"github.com/privlint/privlint/analyzers/config"
	"github.com/privlint/privlint/internal/diag"
	"github.com/privlint/privlint/internal/goload"
	"github.com/privlint/privlint/internal/testkit"
	"github.com/privlint/privlint/rules/policy"
)

// depModule writes a module app that uses, besides the standard library,
// two third-party modules served by a local file:// proxy — example.com/crm
// (a struct with personal data) and github.com/sirupsen/logrus (a stand-in
// with the catalogued Infof) — and a module example.com/lib the go.mod
// replaces with a local directory. It sets the environment so that the go
// command downloads from that proxy only, into a module cache of its own,
// and returns app's directory.
func depModule(t *testing.T) string {
	t.Helper()
	app := proxiedApp(t, []testkit.ProxyModule{
		{Path: "example.com/crm", Version: "v1.0.0", Files: map[string]string{
			"go.mod": "module example.com/crm\n\ngo 1.22\n",
			"crm.go": "package crm\n\n// Customer is a customer of the CRM.\ntype Customer struct {\n\tID    int64\n\tEmail string `json:\"email\"`\n\tNotes string `json:\"notes\" pii:\"user.health\"`\n\tPlan  string\n}\n",
		}},
		{Path: "github.com/sirupsen/logrus", Version: "v1.9.999", Files: map[string]string{
			"go.mod":    "module github.com/sirupsen/logrus\n\ngo 1.22\n",
			"logrus.go": "package logrus\n\nimport \"fmt\"\n\n// Infof logs at level info.\nfunc Infof(format string, args ...any) { fmt.Printf(format+\"\\n\", args...) }\n",
		}},
	}, map[string]string{
		"lib/go.mod": "module example.com/lib\n\ngo 1.22\n",
		// Audit logs what it is given: a sink only its source shows.
		"lib/lib.go": "package lib\n\nimport \"log\"\n\n// Audit records s in the log.\nfunc Audit(s string) { log.Print(s) }\n",
		"app/go.mod": "module example.com/app\n\ngo 1.22\n\nrequire (\n\texample.com/crm v1.0.0\n\texample.com/lib v0.0.0\n\tgithub.com/sirupsen/logrus v1.9.999\n)\n\nreplace example.com/lib => ../lib\n",
		// No sink here: the package is worth the flow analysis (its
		// summary: the result is an e-mail address) only through crm's
		// classification.
		"app/contact/contact.go": "package contact\n\nimport \"example.com/crm\"\n\n// Of returns the address to write to.\nfunc Of(c crm.Customer) string { return c.Email }\n",
		"app/store/store.go":     "package store\n\nimport \"example.com/crm\"\n\n// Load returns a customer.\nfunc Load(id int64) crm.Customer { return crm.Customer{ID: id} }\n",
		"app/api/api.go": `package api

import (
	"log"

	"example.com/app/contact"
	"example.com/app/store"
	"example.com/crm"
	"example.com/lib"
	"github.com/sirupsen/logrus"
)

// Show logs a customer.
func Show(id int64) {
	c := store.Load(id)
	log.Printf("customer %s", c.Email)
	logrus.Infof("notes %s", c.Notes)
	lib.Audit(c.Email)
	log.Printf("plan %s", c.Plan)
	log.Printf("to %s", contact.Of(c))
}

// Keep uses crm.
var Keep crm.Customer
`,
		// An unknown directive (PL005), reported only when tests are analyzed.
		"app/api/api_test.go": "package api\n\nimport \"testing\"\n\n//privlint:frobnicate\nfunc TestShow(t *testing.T) { Show(1) }\n",
	})
	return app
}

// TestDepsFromExportData proves SPEC §10's load: the module's packages
// and the locally replaced module come from source, the third-party
// modules and the standard library from export data, and still a
// dependency's personal-data struct type is classified (from its type
// information) and flows through catalogued APIs (log, logrus) and
// through the replaced module's function (its summary, from its source)
// are found.
func TestDepsFromExportData(t *testing.T) {
	app := depModule(t)

	cfg := &packages.Config{Dir: app, Env: loaderEnv(loadOptions{})}
	var graph []string
	pkgs, err := goload.Load(cfg, func(p *packages.Package) {
		graph = append(graph, fmt.Sprintf("%s source=%v", p.PkgPath, goload.FromSource(p)))
	}, "./api")
	if err != nil {
		t.Fatal(err)
	}
	if len(pkgs) != 1 || pkgs[0].PkgPath != "example.com/app/api" {
		t.Fatalf("loaded %v, want the one matched package", pkgs)
	}
	for _, want := range []string{
		"example.com/app/api source=true",
		"example.com/app/store source=true", // the module's own, though not matched
		"example.com/lib source=true",       // replaced with a local directory
		"example.com/crm source=false",
		"github.com/sirupsen/logrus source=false",
		"log source=false",
	} {
		if !slices.Contains(graph, want) {
			t.Errorf("graph lacks %q: %v", want, graph)
		}
	}
	// The driver sees the source packages only.
	packages.Visit(pkgs, nil, func(p *packages.Package) {
		if !goload.FromSource(p) {
			t.Errorf("%s from export data left in the import graph", p.PkgPath)
		}
	})

	res := analyzeDefault(t, app, loadOptions{})
	got := pl102(res)
	want := []string{
		"api.go:16 user.contact.email",      // log.Printf of crm.Customer.Email, classified from export data
		"api.go:17 user.health_and_medical", // logrus.Infof, catalogued, of a pii-tagged field
		"api.go:18 user.contact.email",      // through lib.Audit's summary
		"api.go:20 user.contact.email",      // through contact.Of\'s summary
	}
	if !slices.Equal(got, want) {
		t.Errorf("PL102 findings:\n got %q\nwant %q", got, want)
	}
	// Without --tests, the test file is not analyzed.
	for _, f := range res.findings {
		if strings.HasSuffix(f.Pos.File, "_test.go") {
			t.Errorf("finding in a test file without --tests: %s:%d %s", f.Pos.File, f.Pos.Line, f.RuleID)
		}
	}
	res = analyzeDefault(t, app, loadOptions{tests: true})
	inTest := false
	for _, f := range res.findings {
		inTest = inTest || strings.HasSuffix(f.Pos.File, "api_test.go") && f.RuleID == "PL005"
	}
	if !inTest {
		t.Error("with --tests, the unknown directive of the test file is not reported")
	}
	if _, err := os.Stat(filepath.Join(app, "go.sum")); err != nil {
		t.Errorf("the go command did not download from the local proxy: %v", err)
	}
}

// TestReleaseAfterUse checks that once the checker is done every package
// loaded from source, matched or not, has given back its syntax and type
// information, and that the results survive it.
func TestReleaseAfterUse(t *testing.T) {
	app := depModule(t)
	env := exportDataEnv(t)
	pkgs, err := goload.Load(&packages.Config{Dir: app, Env: loaderEnv(loadOptions{})}, nil, "./api")
	if err != nil {
		t.Fatal(err)
	}
	as := analyzers.New(config.Fixed(env)).All()
	releaseAfterUse(as, pkgs)
	graph, err := checker.Analyze(as, pkgs, nil)
	if err != nil {
		t.Fatal(err)
	}
	n := 0
	packages.Visit(pkgs, nil, func(p *packages.Package) {
		n++
		if p.Syntax != nil || p.TypesInfo != nil {
			t.Errorf("%s keeps its syntax or type information", p.PkgPath)
		}
	})
	if n != 4 { // api, contact, store and the replaced lib
		t.Errorf("%d source packages, want 4", n)
	}
	flows := 0
	for act := range graph.All() {
		if act.Err != nil {
			t.Errorf("%s: %v", act, act.Err)
		}
		if act.IsRoot && act.Analyzer.Name == "logleak" {
			if c, ok := act.Result.(diag.Carrier); ok {
				flows += len(c.DiagResult().Findings)
			}
		}
	}
	if flows != 4 {
		t.Errorf("%d PL102 findings in api, want 4", flows)
	}
}

// TestManyImplsFromExportData checks a call through an interface that
// more than 8 types implement, most of them in a dependency loaded from
// export data (a query builder's Sqlizer, as squirrel's): those have no
// summary, so the one the module adds cannot say what the call returns,
// and the arguments a builder holds still reach the log the SQL is
// written to (must flag). A family the program implements itself is
// judged by its members' summaries (analyzers/flow's manyimpls cases,
// the must-not-flag side).
func TestManyImplsFromExportData(t *testing.T) {
	sq := "package sq\n\n// Sqlizer builds SQL and its arguments.\ntype Sqlizer interface {\n\tToSql() (string, []any, error)\n}\n"
	for _, name := range []string{"Insert", "Update", "Delete", "Select", "Eq", "NotEq", "And", "Or", "Like"} {
		sq += fmt.Sprintf("\n// %[1]s is a builder.\ntype %[1]s struct{ Args []any }\n\n// ToSql returns the statement and its arguments.\nfunc (b %[1]s) ToSql() (string, []any, error) { return %[2]q, b.Args, nil }\n", name, strings.ToUpper(name))
	}
	app := proxiedApp(t, []testkit.ProxyModule{{Path: "example.com/sq", Version: "v1.0.0", Files: map[string]string{
		"go.mod": "module example.com/sq\n\ngo 1.22\n",
		"sq.go":  sq,
	}}}, map[string]string{
		"app/go.mod": "module example.com/app\n\ngo 1.22\n\nrequire example.com/sq v1.0.0\n",
		"app/store/store.go": `package store

import (
	"log"

	"example.com/sq"
)

// User is an account.
type User struct {
	ID    int64
	Email string
}

// raw is a condition of the program's own.
type raw struct{ text string }

// ToSql returns the condition's text.
func (r raw) ToSql() (string, []any, error) { return r.text, nil, nil }

var _ sq.Sqlizer = raw{}

// exec logs the statement it would run.
func exec(s sq.Sqlizer) {
	text, args, err := s.ToSql()
	log.Printf("SQL %s %v: %v", text, args, err)
}

// Save writes u.
func Save(u User) {
	exec(sq.Insert{Args: []any{u.ID, u.Email}})
}
`,
	})
	res := analyzeDefault(t, app, loadOptions{})
	want := []string{"store.go:31 user.contact.email"} // the call into exec
	if got := pl102(res); !slices.Equal(got, want) {
		t.Errorf("PL102 findings:\n got %q\nwant %q", got, want)
	}
}

// exportDataEnv is the default policy's environment with dependencies
// from export data, failing the test on an error.
func exportDataEnv(t *testing.T) *config.Env {
	t.Helper()
	pol, err := policy.Default()
	if err != nil {
		t.Fatal(err)
	}
	env, err := config.NewEnv(pol, config.Options{DepsFromExportData: true})
	if err != nil {
		t.Fatal(err)
	}
	return env
}

// analyzeDefault runs every analyzer with the default policy and
// dependencies from export data on the module at app, failing the test
// on an error or a load error.
func analyzeDefault(t *testing.T, app string, lo loadOptions) *analysisResult {
	t.Helper()
	env := exportDataEnv(t)
	res, err := analyze(app, []string{"./..."}, analyzers.New(config.Fixed(env)).All(), lo)
	if err != nil {
		t.Fatal(err)
	}
	if len(res.errors) > 0 {
		t.Fatalf("load errors: %v", res.errors)
	}
	return res
}

// pl102 lists res's PL102 findings as "file:line category", sorted.
func pl102(res *analysisResult) []string {
	var got []string
	for _, f := range res.findings {
		if f.RuleID == "PL102" {
			got = append(got, fmt.Sprintf("%s:%d %s", filepath.Base(f.Pos.File), f.Pos.Line, f.Category))
		}
	}
	slices.Sort(got)
	return got
}

// proxiedApp serves mods from a local module proxy, the only one the go
// command downloads from for the rest of the test (testkit.ModuleProxy),
// writes files under the same fresh directory (the application module
// under app/, a module it replaces with a local directory beside it) and
// returns the application's directory.
func proxiedApp(t *testing.T, mods []testkit.ProxyModule, files map[string]string) string {
	t.Helper()
	root := t.TempDir()
	setEnv(t, testkit.ModuleProxy(t, root, mods...))
	testkit.WriteFiles(t, root, files)
	return filepath.Join(root, "app")
}

// setEnv sets each KEY=value of env for the rest of the test.
func setEnv(t *testing.T, env []string) {
	t.Helper()
	for _, kv := range env {
		k, v, _ := strings.Cut(kv, "=")
		t.Setenv(k, v)
	}
}
