package storage_test

import (
	"testing"

	"github.com/privlint/privlint/analyzers/internal/flowtest"

	"golang.org/x/tools/go/analysis/analysistest"
)

// TestORMInterfaces checks that a record written through an interface of
// the application's own that an ORM of the catalog implements is stored
// (ormrepo), also when only the interface's package imports the ORM
// (ormusers); that a read through it is not; and that a field the
// mapping's tag leaves out of the table (gorm:"-") is not stored when the
// struct is, though its value stored on its own still is.
func TestORMInterfaces(t *testing.T) {
	analysistest.Run(t, flowtest.TestData(), flowtest.Analyzers().Storage, "ormrepo", "ormusers")
}
