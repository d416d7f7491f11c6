package storage

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

// New returns the analyzer that reports PL101 (see the package doc) on
// the flows that flowAnalyzer, made by flow.New, finds, judged by the Env
// of env.
func New(env, flowAnalyzer *analysis.Analyzer) *analysis.Analyzer {
	return &analysis.Analyzer{
		Name:             "storage",
		Doc:              analysisdoc.MustExtract(doc, "storage"),
		URL:              rules.HelpURIFor("PL101"),
		Requires:         []*analysis.Analyzer{env, flowAnalyzer},
		RunDespiteErrors: true,
		Run:              func(pass *analysis.Pass) (any, error) { return flowrule.Run(pass, "PL101", flow.KindStorage, judge) },
		ResultType:       diag.ResultType,
	}
}

func judge(env *config.Env, fl *flow.Flow, src *flow.Source) (string, bool) {
	if src.Protected || src.Encrypted {
		return "", false
	}
	if src.WeakProtection() {
		return "", false // PL105 reports it: weakly protected, not unprotected
	}
	if !src.MappedBy(fl.Sink.Package) {
		return "", false // the store's mapping leaves the field out (xorm:"-")
	}
	if !env.Policy.EncryptionRequired(src.Category, src.Sensitive) {
		return "", false
	}
	fix := "encrypt it first (an AEAD, or a function listed under encryption.functions or marked //privlint:encrypts)"
	if src.Field {
		fix += fmt.Sprintf(", or mark the field pii:%q if the store encrypts it at rest", src.Category+",encrypted")
	}
	return fmt.Sprintf("%s from %s is written to %s unencrypted (%s); %s",
		src.Category, src.Symbol, fl.Sink.What, fl.Sink.Call, fix), true
}
