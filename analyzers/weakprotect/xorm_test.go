package weakprotect_test

import (
	"testing"

	"github.com/privlint/privlint/analyzers/internal/flowtest"

	"golang.org/x/tools/go/analysis/analysistest"
)

// TestXORMColumns checks that an e-mail address hashed with a fast hash
// into a column an xorm update names is reported, and not when the
// update names only another column.
func TestXORMColumns(t *testing.T) {
	analysistest.Run(t, flowtest.TestData(), flowtest.Analyzers().Weakprotect, "xormweak")
}
