// Package analysisdoc reads an analyzer's documentation from its package's
// doc.go, as golang.org/x/tools/go/analysis/passes do, so that the package
// comment is the one source of the analyzer's Doc.
//
// The section of the package comment that documents analyzer NAME is the
// text between the heading "# Analyzer NAME" and the next heading (or the
// end), and starts with the line "NAME: SUMMARY":
//
//	// # Analyzer logleak
//	//
//	// logleak: report PL102 log-leak
//	//
//	// It reports, at the logging call, ...
//
// Extract returns that section with the "NAME: " prefix removed: the
// summary line, a blank line and the full description, the form
// analysis.Analyzer.Doc expects.
package analysisdoc

import (
	"fmt"
	"go/parser"
	"go/token"
	"strings"
)

// Extract returns the Doc of analyzer name from the contents of its
// package's doc.go.
func Extract(content, name string) (string, error) {
	f, err := parser.ParseFile(token.NewFileSet(), "doc.go", content, parser.PackageClauseOnly|parser.ParseComments)
	if err != nil {
		return "", fmt.Errorf("parsing the doc.go of analyzer %s: %w", name, err)
	}
	if f.Doc == nil {
		return "", fmt.Errorf("the doc.go of analyzer %s has no package comment", name)
	}
	heading := "# Analyzer " + name
	var section []string
	in := false
	for _, line := range strings.Split(f.Doc.Text(), "\n") {
		if strings.HasPrefix(line, "# ") {
			if in {
				break
			}
			in = line == heading
			continue
		}
		if in {
			section = append(section, line)
		}
	}
	text := strings.TrimSpace(strings.Join(section, "\n"))
	if !in && text == "" {
		return "", fmt.Errorf("the doc.go of analyzer %s has no %q section", name, heading)
	}
	doc, ok := strings.CutPrefix(text, name+": ")
	if !ok {
		return "", fmt.Errorf("the %q section of analyzer %s's doc.go does not start with %q", heading, name, name+": ")
	}
	return doc, nil
}

// MustExtract is Extract for an analyzer's own embedded doc.go, whose
// shape is fixed at build time and checked by the analyzer's tests: it
// panics on an error.
func MustExtract(content, name string) string {
	doc, err := Extract(content, name)
	if err != nil {
		panic(err)
	}
	return doc
}
