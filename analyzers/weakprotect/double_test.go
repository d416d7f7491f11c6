package weakprotect_test

import (
	"fmt"
	"strings"
	"testing"

	"golang.org/x/tools/go/analysis/analysistest"

	"github.com/privlint/privlint/analyzers/internal/flowtest"
)

// wantsOnly stands in for *testing.T in analysistest.Run when the
// package's want comments are another analyzer's: it keeps the
// diagnostics that were reported and the errors that are not about want
// comments.
type wantsOnly struct{ errs []string }

func (r *wantsOnly) Errorf(format string, args ...any) {
	msg := fmt.Sprintf(format, args...)
	if strings.Contains(msg, "unexpected diagnostic") || strings.Contains(msg, "no diagnostic was reported") {
		return
	}
	r.errs = append(r.errs, msg)
}

// TestNoDoubleReport checks that where PL105 reports a password weakly
// hashed on its way to storage (weakreceiver: a method replacing its
// receiver's password with its SHA-1, then a converter and gorm), PL101
// does not report the same password as stored unencrypted, and that a
// password replaced with its bcrypt hash before a converter copies it is
// not reported by PL101 either.
func TestNoDoubleReport(t *testing.T) {
	rec := &wantsOnly{}
	results := analysistest.Run(rec, flowtest.TestData(), flowtest.Analyzers().Storage, "weakreceiver/...")
	if len(rec.errs) > 0 {
		t.Fatal(strings.Join(rec.errs, "; "))
	}
	if len(results) == 0 {
		t.Fatal("weakreceiver did not load")
	}
	for _, r := range results {
		if r.Err != nil {
			t.Fatalf("%s: %v", r.Pass.Pkg.Path(), r.Err)
		}
		for _, d := range r.Diagnostics {
			if strings.Contains(d.Message, "Password") {
				t.Errorf("%s: %s", r.Pass.Fset.Position(d.Pos), d.Message)
			}
		}
	}
}
