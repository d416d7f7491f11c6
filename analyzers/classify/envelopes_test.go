package classify_test

import (
	"testing"

	"golang.org/x/tools/go/analysis/analysistest"

	"github.com/privlint/privlint/analyzers/internal/flowtest"
)

// TestEnvelopes checks that a field whose type is a request or response
// object is not the value its name names (authMethodsResponse.Password
// of type passwordResponse), while a field of another struct type, or
// one annotated, keeps its category.
func TestEnvelopes(t *testing.T) {
	analysistest.Run(t, analysistest.TestData(), flowtest.Analyzers().Classify, "envelopes")
}
