package urlleak

import (
	_ "embed"
	"fmt"

	"golang.org/x/tools/go/analysis"

	"github.com/privlint/privlint/analyzers/config"
	"github.com/privlint/privlint/analyzers/flow"
	"github.com/privlint/privlint/analyzers/internal/analysisdoc"
	"github.com/privlint/privlint/analyzers/internal/flowrule"
	"github.com/privlint/privlint/internal/diag"
	"github.com/privlint/privlint/rules"
)

// doc is the package documentation, the source of the analyzer's Doc.
//
//go:embed doc.go
var doc string

// New returns the analyzer that reports PL104 (see the package doc) on
// the flows that flowAnalyzer, made by flow.New, finds, judged by the Env
// of env.
func New(env, flowAnalyzer *analysis.Analyzer) *analysis.Analyzer {
	return &analysis.Analyzer{
		Name:             "urlleak",
		Doc:              analysisdoc.MustExtract(doc, "urlleak"),
		URL:              rules.HelpURIFor("PL104"),
		Requires:         []*analysis.Analyzer{env, flowAnalyzer},
		RunDespiteErrors: true,
		Run:              func(pass *analysis.Pass) (any, error) { return flowrule.Run(pass, "PL104", flow.KindURL, judge) },
		ResultType:       diag.ResultType,
	}
}

func judge(_ *config.Env, fl *flow.Flow, src *flow.Source) (string, bool) {
	return fmt.Sprintf("%s from %s is put into a request URL (%s); URLs end up in server, proxy and browser logs: send it in the request body or a header instead",
		src.Category, src.Symbol, fl.Sink.Call), true
}
