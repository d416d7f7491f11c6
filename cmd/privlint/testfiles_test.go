package main_test

import (
	"strings"
	"testing"

	"github.com/privlint/privlint/internal/testkit"
)

// TestTestFiles proves SPEC §3: privlint check leaves _test.go files out
// unless --tests, and under go vet, which always passes them, nothing
// located in a test file is reported.
func TestTestFiles(t *testing.T) {
	dir := t.TempDir()
	testkit.WriteFiles(t, dir, map[string]string{
		"go.mod": "module example.com/tf\n\ngo 1.22\n",
		"tf.go":  "package tf\n\n// Name returns a name.\nfunc Name() string { return \"x\" }\n",
		// An unknown directive: PL005 wherever it is analyzed.
		"tf_test.go":      "package tf\n\nimport \"testing\"\n\n//privlint:frobnicate\nfunc TestName(t *testing.T) { _ = Name() }\n",
		"ext/ext_test.go": "package ext_test\n\nimport \"testing\"\n\n//privlint:frobnicate\nfunc TestExt(t *testing.T) {}\n",
		"ext/doc.go":      "// Package ext has only an external test.\npackage ext\n",
	})
	const marker = "_test.go:5:1: PL005"
	check := runIn(t, dir, nil, privlint, "check", "./...")
	if strings.Contains(check.stdout, "PL005") || check.code != 0 {
		t.Errorf("privlint check without --tests: exit %d, reports\n%s%s", check.code, check.stdout, check.stderr)
	}
	withTests := runIn(t, dir, nil, privlint, "check", "--tests", "./...")
	if n := strings.Count(withTests.stdout, marker); n != 2 {
		t.Errorf("privlint check --tests: %d findings in test files, want 2:\n%s%s", n, withTests.stdout, withTests.stderr)
	}
	vet := runIn(t, dir, nil, "go", "vet", "-vettool="+privlint, "./...")
	if strings.Contains(vet.stderr+vet.stdout, "PL005") || vet.code != 0 {
		t.Errorf("go vet: exit %d, reports\n%s%s", vet.code, vet.stdout, vet.stderr)
	}
}
