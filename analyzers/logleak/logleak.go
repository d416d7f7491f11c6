package logleak

import (
	"fmt"

	"golang.org/x/tools/go/analysis"

	"github.com/privlint/privlint/analyzers/flow"
	"github.com/privlint/privlint/analyzers/internal/flowrule"
	"github.com/privlint/privlint/internal/diag"
	"github.com/privlint/privlint/internal/setup"
)

// Analyzer reports PL102; see the package doc.
var Analyzer = &analysis.Analyzer{
	Name:       "logleak",
	Doc:        "report personal data written to logs or standard output (PL102)",
	URL:        "https://github.com/privlint/privlint/blob/main/docs/rules.md#pl102",
	Requires:   []*analysis.Analyzer{flow.Analyzer},
	Run:        func(pass *analysis.Pass) (any, error) { return flowrule.Run(pass, "PL102", flow.KindLog, judge) },
	ResultType: diag.ResultType,
}

func judge(_ *setup.Env, fl *flow.Flow, src *flow.Source) (string, bool) {
	return fmt.Sprintf("%s from %s is written to %s (%s); log an opaque identifier instead, or redact the value",
		src.Category, flowrule.From(src), fl.Sink.What, fl.Sink.Call), true
}
