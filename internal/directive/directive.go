// Package directive parses privlint's directive comments:
//
//	//privlint:purpose account billing
//	//privlint:ignore PL101,PL102 the column is encrypted by the database
//	//privlint:encrypts
//	//privlint:sink storage|log|thirdparty:<name>
//
// A directive has no space after "//", like //go: and //lint: directives.
package directive

import (
	"go/ast"
	"regexp"
	"strings"
)

// Prefix starts every privlint directive.
const Prefix = "//privlint:"

// Verbs are the directive names privlint understands.
var Verbs = []string{"purpose", "ignore", "encrypts", "sink"}

// Directive is one parsed directive comment.
type Directive struct {
	Verb string   // "purpose", "ignore", …
	Args []string // the words after the verb
	Text string   // the whole comment text
}

// Parse reads one comment's text. It reports false when the comment is not
// a privlint directive.
func Parse(text string) (Directive, bool) {
	if !strings.HasPrefix(text, Prefix) {
		return Directive{}, false
	}
	rest := strings.TrimPrefix(text, Prefix)
	// A trailing comment ("//privlint:ignore PL001 why // TODO") is not
	// part of the directive.
	if i := strings.Index(rest, " //"); i >= 0 {
		rest = rest[:i]
	}
	words := strings.Fields(rest)
	if len(words) == 0 {
		return Directive{Text: text}, true
	}
	return Directive{Verb: words[0], Args: words[1:], Text: text}, true
}

// Known reports whether the directive's verb is one privlint understands.
func (d Directive) Known() bool {
	for _, v := range Verbs {
		if d.Verb == v {
			return true
		}
	}
	return false
}

// Group returns the directives of a comment group, in order.
func Group(cg *ast.CommentGroup) []Directive {
	if cg == nil {
		return nil
	}
	var ds []Directive
	for _, c := range cg.List {
		if d, ok := Parse(c.Text); ok {
			ds = append(ds, d)
		}
	}
	return ds
}

// Purposes returns the purposes named by the //privlint:purpose directives
// of a comment group, and whether there was one. Names may be separated by
// spaces or commas.
func Purposes(cg *ast.CommentGroup) ([]string, bool) {
	var out []string
	found := false
	for _, d := range Group(cg) {
		if d.Verb != "purpose" {
			continue
		}
		found = true
		for _, a := range d.Args {
			out = append(out, SplitList(a)...)
		}
	}
	return out, found
}

// SplitList splits a comma-separated list, dropping empty items and spaces.
func SplitList(s string) []string {
	var out []string
	for _, p := range strings.Split(s, ",") {
		if p = strings.TrimSpace(p); p != "" {
			out = append(out, p)
		}
	}
	return out
}

var ruleID = regexp.MustCompile(`^PL[0-9]{3}$`)

// Ignore is a parsed //privlint:ignore directive.
type Ignore struct {
	Rules  []string // rule ids it names
	Reason string   // the mandatory justification; empty when missing
	Bad    []string // words in the rule list that are not rule ids
}

// ParseIgnore reads the arguments of an ignore directive: a comma-separated
// list of rule ids, then the reason. `//privlint:ignore PL101, PL102 why`
// is accepted too.
func ParseIgnore(d Directive) Ignore {
	var ig Ignore
	args := d.Args
	i := 0
	for ; i < len(args); i++ {
		items := SplitList(args[i])
		isList := len(items) > 0
		for _, it := range items {
			if !ruleID.MatchString(it) {
				isList = false
			}
		}
		if !isList {
			// The first word is always the rule list, even if malformed.
			if i == 0 && len(items) > 0 {
				for _, it := range items {
					if ruleID.MatchString(it) {
						ig.Rules = append(ig.Rules, it)
					} else {
						ig.Bad = append(ig.Bad, it)
					}
				}
				i++
			}
			break
		}
		ig.Rules = append(ig.Rules, items...)
		if !strings.HasSuffix(args[i], ",") {
			i++
			break
		}
	}
	if i < len(args) {
		ig.Reason = strings.Join(args[i:], " ")
	}
	return ig
}

// Covers reports whether the ignore names rule.
func (ig Ignore) Covers(rule string) bool {
	for _, r := range ig.Rules {
		if r == rule {
			return true
		}
	}
	return false
}
