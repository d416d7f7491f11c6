package flow_test

import (
	"strings"
	"testing"
	"time"

	"golang.org/x/tools/go/analysis"
	"golang.org/x/tools/go/analysis/checker"
	"golang.org/x/tools/go/packages"

	"github.com/privlint/privlint/analyzers/flow"
	"github.com/privlint/privlint/analyzers/internal/flowtest"
)

// stdPatterns are the standard-library packages the robustness test and
// the benchmark load, with all their dependencies.
var stdPatterns = []string{"net/http", "database/sql", "encoding/json", "log/slog", "os"}

func loadStd(tb testing.TB) []*packages.Package {
	tb.Helper()
	cfg := &packages.Config{Mode: packages.LoadAllSyntax}
	pkgs, err := packages.Load(cfg, stdPatterns...)
	if err != nil {
		tb.Fatalf("loading %v: %v", stdPatterns, err)
	}
	if n := packages.PrintErrors(pkgs); n > 0 {
		tb.Fatalf("loading %v: %d errors", stdPatterns, n)
	}
	return pkgs
}

// analyzeStd runs as over pkgs and their dependencies and fails the test
// for every action that returned an error (the flow analyzer turns a
// panic into one). It returns the number of packages analyzed and of
// flows the flow analyzer found.
func analyzeStd(tb testing.TB, pkgs []*packages.Package, as []*analysis.Analyzer) (npkgs, nflows int) {
	tb.Helper()
	graph, err := checker.Analyze(as, pkgs, nil)
	if err != nil {
		tb.Fatalf("analyzing: %v", err)
	}
	seen := map[string]bool{}
	for act := range graph.All() {
		seen[act.Package.PkgPath] = true
		if act.Err != nil {
			tb.Errorf("%s on %s: %v", act.Analyzer.Name, act.Package.PkgPath, act.Err)
		}
		if res, ok := act.Result.(*flow.Result); ok && act.Analyzer.Name == flow.Name {
			nflows += len(res.Flows)
		}
	}
	return len(seen), nflows
}

// TestStdNoPanic runs every privlint analyzer over the standard-library
// packages in stdPatterns and all their dependencies, first as privlint
// runs them (the flow analyzer skips the standard library) and then with
// the flow engine forced to analyze every package in full as if it were
// user code, and checks that no action failed or panicked.
func TestStdNoPanic(t *testing.T) {
	if testing.Short() {
		t.Skip("loads and analyzes a large part of the standard library")
	}
	start := time.Now()
	pkgs := loadStd(t)
	n, _ := analyzeStd(t, pkgs, flowtest.Analyzers().All())
	t.Logf("default mode: %d packages loaded and analyzed in %v", n, time.Since(start).Round(time.Millisecond))

	set := flowtest.Analyzers()
	full := flow.NewAnalyzingGOROOT(set.Env, set.Classify)
	start = time.Now()
	n, flows := analyzeStd(t, pkgs, []*analysis.Analyzer{full})
	t.Logf("full flow analysis of the standard library: %d packages, %d flows, in %v", n, flows, time.Since(start).Round(time.Millisecond))
	if n < 50 {
		t.Errorf("analyzed only %d packages; want the dependencies of %s too", n, strings.Join(stdPatterns, " "))
	}
}

// BenchmarkStdFlow compares loading and type-checking stdPatterns and
// their dependencies alone ("load") with loading them and running every
// privlint analyzer ("load+analyze"); the ratio of the two is privlint's
// overhead on top of the type checker.
func BenchmarkStdFlow(b *testing.B) {
	b.Run("load", func(b *testing.B) {
		for b.Loop() {
			loadStd(b)
		}
	})
	b.Run("load+analyze", func(b *testing.B) {
		for b.Loop() {
			pkgs := loadStd(b)
			analyzeStd(b, pkgs, flowtest.Analyzers().All())
		}
	})
}
