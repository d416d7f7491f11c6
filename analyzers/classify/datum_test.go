package classify_test

import (
	"testing"

	"golang.org/x/tools/go/analysis/analysistest"

	"github.com/privlint/privlint/analyzers/internal/flowtest"
)

// TestDatumParts checks that the structure of one datum nested in a
// person's struct (a profile picture's codec, a first name's locale) is
// not judged as the person's, while the parts of an address are.
func TestDatumParts(t *testing.T) {
	analysistest.Run(t, analysistest.TestData(), flowtest.Analyzers().Classify, "datumparts")
}
