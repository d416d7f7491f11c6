package storage_test

import (
	"testing"

	"github.com/privlint/privlint/analyzers/internal/flowtest"

	"golang.org/x/tools/go/analysis/analysistest"
)

// TestStorage checks the PL101 storage cases in storecases: every line with a `// want`
// must be reported with that message, and every other line (those marked
// `// ok: <why>` are the must-not-flag cases) must not.
func TestStorage(t *testing.T) {
	analysistest.Run(t, flowtest.TestData(), flowtest.Analyzers().Storage, "storecases", "overwrites", "sqlhashstore", "writergaps", "dispatch")
}
