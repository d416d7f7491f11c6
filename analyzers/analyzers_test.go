package analyzers_test

import (
	"slices"
	"strings"
	"testing"

	"golang.org/x/tools/go/analysis"

	"github.com/privlint/privlint/analyzers"
	"github.com/privlint/privlint/analyzers/config"
	"github.com/privlint/privlint/rules"
)

// TestDocs checks that every analyzer's Doc, read from its doc.go, has a
// summary line and a description, and that an analyzer that reports
// rules (Set.Reports) links to the documentation of its first one.
// Classify, whose work is the classification and which reports PL005
// only for an annotation it cannot read, links to the annotations.
func TestDocs(t *testing.T) {
	set := analyzers.New(config.Fixed(nil))
	rule := map[string]string{}
	for a, ids := range set.Reports() {
		if a != set.Classify {
			rule[a.Name] = ids[0]
		}
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

// TestReportsEveryRule checks the table of the rules each analyzer
// reports: every rule of the catalog is reported by exactly one analyzer,
// which is one of the set's, so that a run with some rules switched off
// (Set.For) still runs the analyzer of each rule that is on.
func TestReportsEveryRule(t *testing.T) {
	set := analyzers.New(config.Fixed(nil))
	ran := map[*analysis.Analyzer]bool{}
	for _, a := range set.All() {
		ran[a] = true
	}
	by := map[string]string{}
	for a, ids := range set.Reports() {
		if !ran[a] {
			t.Errorf("%s reports %v but is not one of the set's analyzers", a.Name, ids)
		}
		for _, id := range ids {
			if _, ok := rules.Lookup(id); !ok {
				t.Errorf("%s reports %s, which the rule catalog does not have", a.Name, id)
			}
			if other, dup := by[id]; dup {
				t.Errorf("%s is reported by both %s and %s", id, other, a.Name)
			}
			by[id] = a.Name
		}
	}
	for _, id := range rules.IDs() {
		if by[id] == "" {
			t.Errorf("no analyzer reports %s", id)
		}
	}
}

// TestForRunsWhatTheRulesNeed checks that Set.For leaves out the
// analyzers no rule that is on needs, with what only they Require: the
// flow analysis when PL101–PL105 and PL201 are off, the unused analysis
// when PL201 is, and everything but Classify when no rule is on.
func TestForRunsWhatTheRulesNeed(t *testing.T) {
	set := analyzers.New(config.Fixed(nil))
	only := func(ids ...string) func(string) bool {
		return func(id string) bool { return slices.Contains(ids, id) }
	}
	// runs is every analyzer a driver runs for roots: them and what they
	// Require, transitively.
	runs := func(roots []*analysis.Analyzer) map[string]bool {
		out := map[string]bool{}
		var visit func(a *analysis.Analyzer)
		visit = func(a *analysis.Analyzer) {
			if !out[a.Name] {
				out[a.Name] = true
				for _, r := range a.Requires {
					visit(r)
				}
			}
		}
		for _, a := range roots {
			visit(a)
		}
		return out
	}
	all := func(string) bool { return true }
	if got, want := set.For(all), set.All(); !slices.Equal(got, want) {
		t.Errorf("For(every rule) = %v, want All() = %v", names(got), names(want))
	}
	for _, c := range []struct {
		on        func(string) bool
		what      string
		want, not []string
	}{
		{only("PL001", "PL002", "PL003", "PL004", "PL006"), "PL001–PL004, PL006", []string{"purpose", "classify"}, []string{"flow", "unused", "storage", "logleak"}},
		{only("PL005"), "PL005", []string{"classify"}, []string{"purpose", "flow", "unused"}},
		{only(), "no rule", []string{"classify"}, []string{"purpose", "flow", "unused", "storage"}},
		{only("PL102"), "PL102", []string{"logleak", "flow", "classify"}, []string{"purpose", "unused", "storage", "weakprotect"}},
		{only("PL201"), "PL201", []string{"unused", "flow", "classify"}, []string{"purpose", "storage", "logleak"}},
		{func(id string) bool { return id != "PL201" }, "all but PL201", []string{"purpose", "flow", "storage", "logleak", "thirdparty", "urlleak", "weakprotect"}, []string{"unused"}},
	} {
		got := runs(set.For(c.on))
		for _, n := range c.want {
			if !got[n] {
				t.Errorf("%s on: %s does not run", c.what, n)
			}
		}
		for _, n := range c.not {
			if got[n] {
				t.Errorf("%s on: %s runs, though no rule that is on needs it", c.what, n)
			}
		}
	}
}

func names(as []*analysis.Analyzer) []string {
	var out []string
	for _, a := range as {
		out = append(out, a.Name)
	}
	return out
}
