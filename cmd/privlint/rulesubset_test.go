package main_test

import (
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"
)

// TestRuleSubsetsMatchFullRun checks that a run with some rules switched
// off, which runs only the analyzers the rules that are on need
// (analyzers.Set.For), reports exactly what a run of every rule reports
// for them: with --enable, with --disable, and with the policy's
// rules: off. Each subset with a rule the example breaks must report
// something, so that an empty run cannot pass.
func TestRuleSubsetsMatchFullRun(t *testing.T) {
	dir := copyExample(t)
	full := findingLines(t, dir, runIn(t, dir, nil, privlint, "check", "./...").stdout)
	of := func(on func(rule string) bool) []string {
		var out []string
		for _, l := range full {
			_, rest, _ := strings.Cut(l, ": PL")
			if on("PL" + rest[:3]) {
				out = append(out, l)
			}
		}
		return out
	}
	in := func(ids ...string) func(string) bool {
		return func(id string) bool { return slices.Contains(ids, id) }
	}
	flowRules := in("PL101", "PL102", "PL103", "PL104", "PL105", "PL201")
	notFlow := func(id string) bool { return !flowRules(id) }
	for _, c := range []struct {
		args []string
		on   func(string) bool
	}{
		{[]string{"--enable", "PL001,PL002,PL003,PL004,PL006"}, in("PL001", "PL002", "PL003", "PL004", "PL006")},
		{[]string{"--enable", "PL101"}, in("PL101")},
		{[]string{"--enable", "PL102"}, in("PL102")},
		{[]string{"--enable", "PL103,PL104"}, in("PL103", "PL104")},
		{[]string{"--enable", "PL105"}, in("PL105")},
		{[]string{"--enable", "PL201"}, in("PL201")},
		{[]string{"--disable", "PL201"}, func(id string) bool { return id != "PL201" }},
		{[]string{"--disable", "PL101,PL102,PL103,PL104,PL105,PL201"}, notFlow},
	} {
		want := of(c.on)
		if len(want) == 0 {
			t.Fatalf("%v: the example breaks none of these rules; pick rules it breaks", c.args)
		}
		args := append(append([]string{"check"}, c.args...), "./...")
		if got := findingLines(t, dir, runIn(t, dir, nil, privlint, args...).stdout); !slices.Equal(got, want) {
			t.Errorf("privlint %s reports\n%s\nwant (the full run's)\n%s", strings.Join(args, " "), strings.Join(got, "\n"), strings.Join(want, "\n"))
		}
	}

	// The policy switching the flow rules off: the same as --disable.
	pol := filepath.Join(dir, "privlint.yaml")
	text, err := os.ReadFile(pol)
	if err != nil {
		t.Fatal(err)
	}
	text = append(text, "rules: {PL101: off, PL102: off, PL103: off, PL104: off, PL105: off, PL201: off}\n"...)
	if err := os.WriteFile(pol, text, 0o644); err != nil {
		t.Fatal(err)
	}
	r := runIn(t, dir, nil, privlint, "check", "./...")
	if got, want := findingLines(t, dir, r.stdout), of(notFlow); !slices.Equal(got, want) {
		t.Errorf("with the flow rules off in the policy, privlint check reports\n%s\nwant\n%s\nstderr:\n%s", strings.Join(got, "\n"), strings.Join(want, "\n"), r.stderr)
	}
}
