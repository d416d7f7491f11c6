package flow

import "golang.org/x/tools/go/analysis"

// NewAnalyzingGOROOT is New for a flow analyzer that analyzes every
// package in full, the standard library included.
func NewAnalyzingGOROOT(env, classify *analysis.Analyzer) *analysis.Analyzer {
	return newAnalyzer(env, classify, true)
}

// SetSolveHook makes the solve of every package report its import path,
// how many analyses of functions it ran and how many functions it has to
// h (nil: none). h may be called from several goroutines at once.
func SetSolveHook(h func(pkg string, analyses, funcs int)) { solveHook = h }

// SetPassHook makes the solve of every package report its import path
// and how many passes over functions' instructions its analyses made to
// h (nil: none). h may be called from several goroutines at once.
func SetPassHook(h func(pkg string, passes int)) { passHook = h }
