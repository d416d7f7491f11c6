// Command floor is the floor of privlint's benchmark (issue 7): it loads
// the packages matching its arguments exactly as `privlint check` does
// (golang.org/x/tools/go/packages with the same Mode and Tests setting as
// cmd/privlint/internal/cli's analyze) and does nothing else. It prints
// the number of packages loaded, including test variants and
// dependencies, on standard output, and the number of packages with load
// or type errors on standard error when there are any.
//
// Usage:
//
//	floor [-tests=false] [packages]
//
// It exits 0 even when packages have errors (the benchmark measures the
// load, whatever its outcome), and 2 only when go/packages itself fails.
package main

import (
	"flag"
	"fmt"
	"os"

	"golang.org/x/tools/go/packages"
)

func main() {
	tests := flag.Bool("tests", true, "load the packages' tests too, as privlint check does")
	flag.Usage = func() {
		fmt.Fprintln(flag.CommandLine.Output(), "usage: floor [-tests=false] [packages]")
		flag.PrintDefaults()
	}
	flag.Parse()
	patterns := flag.Args()
	if len(patterns) == 0 {
		patterns = []string{"."}
	}
	all, withErrors, err := load(patterns, *tests)
	if err != nil {
		fmt.Fprintln(os.Stderr, "floor:", err)
		os.Exit(2)
	}
	fmt.Println(all)
	if withErrors > 0 {
		fmt.Fprintf(os.Stderr, "floor: %d packages with errors\n", withErrors)
	}
}

// load loads patterns as privlint check does and returns the number of
// packages in the import graph and how many of them have errors.
func load(patterns []string, tests bool) (all, withErrors int, err error) {
	cfg := &packages.Config{
		// The same as cmd/privlint/internal/cli.analyze.
		Mode:  packages.LoadAllSyntax | packages.NeedModule,
		Tests: tests,
	}
	pkgs, err := packages.Load(cfg, patterns...)
	if err != nil {
		return 0, 0, fmt.Errorf("loading packages: %w", err)
	}
	packages.Visit(pkgs, nil, func(p *packages.Package) {
		all++
		if len(p.Errors) > 0 {
			withErrors++
		}
	})
	return all, withErrors, nil
}
