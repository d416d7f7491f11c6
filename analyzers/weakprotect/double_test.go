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

// TestNoDoubleReport checks that where PL105 reports, PL101 does not
// report the same data as stored unencrypted: a password weakly hashed by
// a method writing into its receiver's field and then copied by a
// converter (weakreceiver), a password replaced with its bcrypt hash
// before the converter copies it, and values only encoded into a column
// marked encrypted (weakcolumn). A value encoded into another column is
// still PL101's.
func TestNoDoubleReport(t *testing.T) {
	rec := &wantsOnly{}
	results := analysistest.Run(rec, flowtest.TestData(), flowtest.Analyzers().Storage, "weakreceiver/...", "weakcolumn")
	if len(rec.errs) > 0 {
		t.Fatal(strings.Join(rec.errs, "; "))
	}
	if len(results) == 0 {
		t.Fatal("weakreceiver and weakcolumn did not load")
	}
	still := false
	for _, r := range results {
		if r.Err != nil {
			t.Fatalf("%s: %v", r.Pass.Pkg.Path(), r.Err)
		}
		for _, d := range r.Diagnostics {
			for _, doubled := range []string{"Password", "of insertEncoded", "of updateEncoded"} {
				if strings.Contains(d.Message, doubled) {
					t.Errorf("%s: %s", r.Pass.Fset.Position(d.Pos), d.Message)
				}
			}
			if strings.Contains(d.Message, "of insertOtherColumn") {
				still = true
			}
		}
	}
	if !still {
		t.Error("PL101 did not report the SSN encoded into insertOtherColumn's unmarked column")
	}
}
