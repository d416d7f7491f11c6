package logleak_test

import (
	"slices"
	"testing"

	"golang.org/x/tools/go/analysis/analysistest"

	"github.com/privlint/privlint/analyzers/flow"
	"github.com/privlint/privlint/analyzers/internal/flowtest"
)

// TestPartial checks that PL102 is still reported in a package that does
// not type-check and imports one whose dependency is missing, in the
// functions that can be built, and that the flow result lists the
// functions it skipped.
func TestPartial(t *testing.T) {
	set := flowtest.Analyzers()
	results := analysistest.Run(t, flowtest.TestData(), set.Logleak, "partialcases")
	var skipped []string
	for _, r := range results {
		if r.Err != nil {
			t.Errorf("%s: %v", r.Pass.Pkg.Path(), r.Err)
			continue
		}
		skipped = append(skipped, r.Pass.ResultOf[set.Flow].(*flow.Result).Skipped...)
	}
	want := []string{"partialcases.typeError", "partialcases.unknownField"}
	if !slices.Equal(skipped, want) {
		t.Errorf("skipped %v, want %v", skipped, want)
	}
}
