package classify_test

import (
	"github.com/privlint/privlint/analyzers/internal/flowtest"
	"testing"

	"golang.org/x/tools/go/analysis/analysistest"
)

// TestClassify checks the facts exported on personal-data fields (every
// unexpected fact fails the test, so the fields without a `// want` are the
// must-not-flag cases) and the PL005 diagnostics on invalid annotations.
func TestClassify(t *testing.T) {
	analysistest.Run(t, analysistest.TestData(), flowtest.Analyzers().Classify,
		"fields", "importer", "annot", "directives", "precision", "generated", "doccomments", "realapps", "signedin", "configpkg", "configpkg/settings")
}
