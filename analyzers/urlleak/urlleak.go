package urlleak

import (
	"fmt"

	"golang.org/x/tools/go/analysis"

	"github.com/privlint/privlint/analyzers/flow"
	"github.com/privlint/privlint/analyzers/internal/flowrule"
	"github.com/privlint/privlint/internal/diag"
	"github.com/privlint/privlint/internal/setup"
)

// Analyzer reports PL104; see the package doc.
var Analyzer = &analysis.Analyzer{
	Name:       "urlleak",
	Doc:        "report personal data placed in a request URL (PL104)",
	URL:        "https://github.com/privlint/privlint/blob/main/docs/rules.md#pl104",
	Requires:   []*analysis.Analyzer{flow.Analyzer},
	Run:        func(pass *analysis.Pass) (any, error) { return flowrule.Run(pass, "PL104", flow.KindURL, judge) },
	ResultType: diag.ResultType,
}

func judge(_ *setup.Env, fl *flow.Flow, src *flow.Source) (string, bool) {
	return fmt.Sprintf("%s from %s is put into a request URL (%s); URLs end up in server, proxy and browser logs: send it in the request body or a header instead",
		src.Category, flowrule.From(src), fl.Sink.Call), true
}
