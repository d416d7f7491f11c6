package main_test

import (
	"os"
	"os/exec"
	"path/filepath"
	"runtime"
	"strings"
	"testing"
	"unicode"

	"github.com/privlint/privlint/internal/testkit"
)

// unsafeLines returns the lines of out that a CI runner or a terminal
// would act on: a line that starts (after white space) with "::" (a
// GitHub Actions workflow command), one that holds "##[" (the legacy
// form, matched anywhere in a line), and one that holds a control
// character other than a tab (ANSI escape sequences, carriage returns).
func unsafeLines(out string) []string {
	var bad []string
	for _, line := range strings.Split(out, "\n") {
		if strings.HasPrefix(strings.TrimLeftFunc(line, unicode.IsSpace), "::") || strings.Contains(line, "##[") ||
			strings.ContainsFunc(line, func(r rune) bool { return r < 0x20 && r != '\t' || r == 0x7f || r >= 0x80 && r < 0xa0 }) {
			bad = append(bad, line)
		}
	}
	return bad
}

// TestWorkflowCommandInjection analyzes a module whose code tries to make
// privlint print GitHub Actions workflow commands and terminal escapes:
// a raw string literal that the type checker quotes in its error (a line
// break followed by ::error, a legacy ##[warning], an ANSI escape), and a
// //line directive that names a file "::error …" so that findings in it
// are printed at the start of a line. No line privlint prints — findings,
// errors, stderr messages, under go vet too — may be one a runner or a
// terminal acts on.
func TestWorkflowCommandInjection(t *testing.T) {
	dir := t.TempDir()
	testkit.WriteFiles(t, dir, map[string]string{
		".git/HEAD": "ref: refs/heads/main\n",
		"go.mod":    "module example.com/inject\n\ngo 1.26\n",
		"bad/bad.go": "package bad\n\nvar x int = `hello\n::error title=privlint::All checks passed\n" +
			"done ##[warning]legacy command\n\x1b[2J\x1b]0;owned\x07`\n",
		"line.go": "package inject\n\n//line ::error title=privlint::Injected:1\n// User is a customer.\ntype User struct {\n\tEmail string\n}\n",
	})
	sarif := filepath.Join(t.TempDir(), "out.sarif")
	runs := map[string]run{
		"check":          runIn(t, dir, nil, privlint, "check", "./..."),
		"check --format": runIn(t, dir, nil, privlint, "check", "--format", "sarif", "--output", sarif, "./..."),
		"inventory":      runIn(t, dir, nil, privlint, "inventory", "./..."),
		"go vet":         runIn(t, dir, nil, "go", "vet", "-vettool="+privlint, "./..."),
	}
	for name, r := range runs {
		if r.code != 2 && !(name == "go vet" && r.code == 1) {
			t.Errorf("%s: exit code %d, want 2 (the bad package does not type-check)\n%s%s", name, r.code, r.stdout, r.stderr)
		}
		if bad := unsafeLines(r.stdout + "\n" + r.stderr); len(bad) > 0 {
			t.Errorf("%s printed lines a CI runner or terminal acts on:\n%q\n--- full output:\n%s%s", name, bad, r.stdout, r.stderr)
		}
		// The hostile text is still shown, escaped, so the reader sees it
		// (under go vet, where the unitchecker prints the type error, line
		// by line).
		want := "`hello\\n::error title=privlint::All checks passed\\ndone ##\\[warning]"
		if name == "go vet" {
			want = "\n\\::error title=privlint::All checks passed\ndone ##\\[warning]"
		}
		if !strings.Contains(r.stdout+r.stderr, want) {
			t.Errorf("%s: the type error's text is not shown escaped:\n%s%s", name, r.stdout, r.stderr)
		}
	}
	if r := runs["check"]; !strings.Contains(r.stdout, "PL001 user.contact.email in User.Email") {
		t.Errorf("check: the finding in the //line-renamed file is missing:\n%s%s", r.stdout, r.stderr)
	}
	if r := runs["go vet"]; !strings.Contains(r.stderr, "PL001 user.contact.email in User.Email") {
		t.Errorf("go vet: the finding in the //line-renamed file is missing:\n%s", r.stderr)
	}
}

// envWithout returns extra environment settings that blank the named
// variables (the go command reads an empty variable as unset) before
// adding more.
func envWithout(names []string, more ...string) []string {
	var env []string
	for _, n := range names {
		env = append(env, n+"=")
	}
	return append(env, more...)
}

// TestNoToolchainDownload analyzes modules that ask for a Go newer than
// any release (go 1.99, or toolchain go1.99.0) with the go command's
// default GOTOOLCHAIN=auto (set through a GOENV file, as the Go
// distribution's go.env does), GOPROXY=off and GOFLAGS=-mod=mod, so that
// nothing can reach the network: privlint must not ask the go command to
// switch toolchains, and must say which Go the module needs, which Go it
// was built with and how to rebuild it. A GOTOOLCHAIN the user sets is
// left alone.
func TestNoToolchainDownload(t *testing.T) {
	goenv := filepath.Join(t.TempDir(), "go.env")
	testkit.WriteFiles(t, filepath.Dir(goenv), map[string]string{"go.env": "GOTOOLCHAIN=auto\n"})
	env := envWithout([]string{"GOTOOLCHAIN", "GOWORK"}, "GOENV="+goenv, "GOPROXY=off", "GOFLAGS=-mod=mod")
	downloaded := func(out string) bool {
		return strings.Contains(out, "downloading go1.99") || strings.Contains(out, "toolchain not available") ||
			strings.Contains(out, "golang.org/toolchain")
	}
	built := strings.Fields(runtime.Version())[0]
	user := "package a\n\n// User is a customer.\ntype User struct {\n\tEmail string\n}\n"

	needs := t.TempDir()
	testkit.WriteFiles(t, needs, map[string]string{".git/HEAD": "ref: refs/heads/main\n", "go.mod": "module example.com/needs\n\ngo 1.99\n", "a.go": user})
	r := runIn(t, needs, env, privlint, "check", "./...")
	if downloaded(r.stdout + r.stderr) {
		t.Errorf("go 1.99: privlint let the go command try to download a toolchain:\n%s%s", r.stdout, r.stderr)
	}
	if r.code != 2 {
		t.Errorf("go 1.99: exit code %d, want 2 (the module cannot be loaded)\n%s%s", r.code, r.stdout, r.stderr)
	}
	for _, want := range []string{"go.mod requires go 1.99", "built with " + built + ",", "GOTOOLCHAIN=go1.99.0 go install ./cmd/privlint"} {
		if strings.Count(r.stdout+r.stderr, want) != 1 {
			t.Errorf("go 1.99: the output should say %q once:\n%s%s", want, r.stdout, r.stderr)
		}
	}

	asks := t.TempDir()
	testkit.WriteFiles(t, asks, map[string]string{".git/HEAD": "ref: refs/heads/main\n", "go.mod": "module example.com/asks\n\ngo 1.26\n\ntoolchain go1.99.0\n", "a.go": user})
	r = runIn(t, asks, env, privlint, "check", "./...")
	if downloaded(r.stdout + r.stderr) {
		t.Errorf("toolchain go1.99.0: privlint let the go command try to download a toolchain:\n%s%s", r.stdout, r.stderr)
	}
	if r.code != 1 || !strings.Contains(r.stdout, "a.go:5:2: PL001") {
		t.Errorf("toolchain go1.99.0: exit code %d, want 1 with the module's findings (its go line is satisfied)\n%s%s", r.code, r.stdout, r.stderr)
	}
	if !strings.Contains(r.stderr, "toolchain go1.99.0") || !strings.Contains(r.stderr, "GOTOOLCHAIN=local") {
		t.Errorf("toolchain go1.99.0: stderr does not say the toolchain line was not followed:\n%s", r.stderr)
	}

	// The user's own GOTOOLCHAIN is theirs: privlint does not override it.
	r = runIn(t, asks, append(env, "GOTOOLCHAIN=auto"), privlint, "check", "./...")
	if !downloaded(r.stdout + r.stderr) {
		t.Errorf("GOTOOLCHAIN=auto set by the user was overridden:\n%s%s", r.stdout, r.stderr)
	}
}

// TestLoadFailureStillReports tampers with vendor/modules.txt so that
// go list fails for the whole module: the load error is reported, the
// policy's schemas are still checked and the report is still written,
// with exit code 2.
func TestLoadFailureStillReports(t *testing.T) {
	dir := t.TempDir()
	testkit.WriteFiles(t, dir, map[string]string{
		".git/HEAD":          "ref: refs/heads/main\n",
		"go.mod":             "module example.com/vendored\n\ngo 1.26\n",
		"a.go":               "package vendored\n\n// User is a customer.\ntype User struct {\n\tEmail string\n}\n",
		"vendor/modules.txt": "# example.com/evil v1.0.0\n## explicit\nexample.com/evil\n",
		"privlint.yaml":      "version: 1\nschemas: [\"schemas/*.json\"]\n",
		"schemas/user.schema.json": `{
  "type": "object",
  "properties": {"email": {"type": "string", "format": "email"}}
}`,
	})
	env := envWithout([]string{"GOFLAGS"}, "GOPROXY=off")
	out := filepath.Join(t.TempDir(), "report.sarif")
	r := runIn(t, dir, env, privlint, "check", "--format", "sarif", "--output", out, "./...")
	if r.code != 2 {
		t.Errorf("exit code %d, want 2\n%s", r.code, r.stderr)
	}
	if !strings.Contains(r.stderr, "vendor") {
		t.Errorf("stderr does not report the load error:\n%s", r.stderr)
	}
	data, err := os.ReadFile(out)
	if err != nil {
		t.Fatalf("no report written: %v\n%s", err, r.stderr)
	}
	doc := parseSARIF(t, data)
	if len(doc.Runs) != 1 || len(doc.Runs[0].Results) == 0 {
		t.Fatalf("the report has no findings; the schema's were dropped:\n%s", data)
	}
	if !strings.Contains(string(data), "schemas/user.schema.json") || !strings.Contains(string(data), "inconsistent vendoring") {
		t.Errorf("the report lacks the schema finding or the load error:\n%s", data)
	}
	r = runIn(t, dir, env, privlint, "check", "./...")
	if r.code != 2 || !strings.Contains(r.stdout, "schemas/user.schema.json:3:") || !strings.Contains(r.stdout, "error: ") {
		t.Errorf("text: exit %d; want 2 with the schema's finding and the load error:\n%s%s", r.code, r.stdout, r.stderr)
	}
}

// cgoModule writes a module whose cgo preamble includes a file outside it
// holding a secret, next to a plain file of the same package and a
// package of cgo files only; it returns the module and the secret.
func cgoModule(t *testing.T) (string, string) {
	t.Helper()
	const secret = "PRIVLINT_TEST_SECRET_d41d8cd98f00"
	outside := t.TempDir()
	testkit.WriteFiles(t, outside, map[string]string{"env.txt": "API_TOKEN=" + secret + "\n"})
	dir := t.TempDir()
	testkit.WriteFiles(t, dir, map[string]string{
		".git/HEAD": "ref: refs/heads/main\n",
		"go.mod":    "module example.com/cgoleak\n\ngo 1.26\n",
		"p/a.go":    "package p\n\n/*\n#include \"" + filepath.Join(outside, "env.txt") + "\"\n*/\nimport \"C\"\n\n// Patient is a patient.\ntype Patient struct {\n\tPhone string\n}\n",
		"p/b.go":    "package p\n\n// User is a customer.\ntype User struct {\n\tEmail string\n}\n",
		"only/o.go": "package only\n\n// #include <stdlib.h>\nimport \"C\"\n\n// Free calls C.\nfunc Free() { C.free(nil) }\n",
	})
	return dir, secret
}

// TestNoCgo: with --no-cgo the C compiler never runs (CC is a script that
// leaves a marker), the files that need cgo are named once on stderr, the
// other files are analyzed, and the secret the preamble includes appears
// in no output format; in check, inventory and init.
func TestNoCgo(t *testing.T) {
	dir, secret := cgoModule(t)
	marker := filepath.Join(t.TempDir(), "cc-ran")
	cc := filepath.Join(t.TempDir(), "cc")
	testkit.WriteFiles(t, filepath.Dir(cc), map[string]string{"cc": "#!/bin/sh\ntouch " + marker + "\nexec gcc \"$@\"\n"})
	if err := os.Chmod(cc, 0o755); err != nil {
		t.Fatal(err)
	}
	env := []string{"CC=" + cc, "CGO_ENABLED="}
	for _, args := range [][]string{
		{"check", "--no-cgo", "./..."},
		{"check", "--no-cgo", "--format", "json", "./..."},
		{"check", "--no-cgo", "--format", "sarif", "./..."},
		{"inventory", "--no-cgo", "./..."},
		{"inventory", "--no-cgo", "--format", "json", "./..."},
		{"init", "--no-cgo", "--output", filepath.Join(t.TempDir(), "privlint.yaml"), "./..."},
	} {
		r := runIn(t, dir, env, privlint, args...)
		if r.code == 2 {
			t.Errorf("%v: exit code 2; the files without cgo load fine\n%s", args, r.stderr)
		}
		if strings.Contains(r.stdout+r.stderr, secret) {
			t.Errorf("%v: the secret included by the cgo preamble is in the output:\n%s%s", args, r.stdout, r.stderr)
		}
		note := "cgo is off (--no-cgo): 2 Go files that need cgo were not analyzed: only/o.go, p/a.go"
		if strings.Count(r.stderr, note) != 1 {
			t.Errorf("%v: stderr should say once %q:\n%s", args, note, r.stderr)
		}
		if args[0] == "check" && !strings.Contains(r.stdout, "User") {
			t.Errorf("%v: the file without cgo was not analyzed:\n%s", args, r.stdout)
		}
	}
	if _, err := os.Stat(marker); err == nil {
		t.Error("--no-cgo still ran the C compiler")
	}
	// Control: without --no-cgo the compiler runs.
	runIn(t, dir, env, privlint, "check", "./...")
	if _, err := os.Stat(marker); err != nil {
		t.Errorf("control: the C compiler did not run without --no-cgo (%v); the test proves nothing", err)
	}
}

// TestCgoCompilerOutputNotCopied: with cgo on, a preamble that includes a
// file outside the module makes the C compiler fail, quoting the file;
// the load error privlint reports names the Go file and line but copies
// none of the compiler's output, in any format.
func TestCgoCompilerOutputNotCopied(t *testing.T) {
	if _, err := exec.LookPath("gcc"); err != nil {
		t.Skip("no C compiler")
	}
	dir, secret := cgoModule(t)
	env := []string{"CC=gcc", "CGO_ENABLED=1"}
	for _, format := range []string{"text", "json", "sarif"} {
		r := runIn(t, dir, env, privlint, "check", "--format", format, "./...")
		if r.code != 2 {
			t.Errorf("%s: exit code %d, want 2 (package p does not build)\n%s", format, r.code, r.stderr)
		}
		if strings.Contains(r.stdout+r.stderr, secret) {
			t.Errorf("%s: the compiler output quoting the included file was copied:\n%s%s", format, r.stdout, r.stderr)
		}
		if !strings.Contains(r.stdout+r.stderr, "cgo failed") || !strings.Contains(r.stdout+r.stderr, "a.go") {
			t.Errorf("%s: the load error does not say that cgo failed, and where:\n%s%s", format, r.stdout, r.stderr)
		}
	}
}

// TestInventoryHostileNames: schema property names holding a backtick and
// HTML, a line break and a heading, and an ANSI escape reach privlint
// inventory's Markdown and privlint check's text as escaped text: no new
// heading, no raw HTML out of a code span, no escape sequence.
func TestInventoryHostileNames(t *testing.T) {
	dir := t.TempDir()
	testkit.WriteFiles(t, dir, map[string]string{
		".git/HEAD":     "ref: refs/heads/main\n",
		"privlint.yaml": "version: 1\nschemas: [\"schemas/*.json\"]\n",
		"schemas/user.schema.json": `{
  "type": "object",
  "x-purpose": "billing\n# Injected purpose <b>x</b>",
  "properties": {
    "email` + "`" + `<img src=x>` + "`" + `\n# Injected heading\u001b[2J|x": {"type": "string", "format": "email"},
    "phone\npurposes: {owned: {legal_basis: consent}}": {"type": "string", "format": "phone"}
  }
}`,
	})
	for _, args := range [][]string{{"inventory", "schemas"}, {"check", "schemas"}} {
		r := runIn(t, dir, nil, privlint, args...)
		out := r.stdout + r.stderr
		if bad := unsafeLines(out); len(bad) > 0 {
			t.Errorf("%v: lines with control characters or commands: %q", args, bad)
		}
		for _, line := range strings.Split(out, "\n") {
			if strings.HasPrefix(line, "# Injected") {
				t.Errorf("%v: a property name started a heading:\n%s", args, out)
			}
		}
		if args[0] == "inventory" && (!strings.Contains(out, "``/properties/email`<img src=x>`\\n# Injected heading\\x1b[2J\\|x``") ||
			!strings.Contains(out, `| billing\\n# Injected purpose \<b\>x\</b\> |`)) {
			t.Errorf("%v: the property name is not one escaped code span:\n%s", args, out)
		}
	}
	// privlint init lists the names in comments of the starter policy:
	// none may end its comment line and add YAML.
	starter := filepath.Join(t.TempDir(), "privlint.yaml")
	if r := runIn(t, dir, nil, privlint, "init", "--output", starter, "schemas"); r.code == 2 {
		t.Fatalf("init: exit 2\n%s", r.stderr)
	}
	data, err := os.ReadFile(starter)
	if err != nil {
		t.Fatal(err)
	}
	for _, line := range strings.Split(string(data), "\n") {
		if strings.HasPrefix(line, "purposes: {owned") || strings.ContainsRune(line, 0x1b) {
			t.Errorf("init: a property name broke out of its comment line: %q", line)
		}
	}
}
