// Package analyzers lists privlint's go/analysis passes. Each pass lives in
// its own subpackage with a doc.go stating exactly what it reports; a new
// rule goes into a new subpackage and is added to All.
package analyzers

import (
	"golang.org/x/tools/go/analysis"

	"github.com/privlint/privlint/analyzers/classify"
	"github.com/privlint/privlint/analyzers/flow"
	"github.com/privlint/privlint/analyzers/logleak"
	"github.com/privlint/privlint/analyzers/purpose"
	"github.com/privlint/privlint/analyzers/storage"
	"github.com/privlint/privlint/analyzers/thirdparty"
	"github.com/privlint/privlint/analyzers/unused"
	"github.com/privlint/privlint/analyzers/urlleak"
	"github.com/privlint/privlint/analyzers/weakprotect"
)

// All returns every privlint analyzer, in dependency order.
func All() []*analysis.Analyzer {
	return []*analysis.Analyzer{
		classify.Analyzer,
		purpose.Analyzer,
		flow.Analyzer,
		storage.Analyzer,
		logleak.Analyzer,
		thirdparty.Analyzer,
		urlleak.Analyzer,
		weakprotect.Analyzer,
		unused.Analyzer,
	}
}
