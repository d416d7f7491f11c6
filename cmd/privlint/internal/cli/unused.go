package cli

import (
	"maps"
	"slices"

	"github.com/privlint/privlint/analyzers/config"
	"github.com/privlint/privlint/analyzers/unused"
	"github.com/privlint/privlint/finding"
	"github.com/privlint/privlint/rules"
)

// unusedFindings is PL201's whole-program half. The unused analyzer
// reports, per package, the unexported personal-data fields that nothing
// uses (all their readers are in that package, so go vet can judge them).
// Here the results of all root packages are joined: a field is used when
// any package reads it, or copies it into a used field (transitively), and
// every unused field of a root package is reported — exported ones, and
// unexported ones whose copies all go to unused exported fields — except
// those the analyzer has reported already (or suppressed), so that no
// field is reported twice. A copy into a field of a package that was not
// loaded counts as a use: its readers are unknown.
//
// The findings get the policy's level for PL201 (none drops them) and the
// field's //privlint:ignore PL201 suppression, as the analyzer's do.
func unusedFindings(res *analysisResult, env *config.Env) []*finding.Finding {
	pol := env.Policy
	def := finding.LevelWarning
	if r, ok := rules.Lookup(unused.RuleID); ok {
		def = r.Level
	}
	level := pol.Level(unused.RuleID, def)
	if level == finding.LevelNone {
		return nil
	}
	fields, uses := joinUnused(res)
	reported := map[finding.Position]bool{}
	for _, f := range res.findings {
		if f.RuleID == unused.RuleID {
			reported[f.Pos] = true
		}
	}
	used := unused.Used(uses, func(key string) bool { return fields[key] != nil })
	var out []*finding.Finding
	for _, key := range slices.Sorted(maps.Keys(fields)) {
		f := fields[key]
		if used[key] || reported[f.Pos] || (f.Generated && !env.Options.IncludeGenerated) {
			continue
		}
		fn := unused.NewFinding(f, uses[key], uses)
		fn.Level = level
		fn.Pos, fn.End = f.Pos, f.End
		out = append(out, fn)
	}
	return out
}

// joinUnused merges the unused results of the root packages (a package
// and its test variant give the same result, so duplicates are dropped):
// the declared fields by key, and the uses of every field.
func joinUnused(res *analysisResult) (map[string]*unused.Field, map[string]*unused.Use) {
	fields := map[string]*unused.Field{}
	uses := map[string]*unused.Use{}
	for _, r := range res.results[unused.Name] {
		ur, ok := r.(*unused.Result)
		if !ok {
			continue
		}
		for _, f := range ur.Fields {
			if _, ok := fields[f.Key]; !ok {
				fields[f.Key] = f
			}
		}
		for key, u := range ur.Uses {
			m, ok := uses[key]
			if !ok {
				m = &unused.Use{Package: u.Package, Symbol: u.Symbol}
				uses[key] = m
			}
			m.Reads = append(m.Reads, u.Reads...)
			m.Writes = append(m.Writes, u.Writes...)
			m.CopiesTo = append(m.CopiesTo, u.CopiesTo...)
		}
	}
	for _, u := range uses {
		slices.SortFunc(u.Reads, comparePositions)
		u.Reads = slices.Compact(u.Reads)
		slices.SortFunc(u.Writes, comparePositions)
		u.Writes = slices.Compact(u.Writes)
		slices.Sort(u.CopiesTo)
		u.CopiesTo = slices.Compact(u.CopiesTo)
	}
	return fields, uses
}

func comparePositions(a, b finding.Position) int {
	return finding.CompareErrors(&finding.Error{File: a.File, Line: a.Line, Column: a.Column}, &finding.Error{File: b.File, Line: b.Line, Column: b.Column})
}
