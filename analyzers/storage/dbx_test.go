package storage_test

import (
	"testing"

	"github.com/privlint/privlint/analyzers/internal/flowtest"

	"golang.org/x/tools/go/analysis/analysistest"
)

// TestDBX checks pocketbase/dbx's writes: the column map of Insert, Upsert
// and Update (not the WHERE of an Update or a Delete, nor a SELECT's
// condition) and a model given to Model and inserted.
func TestDBX(t *testing.T) {
	analysistest.Run(t, flowtest.TestData(), flowtest.Analyzers().Storage, "dbxcases")
}
