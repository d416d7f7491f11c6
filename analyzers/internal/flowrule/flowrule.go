// Package flowrule runs a flow rule: it takes the flows of one sink kind
// from the flow analyzer, asks the rule to judge each source that reaches
// the sink, and reports one finding per rule, place and category: several
// paths that reach the same call (an ORM call whose driver writes through
// three statements) are one finding, whose Paths list the others.
package flowrule

import (
	"go/token"
	"slices"

	"golang.org/x/tools/go/analysis"

	"github.com/privlint/privlint/analyzers/config"
	"github.com/privlint/privlint/analyzers/flow"
	"github.com/privlint/privlint/finding"
)

// Judge returns the message of a finding for src reaching fl's sink, or
// ok=false when the rule does not apply to it.
type Judge func(env *config.Env, fl *flow.Flow, src *flow.Source) (msg string, ok bool)

// Run reports rule on the flows of kind in pass, whose analyzer Requires
// the Env and the flow analyzers.
func Run(pass *analysis.Pass, rule string, kind flow.Kind, judge Judge) (any, error) {
	env := config.For(pass)
	rep := env.Reporter(pass)
	if !rep.Enabled(rule) {
		return rep.Result(), nil
	}
	type place struct {
		pos      token.Pos
		category string
	}
	// The flows come in a fixed order, so the first path of a place, the
	// one the finding's message tells, is the same on every run.
	found := map[place]*finding.Finding{}
	for _, fl := range flow.Of(pass).Flows {
		if fl.Sink.Kind != kind {
			continue
		}
		for _, src := range fl.Unique() {
			msg, ok := judge(env, fl, src)
			if !ok {
				continue
			}
			f := fl.Finding(pass.Fset, src, rule, msg)
			id := ""
			if src.Field {
				id = src.ID
			}
			k := place{fl.Pos, src.Category}
			if first := found[k]; first != nil {
				addPath(first, f.Flow)
				if !slices.Contains(first.SourceIDs, id) {
					first.SourceIDs = append(first.SourceIDs, id)
				}
				continue
			}
			f.SourceIDs = []string{id}
			found[k] = f
			rep.Report(fl.Pos, fl.End, f)
		}
	}
	return rep.Result(), nil
}

// addPath adds path to f's paths unless f has it already or has
// finding.MaxPaths.
func addPath(f *finding.Finding, path []finding.Step) {
	if len(path) == 0 || 1+len(f.Paths) >= finding.MaxPaths || slices.Equal(f.Flow, path) {
		return
	}
	for _, p := range f.Paths {
		if slices.Equal(p, path) {
			return
		}
	}
	f.Paths = append(f.Paths, path)
}
