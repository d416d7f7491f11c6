// Package analyzers builds privlint's go/analysis passes. Each pass lives
// in its own subpackage with a doc.go stating exactly what it reports; a
// new rule goes into a new subpackage and is added to Set and New.
//
// The analyzers of one run are built together by New from a config.Source,
// so that all of them judge a package by the same Env and nothing of the
// run is kept in package variables: two runs, or two golangci-lint plugin
// instances, in one process do not share state.
package analyzers

import (
	"slices"

	"golang.org/x/tools/go/analysis"

	"github.com/privlint/privlint/analyzers/classify"
	"github.com/privlint/privlint/analyzers/config"
	"github.com/privlint/privlint/analyzers/flow"
	"github.com/privlint/privlint/analyzers/logleak"
	"github.com/privlint/privlint/analyzers/purpose"
	"github.com/privlint/privlint/analyzers/storage"
	"github.com/privlint/privlint/analyzers/thirdparty"
	"github.com/privlint/privlint/analyzers/unused"
	"github.com/privlint/privlint/analyzers/urlleak"
	"github.com/privlint/privlint/analyzers/weakprotect"
)

// Set is the analyzers of one run.
type Set struct {
	Env         *analysis.Analyzer // the config.Env every other one Requires
	Classify    *analysis.Analyzer
	Purpose     *analysis.Analyzer // PL001–PL004
	Flow        *analysis.Analyzer
	Storage     *analysis.Analyzer // PL101
	Logleak     *analysis.Analyzer // PL102
	Thirdparty  *analysis.Analyzer // PL103
	Urlleak     *analysis.Analyzer // PL104
	Weakprotect *analysis.Analyzer // PL105
	Unused      *analysis.Analyzer // PL201 (package part)
}

// New builds the analyzers of one run, every one judging a package by the
// Env that src gives for it.
func New(src config.Source) *Set {
	s := &Set{Env: config.New(src)}
	s.Classify = classify.New(s.Env)
	s.Purpose = purpose.New(s.Env, s.Classify)
	s.Flow = flow.New(s.Env, s.Classify)
	s.Storage = storage.New(s.Env, s.Flow)
	s.Logleak = logleak.New(s.Env, s.Flow)
	s.Thirdparty = thirdparty.New(s.Env, s.Flow)
	s.Urlleak = urlleak.New(s.Env, s.Flow)
	s.Weakprotect = weakprotect.New(s.Env, s.Flow)
	s.Unused = unused.New(s.Env, s.Classify, s.Flow)
	return s
}

// All returns the analyzers that a driver runs, in dependency order (the
// Env analyzer, which every one Requires, runs with them).
func (s *Set) All() []*analysis.Analyzer {
	return []*analysis.Analyzer{
		s.Classify,
		s.Purpose,
		s.Flow,
		s.Storage,
		s.Logleak,
		s.Thirdparty,
		s.Urlleak,
		s.Weakprotect,
		s.Unused,
	}
}

// Reports returns the rules each analyzer of the set reports, by analyzer:
// the Env and Flow analyzers report none of their own (the rules'
// analyzers judge Flow's flows).
func (s *Set) Reports() map[*analysis.Analyzer][]string {
	return map[*analysis.Analyzer][]string{
		s.Classify:    {"PL005"},
		s.Purpose:     {"PL001", "PL002", "PL003", "PL004", "PL006"},
		s.Storage:     {"PL101"},
		s.Logleak:     {"PL102"},
		s.Thirdparty:  {"PL103"},
		s.Urlleak:     {"PL104"},
		s.Weakprotect: {"PL105"},
		s.Unused:      {"PL201"},
	}
}

// For returns the analyzers a run needs when only the rules on reports
// true for are reported (--enable, --disable, a policy's rules: off), in
// dependency order: each analyzer that reports one of them, those it
// Requires (Flow, whose results the driver reads too), and Classify, so
// that the packages are still loaded, type-checked and classified, and
// their errors said, when no rule of the Go code is on. Turning off
// PL101–PL105 and PL201 leaves out the flow analysis, and PL201 alone the
// unused analysis. The findings of the rules that are on are those of a
// run of All: no analyzer reads another's findings.
func (s *Set) For(on func(ruleID string) bool) []*analysis.Analyzer {
	reports := s.Reports()
	need := map[*analysis.Analyzer]bool{}
	var visit func(a *analysis.Analyzer)
	visit = func(a *analysis.Analyzer) {
		if !need[a] {
			need[a] = true
			for _, r := range a.Requires {
				visit(r)
			}
		}
	}
	visit(s.Classify)
	for a, ids := range reports {
		if slices.ContainsFunc(ids, on) {
			visit(a)
		}
	}
	var out []*analysis.Analyzer
	for _, a := range s.All() {
		if need[a] {
			out = append(out, a)
		}
	}
	return out
}
