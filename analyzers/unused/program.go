package unused

import (
	"maps"
	"slices"

	"github.com/privlint/privlint/analyzers/config"
	"github.com/privlint/privlint/finding"
)

// Program is the unused results of the root packages of one run joined:
// PL201's whole-program half, which a driver that sees every package
// (privlint check) adds to what the analyzer reports per package.
type Program struct {
	// Fields are the personal-data fields declared in the root packages,
	// by key, once each.
	Fields map[string]*Field
	// Uses are the uses of every field, across the root packages.
	Uses map[string]*Use
	// records are the keys of the fields of log records (logrecords.go),
	// which PL201 leaves to PL102.
	records map[string]bool
	// reported are the positions of the fields the analyzer has reported
	// (or suppressed) already.
	reported map[finding.Position]bool
}

// Join merges the results of the root packages (a package and its test
// variant give the same result, so duplicates are dropped): the declared
// fields by key, and the uses of every field.
func Join(results []*Result) *Program {
	p := &Program{Fields: map[string]*Field{}, Uses: map[string]*Use{}, reported: map[finding.Position]bool{}}
	imported := map[string]bool{}
	app := false
	refs, dynamic, holders := map[string]bool{}, map[string]bool{}, map[string]bool{}
	for _, ur := range results {
		for _, path := range ur.Imports {
			imported[path] = true
		}
		app = app || ur.Main
		for _, r := range ur.Refs {
			refs[r] = true
		}
		for _, d := range ur.Dynamic {
			dynamic[d] = true
		}
		for _, h := range ur.Holders {
			holders[h] = true
		}
	}
	// A write inside a function of a main or internal package that no
	// package of the program names, and that no interface call can reach
	// (no interface has a method of its name), never happens: the field
	// is no more collected there than a field nothing writes.
	dead := func(ur *Result, at finding.Position) bool {
		fn, ok := ur.WritesIn[at]
		return ok && app && !refs[fn.Key] && !(fn.Method && dynamic[fn.Name])
	}
	for _, ur := range results {
		// In an application (a program with a main package), a library's
		// API that no package of the program imports is read by its
		// callers outside the program. Without a main package, the
		// packages loaded are the program: nothing says which are used
		// from outside.
		if app && len(ur.API) > 0 && !imported[ur.pkgPath()] {
			for _, key := range slices.Sorted(maps.Keys(ur.API)) {
				m, ok := p.Uses[key]
				if !ok {
					m = &Use{}
					p.Uses[key] = m
				}
				m.Reads = append(m.Reads, ur.API[key])
			}
		}
		for _, f := range ur.Fields {
			if _, ok := p.Fields[f.Key]; !ok {
				p.Fields[f.Key] = f
			}
		}
		for key, u := range ur.Uses {
			m, ok := p.Uses[key]
			if !ok {
				m = &Use{}
				p.Uses[key] = m
			}
			m.Package, m.Symbol = u.Package, u.Symbol
			m.Reads = append(m.Reads, u.Reads...)
			for _, w := range u.Writes {
				// A decoder's write under a holder the program never
				// reads is dropped with the response (holders.go).
				if !dead(ur, w) && open(u.Via[w], holders) {
					m.Writes = append(m.Writes, w)
				}
			}
			m.Sunk = append(m.Sunk, u.Sunk...)
			m.CopiesTo = append(m.CopiesTo, u.CopiesTo...)
		}
		if ur.Diag != nil {
			for _, f := range ur.Diag.Findings {
				if f.RuleID == RuleID {
					p.reported[f.Pos] = true
				}
			}
		}
	}
	// A column stored in one package and compared in another: the
	// comparison reads what the store wrote.
	stored, compared, selected := map[string][]string{}, map[string]finding.Position{}, map[string][]string{}
	for _, ur := range results {
		for key, cols := range ur.Stored {
			stored[key] = append(stored[key], cols...)
		}
		for col, into := range ur.Selected {
			selected[col] = append(selected[col], into...)
		}
		for col, at := range ur.Compared {
			if old, ok := compared[col]; !ok || comparePos(at, old) < 0 {
				compared[col] = at
			}
		}
	}
	pluginReads(results, p.Uses)
	p.records = logRecordsOf(results)
	columnReads(p.Uses, stored, compared)
	columnCopies(p.Uses, stored, selected)
	for _, u := range p.Uses {
		slices.SortFunc(u.Reads, comparePos)
		u.Reads = slices.Compact(u.Reads)
		slices.SortFunc(u.Writes, comparePos)
		u.Writes = slices.Compact(u.Writes)
		slices.SortFunc(u.Sunk, comparePos)
		u.Sunk = slices.Compact(u.Sunk)
		slices.Sort(u.CopiesTo)
		u.CopiesTo = slices.Compact(u.CopiesTo)
	}
	return p
}

// Findings reports, under env, every unused field of the root packages:
// a field is used when any package reads it, or copies it into a used
// field (transitively). Reported are exported fields, and unexported ones
// whose copies all go to unused exported fields, except those the
// analyzer has reported already (or suppressed), so that no field is
// reported twice. A copy into a field of a package that was not loaded
// counts as a use: its readers are unknown.
//
// The findings get the policy's level for PL201 (none drops them), the
// field's //privlint:ignore PL201 suppression, and the include-generated
// option, as the analyzer's do.
func (p *Program) Findings(env *config.Env) []*finding.Finding {
	level := env.Policy.RuleLevel(RuleID)
	if level == finding.LevelNone {
		return nil
	}
	used := Used(p.Uses, func(key string) bool { return p.Fields[key] != nil })
	var out []*finding.Finding
	for _, key := range slices.Sorted(maps.Keys(p.Fields)) {
		f := p.Fields[key]
		if used[key] || !written(p.Uses[key]) || p.records[key] || p.reported[f.Pos] || (f.Generated && !env.Options.IncludeGenerated) {
			continue
		}
		fn := NewFinding(f, p.Uses[key], p.Uses)
		fn.Level = level
		fn.Pos, fn.End = f.Pos, f.End
		out = append(out, fn)
	}
	return out
}

// pkgPath is the import path of the package the result is for.
func (r *Result) pkgPath() string { return r.path }
