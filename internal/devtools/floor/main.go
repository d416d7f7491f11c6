// Command floor is the floor of privlint's benchmark (issue 7): it loads
// the packages matching its arguments exactly as `privlint check` does
// (internal/goload, as cmd/privlint/internal/cli's analyze: the module
// from source, the other dependencies from export data) and does nothing
// else. With -load all it loads instead every package from source
// (go/packages LoadAllSyntax), the load privlint check did before issue
// 16 and the floor of any tool that analyzes the whole graph. It prints
// the number of packages loaded, including test variants and
// dependencies, on standard output, and the number of packages with load
// or type errors on standard error when there are any.
//
// Usage:
//
//	floor [-tests] [-load module|all] [packages]
//
// It exits 0 even when packages have errors (the benchmark measures the
// load, whatever its outcome), and 2 only when go/packages itself fails.
package main

import (
	"flag"
	"fmt"
	"os"

	"golang.org/x/tools/go/packages"

	"github.com/privlint/privlint/internal/goload"
)

func main() {
	tests := flag.Bool("tests", false, "load the packages' tests too, as privlint check --tests does")
	mode := flag.String("load", "module", "module: the module from source, the other dependencies from export data (privlint check); all: everything from source")
	flag.Usage = func() {
		fmt.Fprintln(flag.CommandLine.Output(), "usage: floor [-tests] [-load module|all] [packages]")
		flag.PrintDefaults()
	}
	flag.Parse()
	if *mode != "module" && *mode != "all" {
		fmt.Fprintf(os.Stderr, "floor: -load %q: want module or all\n", *mode)
		os.Exit(2)
	}
	patterns := flag.Args()
	if len(patterns) == 0 {
		patterns = []string{"."}
	}
	all, withErrors, err := load(patterns, *tests, *mode == "all")
	if err != nil {
		fmt.Fprintln(os.Stderr, "floor:", err)
		os.Exit(2)
	}
	fmt.Println(all)
	if withErrors > 0 {
		fmt.Fprintf(os.Stderr, "floor: %d packages with errors\n", withErrors)
	}
}

// load loads patterns as privlint check does (or, with whole, all from
// source) and returns the number of packages in the import graph and how
// many of them have errors.
func load(patterns []string, tests, whole bool) (all, withErrors int, err error) {
	count := func(p *packages.Package) {
		all++
		if len(p.Errors) > 0 {
			withErrors++
		}
	}
	cfg := &packages.Config{Tests: tests}
	if !whole {
		if _, err := goload.Load(cfg, count, patterns...); err != nil {
			return 0, 0, fmt.Errorf("loading packages: %w", err)
		}
		return all, withErrors, nil
	}
	cfg.Mode = packages.LoadAllSyntax | packages.NeedModule
	pkgs, err := packages.Load(cfg, patterns...)
	if err != nil {
		return 0, 0, fmt.Errorf("loading packages: %w", err)
	}
	packages.Visit(pkgs, nil, count)
	return all, withErrors, nil
}
