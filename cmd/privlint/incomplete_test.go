package main_test

import (
	"encoding/json"
	"net/http"
	"net/http/httptest"
	"os"
	"os/exec"
	"path/filepath"
	"slices"
	"strings"
	"testing"
)

// incompleteModule writes a module that cannot be loaded whole: client
// imports a package of a module that cannot be downloaded, app imports
// client, broken has a type error, and syn has one file that does not
// parse next to one that does.
func incompleteModule(t *testing.T) string {
	t.Helper()
	dir := t.TempDir()
	writeFiles(t, dir, map[string]string{
		"go.mod": "module example.com/app\n\ngo 1.22\n\nrequire example.com/missing v1.0.0\n",
		"client/client.go": `package client

import "example.com/missing/socks"

type Account struct {
	Email  string
	Dialer socks.Dialer
	Reach  socks.Number ` + "`json:\"phone_number\"`" + `
}

func Dial(a *Account) error { return socks.Dial(a.Email) }

func Name(a *Account) string { return a.Email }
`,
		"app/app.go": `package app

import (
	"log"

	"example.com/app/client"
)

type User struct {
	Email string
}

func Save(u *User, a *client.Account) {
	log.Println(u.Email)
	log.Println(client.Name(a))
}
`,
		"broken/broken.go": `package broken

import "log"

type Patient struct {
	SSN string
}

func Show(p *Patient) { log.Println(p.SSN + undefinedThing) }

func Note(p *Patient) { log.Println(p.SSN) }
`,
		"syn/a.go": "package syn\n\nfunc Broken( {\n",
		"syn/b.go": `package syn

import "log"

type Customer struct {
	Email string
}

func Show(c *Customer) { log.Println(c.Email) }
`,
		".git/HEAD": "ref: refs/heads/main\n",
	})
	return dir
}

// offlineEnv makes the missing module unavailable: no proxy, and a module
// cache of the test's own.
func offlineEnv(t *testing.T, proxy string) []string {
	return []string{"GOPROXY=" + proxy, "GOFLAGS=-mod=mod", "GOSUMDB=off", "GONOSUMDB=", "GOPRIVATE=",
		"GOMODCACHE=" + filepath.Join(t.TempDir(), "modcache")}
}

// TestIncompleteAnalysis checks privlint check on a module with a
// dependency that cannot be downloaded, a package with a type error and a
// file with a syntax error: the findings of every package that can be
// read, one error per cause with what to do, exit 2, in every format, and
// SARIF that is valid and carries the causes as tool execution
// notifications.
func TestIncompleteAnalysis(t *testing.T) {
	dir := incompleteModule(t)
	env := offlineEnv(t, "off")
	wantFindings := []string{
		"app/app.go:10:2: PL001 user.contact.email in User.Email",
		"app/app.go:14:2: PL102 user.contact.email from User.Email",
		// Through client.Name, whose summary client still exports.
		"app/app.go:15:2: PL102 user.contact.email from Account.Email",
		"broken/broken.go:6:2: PL001 user.government_id.national_identification_number in Patient.SSN",
		// Note builds; Show, which holds the type error, is skipped.
		"broken/broken.go:11:25: PL102",
		"client/client.go:6:2: PL001 user.contact.email in Account.Email",
		// A field whose type could not be loaded, classified by its tag.
		"client/client.go:8:2: PL001 user.contact.phone_number in Account.Reach",
		"syn/b.go:6:2: PL001 user.contact.email in Customer.Email",
		"syn/b.go:9:26: PL102 user.contact.email from Customer.Email",
	}
	wantErrors := []string{
		"client/client.go:3:8: error: example.com/missing@v1.0.0 could not be downloaded (module lookup disabled by GOPROXY=off): " +
			"2 packages were checked without its types; data-flow rules skipped 1 function that uses it. " +
			"Make it downloadable (GOPROXY, GOPRIVATE, GOFLAGS=-mod=mod) or vendor it (go mod vendor)",
		"broken/broken.go:9:45: error: example.com/app/broken does not type-check (1 type error; the first: undefined: undefinedThing)",
		"syn/a.go:3:14: error: syn/a.go does not parse (expected ')', found '{')",
	}

	r := runIn(t, dir, env, privlint, "check", "./...")
	if r.code != 2 {
		t.Errorf("exit %d, want 2\n%s%s", r.code, r.stdout, r.stderr)
	}
	for _, want := range wantFindings {
		if !strings.Contains(r.stdout, "\n"+want) && !strings.HasPrefix(r.stdout, want) {
			t.Errorf("text output lacks %q:\n%s", want, r.stdout)
		}
	}
	var errLines []string
	for _, l := range strings.Split(r.stdout, "\n") {
		if strings.Contains(l, " error: ") || strings.HasPrefix(l, "error: ") {
			errLines = append(errLines, l)
		}
	}
	if len(errLines) != len(wantErrors) {
		t.Errorf("%d errors, want one per cause (%d):\n%s", len(errLines), len(wantErrors), strings.Join(errLines, "\n"))
	}
	for _, want := range wantErrors {
		n := 0
		for _, l := range errLines {
			if strings.HasPrefix(l, want) {
				n++
			}
		}
		if n != 1 {
			t.Errorf("%d errors start with %q, want 1:\n%s", n, want, strings.Join(errLines, "\n"))
		}
	}
	for _, raw := range []string{"could not import", "invalid package name", "not analyzed", "failed prerequisites"} {
		if strings.Contains(r.stdout+r.stderr, raw) {
			t.Errorf("the output still has the loader's raw %q:\n%s%s", raw, r.stdout, r.stderr)
		}
	}
	// A read in the part of syn/a.go the parser could not read would not
	// be seen: PL201 is not judged.
	if !strings.Contains(r.stderr, "PL201 is left out: 1 file does not parse") || strings.Contains(r.stdout, "PL201") {
		t.Errorf("PL201 is judged although a file does not parse:\n%s%s", r.stdout, r.stderr)
	}
	if !strings.Contains(r.stderr, "the analysis is incomplete (3 errors reported)") {
		t.Errorf("the summary does not say the analysis is incomplete:\n%s", r.stderr)
	}

	// The inventory lists the personal data of every package too.
	ir := runIn(t, dir, env, privlint, "inventory", "./...")
	if ir.code != 2 {
		t.Errorf("inventory: exit %d, want 2", ir.code)
	}
	for _, want := range []string{"`Patient.SSN` (broken/broken.go:6)", "`Account.Email` (client/client.go:6)",
		"`Account.Reach` (client/client.go:8)", "`User.Email` (app/app.go:10)", "`Customer.Email` (syn/b.go:6)"} {
		if !strings.Contains(ir.stdout, want) {
			t.Errorf("inventory lacks %s:\n%s", want, ir.stdout)
		}
	}
	if n := strings.Count(ir.stderr, "could not be downloaded"); n != 1 {
		t.Errorf("inventory: the missing module is reported %d times, want once:\n%s", n, ir.stderr)
	}

	// JSON: the same findings and errors; each error said once on stderr.
	r = runIn(t, dir, env, privlint, "check", "--format", "json", "./...")
	if r.code != 2 {
		t.Errorf("json: exit %d, want 2", r.code)
	}
	var doc struct {
		Findings []struct {
			File string `json:"file"`
			Rule string `json:"rule"`
		} `json:"findings"`
		Errors []struct {
			File    string `json:"file"`
			Line    int    `json:"line"`
			Message string `json:"message"`
		} `json:"errors"`
	}
	if err := json.Unmarshal([]byte(r.stdout), &doc); err != nil {
		t.Fatalf("json: %v\n%s", err, r.stdout)
	}
	if len(doc.Findings) < len(wantFindings) || len(doc.Errors) != len(wantErrors) {
		t.Errorf("json: %d findings and %d errors, want ≥%d and %d", len(doc.Findings), len(doc.Errors), len(wantFindings), len(wantErrors))
	}
	for _, e := range doc.Errors {
		if n := strings.Count(r.stderr, e.Message); n != 1 {
			t.Errorf("json: stderr says %q %d times, want once:\n%s", e.Message, n, r.stderr)
		}
	}

	// SARIF: valid, with the findings, and the causes as notifications of
	// an unsuccessful invocation.
	r = runIn(t, dir, env, privlint, "check", "--format", "sarif", "./...")
	if r.code != 2 {
		t.Errorf("sarif: exit %d, want 2", r.code)
	}
	var raw any
	if err := json.Unmarshal([]byte(r.stdout), &raw); err != nil {
		t.Fatalf("sarif: %v", err)
	}
	if err := sarifSchema(t).Validate(raw); err != nil {
		t.Errorf("SARIF is invalid: %#v", err)
	}
	var sd struct {
		Runs []struct {
			Results     []any `json:"results"`
			Invocations []struct {
				ExecutionSuccessful        bool `json:"executionSuccessful"`
				ToolExecutionNotifications []struct {
					Level   string `json:"level"`
					Message struct {
						Text string `json:"text"`
					} `json:"message"`
					Locations []struct {
						PhysicalLocation struct {
							ArtifactLocation struct {
								URI string `json:"uri"`
							} `json:"artifactLocation"`
						} `json:"physicalLocation"`
					} `json:"locations"`
				} `json:"toolExecutionNotifications"`
			} `json:"invocations"`
		} `json:"runs"`
	}
	if err := json.Unmarshal([]byte(r.stdout), &sd); err != nil {
		t.Fatal(err)
	}
	if len(sd.Runs) != 1 || len(sd.Runs[0].Invocations) != 1 {
		t.Fatalf("sarif: want one run with one invocation:\n%s", r.stdout)
	}
	inv := sd.Runs[0].Invocations[0]
	if inv.ExecutionSuccessful {
		t.Errorf("sarif: the invocation says it was successful")
	}
	if len(sd.Runs[0].Results) < len(wantFindings) {
		t.Errorf("sarif: %d results, want ≥%d", len(sd.Runs[0].Results), len(wantFindings))
	}
	var uris []string
	for _, n := range inv.ToolExecutionNotifications {
		if n.Level != "error" || n.Message.Text == "" || len(n.Locations) != 1 {
			t.Errorf("sarif: notification %+v: want level error, a message and a location", n)
			continue
		}
		uris = append(uris, n.Locations[0].PhysicalLocation.ArtifactLocation.URI)
	}
	slices.Sort(uris)
	if want := []string{"broken/broken.go", "client/client.go", "syn/a.go"}; !slices.Equal(uris, want) {
		t.Errorf("sarif: notifications at %v, want %v", uris, want)
	}
}

// TestIncompleteProxyAnswer checks that the message on a module the proxy
// refuses gives the proxy's answer.
func TestIncompleteProxyAnswer(t *testing.T) {
	srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		http.Error(w, "forbidden", http.StatusForbidden)
	}))
	defer srv.Close()
	dir := incompleteModule(t)
	if err := os.RemoveAll(filepath.Join(dir, "broken")); err != nil {
		t.Fatal(err)
	}
	if err := os.RemoveAll(filepath.Join(dir, "syn")); err != nil {
		t.Fatal(err)
	}
	r := runIn(t, dir, offlineEnv(t, srv.URL), privlint, "check", "./...")
	if r.code != 2 {
		t.Errorf("exit %d, want 2\n%s%s", r.code, r.stdout, r.stderr)
	}
	want := "client/client.go:3:8: error: example.com/missing@v1.0.0 could not be downloaded (the module proxy answered 403 Forbidden): 2 packages were checked without its types"
	if !strings.Contains(r.stdout, want) {
		t.Errorf("output lacks %q:\n%s%s", want, r.stdout, r.stderr)
	}
	if !strings.Contains(r.stdout, "app/app.go:14:2: PL102") {
		t.Errorf("app's findings are missing:\n%s", r.stdout)
	}
}

// TestIncompleteCgo checks that a package whose C code does not compile
// still gets its findings, its importers too, and that the cgo failure
// and the type errors that follow from it are one message.
func TestIncompleteCgo(t *testing.T) {
	if _, err := exec.LookPath("gcc"); err != nil {
		t.Skip("no C compiler")
	}
	dir := t.TempDir()
	writeFiles(t, dir, map[string]string{
		"go.mod": "module example.com/c\n\ngo 1.22\n",
		"cg/cg.go": `package cg

/*
#include "nonexistent.h"
*/
import "C"

import "log"

type Patient struct {
	SSN string
}

func Native() int { return int(C.thing()) }

func Show(p *Patient) { log.Println(p.SSN) }
`,
		"app/app.go": `package app

import (
	"log"

	"example.com/c/cg"
)

type User struct{ Email string }

func Save(u *User, p *cg.Patient) { log.Println(u.Email); cg.Show(p) }
`,
	})
	r := runIn(t, dir, []string{"CC=gcc", "CGO_ENABLED=1"}, privlint, "check", "./...")
	if r.code != 2 {
		t.Errorf("exit %d, want 2\n%s%s", r.code, r.stdout, r.stderr)
	}
	for _, want := range []string{
		"app/app.go:9:19: PL001 user.contact.email in User.Email",
		"app/app.go:11:37: PL102 user.contact.email from User.Email",
		"cg/cg.go:11:2: PL001 user.government_id.national_identification_number in Patient.SSN",
		"cg/cg.go:16:25: PL102",
		"cg/cg.go:4:10: error: example.com/c/cg: cgo failed on the package's C code",
		"declaration rules ran on its Go code (1 type error follows from it), and data-flow rules skipped 1 function that is in it or uses it",
	} {
		if !strings.Contains(r.stdout, want) {
			t.Errorf("output lacks %q:\n%s", want, r.stdout)
		}
	}
	if n := strings.Count(r.stdout, "error: "); n != 1 {
		t.Errorf("%d errors, want 1 (one cause):\n%s", n, r.stdout)
	}
}

// TestNoPackageClause checks privlint check on a package one of whose
// files does not parse from its first line (an edit half done: no package
// clause): the file has no position of its own, and the analyzers that
// look its name up must not crash; the other file is still checked, and
// the parse error is reported once, exit 2.
func TestNoPackageClause(t *testing.T) {
	dir := t.TempDir()
	writeFiles(t, dir, map[string]string{
		"go.mod":   "module example.com/app\n\ngo 1.22\n",
		"syn/a.go": "\terr = send(ctx, user)\n\tif err != nil {\n\t\treturn err\n\t}\n",
		"syn/b.go": `package syn

import "log"

type Customer struct {
	Email string
}

func Show(c *Customer) { log.Println(c.Email) }
`,
		".git/HEAD": "ref: refs/heads/main\n",
	})
	r := runIn(t, dir, offlineEnv(t, "off"), privlint, "check", "./...")
	if strings.Contains(r.stderr, "panic:") {
		t.Fatalf("privlint crashed:\n%s", r.stderr)
	}
	if r.code != 2 {
		t.Errorf("exit %d, want 2\n%s%s", r.code, r.stdout, r.stderr)
	}
	for _, want := range []string{"syn/b.go:6:2: PL001 user.contact.email in Customer.Email", "syn/a.go:1:2: error: syn/a.go does not parse"} {
		if !strings.Contains(r.stdout, want) {
			t.Errorf("output lacks %q:\n%s%s", want, r.stdout, r.stderr)
		}
	}
}
