package analysisdoc

import (
	"strings"
	"testing"
)

const sample = `// Package p defines two analyzers.
//
// # Analyzer one
//
// one: report the first thing
//
// It reports
// things.
//
// # Analyzer two
//
// two: report the second thing
package p
`

func TestExtract(t *testing.T) {
	got, err := Extract(sample, "one")
	if err != nil {
		t.Fatal(err)
	}
	if want := "report the first thing\n\nIt reports\nthings."; got != want {
		t.Errorf("Extract(one) = %q, want %q", got, want)
	}
	if got, err := Extract(sample, "two"); err != nil || got != "report the second thing" {
		t.Errorf("Extract(two) = %q, %v", got, err)
	}
	for _, tc := range []struct{ content, name, want string }{
		{sample, "three", `no "# Analyzer three" section`},
		{"package p\n", "one", "no package comment"},
		{"// # Analyzer one\n//\n// report it\npackage p\n", "one", `does not start with "one: "`},
		{"not go", "one", "parsing"},
	} {
		if _, err := Extract(tc.content, tc.name); err == nil || !strings.Contains(err.Error(), tc.want) {
			t.Errorf("Extract(%q, %s): error %v, want one containing %q", tc.content, tc.name, err, tc.want)
		}
	}
}
