package storage_test

import (
	"testing"

	"github.com/privlint/privlint/analyzers/internal/flowtest"

	"golang.org/x/tools/go/analysis/analysistest"
)

// TestPop checks gobuffalo/pop's writes (Create, Update, Save and their
// Validate and Eager forms, SQL through RawQuery), that UpdateColumns
// writes only the columns it names, and that the excluded columns of
// Create, Update and Save are not written.
func TestPop(t *testing.T) {
	analysistest.Run(t, flowtest.TestData(), flowtest.Analyzers().Storage, "popcases")
}
