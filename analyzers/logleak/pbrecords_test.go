package logleak_test

import (
	"testing"

	"github.com/privlint/privlint/analyzers/internal/flowtest"

	"golang.org/x/tools/go/analysis/analysistest"
)

// TestPocketBaseRecords checks that what a PocketBase record hands out
// under a constant key named for personal data (rec.GetString("email"))
// is that data, and that other keys, keys not known and numbers are not.
func TestPocketBaseRecords(t *testing.T) {
	analysistest.Run(t, flowtest.TestData(), flowtest.Analyzers().Logleak, "pbrecords")
}
