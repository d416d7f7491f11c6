package storage_test

import (
	"strings"
	"testing"

	"github.com/privlint/privlint/analyzers/internal/flowtest"
	"github.com/privlint/privlint/finding"
	"github.com/privlint/privlint/internal/diag"

	"golang.org/x/tools/go/analysis/analysistest"
)

// TestStorage checks the PL101 storage cases in storecases: every line with a `// want`
// must be reported with that message, and every other line (those marked
// `// ok: <why>` are the must-not-flag cases) must not.
func TestStorage(t *testing.T) {
	analysistest.Run(t, flowtest.TestData(), flowtest.Analyzers().Storage, "storecases", "overwrites", "sqlhashstore", "writergaps", "dispatch", "guardstore", "dispatchdeep", "namedsql", "stormcases")
}

// TestOnePlaceManyPaths checks that the call of writeThrough, whose
// argument reaches three statements, is one finding that keeps the other
// two paths.
func TestOnePlaceManyPaths(t *testing.T) {
	for _, r := range analysistest.Run(t, flowtest.TestData(), flowtest.Analyzers().Storage, "storecases") {
		var at []*finding.Finding
		for _, f := range r.Result.(*diag.Result).Findings {
			if strings.Contains(f.Message, "writeThrough → ") {
				at = append(at, f)
			}
		}
		if len(at) != 1 {
			t.Fatalf("%d findings at the writeThrough call, want 1", len(at))
		}
		f := at[0]
		if len(f.Paths) != 2 {
			t.Fatalf("%d more paths, want 2: %+v", len(f.Paths), f.Paths)
		}
		ends := map[int]bool{f.Flow[len(f.Flow)-1].Pos.Line: true}
		for _, p := range f.Paths {
			ends[p[len(p)-1].Pos.Line] = true
		}
		if len(ends) != 3 {
			t.Errorf("the three paths end at %v, want three different statements", ends)
		}
	}
}
