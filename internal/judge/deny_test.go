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

// TestCompareFidesUnitTests ports Fides' own unit tests of
// compare_rule_to_declaration (ethyca/fides@96aa40c, tests/ctl/core/
// test_evaluate.py lines 293-453, the sixteen test_compare_rule_to_
// declaration_* functions) to dotted keys: a Fides hierarchy ["key_1",
// "key_1_parent"] is the key p1.k1, whose ancestor p1 stands for
// key_1_parent. The function under test follows src/fides/core/evaluate.py
// lines 140-179.
func TestCompareFidesUnitTests(t *testing.T) {
	cases := []struct {
		fidesTest string
		matches   string
		values    []string
		keys      []string
		want      []string
	}{
		{"any_true", policy.MatchAny, []string{"k1"}, []string{"k2", "k1"}, []string{"k1"}},
		{"any_true_hierarchical", policy.MatchAny, []string{"p1"}, []string{"k2", "p1.k1"}, []string{"p1.k1"}},
		{"any_false", policy.MatchAny, []string{"k1"}, []string{"k2", "k3"}, nil},
		{"any_false_hierarchical", policy.MatchAny, []string{"k1"}, []string{"p2.k2", "k3"}, nil},
		{"all_true", policy.MatchAll, []string{"k1", "k3"}, []string{"k3", "k1"}, []string{"k3", "k1"}},
		{"all_true_hierarchical", policy.MatchAll, []string{"p1", "p3"}, []string{"p3.k3", "p1.k1"}, []string{"p3.k3", "p1.k1"}},
		{"all_false", policy.MatchAll, []string{"k1", "k3"}, []string{"k2", "k1"}, nil},
		{"all_false_hierarchical", policy.MatchAll, []string{"k1", "p1", "k3"}, []string{"k2", "p1.k1"}, nil},
		{"none_true", policy.MatchNone, []string{"k1"}, []string{"k2", "k3"}, []string{"k2", "k3"}},
		{"none_true_hierarchical", policy.MatchNone, []string{"k1"}, []string{"p2.k2", "k3"}, []string{"p2.k2", "k3"}},
		{"none_false", policy.MatchNone, []string{"k1"}, []string{"k2", "k3", "k1"}, nil},
		{"none_false_hierarchical", policy.MatchNone, []string{"p1"}, []string{"k2", "k3", "p1.k1"}, nil},
		{"other_true", policy.MatchOther, []string{"k1"}, []string{"k2", "k1"}, []string{"k2"}},
		{"other_true_hierarchical", policy.MatchOther, []string{"p1"}, []string{"k2", "p1.k1"}, []string{"k2"}},
		{"other_false", policy.MatchOther, []string{"k1", "k3"}, []string{"k1", "k3"}, nil},
		{"other_false_hierarchical", policy.MatchOther, []string{"k1", "p3"}, []string{"k1", "p3.k3"}, nil},
	}
	for _, tc := range cases {
		got := compare(&policy.DenyMatch{Matches: tc.matches, Values: tc.values}, tc.keys, rules.Covers)
		// Fides returns sets; compare as sets.
		slices.Sort(got)
		want := slices.Clone(tc.want)
		slices.Sort(want)
		if !slices.Equal(got, want) {
			t.Errorf("test_compare_rule_to_declaration_%s: %s %v over %v = %v, want %v", tc.fidesTest, tc.matches, tc.values, tc.keys, got, want)
		}
	}
}

// TestDenyEveryDimension: a rule fires only when every dimension it names
// matches, as evaluate_policy_rule's all([...]) does (evaluate.py lines
// 226-232); data uses match by hierarchy (a rule value matches its
// descendants, never its ancestors), data subjects by equality.
func TestDenyEveryDimension(t *testing.T) {
	const purposes = `version: 1
purposes:
  ads:
    legal_basis: consent
    data_use: marketing.advertising.first_party
    subjects: [customer]
  mail:
    legal_basis: consent
    data_use: marketing
    subjects: [customer]
deny:
`
	decls := []Declaration{
		decl("Lead.Allergy", "user.health_and_medical.genetic", "ads"),
		decl("Mail.Allergy", "user.health_and_medical", "mail"),
	}
	for _, tc := range []struct {
		name, rule string
		want       []string
	}{
		{"all three match", "{matches: ANY, values: [user.health]}\n    data_uses: {matches: ANY, values: [marketing]}\n    data_subjects: {matches: ANY, values: [customer]}",
			[]string{"Lead.Allergy ads#r", "Mail.Allergy mail#r"}},
		{"the use is an ancestor of the rule's value", "{matches: ANY, values: [user]}\n    data_uses: {matches: ANY, values: [marketing.advertising]}",
			[]string{"Lead.Allergy ads#r"}},
		{"the subjects do not match", "{matches: ANY, values: [user]}\n    data_uses: {matches: ANY, values: [marketing]}\n    data_subjects: {matches: ANY, values: [customer.vip]}",
			nil},
		{"the categories do not match", "{matches: ANY, values: [user.contact]}\n    data_uses: {matches: ANY, values: [marketing]}",
			nil},
		{"a category below the rule's value", "{matches: ANY, values: [user.health_and_medical.genetic]}",
			[]string{"Lead.Allergy ads#r"}},
	} {
		p := denyPolicy(t, purposes+"  - name: r\n    data_categories: "+tc.rule+"\n")
		if got := reported(p, decls); !slices.Equal(got, tc.want) {
			t.Errorf("%s:\n got %v\nwant %v", tc.name, got, tc.want)
		}
	}
}

// TestDenyFailsClosedNone: with no subjects declared, Fides' NONE finds no
// mismatched key and never fires (evaluate.py lines 170-174 on an empty
// list); privlint assumes the subjects may be anyone, so NONE fires.
func TestDenyFailsClosedNone(t *testing.T) {
	p := denyPolicy(t, denyPurposes+`deny:
  - name: patients-only
    data_categories: {matches: ANY, values: [user.health_and_medical]}
    data_subjects: {matches: NONE, values: [patient]}
`)
	if got, want := reported(p, []Declaration{decl("Old.Diagnosis", "user.health_and_medical", "vague"), decl("Chart.Diagnosis", "user.health_and_medical", "care")}),
		[]string{"Old.Diagnosis vague#patients-only"}; !slices.Equal(got, want) {
		t.Errorf("got %v, want %v", got, want)
	}
	// Fides' own comparison on the empty list: nothing.
	if got := compare(&policy.DenyMatch{Matches: policy.MatchNone, Values: []string{"patient"}}, nil, func(v, k string) bool { return v == k }); got != nil {
		t.Errorf("compare NONE over no subjects = %v, want nothing (Fides)", got)
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
