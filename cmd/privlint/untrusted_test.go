package main_test

import (
	"path/filepath"
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
