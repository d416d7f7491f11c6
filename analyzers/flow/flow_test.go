package flow_test

import (
	"testing"

	"github.com/privlint/privlint/analyzers/internal/flowtest"

	"golang.org/x/tools/go/analysis/analysistest"

	"github.com/privlint/privlint/analyzers/flow"
)

// TestSummaries checks the summaries exported as facts (`// want
// Name:"summary …"`); a function with no `// want` must export none.
func TestSummaries(t *testing.T) {
	analysistest.Run(t, flowtest.TestData(), flow.Analyzer, "summaries")
}
