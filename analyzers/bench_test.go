package analyzers_test

import (
	"path/filepath"
	"testing"

	"golang.org/x/tools/go/analysis"
	"golang.org/x/tools/go/analysis/checker"
	"golang.org/x/tools/go/packages"

	"github.com/privlint/privlint/analyzers/internal/flowtest"
)

// BenchmarkAnalyzePackage measures privlint's analyzers on one package,
// the README example's users package (a store, handlers, logging and a
// third-party call), loaded once: each iteration runs every analyzer on
// it and on its dependencies, as privlint check does, but not the load.
func BenchmarkAnalyzePackage(b *testing.B) {
	dir, err := filepath.Abs(filepath.Join("..", "testdata", "example"))
	if err != nil {
		b.Fatal(err)
	}
	cfg := &packages.Config{Mode: packages.LoadAllSyntax, Dir: dir}
	pkgs, err := packages.Load(cfg, "./users")
	if err != nil {
		b.Fatal(err)
	}
	if len(pkgs) != 1 || len(pkgs[0].Errors) > 0 {
		b.Fatalf("loading the example's users package: %v", pkgs)
	}
	as := flowtest.Analyzers().All()
	if analyzeLoop(b, func() []*analysis.Analyzer { return as }, pkgs) == 0 {
		b.Fatal("no diagnostics on the example's users package: the benchmark measures nothing")
	}
}

// analyzeLoop runs the analyzers newAnalyzers gives on pkgs once per
// iteration of b and returns the diagnostics of the last run on the root
// packages, also reported as a metric; an analyzer's error fails the
// benchmark.
func analyzeLoop(b *testing.B, newAnalyzers func() []*analysis.Analyzer, pkgs []*packages.Package) int {
	b.ReportAllocs()
	diagnostics := 0
	for b.Loop() {
		g, err := checker.Analyze(newAnalyzers(), pkgs, nil)
		if err != nil {
			b.Fatal(err)
		}
		diagnostics = 0
		for act := range g.All() {
			if act.IsRoot {
				if act.Err != nil {
					b.Fatalf("%s: %v", act, act.Err)
				}
				diagnostics += len(act.Diagnostics)
			}
		}
	}
	b.ReportMetric(float64(diagnostics), "diagnostics")
	return diagnostics
}
