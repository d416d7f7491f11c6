package thirdparty

import (
	_ "embed"
	"fmt"
	"slices"
	"strings"

	"golang.org/x/tools/go/analysis"

	"github.com/privlint/privlint/analyzers/config"
	"github.com/privlint/privlint/analyzers/flow"
	"github.com/privlint/privlint/analyzers/internal/analysisdoc"
	"github.com/privlint/privlint/analyzers/internal/flowrule"
	"github.com/privlint/privlint/internal/diag"
	"github.com/privlint/privlint/internal/judge"
	"github.com/privlint/privlint/rules"
)

// doc is the package documentation, the source of the analyzer's Doc.
//
//go:embed doc.go
var doc string

// New returns the analyzer that reports PL103 (see the package doc) on
// the flows that flowAnalyzer, made by flow.New, finds, judged by the Env
// of env.
func New(env, flowAnalyzer *analysis.Analyzer) *analysis.Analyzer {
	return &analysis.Analyzer{
		Name:             "thirdparty",
		Doc:              analysisdoc.MustExtract(doc, "thirdparty"),
		URL:              rules.HelpURIFor("PL103"),
		Requires:         []*analysis.Analyzer{env, flowAnalyzer},
		RunDespiteErrors: true,
		Run:              func(pass *analysis.Pass) (any, error) { return flowrule.Run(pass, "PL103", flow.KindThirdParty, check) },
		ResultType:       diag.ResultType,
	}
}

func check(env *config.Env, fl *flow.Flow, src *flow.Source) (string, bool) {
	pol := env.Policy
	file := judge.PolicyName(pol)
	sink := fl.Sink
	if src.Auth {
		// The recipient's own credential, sent as the request's
		// authentication: it discloses nothing to the recipient.
		return "", false
	}
	if pol.InternalHost(sink.Host) {
		return "", false
	}
	tp := pol.Recipient(sink.Host, sink.Recipient, sink.Package)
	head := fmt.Sprintf("%s from %s is sent to %s (%s)", src.Category, src.Symbol, sink.What, sink.Call)
	switch {
	case tp == nil:
		return fmt.Sprintf("%s, a recipient %s does not declare; declare it under third_parties: with dpa: true and the purposes it serves, or stop sending the data", head, file), true
	case !tp.DPA:
		return fmt.Sprintf("%s, which %s declares without dpa: true; put a data-processing agreement in place (GDPR Art. 28) and record it, or stop sending the data", head, file), true
	}
	if len(src.Purposes) > 0 && !intersects(src.Purposes, tp.Purposes) {
		declared := "no purposes"
		if len(tp.Purposes) > 0 {
			declared = "purposes " + strings.Join(tp.Purposes, ", ")
		}
		return fmt.Sprintf("%s for %s, but %s declares %s for %s; add the purpose to the recipient or stop sending the data",
			head, strings.Join(src.Purposes, ", "), file, tp.Key, declared), true
	}
	if len(tp.Categories) > 0 && !covered(tp.Categories, src.Category) {
		return fmt.Sprintf("%s, but %s lets %s receive only %s; add the category to the recipient or stop sending the data",
			head, file, tp.Key, strings.Join(tp.Categories, ", ")), true
	}
	return "", false
}

func intersects(a, b []string) bool {
	for _, x := range a {
		if slices.Contains(b, x) {
			return true
		}
	}
	return false
}

func covered(allowed []string, cat string) bool {
	for _, a := range allowed {
		if rules.Covers(a, cat) {
			return true
		}
	}
	return false
}
