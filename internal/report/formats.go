package report

import (
	"io"
	"strings"

	"github.com/privlint/privlint/finding"
)

// WriteFunc writes a report of findings and errors to w.
type WriteFunc func(w io.Writer, fs []*finding.Finding, errs []*finding.Error, o Options) error

// Format is a report format: its name on the command line (--format) and
// its writer. A new format is a leaf in this package added to Formats.
type Format struct {
	Name  string
	Write WriteFunc
}

// Formats returns the report formats, in the order the command line lists
// them.
func Formats() []Format {
	return []Format{
		{"text", Text},
		{"json", JSON},
		{"sarif", SARIF},
	}
}

// LookupFormat returns the format called name.
func LookupFormat(name string) (Format, bool) {
	for _, f := range Formats() {
		if f.Name == name {
			return f, true
		}
	}
	return Format{}, false
}

// FormatNames lists the formats' names joined by sep, the last two by
// last: FormatNames(", ", " or ") is "text, json or sarif".
func FormatNames(sep, last string) string {
	var names []string
	for _, f := range Formats() {
		names = append(names, f.Name)
	}
	if len(names) < 2 {
		return strings.Join(names, sep)
	}
	return strings.Join(names[:len(names)-1], sep) + last + names[len(names)-1]
}
