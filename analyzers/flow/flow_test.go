package flow_test

import (
	"testing"

	"github.com/privlint/privlint/analyzers/internal/flowtest"

	"golang.org/x/tools/go/analysis/analysistest"
)

// TestSummaries checks the summaries exported as facts (`// want
// Name:"summary …"`); a function with no `// want` must export none.
func TestSummaries(t *testing.T) {
	analysistest.Run(t, flowtest.TestData(), flowtest.Analyzers().Flow, "summaries")
}
