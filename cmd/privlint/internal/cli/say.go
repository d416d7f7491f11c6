package cli

import (
	"fmt"
	"io"

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
