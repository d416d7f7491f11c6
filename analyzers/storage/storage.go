package storage

import (
	"fmt"

	"golang.org/x/tools/go/analysis"

	"github.com/privlint/privlint/analyzers/flow"
	"github.com/privlint/privlint/analyzers/internal/flowrule"
	"github.com/privlint/privlint/internal/diag"
	"github.com/privlint/privlint/internal/setup"
)

// Analyzer reports PL101; see the package doc.
var Analyzer = &analysis.Analyzer{
	Name:       "storage",
	Doc:        "report encryption-required personal data written to storage unencrypted (PL101)",
	URL:        "https://github.com/privlint/privlint/blob/main/docs/rules.md#pl101",
	Requires:   []*analysis.Analyzer{flow.Analyzer},
	Run:        func(pass *analysis.Pass) (any, error) { return flowrule.Run(pass, "PL101", flow.KindStorage, judge) },
	ResultType: diag.ResultType,
}

func judge(env *setup.Env, fl *flow.Flow, src *flow.Source) (string, bool) {
	if src.Protected || src.Encrypted {
		return "", false
	}
	if src.WeakProtection() {
		return "", false // PL105 reports it: weakly protected, not unprotected
	}
	if !env.Policy.EncryptionRequired(src.Category, src.Sensitive) {
		return "", false
	}
	fix := "encrypt it first (an AEAD, or a function listed under encryption.functions or marked //privlint:encrypts)"
	if src.Field {
		fix += fmt.Sprintf(", or mark the field pii:%q if the store encrypts it at rest", src.Category+",encrypted")
	}
	return fmt.Sprintf("%s from %s is written to %s unencrypted (%s); %s",
		src.Category, flowrule.From(src), fl.Sink.What, fl.Sink.Call, fix), true
}
