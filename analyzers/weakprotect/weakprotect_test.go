package weakprotect_test

import (
	"testing"

	"golang.org/x/tools/go/analysis/analysistest"

	"github.com/privlint/privlint/analyzers/internal/flowtest"
)

// TestWeakProtect checks the PL105 cases in weakcases: every line with a
// `// want` must be reported with that message, and every other line
// (those marked `// ok: <why>` are the must-not-flag cases) must not.
func TestWeakProtect(t *testing.T) {
	analysistest.Run(t, flowtest.TestData(), flowtest.Analyzers().Weakprotect, "weakcases", "sqlhashweak", "weakreceiver/...", "weakcolumn")
}
