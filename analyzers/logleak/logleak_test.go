package logleak_test

import (
	"testing"

	"github.com/privlint/privlint/analyzers/internal/flowtest"

	"golang.org/x/tools/go/analysis/analysistest"

	"github.com/privlint/privlint/internal/diag"
)

// TestLogleak checks the PL102 log cases in logcases: every line with a `// want`
// must be reported with that message, and every other line (those marked
// `// ok: <why>` are the must-not-flag cases) must not.
func TestLogleak(t *testing.T) {
	analysistest.Run(t, flowtest.TestData(), flowtest.Analyzers().Logleak, "logcases", "writerlogs", "applogs", "appkit/logger", "hooklogs", "imagerefs", "fieldmaps", "echoctx", "decodeinto", "objstores", "ctorcases", "jsoncases", "ipreaders", "requestlogs", "handlecases", "manyimpls", "ginctx")
}

// TestSuppression checks that the two //privlint:ignore PL102 lines in
// logcases hide their findings from go vet but keep them, with their
// justification, for the CLI.
func TestSuppression(t *testing.T) {
	results := analysistest.Run(t, flowtest.TestData(), flowtest.Analyzers().Logleak, "logcases")
	got := map[string]string{}
	for _, r := range results {
		for _, f := range r.Result.(*diag.Result).Findings {
			if f.Suppressed {
				got[f.Symbol] = f.Justification
			}
		}
	}
	want := map[string]string{
		"User.Email": "audited in DPIA-7",
		"User.Name":  "operators need it, see DPIA-8",
	}
	if len(got) != len(want) {
		t.Errorf("suppressed findings %v, want %v", got, want)
	}
	for k, v := range want {
		if got[k] != v {
			t.Errorf("suppressed %s: justification %q, want %q", k, got[k], v)
		}
	}
}
