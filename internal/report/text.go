package report

import (
	"bufio"
	"fmt"
	"io"

	"github.com/privlint/privlint/internal/finding"
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
// prefix. Line breaks inside messages become spaces. A suppressed finding
// (only with Options.IncludeSuppressed) ends in " (suppressed: reason)".
func Text(w io.Writer, fs []*finding.Finding, errs []*finding.Error, o Options) error {
	p := newPaths(o)
	bw := bufio.NewWriter(w)
	for _, f := range visible(fs, o) {
		if pos := position(p.display(f.Pos.File), f.Pos.Line, f.Pos.Column); pos != "" {
			bw.WriteString(pos + ": ")
		}
		bw.WriteString(f.RuleID + " " + oneLine(f.Message))
		if f.Suppressed {
			bw.WriteString(" (suppressed: " + oneLine(f.Justification) + ")")
		}
		bw.WriteByte('\n')
	}
	for _, e := range errs {
		if e == nil {
			continue
		}
		if pos := position(p.display(e.File), e.Line, e.Column); pos != "" {
			bw.WriteString(pos + ": ")
		}
		bw.WriteString("error: " + oneLine(e.Message) + "\n")
	}
	if err := bw.Flush(); err != nil {
		return fmt.Errorf("writing text report: %w", err)
	}
	return nil
}
