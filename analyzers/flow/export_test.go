package flow

// SetAnalyzeGOROOT makes the analyzer analyze every package in full, the
// standard library included, until the returned function restores it.
func SetAnalyzeGOROOT(on bool) (restore func()) {
	old := analyzeGOROOT
	analyzeGOROOT = on
	return func() { analyzeGOROOT = old }
}
