package purpose

import (
	_ "embed"
	"go/token"

	"golang.org/x/tools/go/analysis"

	"github.com/privlint/privlint/analyzers/classify"
	"github.com/privlint/privlint/analyzers/config"
	"github.com/privlint/privlint/analyzers/internal/analysisdoc"
	"github.com/privlint/privlint/internal/diag"
	"github.com/privlint/privlint/internal/judge"
	"github.com/privlint/privlint/rules"
)

// doc is the package documentation, the source of the analyzer's Doc.
//
//go:embed doc.go
var doc string

// New returns the analyzer that reports PL001–PL004 and PL006 (see the package doc)
// on the fields that classifyAnalyzer, made by classify.New, finds, judged
// by the Env of env.
func New(env, classifyAnalyzer *analysis.Analyzer) *analysis.Analyzer {
	return &analysis.Analyzer{
		Name:             "purpose",
		Doc:              analysisdoc.MustExtract(doc, "purpose"),
		URL:              rules.HelpURIFor("PL001"),
		Requires:         []*analysis.Analyzer{env, classifyAnalyzer},
		RunDespiteErrors: true,
		Run:              func(pass *analysis.Pass) (any, error) { return run(pass, classifyAnalyzer) },
		ResultType:       diag.ResultType,
	}
}

func run(pass *analysis.Pass, classifyAnalyzer *analysis.Analyzer) (any, error) {
	env := config.For(pass)
	fields := pass.ResultOf[classifyAnalyzer].(*classify.Result)
	rep := env.Reporter(pass)
	// PL006 needs the declarations only when the policy denies
	// something; they are then sized for every field (holders are few).
	var decls []judge.Declaration
	var at []*classify.Info
	deny := len(env.Policy.Deny) > 0
	if deny {
		decls = make([]judge.Declaration, 0, len(fields.Fields))
		at = make([]*classify.Info, 0, len(fields.Fields))
	}
	type siteKey struct {
		pos     token.Pos
		purpose string
	}
	reported := map[siteKey]bool{}
	for _, info := range fields.Fields {
		f := info.Fact
		if f.Holder {
			continue
		}
		d := judge.Declaration{
			Category:   f.Category,
			DetectedBy: f.DetectedBy,
			Evidence:   f.Evidence,
			Purposes:   f.Purposes,
			Special:    f.Special,
			Symbol:     f.Symbol,
			Inherited:  inherited(info),
		}
		// An undefined purpose of a type or package directive: once, at
		// the directive.
		for _, p := range f.Purposes {
			site, ok := info.Sites[p]
			if !ok || reported[siteKey{site.Pos, p}] {
				continue
			}
			if fn := judge.UnknownPurpose(env.Policy, p, site.Scope, site.Symbol); fn != nil {
				reported[siteKey{site.Pos, p}] = true
				rep.Report(site.Pos, site.End, fn)
			}
		}
		for _, fn := range judge.Purposes(env.Policy, d) {
			rep.Report(info.Pos, info.End, fn)
		}
		if deny {
			decls = append(decls, d)
			at = append(at, info)
		}
	}
	// PL006 judges what the package processes under each purpose.
	for i, fs := range judge.Deny(env.Policy, decls) {
		for _, fn := range fs {
			rep.Report(at[i].Pos, at[i].End, fn)
		}
	}
	return rep.Result(), nil
}

// inherited reports whether every purpose of the field comes from a type or
// package directive whose site is known, so that PL002 is judged there.
func inherited(info *classify.Info) bool {
	if info.Sites == nil {
		return false
	}
	for _, p := range info.Fact.Purposes {
		if _, ok := info.Sites[p]; !ok {
			return false
		}
	}
	return true
}
