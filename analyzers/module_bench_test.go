package analyzers_test

import (
	"os"
	"testing"

	"golang.org/x/tools/go/analysis"
	"golang.org/x/tools/go/packages"

	"github.com/privlint/privlint/analyzers"
	"github.com/privlint/privlint/analyzers/config"
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
	dir := os.Getenv("PRIVLINT_BENCH_MODULE")
	if dir == "" {
		b.Skip("PRIVLINT_BENCH_MODULE names no module directory")
	}
	pkgs, err := goload.Load(&packages.Config{Dir: dir}, nil, "./...")
	if err != nil {
		b.Fatal(err)
	}
	diagnostics := analyzeLoop(b, func() []*analysis.Analyzer {
		return analyzers.New(config.Find("", config.Options{})).All()
	}, pkgs)
	if diagnostics == 0 {
		b.Fatal("no diagnostics: the benchmark measures nothing")
	}
}
