package storage_test

import (
	"testing"

	"github.com/privlint/privlint/analyzers/internal/flowtest"

	"golang.org/x/tools/go/analysis/analysistest"
)

// TestXORM checks xorm's writes (Insert, Update), that an update limited
// to named columns (Cols, MustCols) or leaving some out (Omit) writes only
// those, and that a password hashed through an interface of hashers, one
// of which keeps its input for tests, is not stored in clear.
func TestXORM(t *testing.T) {
	analysistest.Run(t, flowtest.TestData(), flowtest.Analyzers().Storage, "xormcases")
}
