package rules

import (
	"fmt"
	"strings"
)

// Markdown renders the whole catalog as the rules reference
// (docs/rules.md), with an anchor per rule id so that HelpURI links land on
// the rule.
func Markdown() string {
	var b strings.Builder
	b.WriteString("# privlint rules\n\n")
	b.WriteString("Generated from `rules/rules.yaml` by `go test ./rules -update`; do not edit by hand.\n\n")
	b.WriteString("| ID | name | default level | CWE | GDPR |\n|---|---|---|---|---|\n")
	for _, r := range Catalog() {
		var cwes []string
		for _, c := range r.CWE {
			cwes = append(cwes, fmt.Sprintf("CWE-%d", c))
		}
		fmt.Fprintf(&b, "| [%s](#%s) | %s | %s | %s | %s |\n", r.ID, strings.ToLower(r.ID), r.Name, r.Level,
			strings.Join(cwes, ", "), strings.Join(r.GDPR, ", "))
	}
	for _, r := range Catalog() {
		fmt.Fprintf(&b, "\n<a id=\"%s\"></a>\n\n", strings.ToLower(r.ID))
		b.WriteString(strings.TrimSpace(r.Help))
		b.WriteString("\n")
	}
	return b.String()
}
