package judge

import (
	"fmt"
	"maps"
	"slices"
	"strings"

	"github.com/privlint/privlint/finding"
	"github.com/privlint/privlint/rules"
	"github.com/privlint/privlint/rules/policy"
)

// Deny judges decls against the policy's deny rules (PL006, SPEC §2.1 and
// §5) and returns the findings of each declaration, index for index with
// decls (nil when the policy has no deny rule).
//
// A rule is judged once per defined purpose, on what is processed under
// it: the categories of the declarations in decls that name the purpose,
// the purpose's data_use and its subjects. Each dimension is compared as
// Fides' evaluate does (fides/core/evaluate.py,
// compare_rule_to_declaration): a key matches a rule value that is the
// key or one of its ancestors; ANY yields the matching keys, ALL the
// matching keys when every key matches, NONE the keys when none matches,
// OTHER the keys that do not match; the rule fires when every dimension it
// names yields some key. Unlike Fides, a purpose that declares no data_use
// or no subjects is judged as if it might have any (privlint fails closed
// on empty lists): a dimension the purpose leaves empty matches. When a
// rule fires, every declaration whose category the categories dimension
// yielded gets one finding.
//
// The caller decides the scope of decls: one Go package, or the schema
// files of one run. ALL and NONE depend on every category processed under
// a purpose, so they are judged within that scope.
func Deny(pol *policy.Policy, decls []Declaration) [][]*finding.Finding {
	if len(pol.Deny) == 0 || len(decls) == 0 {
		return nil
	}
	out := make([][]*finding.Finding, len(decls))
	// The categories processed under each defined purpose.
	byPurpose := map[string]map[string]bool{}
	for _, d := range decls {
		for _, p := range d.Purposes {
			if _, ok := pol.Purposes[p]; !ok {
				continue // PL002 reports it
			}
			if byPurpose[p] == nil {
				byPurpose[p] = map[string]bool{}
			}
			byPurpose[p][canonical(pol, d.Category)] = true
		}
	}
	for _, name := range slices.Sorted(maps.Keys(byPurpose)) {
		pur := pol.Purposes[name]
		cats := slices.Sorted(maps.Keys(byPurpose[name]))
		for _, r := range pol.Deny {
			hit, why, ok := fires(r, pur, cats)
			if !ok {
				continue
			}
			rule, id := fmt.Sprintf("deny rule %q (%s)", r.Name, pol.Where(r.File, r.Line)), r.Name
			if r.Policy != "" {
				rule = fmt.Sprintf("rule %q of Fides policy %q (%s)", r.Name, r.Policy, pol.Where(r.File, r.Line))
				id = r.Policy + "/" + r.Name
			}
			for i, d := range decls {
				if !slices.Contains(d.Purposes, name) || !hit[canonical(pol, d.Category)] {
					continue
				}
				out[i] = append(out[i], &finding.Finding{
					RuleID: "PL006",
					Message: fmt.Sprintf("%s in %s is processed for purpose %q, which %s forbids: %s; stop processing it for this purpose, or change the purpose or the rule",
						d.Category, d.Symbol, name, rule, why),
					Category:   d.Category,
					Purposes:   d.Purposes,
					DetectedBy: d.DetectedBy,
					Evidence:   d.Evidence,
					Symbol:     d.Symbol + "#" + name + "#" + id,
				})
			}
		}
	}
	return out
}

// fires judges rule r on purpose pur processing categories cats (canonical,
// sorted). It returns the categories that contribute, a description of
// what matched, and whether the rule fires.
func fires(r *policy.DenyRule, pur *policy.Purpose, cats []string) (map[string]bool, string, bool) {
	var why []string
	hit := map[string]bool{}
	if r.Categories == nil {
		for _, c := range cats {
			hit[c] = true
		}
	} else {
		got := compare(r.Categories, cats, rules.Covers)
		if len(got) == 0 {
			return nil, "", false
		}
		for _, c := range got {
			hit[c] = true
		}
		why = append(why, "data_categories "+describe(r.Categories, got))
	}
	if r.Uses != nil {
		if pur.DataUse == "" {
			why = append(why, fmt.Sprintf("data_uses %s of %s (the purpose declares no data_use, so privlint assumes it may be any)",
				r.Uses.Matches, strings.Join(r.Uses.Values, ", ")))
		} else {
			got := compare(r.Uses, []string{pur.DataUse}, rules.Covers)
			if len(got) == 0 {
				return nil, "", false
			}
			why = append(why, "data_uses "+describe(r.Uses, got))
		}
	}
	if r.Subjects != nil {
		if len(pur.Subjects) == 0 {
			why = append(why, fmt.Sprintf("data_subjects %s of %s (the purpose declares no subjects, so privlint assumes they may be any)",
				r.Subjects.Matches, strings.Join(r.Subjects.Values, ", ")))
		} else {
			got := compare(r.Subjects, pur.Subjects, func(v, k string) bool { return v == k })
			if len(got) == 0 {
				return nil, "", false
			}
			why = append(why, "data_subjects "+describe(r.Subjects, got))
		}
	}
	return hit, strings.Join(why, "; "), true
}

// compare applies one dimension of a rule to the declared keys, as Fides'
// compare_rule_to_declaration does: covers(value, key) says whether a rule
// value matches a key (the key itself or an ancestor of it). It returns the
// offending keys; none when the dimension does not fire.
func compare(m *policy.DenyMatch, keys []string, covers func(value, key string) bool) []string {
	var matched, mismatched []string
	for _, k := range keys {
		if slices.ContainsFunc(m.Values, func(v string) bool { return covers(v, k) }) {
			matched = append(matched, k)
		} else {
			mismatched = append(mismatched, k)
		}
	}
	switch m.Matches {
	case policy.MatchAny:
		return matched
	case policy.MatchAll:
		if len(matched) == len(keys) {
			return matched
		}
	case policy.MatchNone:
		if len(matched) == 0 {
			return mismatched
		}
	case policy.MatchOther:
		return mismatched
	}
	return nil
}

func describe(m *policy.DenyMatch, got []string) string {
	return fmt.Sprintf("%s of %s (processed: %s)", m.Matches, strings.Join(m.Values, ", "), strings.Join(got, ", "))
}

func canonical(pol *policy.Policy, category string) string {
	if pol.Taxonomy != nil {
		if key, ok := pol.Taxonomy.Canonical(category); ok {
			return key
		}
	}
	return category
}
