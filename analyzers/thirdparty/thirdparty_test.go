package thirdparty_test

import (
	"path/filepath"
	"testing"

	"golang.org/x/tools/go/analysis/analysistest"

	"github.com/privlint/privlint/analyzers/thirdparty"
)

// testdata is the fixture tree the four flow rules share: stand-ins for
// the third-party libraries under their real import paths, the policy
// (src/privlint.yaml) and one package of cases per rule.
func testdata(t *testing.T) string {
	t.Helper()
	dir, err := filepath.Abs(filepath.Join("..", "internal", "flowtest", "testdata"))
	if err != nil {
		t.Fatal(err)
	}
	return dir
}

// TestThirdparty checks the PL103 third-party cases in tpcases: every line with a `// want`
// must be reported with that message, and every other line (those marked
// `// ok: <why>` are the must-not-flag cases) must not.
func TestThirdparty(t *testing.T) {
	analysistest.Run(t, testdata(t), thirdparty.Analyzer, "tpcases")
}
