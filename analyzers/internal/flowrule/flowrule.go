// Package flowrule runs a flow rule: it takes the flows of one sink kind
// from the flow analyzer, asks the rule to judge each source that reaches
// the sink, and reports one finding per (sink call, source field).
package flowrule

import (
	"golang.org/x/tools/go/analysis"

	"github.com/privlint/privlint/analyzers/flow"
	"github.com/privlint/privlint/internal/diag"
	"github.com/privlint/privlint/internal/setup"
)

// Judge returns the message of a finding for src reaching fl's sink, or
// ok=false when the rule does not apply to it.
type Judge func(env *setup.Env, fl *flow.Flow, src *flow.Source) (msg string, ok bool)

// Run reports rule on the flows of kind in pass.
func Run(pass *analysis.Pass, rule, kind string, judge Judge) (any, error) {
	env, err := setup.For(pass)
	if err != nil {
		return nil, err
	}
	rep := diag.New(pass, env.Policy)
	if !rep.Enabled(rule) {
		return rep.Result(), nil
	}
	flows := pass.ResultOf[flow.Analyzer].(*flow.Result)
	for _, fl := range flows.Flows {
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

// From names a source for messages: "User.Email" or "parameter email".
func From(src *flow.Source) string {
	return src.Symbol
}
