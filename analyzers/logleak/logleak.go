package logleak

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

// New returns the analyzer that reports PL102 (see the package doc) on
// the flows that flowAnalyzer, made by flow.New, finds, judged by the Env
// of env.
func New(env, flowAnalyzer *analysis.Analyzer) *analysis.Analyzer {
	return &analysis.Analyzer{
		Name:             "logleak",
		Doc:              analysisdoc.MustExtract(doc, "logleak"),
		URL:              rules.HelpURIFor("PL102"),
		Requires:         []*analysis.Analyzer{env, flowAnalyzer},
		RunDespiteErrors: true,
		Run:              func(pass *analysis.Pass) (any, error) { return flowrule.Run(pass, "PL102", flow.KindLog, judge) },
		ResultType:       diag.ResultType,
	}
}

func judge(_ *config.Env, fl *flow.Flow, src *flow.Source) (string, bool) {
	if src.Ref {
		// Where a photo or a scan lies (its key, URL or path), not the
		// photo: logging it shows no image.
		return "", false
	}
	return fmt.Sprintf("%s from %s is written to %s (%s); log an opaque identifier instead, or redact the value",
		src.Category, src.Symbol, fl.Sink.What, fl.Sink.Call), true
}
