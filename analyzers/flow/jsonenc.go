package flow

import (
	"go/token"
	"go/types"
	"reflect"
	"slices"

	"golang.org/x/tools/go/ssa"
)

// jsonEncodes reports whether a call of fn outputs the JSON encoding of
// its first argument: encoding/json's Marshal and MarshalIndent, and an
// Encoder's Encode.
func (a *analysis_) jsonEncodes(fn *types.Func) bool {
	if fn == nil {
		return false
	}
	fi := a.info(fn)
	if fi.pkg != "encoding/json" {
		return false
	}
	switch fi.recv {
	case "":
		return fi.name == "Marshal" || fi.name == "MarshalIndent"
	case "Encoder":
		return fi.name == "Encode"
	}
	return false
}

// jsonOmitted returns the indices of the fields of the struct t is (or
// points to) that encoding/json never outputs: those tagged json:"-"
// (exactly: json:"-," names a field "-") and unexported ones that are not
// embedded (an embedded struct's exported fields are promoted). A type
// with a MarshalJSON or MarshalText method decides what it outputs: none.
// omitempty leaves out only empty values, so it leaves out nothing.
func jsonOmitted(t types.Type) []int {
	s := structOf(t)
	if s == nil {
		return nil
	}
	if p, ok := types.Unalias(t).(*types.Pointer); ok {
		t = p.Elem()
	}
	for _, m := range []string{"MarshalJSON", "MarshalText"} {
		if obj, _, _ := types.LookupFieldOrMethod(types.NewPointer(t), true, nil, m); obj != nil {
			if _, isFunc := obj.(*types.Func); isFunc {
				return nil
			}
		}
	}
	var out []int
	for i := range s.NumFields() {
		f := s.Field(i)
		tag, has := reflect.StructTag(s.Tag(i)).Lookup("json")
		if (has && tag == "-") || (!f.Embedded() && !f.Exported()) {
			out = append(out, i)
		}
	}
	return out
}

// jsonFilter returns t, what reaches a sink or a result with x through
// the JSON encoding of x (a call jsonEncodes), without what encoding/json
// leaves out of it: what only the fields jsonOmitted names received and
// those fields' own sources, unless another field received them too.
// When x is a parameter of the function, its label is marked as passing
// the encoding (Source.json), so that a summary tells its callers that
// only the encoded fields of what they pass reach the sink
// (ParamSink.JSON).
func (st *fnState) jsonFilter(x ssa.Value, t set, at ssa.Instruction) set {
	if len(t) == 0 {
		return t
	}
	base := unconvert(x, -1)
	if ld, ok := base.(*ssa.UnOp); ok && ld.Op == token.MUL && isPtrToStruct(ld.X) {
		base = ld.X // a struct value loaded from a variable: its fields
	}
	if om := jsonOmitted(base.Type()); len(om) > 0 {
		t = st.dropOmitted(t, base, om)
	}
	if p, ok := base.(*ssa.Parameter); ok {
		for j, q := range st.fn.Params {
			if q == p {
				t = st.a.jsonMark(t, j)
			}
		}
	}
	return t
}

// dropOmitted removes from t what only the fields om of the struct v is
// or points to received, and the sources that read those fields, unless
// the struct's other fields received them as well.
func (st *fnState) dropOmitted(t set, v ssa.Value, om []int) set {
	var gone, kept set
	if isPtrToStruct(v) {
		st.saw(cFields, v, 0)
		for k, ft := range st.field {
			if k.base != v {
				continue
			}
			if slices.Contains(om, k.field) {
				gone = union(gone, ft)
			} else {
				kept = union(kept, ft)
			}
		}
	}
	sub := st.a.fieldIDs(v, om)
	out := make(set, 0, len(t))
	for _, l := range t {
		if !kept.has(l) {
			if gone.has(l) {
				continue
			}
			if l >= 0 && st.a.sources[l].Field && sub[st.a.sources[l].ident()] {
				continue
			}
		}
		out = append(out, l)
	}
	return out
}

// jsonMark returns t with the label of parameter p (plain, or marked by
// a weak protection) marked as passing encoding/json.
func (a *analysis_) jsonMark(t set, p int) set {
	out := make(set, 0, len(t))
	changed := false
	for _, l := range t {
		if q, _, ok := a.paramOf(l); ok && q == p && !a.jsonMarked(l) {
			s := Source{pseudo: p + 1}
			if l >= 0 {
				s = *a.sources[l]
			}
			s.json = true
			l = a.intern(&s)
			changed = true
		}
		out = append(out, l)
	}
	if !changed {
		return t
	}
	slices.Sort(out)
	return slices.Compact(out)
}

// jsonMarked reports whether label l is a parameter's pseudo-label marked
// as passing encoding/json.
func (a *analysis_) jsonMarked(l label) bool {
	return l >= 0 && a.sources[l].pseudo > 0 && a.sources[l].json
}
