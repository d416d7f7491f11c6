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
	"github.com/privlint/privlint/rules/policy"
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
                                      as Markdown, JSON or Fides YAML (--format markdown|json|fides)
  privlint init [--force] [--output privlint.yaml] [packages]
                                      write a starter privlint.yaml from what it finds
  privlint rules [ID]                 list the rules, or explain one
  privlint version                    print the version
  go vet -vettool=$(command -v privlint) ./...

Run 'privlint check -h' (or inventory -h, init -h, rules -h) for the flags and their defaults.
`

// Main runs the privlint command line with args (without the program name)
// and returns the exit code.
func Main(args []string, stdout, stderr io.Writer) int {
	return exitCode(run(args, stdout, stderr), stderr)
}

// run dispatches to the command args name.
func run(args []string, stdout, stderr io.Writer) error {
	if len(args) == 0 {
		return usageText(strings.TrimSuffix(usage, "\n"))
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
		return versionCmd(stdout)
	case "help", "-h", "-help", "--help":
		fmt.Fprint(stdout, usage)
		return nil
	}
	if strings.HasPrefix(args[0], "-") || strings.HasPrefix(args[0], ".") || strings.Contains(args[0], "/") {
		// privlint ./... and privlint --format sarif ./... mean check.
		return check(args, stdout, stderr)
	}
	return usageText(fmt.Sprintf("privlint: unknown command %q\n\n%s", args[0], strings.TrimSuffix(usage, "\n")))
}

// exitError ends a command with an exit code; err, when not nil, is
// printed first. An error of any other type is printed and ends the
// command with ExitError.
type exitError struct {
	code int
	err  error
}

func (e *exitError) Error() string {
	if e.err == nil {
		return fmt.Sprintf("exit %d", e.code)
	}
	return e.err.Error()
}

func (e *exitError) Unwrap() error { return e.err }

// errFindings ends a run that found findings at or above --fail-on.
var errFindings error = &exitError{code: ExitFindings}

// errReported ends a run that failed and has said why already (in the
// report, on standard error, or in the flag package's usage message).
var errReported error = &exitError{code: ExitError}

// exitCode prints err, unless it has been reported, and returns the exit
// code it stands for.
func exitCode(err error, stderr io.Writer) int {
	if err == nil || errors.Is(err, flag.ErrHelp) {
		return ExitOK
	}
	var ee *exitError
	if errors.As(err, &ee) {
		if ee.err != nil {
			printError(stderr, ee.err)
		}
		return ee.code
	}
	printError(stderr, err)
	return ExitError
}

// usageText is privlint's own help, returned as the error of a command
// line without a command: printed as written, on several lines.
type usageText string

func (u usageText) Error() string { return string(u) }

// printError prints err on one line made safe by safetext.Line (an error
// may quote the analyzed code or a file it names), except privlint's own
// usage text.
func printError(w io.Writer, err error) {
	var u usageText
	if errors.As(err, &u) {
		fmt.Fprintln(w, string(u))
		return
	}
	// The problems of a policy file, one line each (each made safe).
	if pes := policy.Errors(err); len(pes) > 1 {
		prefix, _, _ := strings.Cut(err.Error(), pes[0].Error())
		for _, pe := range pes {
			say(w, "%s%s", prefix, pe.Error())
		}
		return
	}
	say(w, "%s", err.Error())
}

func versionCmd(stdout io.Writer) error {
	tax, err := rules.DefaultTaxonomy()
	if err != nil {
		return fmt.Errorf("privlint: %w", err)
	}
	fmt.Fprintf(stdout, "privlint %s (taxonomy %s, %s)\n", version.String(), tax.Version(), runtime.Version())
	return nil
}

// rulesHelp is privlint rules -h.
const rulesHelp = "Usage: privlint rules [ID]\n\n" +
	"Without an argument, lists every rule: id, name, default level and what it\n" +
	"reports. With a rule id (PL101), explains that rule: what it reports, why,\n" +
	"and how to fix or suppress a finding. Levels can be changed per rule under\n" +
	"rules: in privlint.yaml. privlint rules takes no flags.\n"

func rulesCmd(args []string, stdout, stderr io.Writer) error {
	fs := newFlagSet("privlint rules", stderr)
	args, err := parseFlags(fs, rulesHelp, args, stdout, stderr)
	if err != nil {
		return err
	}
	if len(args) > 1 {
		return errors.New("privlint rules: give at most one rule id")
	}
	if len(args) == 1 {
		id := strings.ToUpper(args[0])
		r, ok := rules.Lookup(id)
		if !ok {
			return fmt.Errorf("privlint rules: no rule %q; known: %s", args[0], strings.Join(rules.IDs(), ", "))
		}
		fmt.Fprintf(stdout, "%s %s (default level: %s)\n\n%s\n\n%s\n", r.ID, r.Name, r.Level, r.Full, strings.TrimSpace(r.Help))
		return nil
	}
	for _, r := range rules.Catalog() {
		fmt.Fprintf(stdout, "%-6s %-28s %-8s %s\n", r.ID, r.Name, r.Level, r.Short)
	}
	return nil
}

// countFailing returns how many of levels are at or above failOn: the
// findings that fail the run (none when failOn is 0, --fail-on none).
func countFailing(levels []int, failOn int) int {
	if failOn == 0 {
		return 0
	}
	n := 0
	for _, l := range levels {
		if l >= failOn {
			n++
		}
	}
	return n
}

// failOnError is the outcome of a run with these findings' levels: the
// errors are reported already; findings at or above failOn fail the run.
func failOnError(levels []int, failOn int, hadErrors bool) error {
	if hadErrors {
		return errReported
	}
	if countFailing(levels, failOn) > 0 {
		return errFindings
	}
	return nil
}
