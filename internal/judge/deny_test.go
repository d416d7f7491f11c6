package judge

import (
	"slices"
	"strings"
	"testing"

	"github.com/privlint/privlint/rules"
	"github.com/privlint/privlint/rules/policy"
)

// TestCompareFidesSemantics follows fides/core/evaluate.py,
// compare_rule_to_declaration (ethyca/fides, src/fides/core/evaluate.py):
// keys whose hierarchy meets a rule value are matched, the others
// mismatched; ANY returns the matched keys, ALL the matched keys when all
// matched, NONE the mismatched keys when none matched, OTHER the mismatched
// keys; an empty result does not fire.
func TestCompareFidesSemantics(t *testing.T) {
	keys := []string{"user.contact.email", "user.name.first", "user.health_and_medical"}
	cases := []struct {
		matches string
		values  []string
		keys    []string
		want    []string
	}{
		// ANY: the keys under some value.
		{policy.MatchAny, []string{"user.contact"}, keys, []string{"user.contact.email"}},
		{policy.MatchAny, []string{"user.biometric"}, keys, nil},
		// A value matches its descendants, never its ancestors.
		{policy.MatchAny, []string{"user.contact.email.work"}, keys, nil},
		{policy.MatchAny, []string{"user"}, keys, keys},
		// ALL: only when every key matches.
		{policy.MatchAll, []string{"user.contact", "user.name"}, keys, nil},
		{policy.MatchAll, []string{"user.contact", "user.name", "user.health_and_medical"}, keys, keys},
		// NONE: every key, when none matches.
		{policy.MatchNone, []string{"user.biometric"}, keys, keys},
		{policy.MatchNone, []string{"user.name"}, keys, nil},
		// OTHER: the keys that do not match.
		{policy.MatchOther, []string{"user.contact", "user.name"}, keys, []string{"user.health_and_medical"}},
		{policy.MatchOther, []string{"user"}, keys, nil},
		// No keys: nothing fires (Fides' behaviour; Deny handles an empty
		// data_use or subjects list before it compares).
		{policy.MatchAny, []string{"user"}, nil, nil},
		{policy.MatchNone, []string{"user"}, nil, nil},
	}
	for _, tc := range cases {
		got := compare(&policy.DenyMatch{Matches: tc.matches, Values: tc.values}, tc.keys, rules.Covers)
		if !slices.Equal(got, tc.want) {
			t.Errorf("%s %v over %v = %v, want %v", tc.matches, tc.values, tc.keys, got, tc.want)
		}
	}
}

func denyPolicy(t *testing.T, src string) *policy.Policy {
	t.Helper()
	p, err := policy.Parse("privlint.yaml", []byte(src))
	if err != nil {
		t.Fatal(err)
	}
	return p
}

const denyPurposes = `version: 1
purposes:
  ads:
    legal_basis: consent
    data_use: marketing.advertising
    subjects: [customer]
  care:
    legal_basis: contract
    data_use: essential.service
    subjects: [patient]
  vague:
    legal_basis: consent
`

func decl(symbol, category string, purposes ...string) Declaration {
	return Declaration{Category: category, DetectedBy: "name", Purposes: purposes, Symbol: symbol}
}

func reported(p *policy.Policy, decls []Declaration) []string {
	var got []string
	for i, fs := range Deny(p, decls) {
		for _, f := range fs {
			if f.RuleID != "PL006" {
				panic("not PL006: " + f.RuleID)
			}
			got = append(got, decls[i].Symbol+" "+strings.SplitN(f.Symbol, "#", 2)[1])
		}
	}
	slices.Sort(got)
	return got
}

func TestDeny(t *testing.T) {
	decls := []Declaration{
		decl("Lead.Email", "user.contact.email", "ads"),
		decl("Lead.Diagnosis", "user.health_and_medical", "ads"),
		decl("Chart.Diagnosis", "user.health_and_medical", "care"),
		decl("Old.Diagnosis", "user.health_and_medical", "vague"),
		decl("Both.Diagnosis", "user.health_and_medical", "ads", "care"),
		decl("Typo.Diagnosis", "user.health_and_medical", "adds"), // undefined: PL002's business
	}
	cases := []struct {
		name, rules string
		want        []string
	}{
		{"ANY with a data use", `
  - name: r
    data_categories: {matches: ANY, values: [user.health]}
    data_uses: {matches: ANY, values: [marketing]}
`, []string{"Both.Diagnosis ads#r", "Lead.Diagnosis ads#r", "Old.Diagnosis vague#r"}},
		{"subjects only", `
  - name: r
    data_subjects: {matches: ANY, values: [patient]}
`, []string{"Both.Diagnosis care#r", "Chart.Diagnosis care#r", "Old.Diagnosis vague#r"}},
		{"NONE over data uses", `
  - name: r
    data_categories: {matches: ANY, values: [user.contact]}
    data_uses: {matches: NONE, values: [essential]}
`, []string{"Lead.Email ads#r"}},
		{"ALL across the purpose's fields", `
  - name: r
    data_categories: {matches: ALL, values: [user.health_and_medical]}
`, []string{"Both.Diagnosis care#r", "Chart.Diagnosis care#r", "Old.Diagnosis vague#r"}},
		{"NONE across the purpose's fields", `
  - name: r
    data_categories: {matches: NONE, values: [user.contact]}
`, []string{"Both.Diagnosis care#r", "Chart.Diagnosis care#r", "Old.Diagnosis vague#r"}},
		{"OTHER", `
  - name: r
    data_categories: {matches: OTHER, values: [user.contact]}
    data_subjects: {matches: ANY, values: [customer]}
`, []string{"Both.Diagnosis ads#r", "Lead.Diagnosis ads#r", "Old.Diagnosis vague#r"}},
		{"a rule that matches nothing", `
  - name: r
    data_categories: {matches: ANY, values: [user.biometric]}
`, nil},
	}
	for _, tc := range cases {
		p := denyPolicy(t, denyPurposes+"deny:"+tc.rules)
		if got := reported(p, decls); !slices.Equal(got, tc.want) {
			t.Errorf("%s:\n got %v\nwant %v", tc.name, got, tc.want)
		}
	}
}

// TestDenyFailsClosed: Fides never fires a rule whose data_subjects
// dimension meets an empty list of subjects; privlint judges a purpose that
// declares none as if it might have any, and says so.
func TestDenyFailsClosed(t *testing.T) {
	p := denyPolicy(t, denyPurposes+`deny:
  - name: no-children
    data_subjects: {matches: ANY, values: [child]}
`)
	out := Deny(p, []Declaration{decl("Old.Email", "user.contact.email", "vague"), decl("Lead.Email", "user.contact.email", "ads")})
	if len(out[0]) != 1 || len(out[1]) != 0 {
		t.Fatalf("findings = %v, want one on Old.Email only", out)
	}
	if msg := out[0][0].Message; !strings.Contains(msg, "the purpose declares no subjects, so privlint assumes they may be any") ||
		!strings.Contains(msg, `deny rule "no-children" (privlint.yaml:14)`) {
		t.Errorf("message = %s", msg)
	}
}

func TestDenyWithoutRules(t *testing.T) {
	p := denyPolicy(t, denyPurposes)
	if out := Deny(p, []Declaration{decl("Lead.Email", "user.contact.email", "ads")}); out != nil {
		t.Errorf("Deny without rules = %v", out)
	}
}
