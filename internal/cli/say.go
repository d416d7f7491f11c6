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
