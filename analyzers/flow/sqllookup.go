package flow

import (
	"maps"
	"slices"
	"strconv"
	"strings"

	"golang.org/x/tools/go/ssa"
)

// sqlLookups reads an UPDATE or DELETE statement for the arguments it
// binds only in its WHERE condition: the index after the statement text
// (0 for $1 or the first ?) of each argument whose every placeholder
// follows the statement's own WHERE (not one of a subquery). Those find
// the rows the statement changes or deletes, as a SELECT's arguments do;
// the statement does not store them. Nil for any other statement
// (INSERT, WITH …), for one without such arguments, for one with named
// placeholders (:name, @name) or with both ? and $n, and for more than
// one statement.
func sqlLookups(q string) map[int]bool {
	toks := sqlTokens(q)
	if len(toks) == 0 {
		return nil
	}
	if first := strings.ToLower(toks[0]); first != "update" && first != "delete" {
		return nil
	}
	var stored, looked map[int]bool
	depth, next := 0, 0
	where, question, dollar := false, false, false
	for i, tok := range toks {
		idx := -1
		switch {
		case tok == "(":
			depth++
		case tok == ")":
			depth--
		case tok == ";":
			if i+1 < len(toks) {
				return nil // more than one statement
			}
		case depth == 0 && strings.EqualFold(tok, "where"):
			where = true
		case tok == "?":
			question, idx = true, next
			next++
		case tok[0] == '$':
			n, err := strconv.Atoi(tok[1:])
			if err != nil || n < 1 {
				return nil
			}
			dollar, idx = true, n-1
		case tok == "@" || (tok == ":" && (i == 0 || toks[i-1] != ":") && i+1 < len(toks) && toks[i+1] != ":" && toks[i+1] != "="):
			return nil // a named placeholder: which argument it is is not read
		}
		if idx < 0 {
			continue
		}
		if where {
			if looked == nil {
				looked = map[int]bool{}
			}
			looked[idx] = true
		} else {
			if stored == nil {
				stored = map[int]bool{}
			}
			stored[idx] = true
		}
	}
	if question && dollar {
		return nil
	}
	for i := range stored {
		delete(looked, i)
	}
	if len(looked) == 0 {
		return nil
	}
	return looked
}

// sqlLookupsOnce is sqlLookups(q), worked out once per package and
// statement. The map returned is shared and must not be changed.
func (a *analysis_) sqlLookupsOnce(q string) map[int]bool {
	if l, ok := a.sqlLook[q]; ok {
		return l
	}
	if a.sqlLook == nil {
		a.sqlLook = map[string]map[int]bool{}
	}
	l := sqlLookups(q)
	a.sqlLook[q] = l
	return l
}

// storedArgs returns, in place of rest, the arguments that follow the
// text stmt of a write statement, the values the statement stores: rest
// without those its WHERE condition alone binds (sqlLookups). ok is false
// when it binds none that way, when stmt is not one constant (a text
// chosen among several, whose placeholders may lie otherwise), or when
// the arguments cannot be told apart (a slice built another way): the
// caller keeps rest.
func (st *fnState) storedArgs(c *callSite, stmt ssa.Value, rest []ssa.Value) ([]ssa.Value, bool) {
	text, ok := constString(stmt)
	if !ok {
		return nil, false
	}
	look := st.a.sqlLookupsOnce(text)
	if len(look) == 0 {
		return nil, false
	}
	elems, ok := boundArgs(c, rest)
	if !ok {
		return nil, false
	}
	var out []ssa.Value
	for _, i := range slices.Sorted(maps.Keys(elems)) {
		if !look[i] {
			out = append(out, elems[i])
		}
	}
	return out, true
}

// carriesAll reports whether f carries every argument from..to-1 as data
// (none of them a lookup key).
func carriesAll(f interface {
	IsKey(int) bool
	Carries(int, bool) bool
}, from, to int) bool {
	for i := from; i < to; i++ {
		if f.IsKey(i) || !f.Carries(i, false) {
			return false
		}
	}
	return true
}

// deleteText finds the text of a DELETE statement among a storage call's
// arguments: the first string constant, when it starts with DELETE after
// comments (a later string is a bound value).
func deleteText(args []ssa.Value) (int, bool) {
	for i, x := range args {
		if !isString(x.Type()) {
			continue
		}
		text, ok := constString(x)
		if !ok {
			continue
		}
		t := strings.TrimLeft(text, " \t\r\n")
		if len(t) >= 6 && strings.EqualFold(t[:6], "delete") {
			return i, true
		}
		if strings.HasPrefix(t, "--") || strings.HasPrefix(t, "/*") {
			if toks := sqlTokens(text); len(toks) > 0 && strings.EqualFold(toks[0], "delete") {
				return i, true
			}
		}
		return 0, false
	}
	return 0, false
}
