package report

import (
	"bufio"
	"fmt"
	"io"
	"strings"

	"github.com/privlint/privlint/finding"
	"github.com/privlint/privlint/internal/safetext"
)

// Text writes findings in go vet style, one per line:
//
//	path:line:col: PL101 message
//
// followed by errors, one per line:
//
//	path:line:col: error: message
//
// Paths are relative to Options.Cwd when inside it; unknown line or column
// parts are left out, and a finding or error without a file has no position
// prefix. A suppressed finding (only with Options.IncludeSuppressed) ends in
// " (suppressed: reason)".
//
// Messages and paths carry text from the analyzed code, so every line is
// passed through safetext.Line: line breaks and control characters are
// escaped (\n, \x1b) and CI workflow command markers defused, so that no
// finding can print a second line, a terminal escape or a GitHub Actions
// command.
func Text(w io.Writer, fs []*finding.Finding, errs []*finding.Error, o Options) error {
	p := newPaths(o)
	bw := bufio.NewWriter(w)
	var line strings.Builder
	for _, f := range visible(fs, o) {
		line.Reset()
		if pos := position(p.display(f.Pos.File), f.Pos.Line, f.Pos.Column); pos != "" {
			line.WriteString(pos + ": ")
		}
		line.WriteString(f.RuleID + " " + f.Message)
		if f.Suppressed {
			line.WriteString(" (suppressed: " + f.Justification + ")")
		}
		bw.WriteString(safetext.Line(line.String()) + "\n")
	}
	for _, e := range errs {
		if e == nil {
			continue
		}
		line.Reset()
		if pos := position(p.display(e.File), e.Line, e.Column); pos != "" {
			line.WriteString(pos + ": ")
		}
		line.WriteString("error: " + e.Message)
		bw.WriteString(safetext.Line(line.String()) + "\n")
	}
	if err := bw.Flush(); err != nil {
		return fmt.Errorf("writing text report: %w", err)
	}
	return nil
}
