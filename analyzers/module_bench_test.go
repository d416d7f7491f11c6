package analyzers_test

import (
	"os"
	"testing"

	"golang.org/x/tools/go/analysis"
	"golang.org/x/tools/go/analysis/checker"
	"golang.org/x/tools/go/packages"

	"github.com/privlint/privlint/analyzers"
	"github.com/privlint/privlint/analyzers/config"
	"github.com/privlint/privlint/analyzers/unused"
	"github.com/privlint/privlint/internal/goload"
)

// BenchmarkModule measures privlint's analyzers on the module in the
// directory $PRIVLINT_BENCH_MODULE (a generated set of
// internal/devtools/benchgen, say), loaded once as privlint check loads
// it: each iteration runs every analyzer, with the module's own policy,
// on every package, but not the load, so that a CPU profile
// (-cpuprofile) shows the analysis alone. Skipped when the variable is
// not set.
func BenchmarkModule(b *testing.B) {
	pkgs := loadBenchModule(b)
	diagnostics := analyzeLoop(b, func() []*analysis.Analyzer {
		return analyzers.New(config.Find("", config.Options{})).All()
	}, pkgs)
	if diagnostics == 0 {
		b.Fatal("no diagnostics: the benchmark measures nothing")
	}
}

// BenchmarkModuleUnused measures PL201's analyzer (analyzers/unused)
// alone on the module in $PRIVLINT_BENCH_MODULE: the module is loaded and
// analyzed once, then each iteration runs a new unused analyzer on every
// package, in turn, with the results of the analyzers it requires from
// that first run. Its profile is the analyzer's, without the flow
// analysis around it; cpu-ms/op is the process's CPU time per iteration
// (run it with -test.cpu 1). Skipped when the variable is not set.
func BenchmarkModuleUnused(b *testing.B) {
	pkgs := loadBenchModule(b)
	set := analyzers.New(config.Find("", config.Options{}))
	// The Env is a root too: a checker keeps the results of roots only.
	g, err := checker.Analyze(append(set.All(), set.Env), pkgs, nil)
	if err != nil {
		b.Fatal(err)
	}
	var passes []*analysis.Pass
	for act := range g.All() {
		if !act.IsRoot || act.Analyzer != set.Unused {
			continue
		}
		if act.Err != nil {
			b.Fatalf("%s: %v", act, act.Err)
		}
		resultOf := map[*analysis.Analyzer]any{}
		for _, dep := range act.Deps {
			if dep.Package == act.Package {
				resultOf[dep.Analyzer] = dep.Result
			}
		}
		p := act.Package
		passes = append(passes, &analysis.Pass{
			Fset: p.Fset, Files: p.Syntax, Pkg: p.Types, TypesInfo: p.TypesInfo, TypesSizes: p.TypesSizes,
			ResultOf: resultOf,
		})
	}
	if len(passes) == 0 {
		b.Fatal("no package analyzed: the benchmark measures nothing")
	}
	uses := 0
	cpu := cpuTime()
	for b.Loop() {
		uses = 0
		a := unused.New(set.Env, set.Classify, set.Flow) // its caches are a run's
		for _, pass := range passes {
			pass.Analyzer = a
			res, err := a.Run(pass)
			if err != nil {
				b.Fatal(err)
			}
			uses += len(res.(*unused.Result).Uses)
		}
	}
	if uses == 0 {
		b.Fatal("no personal-data field used: the benchmark measures nothing")
	}
	b.ReportMetric(float64(uses), "uses")
	if cpu := cpuTime() - cpu; cpu > 0 {
		// Its CPU time, GC included, varies less than the wall time
		// on a shared machine.
		b.ReportMetric(float64(cpu.Milliseconds())/float64(b.N), "cpu-ms/op")
	}
}

// loadBenchModule loads the module in $PRIVLINT_BENCH_MODULE as privlint
// check loads it, skipping the benchmark when the variable is not set.
func loadBenchModule(b *testing.B) []*packages.Package {
	b.Helper()
	dir := os.Getenv("PRIVLINT_BENCH_MODULE")
	if dir == "" {
		b.Skip("PRIVLINT_BENCH_MODULE names no module directory")
	}
	pkgs, err := goload.Load(&packages.Config{Dir: dir}, nil, "./...")
	if err != nil {
		b.Fatal(err)
	}
	return pkgs
}
