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
