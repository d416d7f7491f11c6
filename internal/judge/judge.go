// Package judge holds the rules that judge declarations of personal data —
// a Go struct field or a schema property — against the policy: PL001–PL004,
// and the deny rules of PL006.
// The Go analyzers and the schema checks both call it, so a field and a
// property with the same category and purposes get the same findings.
package judge

import (
	"fmt"
	"path/filepath"
	"strings"
	"sync/atomic"

	"github.com/privlint/privlint/finding"
	"github.com/privlint/privlint/rules"
	"github.com/privlint/privlint/rules/policy"
)

// Declaration is one declared piece of personal data.
type Declaration struct {
	Category   string   // fideslang key
	DetectedBy string   // annotation, type, format, tag, name or description
	Evidence   []string // the evidence items behind DetectedBy
	Purposes   []string // declared purposes, sorted; empty when none
	Special    bool     // GDPR Art. 9/10 category
	Symbol     string   // Type.Field, or the JSON pointer of a schema property
	Schema     bool     // a schema property: hints name x-purpose, not Go annotations
	// How says how to declare a purpose where the declaration is (an SQL
	// comment, a GraphQL directive, …), for PL001; "" uses the Go or
	// JSON Schema wording (see Schema).
	How string
	// Inherited says the purposes come from a directive on the enclosing
	// type or package: Purposes leaves their PL002 to the caller, which
	// reports each undefined purpose once, at the directive
	// (UnknownPurpose), not once per field.
	Inherited bool
}

// Purposes returns the PL001–PL004 findings of d under pol, in rule order.
// Positions and levels are left for the caller (see internal/diag).
func Purposes(pol *policy.Policy, d Declaration) []*finding.Finding {
	var out []*finding.Finding
	add := func(rule, symbol, msg string) {
		out = append(out, &finding.Finding{
			RuleID:     rule,
			Message:    msg,
			Category:   d.Category,
			Purposes:   d.Purposes,
			DetectedBy: d.DetectedBy,
			Evidence:   d.Evidence,
			Symbol:     symbol,
		})
	}
	file := PolicyName(pol)
	if len(d.Purposes) == 0 {
		how := "purpose:\"<name>\" on the field or //privlint:purpose <name> on the type"
		if d.Schema {
			how = "x-purpose: <name> on the property or an enclosing schema"
		}
		if d.How != "" {
			how = d.How
		}
		add("PL001", d.Symbol, fmt.Sprintf(
			"%s in %s has no declared purpose; declare one with %s, and define it under purposes: in %s",
			d.Category, d.Symbol, how, file))
		return out
	}
	var known []string
	for _, p := range d.Purposes {
		if _, ok := pol.Purposes[p]; ok {
			known = append(known, p)
			continue
		}
		if d.Inherited {
			continue
		}
		add("PL002", d.Symbol+"#"+p, fmt.Sprintf("purpose %q of %s is not defined in %s; define it under purposes: or use %s",
			p, d.Symbol, file, knownList(pol)))
	}
	if len(known) == 0 {
		return out
	}
	inferred := d.DetectedBy != "annotation"
	if !pol.Allows(known, d.Category, inferred) {
		add("PL003", d.Symbol, fmt.Sprintf(
			"%s in %s is not allowed by its %s (%s); add the category to %s, or stop collecting it",
			d.Category, d.Symbol, plural(len(known), "purpose", "purposes"), allowed(pol, known), whereCategories(pol, known)))
	}
	if d.Special {
		article := "Art. 9"
		if rules.Covers("user.criminal_history", d.Category) {
			article = "Art. 10"
		}
		for _, p := range known {
			if pol.HasSpecialBasis(p) {
				continue
			}
			how := "add one (e.g. explicit_consent) to the purpose in " + file
			if pur := pol.Purposes[p]; pur.File != "" {
				how = fmt.Sprintf("add a special_category_legal_basis (e.g. Explicit consent) to its privacy declaration at %s", pol.Where(pur.File, pur.Line))
			}
			add("PL004", d.Symbol+"#"+p, fmt.Sprintf(
				"%s in %s is special-category data (GDPR %s) but purpose %q has no special_category_basis; %s, or stop collecting it",
				d.Category, d.Symbol, article, p, how))
		}
	}
	return out
}

// UnknownPurpose returns the PL002 finding of purpose p named by a
// directive on scope ("type User", "package users"), or nil when the policy
// defines p. symbol is the directive's symbol for the fingerprint.
func UnknownPurpose(pol *policy.Policy, p, scope, symbol string) *finding.Finding {
	if _, ok := pol.Purposes[p]; ok {
		return nil
	}
	return &finding.Finding{
		RuleID:   "PL002",
		Purposes: []string{p},
		Symbol:   symbol + "#" + p,
		Message: fmt.Sprintf("purpose %q of the //privlint:purpose directive on %s is not defined in %s; define it under purposes: or use %s",
			p, scope, PolicyName(pol), knownList(pol)),
	}
}

// PolicyName is the policy's file name for messages.
func PolicyName(pol *policy.Policy) string {
	if pol.Path == "" {
		return "privlint.yaml"
	}
	return filepath.Base(pol.Path)
}

// whereCategories says where to allow a category for the purposes: the
// categories of a purpose in the policy file, or the data_categories of a
// Fides privacy declaration when every purpose comes from one manifest.
func whereCategories(pol *policy.Policy, purposes []string) string {
	file := ""
	for i, name := range purposes {
		f := pol.Purposes[name].File
		if i > 0 && f != file {
			file = ""
			break
		}
		file = f
	}
	if file == "" {
		return "a purpose's categories in " + PolicyName(pol)
	}
	return "the data_categories of its privacy declaration in " + pol.Where(file, 0)
}

func knownList(pol *policy.Policy) string {
	if k := known.Load(); k != nil && k.pol == pol && k.same(pol.Purposes) {
		return k.list
	}
	names := pol.PurposeNames()
	list := "a defined purpose (the policy defines none)"
	if len(names) > 0 {
		list = "one of: " + strings.Join(names, ", ")
	}
	known.Store(&knownPurposes{pol: pol, names: names, list: list})
	return list
}

// known is the last policy's knownList, built once: a run judges every
// declaration under one policy, and PL002 names the policy's purposes,
// sorted, in each of its findings.
var known atomic.Pointer[knownPurposes]

// knownPurposes is knownList's answer for pol, whose purposes were names
// when it was built.
type knownPurposes struct {
	pol   *policy.Policy
	names []string
	list  string
}

// same reports whether purposes still holds exactly k's names: a
// policy's purposes may be changed after it was first asked about, and a
// look-up of each name costs less than sorting them again.
func (k *knownPurposes) same(purposes map[string]*policy.Purpose) bool {
	if len(purposes) != len(k.names) {
		return false
	}
	for _, name := range k.names {
		if _, ok := purposes[name]; !ok {
			return false
		}
	}
	return true
}

func allowed(pol *policy.Policy, purposes []string) string {
	var parts []string
	for _, name := range purposes {
		cats := pol.Purposes[name].Categories
		if len(cats) == 0 {
			parts = append(parts, name+" allows no categories")
			continue
		}
		parts = append(parts, name+" allows "+strings.Join(cats, ", "))
	}
	return strings.Join(parts, "; ")
}

func plural(n int, one, many string) string {
	if n == 1 {
		return one
	}
	return many
}
