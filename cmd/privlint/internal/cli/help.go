package cli

import (
	"errors"
	"flag"
	"fmt"
	"io"
	"strings"
)

// newFlagSet returns the flag set of the command name. Its errors go to
// stderr; its help is written by parseFlags.
func newFlagSet(name string, stderr io.Writer) *flag.FlagSet {
	fs := flag.NewFlagSet(name, flag.ContinueOnError)
	fs.SetOutput(stderr)
	fs.Usage = func() {} // parseFlags says what to do after an error, and prints the help
	return fs
}

// parseFlags parses args with fs, flags before or after the positional
// arguments, and returns the positional arguments. -h prints head and every
// flag with its default to stdout and ends the command with exit 0 (help
// asked for is not an error); a usage error is said on stderr, with the
// way to the help, and ends it with exit 2.
func parseFlags(fs *flag.FlagSet, head string, args []string, stdout, stderr io.Writer) ([]string, error) {
	pos, err := parseInterspersed(fs, args)
	if err == nil {
		return pos, nil
	}
	if errors.Is(err, flag.ErrHelp) {
		fmt.Fprint(stdout, head)
		printFlags(stdout, fs)
		return nil, flag.ErrHelp
	}
	fmt.Fprintf(stderr, "Run '%s -h' for the flags.\n", fs.Name())
	return nil, errReported
}

// printFlags writes every flag of fs, in alphabetical order, with its
// default, which flag.PrintDefaults leaves out for empty strings and false.
func printFlags(w io.Writer, fs *flag.FlagSet) {
	n := 0
	fs.VisitAll(func(*flag.Flag) { n++ })
	if n == 0 {
		return
	}
	fmt.Fprint(w, "\nFlags:\n")
	fs.VisitAll(func(f *flag.Flag) {
		name, usage := flag.UnquoteUsage(f)
		line := "  --" + f.Name
		if name != "" {
			line += " " + name
		}
		def := f.DefValue
		switch {
		case strings.Contains(usage, "(default"):
			// The usage says what the default is, better than the empty value.
		case def == "":
			usage += " (default: none)"
		default:
			usage += fmt.Sprintf(" (default %s)", def)
		}
		fmt.Fprintf(w, "%s\n    \t%s\n", line, strings.ReplaceAll(usage, "\n", "\n    \t"))
	})
}
