package flow

import (
	"cmp"
	"go/token"
	"go/types"
	"slices"

	"golang.org/x/tools/go/ssa"
)

// What a method keeps in its receiver, for its callers (a builder's
// Field(key, value) that puts value into a map held in the receiver's
// fields field, a setter): the summary says which parameter goes into
// which field of which pointer parameter (FieldStores) and which
// parameter is handed back as a result (SelfResults, the builder's
// "return e"). The caller keeps what it passed in that field of the
// object it called the method on, and a later call whose summary sends
// that field (ParamSink.Field) reports it: only that field, never the
// rest of the object.

// maxFieldStores bounds a summary's FieldStores.
const maxFieldStores = 64

// FieldStore says that a function stores parameter Param (or a value
// read from it) into field Field of the struct its pointer parameter
// Into points to, or into a map or slice held in that field.
type FieldStore struct {
	Param, Into, Field int
}

// fieldMap returns the field address whose map m was read from (m :=
// *(&x.f)), nil when m is not read from a field or holds objects: a map
// of structs or pointers to them in a field is a registry of objects (a
// server's visitors by id), whose lookups hand back objects the analysis
// follows as wholes, not the bag of values a builder keeps (its log
// fields).
func fieldMap(m ssa.Value) *ssa.FieldAddr {
	if mt, ok := m.Type().Underlying().(*types.Map); !ok || structOf(mt.Elem()) != nil {
		return nil
	}
	for range 4 {
		switch x := m.(type) {
		case *ssa.ChangeType:
			m = x.X
			continue
		case *ssa.UnOp:
			if x.Op == token.MUL {
				fa, _ := x.X.(*ssa.FieldAddr)
				return fa
			}
		}
		return nil
	}
	return nil
}

// fieldStores returns what the function stored of its parameters into
// the fields of its own-struct pointer parameters (FieldStores): a
// parameter stored as it is, not hashed or encrypted on the way.
func (st *fnState) fieldStores() []FieldStore {
	var out []FieldStore
	for i, p := range st.fn.Params {
		if !isPtrToStruct(p) || !st.a.ownStruct(p.Type()) {
			continue
		}
		s := structOf(p.Type())
		for f := range s.NumFields() {
			if !carries(s.Field(f).Type()) {
				continue
			}
			if _, ok := st.a.fields.FieldOf(s.Field(f)); ok {
				// A personal-data field is a source of its own.
				continue
			}
			for _, l := range st.field[memKey{p, f}] {
				j, w, ok := st.a.paramOf(l)
				if !ok || w != nil || j == i || j >= len(st.fn.Params) {
					continue
				}
				if len(out) >= maxFieldStores {
					return out
				}
				out = append(out, FieldStore{Param: j, Into: i, Field: f})
			}
		}
	}
	return out
}

// FieldResult says that result Result of a function carries what its
// caller stored in field Field of the struct parameter Param points to.
type FieldResult struct {
	Param, Field, Result int
}

// fieldResult records, at a return, that result i carries the label l of
// a parameter's field (paramFieldLabel), when it passed no weak
// protection.
func (st *fnState) fieldResult(l label, i int) {
	p, f, w, ok := st.a.paramFieldOf(l)
	if !ok || w != nil || len(st.sum.FieldResults) >= maxFieldStores {
		return
	}
	st.sum.FieldResults = append(st.sum.FieldResults, FieldResult{Param: p, Field: f, Result: i})
}

// forwardFieldSink records, when a callee sends field f of the object
// param points to and that object is one of this function's own
// parameters (e.Log(...) inside e.Debug), that this function sends that
// field of its parameter too: the same field of the same object, handed
// on through the helpers that pass their receiver along.
func (st *fnState) forwardFieldSink(ps ParamSink, ref SinkRef, param ssa.Value) {
	p, ok := st.objBase(param).(*ssa.Parameter)
	if !ok || p.Parent() != st.fn || !st.a.ownStruct(p.Type()) {
		return
	}
	if s := structOf(p.Type()); s == nil || ps.Field > s.NumFields() || types.IsInterface(s.Field(ps.Field-1).Type()) {
		// A field of an interface type (a net.Listener) reaches the
		// sink through a method of what it holds, whose result the
		// analysis only guesses carries all of it (l.Addr() of a TLS
		// listener and its config): the guess is not handed on.
		return
	}
	for j, q := range st.fn.Params {
		if q != p {
			continue
		}
		own := ParamSink{Param: j, Field: ps.Field, Sink: ref, Weak: ps.Weak, Key: ps.Key}
		if k := own.key(); st.nSinks() < maxParamSinks {
			if _, dup := st.sinks[k]; !dup {
				st.sinks[k] = struct{}{}
				st.sum.ParamSinks = append(st.sum.ParamSinks, own)
			}
		}
		return
	}
}

// selfResult records, at a return, that result i is the pointer
// parameter r itself (a builder's "return e"), or the result of a call
// that hands it back (return e.Field(k, v)).
func (st *fnState) selfResult(i int, r ssa.Value) {
	if !isPtrToStruct(r) {
		return
	}
	p, ok := st.objBase(r).(*ssa.Parameter)
	if !ok || p.Parent() != st.fn || !st.a.ownStruct(p.Type()) {
		return
	}
	for j, q := range st.fn.Params {
		if q == p {
			st.sum.SelfResults = append(st.sum.SelfResults, ParamResult{Param: j, Result: i})
			return
		}
	}
}

// applyFieldStores keeps, at call c, what the caller passed into the
// fields the callee stores it in (s.FieldStores), in those fields of the
// object it called the callee on.
func (st *fnState) applyFieldStores(c *callSite, s *Summary, params []ssa.Value) {
	for _, fs := range s.FieldStores {
		if fs.Param >= len(params) || fs.Into >= len(params) {
			continue
		}
		base := st.objBase(params[fs.Into])
		if base == nil {
			continue
		}
		st.addField(memKey{base, fs.Field}, st.deepAt(params[fs.Param], c.instr))
	}
}

// objBase returns the object whose fields the pointer v's are in the
// caller's state: a local struct, a parameter, or the result of a call
// that made it, through the calls that hand back their receiver
// (SelfResults: e.Tag(t).Field(k, v)). Nil for anything else.
func (st *fnState) objBase(v ssa.Value) ssa.Value {
	for range 16 {
		switch x := v.(type) {
		case *ssa.ChangeType:
			v = x.X
			continue
		case *ssa.Alloc, *ssa.Parameter:
			return v
		case *ssa.Call:
			c := st.callSite(x)
			s := st.summaryOf(c)
			if s == nil {
				return v
			}
			params := st.summaryParams(c)
			next := -1
			for _, r := range s.SelfResults {
				if r.Result == 0 && r.Param < len(params) {
					next = r.Param
					break
				}
			}
			if next < 0 {
				return v
			}
			v = params[next]
			continue
		}
		return nil
	}
	return nil
}

// normalizeFieldStores sorts and compacts a summary's FieldStores and
// SelfResults.
func (s *Summary) normalizeFieldStores() {
	slices.SortFunc(s.FieldStores, func(a, b FieldStore) int {
		return cmp.Or(a.Param-b.Param, a.Into-b.Into, a.Field-b.Field)
	})
	s.FieldStores = slices.Compact(s.FieldStores)
	slices.SortFunc(s.SelfResults, func(a, b ParamResult) int {
		return cmp.Or(a.Param-b.Param, a.Result-b.Result)
	})
	s.SelfResults = slices.CompactFunc(s.SelfResults, func(a, b ParamResult) bool {
		return a.Param == b.Param && a.Result == b.Result
	})
	slices.SortFunc(s.FieldResults, func(a, b FieldResult) int {
		if a.Param != b.Param {
			return a.Param - b.Param
		}
		if a.Field != b.Field {
			return a.Field - b.Field
		}
		return a.Result - b.Result
	})
	s.FieldResults = slices.Compact(s.FieldResults)
	s.normalizeResultFields()
}
