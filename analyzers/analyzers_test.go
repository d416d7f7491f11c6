package analyzers_test

import (
	"strings"
	"testing"

	"github.com/privlint/privlint/analyzers"
	"github.com/privlint/privlint/analyzers/config"
	"github.com/privlint/privlint/rules"
)

// TestDocs checks that every analyzer's Doc, read from its doc.go, has a
// summary line and a description, and that an analyzer that reports a
// rule links to that rule's documentation.
func TestDocs(t *testing.T) {
	set := analyzers.New(config.Fixed(nil))
	rule := map[string]string{
		"purpose": "PL001", "storage": "PL101", "logleak": "PL102",
		"thirdparty": "PL103", "urlleak": "PL104", "unused": "PL201",
	}
	for _, a := range append(set.All(), set.Env) {
		summary, rest, _ := strings.Cut(a.Doc, "\n\n")
		if summary == "" || strings.Contains(summary, "\n") || strings.TrimSpace(rest) == "" {
			t.Errorf("%s: Doc %q wants a one-line summary, a blank line and a description", a.Name, a.Doc)
		}
		if id, ok := rule[a.Name]; ok {
			r, found := rules.Lookup(id)
			if !found || a.URL != r.HelpURI() {
				t.Errorf("%s: URL %q, want the help URI of %s in rules.yaml", a.Name, a.URL, id)
			}
		} else if a.URL == "" {
			t.Errorf("%s: no URL", a.Name)
		}
	}
}
