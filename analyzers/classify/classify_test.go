package classify_test

import (
	"testing"

	"golang.org/x/tools/go/analysis/analysistest"

	"github.com/privlint/privlint/analyzers/classify"
)

// TestClassify checks the facts exported on personal-data fields (every
// unexpected fact fails the test, so the fields without a `// want` are the
// must-not-flag cases) and the PL005 diagnostics on invalid annotations.
func TestClassify(t *testing.T) {
	analysistest.Run(t, analysistest.TestData(), classify.Analyzer,
		"fields", "importer", "annot", "directives", "precision", "generated")
}
