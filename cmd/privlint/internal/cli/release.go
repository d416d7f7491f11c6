package cli

import (
	"go/types"
	"sync"

	"golang.org/x/tools/go/analysis"
	"golang.org/x/tools/go/packages"
)

// releaseAfterUse makes each package give back its syntax trees and type
// information (types.Info) as soon as the last analyzer that runs on it
// has returned: its importers need only its types and its facts, and the
// driver's results hold no syntax. go/analysis/checker keeps every
// package and every pass until the end of the run, so memory would
// otherwise grow with the module however the analysis proceeds.
//
// It wraps the Run of every analyzer of as and of those they require, in
// place: as must be a fresh set (analyzers.New) used for one run only.
// roots are the packages given to the checker, whose import graph holds
// only packages loaded from source (goload.Load).
//
// Which analyzers run on a package is the checker's rule: all of them on
// a root, and on any other package the analyzers with facts and those
// they require. A package whose count does not reach zero (one skipped
// for errors) simply keeps its data.
func releaseAfterUse(as []*analysis.Analyzer, roots []*packages.Package) {
	all := requiresClosure(as)
	var withFacts []*analysis.Analyzer
	for _, a := range all {
		if len(a.FactTypes) > 0 {
			withFacts = append(withFacts, a)
		}
	}
	nonRoot := len(requiresClosure(withFacts))

	var mu sync.Mutex
	pending := map[*types.Package]int{}
	byTypes := map[*types.Package]*packages.Package{}
	isRoot := map[*packages.Package]bool{}
	for _, p := range roots {
		isRoot[p] = true
	}
	packages.Visit(roots, nil, func(p *packages.Package) {
		if p.Types == nil {
			return
		}
		byTypes[p.Types] = p
		if isRoot[p] {
			pending[p.Types] = len(all)
		} else {
			pending[p.Types] = nonRoot
		}
	})
	done := func(pass *analysis.Pass) {
		// The pass itself stays referenced by the checker's action.
		pass.Files, pass.TypesInfo = nil, nil
		mu.Lock()
		defer mu.Unlock()
		p := byTypes[pass.Pkg]
		if p == nil {
			return
		}
		if pending[pass.Pkg]--; pending[pass.Pkg] == 0 {
			p.Syntax, p.TypesInfo = nil, nil
		}
	}
	for _, a := range all {
		run := a.Run
		a.Run = func(pass *analysis.Pass) (any, error) {
			defer done(pass)
			return run(pass)
		}
	}
}

// requiresClosure returns as and every analyzer they require, directly
// or not, each once.
func requiresClosure(as []*analysis.Analyzer) []*analysis.Analyzer {
	seen := map[*analysis.Analyzer]bool{}
	var out []*analysis.Analyzer
	var visit func(a *analysis.Analyzer)
	visit = func(a *analysis.Analyzer) {
		if seen[a] {
			return
		}
		seen[a] = true
		for _, r := range a.Requires {
			visit(r)
		}
		out = append(out, a)
	}
	for _, a := range as {
		visit(a)
	}
	return out
}
