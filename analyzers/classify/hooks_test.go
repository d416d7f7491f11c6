package classify_test

import (
	"testing"

	"golang.org/x/tools/go/analysis/analysistest"

	"github.com/privlint/privlint/analyzers/internal/flowtest"
)

// TestHooks checks that a field whose type is a generic hook (a handle
// that holds handlers, instantiated with an event type) holds no personal
// data, while a generic value type (Optional[string]) keeps its field's
// category.
func TestHooks(t *testing.T) {
	analysistest.Run(t, analysistest.TestData(), flowtest.Analyzers().Classify, "hooks")
}
