package purpose_test

import (
	"github.com/privlint/privlint/analyzers/internal/flowtest"
	"testing"

	"golang.org/x/tools/go/analysis/analysistest"

	"github.com/privlint/privlint/internal/diag"
)

func TestPurpose(t *testing.T) {
	analysistest.Run(t, analysistest.TestData(), flowtest.Analyzers().Purpose, "shop", "pkgpurpose", "failclosed", "generated", "deny", "fidesdeny")
}

// TestSuppression checks that an ignore with a reason hides the finding
// from go vet but keeps it, with its justification, for the CLI's
// --include-suppressed; and that an ignore without a reason, or for another
// rule, hides nothing (the `// want` lines in suppress/suppress.go).
func TestSuppression(t *testing.T) {
	results := analysistest.Run(t, analysistest.TestData(), flowtest.Analyzers().Purpose, "suppress")
	if len(results) != 1 {
		t.Fatalf("got %d results, want 1", len(results))
	}
	res := results[0].Result.(*diag.Result)
	got := map[string]string{}
	for _, f := range res.Findings {
		if f.Suppressed {
			got[f.Symbol+" "+f.RuleID] = f.Justification
		}
	}
	want := map[string]string{
		"Patient.Email PL001": "kept only in memory for the session, see DPIA-12",
		"Patient.Phone PL001": "call-backs only",
	}
	for k, v := range want {
		if got[k] != v {
			t.Errorf("suppressed %s: justification %q, want %q", k, got[k], v)
		}
	}
	if len(got) != len(want) {
		t.Errorf("suppressed findings %v, want exactly %v", got, want)
	}
}
