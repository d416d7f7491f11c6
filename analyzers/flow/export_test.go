package flow

import "golang.org/x/tools/go/analysis"

// NewAnalyzingGOROOT is New for a flow analyzer that analyzes every
// package in full, the standard library included.
func NewAnalyzingGOROOT(env, classify *analysis.Analyzer) *analysis.Analyzer {
	return newAnalyzer(env, classify, true)
}
