// Package goload loads Go packages the way privlint check analyzes them
// (SPEC §10): the module's own packages — with the modules of its go.work
// workspace and those its go.mod replaces with a local directory — from
// source, and every other dependency (the standard library and
// third-party modules) from the compiler's export data: type information
// only, no syntax, no SSA bodies. Memory then grows with the module, not
// with its dependency graph.
//
// The driver (cmd/privlint/internal/cli) and the benchmark's floor
// (internal/devtools/floor) both load through Load, so that the floor
// measures exactly the load privlint does.
package goload

import (
	"fmt"
	"slices"

	"golang.org/x/tools/go/packages"
)

// Mode is the go/packages mode of Load: syntax and type information for
// the packages it loads from source, export data for the others (no
// NeedDeps), and the module of every package, which decides which is
// which.
const Mode = packages.LoadSyntax | packages.NeedModule

// Load loads the packages matching patterns with cfg (its Mode is
// replaced by Mode) and returns the packages the patterns matched.
//
// Packages of the team's own code (Own) that the matched packages import
// without matching them themselves are loaded from source too, so that
// facts flow through them as through the matched ones: go/packages loads
// from source only the packages a load names, so when the first load
// finds such packages among the dependencies, Load loads again naming
// them. The returned packages are still only those the patterns matched.
//
// The import graph below the returned packages is cut to the packages
// loaded from source (FromSource) — or that failed to load and carry
// their errors: a go/analysis driver then runs analyzers, fact-producing
// ones included, on those only, and the export-data packages are reached
// through the types of their importers. A non-nil visit sees each
// package of the full graph once, before the cut (to collect the load
// errors of export-data packages too).
func Load(cfg *packages.Config, visit func(*packages.Package), patterns ...string) ([]*packages.Package, error) {
	c := *cfg
	c.Mode = Mode
	pkgs, err := packages.Load(&c, patterns...)
	if err != nil {
		return nil, err
	}
	// go/packages type-checks the packages a load does not name without
	// their function bodies (or reads their export data): name the team's
	// own packages among them and load again, until every own package of
	// the graph is named. Each round names at least one more package, and
	// a load that names them all reaches no new one, so this ends; it
	// takes two loads on the usual module.
	all, named := pkgs, map[string]bool{}
	for _, p := range pkgs {
		named[p.PkgPath] = true
	}
	var extra []string
	for {
		more := ownDependencies(all, named)
		if len(more) == 0 {
			break
		}
		for _, path := range more {
			named[path] = true
		}
		extra = append(extra, more...)
		all, err = packages.Load(&c, append(slices.Clone(patterns), extra...)...)
		if err != nil {
			return nil, fmt.Errorf("loading the module's packages %v: %w", extra, err)
		}
		for _, p := range all {
			named[p.PkgPath] = true
		}
	}
	if len(extra) > 0 {
		pkgs = sameIDs(all, pkgs)
	}
	if visit != nil {
		packages.Visit(pkgs, nil, visit)
	}
	cut(pkgs)
	return pkgs, nil
}

// Own reports whether p is part of the team's own code, loaded from
// source: a package of the main module or of a module of the go.work
// workspace (the go command marks both Main), or of a module the go.mod
// replaces with a local directory (a replacement without a version).
// Packages outside any module (the standard library) are not.
func Own(p *packages.Package) bool {
	m := p.Module
	if m == nil {
		return false
	}
	return m.Main || (m.Replace != nil && m.Replace.Version == "")
}

// FromSource reports whether p was loaded from source (it has syntax and
// type information), not from export data.
func FromSource(p *packages.Package) bool {
	return p.TypesInfo != nil
}

// ownDependencies returns the import paths of the packages of the team's
// own code that pkgs import, directly or not, and that the load did not
// name (they were loaded from export data, or from source without their
// function bodies), sorted.
func ownDependencies(pkgs []*packages.Package, named map[string]bool) []string {
	var out []string
	packages.Visit(pkgs, nil, func(p *packages.Package) {
		if Own(p) && !named[p.PkgPath] && len(p.Errors) == 0 {
			out = append(out, p.PkgPath)
		}
	})
	slices.Sort(out)
	return slices.Compact(out)
}

// sameIDs returns the packages of all whose ID is that of one of want, in
// want's order.
func sameIDs(all, want []*packages.Package) []*packages.Package {
	byID := make(map[string]*packages.Package, len(all))
	for _, p := range all {
		byID[p.ID] = p
	}
	out := make([]*packages.Package, 0, len(want))
	for _, w := range want {
		if p := byID[w.ID]; p != nil {
			out = append(out, p)
		}
	}
	return out
}

// cut removes from the Imports of every package reachable from pkgs the
// packages loaded from export data that carry no error, after their own
// imports were visited.
func cut(pkgs []*packages.Package) {
	packages.Visit(pkgs, nil, func(p *packages.Package) {
		for path, imp := range p.Imports {
			if !FromSource(imp) && len(imp.Errors) == 0 {
				delete(p.Imports, path)
			}
		}
	})
}
