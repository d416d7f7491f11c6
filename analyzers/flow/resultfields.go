package flow

import (
	"cmp"
	"go/token"
	"slices"

	"golang.org/x/tools/go/ssa"
)

// What a constructor keeps in the fields of the struct it returns
// (New(owner string) returning &Challenge{Owner: owner, Value: random}):
// the summary says which parameter went into which field of which result
// (ResultFields). The caller keeps what it passed in that field of the
// result, so that reading c.Owner carries it; reading c.Value, which the
// constructor filled itself, does not carry the owner, although the
// struct as a whole (ParamResults) still does.

// ResultField says that a function stores parameter Param (or a value
// computed from it) into field Field of the struct it returns as result
// Result, or that result points to.
type ResultField struct {
	Param, Result, Field int
}

// builtAlloc returns the struct a function built that a returned value
// is (a pointer to a composite literal, or its value), nil for any other
// value.
func builtAlloc(r ssa.Value) *ssa.Alloc {
	if ld, ok := r.(*ssa.UnOp); ok && ld.Op == token.MUL {
		r = ld.X
	}
	al, ok := r.(*ssa.Alloc)
	if !ok || structOf(al.Type()) == nil {
		return nil
	}
	return al
}

// resultFields returns what the function stored of its parameters into
// the fields of the structs it built and returns: a parameter stored as
// it is, not hashed or encrypted on the way.
func (st *fnState) resultFields() []ResultField {
	var out []ResultField
	for _, b := range st.fn.Blocks {
		if len(b.Instrs) == 0 || b == st.fn.Recover {
			continue
		}
		ret, ok := b.Instrs[len(b.Instrs)-1].(*ssa.Return)
		if !ok {
			continue
		}
		for i, r := range ret.Results {
			al := builtAlloc(r)
			if al == nil {
				continue
			}
			s := structOf(al.Type())
			for f := range s.NumFields() {
				if !carries(s.Field(f).Type()) {
					continue
				}
				for _, l := range st.field[memKey{al, f}] {
					j, w, ok := st.a.paramOf(l)
					if !ok || w != nil || j >= len(st.fn.Params) {
						continue
					}
					if len(out) >= maxFieldStores {
						return out
					}
					out = append(out, ResultField{Param: j, Result: i, Field: f})
				}
			}
		}
	}
	return out
}

// applyResultFields keeps, at call c, what the caller passed into the
// fields of the callee's result that the callee stores it in
// (s.ResultFields), in those fields of the result.
func (st *fnState) applyResultFields(c *callSite, s *Summary, params []ssa.Value) {
	if c.val == nil {
		return
	}
	for _, rf := range s.ResultFields {
		if rf.Param >= len(params) {
			continue
		}
		v := resultValue(c.val, rf.Result)
		if v == nil {
			continue
		}
		st.addField(memKey{v, rf.Field}, st.deep(params[rf.Param]))
	}
}

// resultValue returns the value of result i of a call whose value is
// v: v itself for a call of one result, the extraction of result i from
// the tuple otherwise (nil when the caller does not use it).
func resultValue(v ssa.Value, i int) ssa.Value {
	if !isTuple(v.Type()) {
		if i == 0 {
			return v
		}
		return nil
	}
	refs := v.Referrers()
	if refs == nil {
		return nil
	}
	for _, r := range *refs {
		if ex, ok := r.(*ssa.Extract); ok && ex.Index == i {
			return ex
		}
	}
	return nil
}

// normalizeResultFields sorts and compacts a summary's ResultFields.
func (s *Summary) normalizeResultFields() {
	slices.SortFunc(s.ResultFields, func(a, b ResultField) int {
		return cmp.Or(a.Param-b.Param, a.Result-b.Result, a.Field-b.Field)
	})
	s.ResultFields = slices.Compact(s.ResultFields)
}
