// Package cli is privlint's command line: check, rules and version, plus
// the dispatch to the go vet protocol. It is the driver that loads
// packages, runs the analyzers (golang.org/x/tools/go/analysis/checker),
// collects their findings and hands them to a report leaf.
package cli

import (
	"errors"
	"flag"
	"fmt"
	"io"
	"runtime"
	"strings"

	"github.com/privlint/privlint/internal/version"
	"github.com/privlint/privlint/rules"
)

// Exit codes (SPEC §6).
const (
	ExitOK       = 0 // no finding at or above --fail-on
	ExitFindings = 1 // findings at or above --fail-on
	ExitError    = 2 // usage, configuration or load error
)

const usage = `privlint finds personal data in Go code and checks it against your privacy policy.

Usage:
  privlint check [flags] [packages]   check packages (default ./...)
  privlint inventory [flags] [packages]
                                      write the record of processing (GDPR Art. 30)
                                      as Markdown or JSON (--format markdown|json)
  privlint init [--force] [--output privlint.yaml]
                                      write a starter privlint.yaml from what it finds
  privlint rules [ID]                 list the rules, or explain one
  privlint version                    print the version
  go vet -vettool=$(command -v privlint) ./...

Run 'privlint check -h' (or inventory -h, init -h) for the flags.
`

// Main runs the privlint command line with args (without the program name)
// and returns the exit code.
func Main(args []string, stdout, stderr io.Writer) int {
	if len(args) == 0 {
		fmt.Fprint(stderr, usage)
		return ExitError
	}
	switch args[0] {
	case "check":
		return check(args[1:], stdout, stderr)
	case "rules":
		return rulesCmd(args[1:], stdout, stderr)
	case "inventory":
		return inventoryCmd(args[1:], stdout, stderr)
	case "init":
		return initCmd(args[1:], stdout, stderr)
	case "version", "-version", "--version":
		return versionCmd(stdout, stderr)
	case "help", "-h", "-help", "--help":
		fmt.Fprint(stdout, usage)
		return ExitOK
	}
	if strings.HasPrefix(args[0], "-") || strings.HasPrefix(args[0], ".") || strings.Contains(args[0], "/") {
		// privlint ./... and privlint --format sarif ./... mean check.
		return check(args, stdout, stderr)
	}
	fmt.Fprintf(stderr, "privlint: unknown command %q\n\n%s", args[0], usage)
	return ExitError
}

func versionCmd(stdout, stderr io.Writer) int {
	tax, err := rules.DefaultTaxonomy()
	if err != nil {
		say(stderr, "privlint: %v", err)
		return ExitError
	}
	fmt.Fprintf(stdout, "privlint %s (taxonomy %s, %s)\n", version.String(), tax.Version(), runtime.Version())
	return ExitOK
}

func rulesCmd(args []string, stdout, stderr io.Writer) int {
	fs := flag.NewFlagSet("privlint rules", flag.ContinueOnError)
	fs.SetOutput(stderr)
	if err := fs.Parse(args); err != nil {
		return usageError(err)
	}
	if fs.NArg() > 1 {
		fmt.Fprintln(stderr, "privlint rules: give at most one rule id")
		return ExitError
	}
	if fs.NArg() == 1 {
		id := strings.ToUpper(fs.Arg(0))
		r, ok := rules.Lookup(id)
		if !ok {
			say(stderr, "privlint rules: no rule %q; known: %s", fs.Arg(0), strings.Join(rules.IDs(), ", "))
			return ExitError
		}
		fmt.Fprintf(stdout, "%s %s (default level: %s)\n\n%s\n\n%s\n", r.ID, r.Name, r.Level, r.Full, strings.TrimSpace(r.Help))
		return ExitOK
	}
	for _, r := range rules.Catalog() {
		fmt.Fprintf(stdout, "%-6s %-28s %-8s %s\n", r.ID, r.Name, r.Level, r.Short)
	}
	return ExitOK
}

func usageError(err error) int {
	if errors.Is(err, flag.ErrHelp) {
		return ExitOK
	}
	return ExitError
}

// exitCodeFor is the exit code of a run with these findings' levels.
func exitCodeFor(levels []int, failOn int, hadErrors bool) int {
	if hadErrors {
		return ExitError
	}
	if failOn == 0 {
		return ExitOK
	}
	for _, l := range levels {
		if l >= failOn {
			return ExitFindings
		}
	}
	return ExitOK
}
