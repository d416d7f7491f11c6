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

// TestXORMCatalog checks xorm's writes as the default catalog declares
// them: Insert, InsertOne and InsertMulti write their beans, Update its
// bean but not those of its WHERE, through xorm's Engine, its Interface
// and an application's own interface, in xorm.io/xorm, the older
// github.com/go-xorm/xorm and the github.com/xorm-io/xorm fork, whose Cols
// limits an update to the columns it names.
func TestXORMCatalog(t *testing.T) {
	analysistest.Run(t, flowtest.TestData(), flowtest.Analyzers().Storage, "xormcatalog")
}

// TestXORMPayload checks options passed by value whose callee stores
// their JSON encoding (json.Marshal(&opts)): a field tagged json:"-" is
// not stored, one that encoding/json outputs is.
func TestXORMPayload(t *testing.T) {
	analysistest.Run(t, flowtest.TestData(), flowtest.Analyzers().Storage, "xormpayload")
}
