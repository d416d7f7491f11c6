package flow_test

import (
	"path/filepath"
	"testing"

	"golang.org/x/tools/go/analysis/analysistest"

	"github.com/privlint/privlint/analyzers/flow"
)

func testdata(t testing.TB) string {
	t.Helper()
	dir, err := filepath.Abs(filepath.Join("..", "internal", "flowtest", "testdata"))
	if err != nil {
		t.Fatal(err)
	}
	return dir
}

// TestSummaries checks the summaries exported as facts (`// want
// Name:"summary …"`); a function with no `// want` must export none.
func TestSummaries(t *testing.T) {
	analysistest.Run(t, testdata(t), flow.Analyzer, "summaries")
}
