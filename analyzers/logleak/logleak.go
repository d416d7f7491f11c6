package logleak

import (
	"fmt"

	"golang.org/x/tools/go/analysis"

	"github.com/privlint/privlint/analyzers/config"
	"github.com/privlint/privlint/analyzers/flow"
	"github.com/privlint/privlint/analyzers/internal/flowrule"
	"github.com/privlint/privlint/internal/diag"
)

// New returns the analyzer that reports PL102 (see the package doc) on
// the flows that flowAnalyzer, made by flow.New, finds, judged by the Env
// of env.
func New(env, flowAnalyzer *analysis.Analyzer) *analysis.Analyzer {
	return &analysis.Analyzer{
		Name:       "logleak",
		Doc:        "report personal data written to logs or standard output (PL102)",
		URL:        "https://github.com/privlint/privlint/blob/main/docs/rules.md#pl102",
		Requires:   []*analysis.Analyzer{env, flowAnalyzer},
		Run:        func(pass *analysis.Pass) (any, error) { return flowrule.Run(pass, "PL102", flow.KindLog, judge) },
		ResultType: diag.ResultType,
	}
}

func judge(_ *config.Env, fl *flow.Flow, src *flow.Source) (string, bool) {
	return fmt.Sprintf("%s from %s is written to %s (%s); log an opaque identifier instead, or redact the value",
		src.Category, src.Symbol, fl.Sink.What, fl.Sink.Call), true
}
