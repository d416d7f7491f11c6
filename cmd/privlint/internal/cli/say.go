package cli

import (
	"fmt"
	"io"
	"sort"
	"strings"

	"github.com/privlint/privlint/finding"
	"github.com/privlint/privlint/internal/safetext"
)

// say prints one line to w (standard error): the formatted message with
// line breaks, control characters and CI workflow command markers escaped
// (safetext.Line). Errors quote the analyzed code and file names, which
// an attacker may have written; a message must never become two lines,
// a terminal escape or a GitHub Actions command.
func say(w io.Writer, format string, args ...any) {
	fmt.Fprintln(w, safetext.Line(fmt.Sprintf(format, args...)))
}

// printNotes prints the notes of a run, each once.
func printNotes(w io.Writer, res *analysisResult) {
	for _, n := range res.notes {
		say(w, "privlint: %s", n)
	}
}

// noCgoUsage is the help of the --no-cgo flag.
const noCgoUsage = "load packages with CGO_ENABLED=0: the C compiler never runs on the code's C preambles (which can " +
	"#include any file the machine can read); files that need cgo are left out, and a note names them. " +
	"Use it on code you do not trust"

// printSummary prints, after the report, one line that counts the findings
// the run reports (not suppressed, not baselined) per rule and level, and,
// when no policy file was found, the hint to write one with privlint init.
// It goes to standard error so that the report on standard output stays
// what the format promises.
func printSummary(w io.Writer, fs []*finding.Finding, errs int, noPolicy bool) {
	incomplete := ""
	switch {
	case errs == 1:
		incomplete = "; the analysis is incomplete (1 error reported)"
	case errs > 1:
		incomplete = fmt.Sprintf("; the analysis is incomplete (%d errors reported)", errs)
	}
	if len(fs) == 0 {
		say(w, "privlint: no findings%s", incomplete)
	} else {
		type key struct{ rule, level string }
		counts := map[key]int{}
		for _, f := range fs {
			counts[key{f.RuleID, string(f.Level)}]++
		}
		keys := make([]key, 0, len(counts))
		for k := range counts {
			keys = append(keys, k)
		}
		sort.Slice(keys, func(i, j int) bool {
			if keys[i].rule != keys[j].rule {
				return keys[i].rule < keys[j].rule
			}
			return keys[i].level < keys[j].level
		})
		parts := make([]string, len(keys))
		for i, k := range keys {
			parts[i] = fmt.Sprintf("%s %s %d", k.rule, k.level, counts[k])
		}
		noun := "findings"
		if len(fs) == 1 {
			noun = "finding"
		}
		say(w, "privlint: %d %s (%s)%s", len(fs), noun, strings.Join(parts, ", "), incomplete)
	}
	if noPolicy {
		say(w, "privlint: no privlint.yaml found, so no purpose is defined; run 'privlint init' to write a starter policy from what the code holds")
	}
}
