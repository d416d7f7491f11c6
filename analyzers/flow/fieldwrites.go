package flow

import (
	"go/token"
	"go/types"

	"golang.org/x/tools/go/ssa"

	"github.com/privlint/privlint/analyzers/classify"
)

// FieldWrite says how a package writes one personal-data struct field:
// what privlint check needs to tell, across the whole program, a field
// that only ever holds what a sanitizer made (a password hashed with
// bcrypt in the service layer, stored by the repository layer) from one
// that may hold the value itself.
type FieldWrite struct {
	// Protected: a store of a value a sanitizer without a weakness made
	// (bcrypt, scrypt, argon2, PBKDF2, a function marked
	// //privlint:encrypts), directly or through a conversion or an
	// encoder (string(h), hex.EncodeToString(h)).
	Protected bool
	// Plain: any other store (a copy of the same field from another value
	// of its struct excepted), or the field's struct given by address to
	// a function privlint did not analyze and that is no storage call: a
	// decoder or a form binder may fill it with anything.
	Plain bool
}

// fieldID is the identity of the field v with its fact f, as Source.ID
// names a field's source.
func fieldID(v *types.Var, symbol string) string { return qualified(v.Pkg(), symbol) }

// addrField returns the struct field fa addresses; nil when its struct type
// is not known.
func addrField(fa *ssa.FieldAddr) *types.Var {
	s := structOf(fa.X.Type())
	if s == nil || fa.Field >= s.NumFields() {
		return nil
	}
	return s.Field(fa.Field)
}

// personalFieldAt returns the field fa addresses and its fact when it is
// a personal-data field that is not a holder of others; a nil fact
// otherwise.
func (a *analysis_) personalFieldAt(fa *ssa.FieldAddr) (*types.Var, *classify.Field) {
	v := addrField(fa)
	if v == nil {
		return nil, nil
	}
	info, ok := a.fields.FieldOf(v)
	if !ok || info.Holder {
		return nil, nil
	}
	return v, info
}

// noteFieldStore records the store of val into the personal-data field
// v, whose fact is info (the final pass only).
func (st *fnState) noteFieldStore(v *types.Var, info *classify.Field, val ssa.Value) {
	a := st.a
	switch {
	case a.sanitized(val):
		a.noteWrite(fieldID(v, info.Symbol), FieldWrite{Protected: true})
	case sameField(val, v):
		// dst.Password = src.Password: what the field held already.
	case isConst(val):
		// A constant (a test account's "test", a cleared "") is no
		// person's data.
	default:
		a.noteWrite(fieldID(v, info.Symbol), FieldWrite{Plain: true})
	}
}

// noteWrite merges w into the package's record of the field id.
func (a *analysis_) noteWrite(id string, w FieldWrite) {
	if a.res.FieldWrites == nil {
		a.res.FieldWrites = map[string]FieldWrite{}
	}
	old := a.res.FieldWrites[id]
	a.res.FieldWrites[id] = FieldWrite{Protected: old.Protected || w.Protected, Plain: old.Plain || w.Plain}
}

// sanitized reports whether val is what a sanitizer without a weakness
// returned, through conversions, tuple extraction and encoders.
func (a *analysis_) sanitized(val ssa.Value) bool {
	for range 8 {
		switch x := unconvert(val, 4).(type) {
		case *ssa.Extract:
			val = x.Tuple
		case *ssa.Call:
			fn := x.Call.StaticCallee()
			if fn == nil {
				return false
			}
			obj, ok := fn.Object().(*types.Func)
			if !ok {
				return false
			}
			if f, ok := a.sanitizerOf(obj); ok {
				return f.Weak == ""
			}
			if a.find(a.cat.Encoders, obj) != nil && len(x.Call.Args) > 0 {
				val = x.Call.Args[len(x.Call.Args)-1]
				continue
			}
			return false
		default:
			return false
		}
	}
	return false
}

// isConst reports whether val is a constant, through conversions.
func isConst(val ssa.Value) bool {
	_, ok := unconvert(val, 4).(*ssa.Const)
	return ok
}

// sameField reports whether val is the field v read from another value:
// a load of a FieldAddr or a Field of v.
func sameField(val ssa.Value, v *types.Var) bool {
	var x ssa.Value
	var i int
	switch e := val.(type) {
	case *ssa.UnOp:
		fa, ok := e.X.(*ssa.FieldAddr)
		if e.Op != token.MUL || !ok {
			return false
		}
		x, i = fa.X, fa.Field
	case *ssa.Field:
		x, i = e.X, e.Field
	default:
		return false
	}
	s := structOf(x.Type())
	return s != nil && i < s.NumFields() && s.Field(i) == v
}

// noteFilled records, in the final pass, the personal-data fields of the
// structs c's arguments point to as written plainly when c may fill
// them: c calls a function privlint did not analyze (no body here, no
// summary of a package analyzed from source) that is no storage call (a
// storage read fills a struct with what was stored), or a method of an
// interface.
func (st *fnState) noteFilled(c *callSite) {
	a := st.a

	if !a.final || (c.callee != nil && c.callee.Blocks != nil) {
		return
	}
	if c.obj != nil {
		if _, ok := a.sanitizerOf(c.obj); ok || a.find(a.cat.Storage, c.obj) != nil {
			return
		}
		if !c.instr.Common().IsInvoke() && (c.obj.Pkg() == a.pass.Pkg || a.importedSummary(c.obj) != nil) {
			return
		}
	}
	for _, x := range c.args {
		if mi, ok := x.(*ssa.MakeInterface); ok {
			x = mi.X
		}
		a.notePlainFields(filledStruct(x.Type()), 0)
	}
}

// filledStruct returns the struct a value of type t lets a callee write:
// the struct a pointer, a slice or a map holds (through further pointers
// and slices); nil for a struct passed by value or anything else.
func filledStruct(t types.Type) *types.Struct {
	ref := false
	for range 4 {
		switch u := types.Unalias(t).Underlying().(type) {
		case *types.Pointer:
			t, ref = u.Elem(), true
		case *types.Slice:
			t, ref = u.Elem(), true
		case *types.Map:
			t, ref = u.Elem(), true
		case *types.Struct:
			if ref {
				return u
			}
			return nil
		default:
			return nil
		}
	}
	return nil
}

// notePlainFields records the personal-data fields of s, and of the
// structs it holds (a few levels down), as written plainly.
func (a *analysis_) notePlainFields(s *types.Struct, depth int) {
	if s == nil || depth > 3 {
		return
	}
	for i := range s.NumFields() {
		v := s.Field(i)
		if info, ok := a.fields.FieldOf(v); ok && !info.Holder {
			a.noteWrite(fieldID(v, info.Symbol), FieldWrite{Plain: true})
		}
		if inner := structOf(v.Type()); inner != nil {
			a.notePlainFields(inner, depth+1)
		}
	}
}
