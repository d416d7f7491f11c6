package urlleak_test

import (
	"testing"

	"github.com/privlint/privlint/analyzers/internal/flowtest"

	"golang.org/x/tools/go/analysis/analysistest"
)

// TestUrlleak checks the PL104 URL cases in urlcases: every line with a `// want`
// must be reported with that message, and every other line (those marked
// `// ok: <why>` are the must-not-flag cases) must not.
func TestUrlleak(t *testing.T) {
	analysistest.Run(t, flowtest.TestData(), flowtest.Analyzers().Urlleak, "urlcases", "rangequery", "gapicases")
}

// TestWholeURL checks the PL104 cases of wholeurl: a request URL that is
// a personal-data value itself (an avatar URL fetched as given, directly
// or through a helper) has nothing put into it; data concatenated into a
// URL, or stored in the field before it is fetched, is.
func TestWholeURL(t *testing.T) {
	analysistest.Run(t, flowtest.TestData(), flowtest.Analyzers().Urlleak, "wholeurl")
}
