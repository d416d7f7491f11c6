package flow

import (
	"go/ast"
	"go/token"
	"go/types"
	"slices"
	"strconv"

	"golang.org/x/tools/go/ssa"

	"github.com/privlint/privlint/internal/classifier"
	"github.com/privlint/privlint/rules"
)

// mapKeySource returns the source that a map update's constant key
// declares for its value: log fields built as log.Context{"email_to": to}
// or m["phone_number"] = n name what they hold by the key, whatever the
// value was computed from (a header read by a helper, a parameter). Only a
// key the classifier reads as personal data by its name alone (the bar a
// struct field's name must pass: no weak or context-only pattern, nothing
// marked protected) counts, and only for a string-like or interface value
// that is not a constant and carries no source the analysis already
// follows: a value's own source keeps its category, and a count or a flag
// stored under a personal key is no data. A parameter's value counts in a
// map the function makes and does not hand back (localMap): the key names
// what the function writes whatever its callers pass.
func (st *fnState) mapKeySource(in *ssa.MapUpdate) set {
	key, ok := constString(in.Key)
	if !ok {
		return nil
	}
	return st.keySource(key, in.Value, in.Pos(), "map key ", func() bool { return localMap(in.Map) })
}

// keySource is the source a constant key declares for the value stored or
// logged beside it (mapKeySource, pairKeySources): kind names the key in
// the source's symbol, at is where the pair is, and local reports whether
// what the value goes into stays in the function (see mapKeySource), asked
// only for a value that comes from a parameter.
func (st *fnState) keySource(key string, v ssa.Value, at token.Pos, kind string, local func() bool) set {
	return st.keySourceAs(key, v, at, kind, local, false)
}

// keySourceAs is keySource; with logins, a key named only weakly for a
// login name (username, login) counts too, for the keys of an
// application's logger (appPairKeys): what a logger is told is a user
// name is the logged person's login, as loggedAccountParam reads its
// parameters. Other weak names (name, title, address) stay out: a log
// line names artists, playlists and listening addresses as well.
func (st *fnState) keySourceAs(key string, v ssa.Value, at token.Pos, kind string, local func() bool, logins bool) set {
	if key == "" || len(key) > 64 {
		return nil
	}
	val := v
	if mi, ok := v.(*ssa.MakeInterface); ok {
		v = mi.X
	}
	if _, isConst := v.(*ssa.Const); isConst {
		return nil
	}
	if _, isIface := v.Type().Underlying().(*types.Interface); !isIface && !isStringish(v.Type()) {
		return nil
	}
	if readFromField(v) {
		// A value read out of a struct field that the classifier did
		// not take for personal data (a configuration's list of
		// trusted proxy CIDRs logged under "ip"): the field's name is
		// the better evidence, and it said no.
		return nil
	}
	if kind == "log key " && st.valueNamedOtherwise(key, at) {
		// A variable whose own name refutes the key (serviceAccountEmail
		// logged under "email"): its name is the better evidence too.
		return nil
	}
	fromParam := false
	for _, l := range st.deep(val) {
		if _, ok := isParam(l); !ok {
			return nil
		}
		fromParam = true
	}
	if fromParam && !local() {
		// A map the function returns or keeps (a builder's own
		// fields, Traits.SetEmail's receiver) carries the value to its
		// callers, whose own source for the argument is the better
		// reading: the key would stand beside it and name the flow.
		return nil
	}
	m, ok := st.a.env.Classifier.Name(key, classifier.Context{Kind: classifier.KindString})
	if !ok && logins {
		if lm, lok := st.a.env.Classifier.Name(key, classifier.Context{Kind: classifier.KindString, PersonLike: true}); lok && lm.Category == requesterAccount {
			m, ok = lm, true
		}
	}
	if !ok || m.Category == "" || m.Protected || !rules.IsPersonal(m.Category) {
		return nil
	}
	sym := kind + strconv.Quote(key)
	return single(st.a.intern(&Source{
		Category:   m.Category,
		Symbol:     sym,
		Pos:        st.a.posString(at),
		DetectedBy: "name",
		Evidence:   m.Details,
		Sensitive:  m.Sensitive,
	}))
}

// localMap reports whether m is a map made in its function and used there
// only by updates, lookups, ranges and calls: not returned, stored, sent or
// captured, so that what it holds reaches the function's callers through
// no result of its own.
func localMap(m ssa.Value) bool {
	mm, ok := m.(*ssa.MakeMap)
	if !ok {
		return false
	}
	return usedLocally(mm, 0)
}

func usedLocally(v ssa.Value, depth int) bool {
	if depth > 4 {
		return false
	}
	for _, r := range *v.Referrers() {
		switch r := r.(type) {
		case *ssa.MapUpdate:
			if r.Value == v || r.Key == v {
				return false
			}
		case *ssa.Lookup, *ssa.Range, *ssa.DebugRef:
		case ssa.CallInstruction:
			if c := r.Common(); c.IsInvoke() && c.Value == v {
				return false
			}
		case *ssa.Store:
			// A call's variadic arguments: an element of an array
			// the call's slice is made of.
			ia, ok := r.Addr.(*ssa.IndexAddr)
			if !ok || r.Val != v {
				return false
			}
			if a, ok := ia.X.(*ssa.Alloc); !ok || a.Comment != "varargs" {
				return false
			}
		case *ssa.MakeInterface:
			if !usedLocally(r, depth+1) {
				return false
			}
		case *ssa.ChangeType:
			if !usedLocally(r, depth+1) {
				return false
			}
		default:
			return false
		}
	}
	return true
}

// readFromField reports whether v is read out of a struct field: the
// field's value, or an element, a slice, a dereference or a conversion of
// it (readOf; through at most 8 steps).
func readFromField(v ssa.Value) bool {
	for range 8 {
		switch v.(type) {
		case *ssa.Field, *ssa.FieldAddr:
			return true
		}
		next, ok := readOf(v)
		if !ok {
			return false
		}
		v = next
	}
	return false
}

// valueNamedOtherwise reports whether the call at at passes, right after
// the constant key, a variable whose own name refutes the key: it ends
// with the key's words, but a qualifier before them cancels the category
// (serviceAccountEmail, supportEmail beside "email": a service's or a
// desk's address), so that the name, read even on a person-like holder,
// names no personal data. A variable named by the key alone, or by
// nothing like it (to, v), leaves the key to decide.
func (st *fnState) valueNamedOtherwise(key string, at token.Pos) bool {
	call, ok := st.a.callAt(at)
	if !ok {
		return false
	}
	for i := 0; i+1 < len(call.Args); i++ {
		lit, ok := ast.Unparen(call.Args[i]).(*ast.BasicLit)
		if !ok || lit.Kind != token.STRING {
			continue
		}
		if s, err := strconv.Unquote(lit.Value); err != nil || s != key {
			continue
		}
		id, ok := ast.Unparen(call.Args[i+1]).(*ast.Ident)
		if !ok {
			return false
		}
		kt, nt := classifier.Tokens(key), classifier.Tokens(id.Name)
		if len(kt) == 0 || len(nt) <= len(kt) || !slices.Equal(nt[len(nt)-len(kt):], kt) {
			return false
		}
		_, personal := st.a.env.Classifier.Name(id.Name, classifier.Context{Kind: classifier.KindString, PersonLike: true})
		return !personal
	}
	return false
}
