// Package flowrule runs a flow rule: it takes the flows of one sink kind
// from the flow analyzer, asks the rule to judge each source that reaches
// the sink, and reports one finding per (sink call, source field).
package flowrule

import (
	"golang.org/x/tools/go/analysis"

	"github.com/privlint/privlint/analyzers/config"
	"github.com/privlint/privlint/analyzers/flow"
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
	for _, fl := range flow.Of(pass).Flows {
		if fl.Sink.Kind != kind {
			continue
		}
		for _, src := range fl.Unique() {
			msg, ok := judge(env, fl, src)
			if !ok {
				continue
			}
			rep.Report(fl.Pos, fl.End, fl.Finding(pass.Fset, src, rule, msg))
		}
	}
	return rep.Result(), nil
}
