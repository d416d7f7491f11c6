package flow

import (
	"go/token"

	"golang.org/x/tools/go/ssa"
)

// freshBean reports whether v is (the address of) a struct this function
// allocates (&User{Rank: 1}, new(User), var u User) that only its own
// field stores fill and that goes, besides, only to one storage write of
// the catalog (db.ID(id).Update(&User{}), directly or in the argument list
// of Insert(beans...)): every field it did not store into holds its zero
// value, so the personal-data fields its type declares hold nothing of
// their own. What it stored there is followed as any store is. A struct
// whose address goes anywhere else (a decoder, a database read, a helper)
// may have been filled there: its fields count as their own sources.
func (st *fnState) freshBean(v ssa.Value) bool {
	if ld, ok := v.(*ssa.UnOp); ok && ld.Op == token.MUL {
		v = ld.X
	}
	alloc, ok := unconvert(v, -1).(*ssa.Alloc)
	if !ok || !isPtrToStruct(alloc) {
		return false
	}
	var calls []ssa.CallInstruction
	if !st.onlyStoresInto(alloc, 0) || !st.onlyToCalls(alloc, 0, &calls) || len(calls) == 0 {
		return false
	}
	for _, c := range calls {
		if c != calls[0] {
			return false // two writes: one of them may read it back
		}
	}
	return st.storageWrite(calls[0])
}

// onlyStoresInto reports whether the uses of the fields of struct address
// p (nested ones too) only store into them or read them.
func (st *fnState) onlyStoresInto(p ssa.Value, depth int) bool {
	if depth > 4 {
		return false
	}
	for _, r := range *p.Referrers() {
		fa, ok := r.(*ssa.FieldAddr)
		if !ok || fa.X != p {
			continue // judged by onlyToStorage
		}
		for _, fr := range *fa.Referrers() {
			switch fr := fr.(type) {
			case *ssa.Store:
				if fr.Addr != fa {
					return false // the field's address is stored somewhere
				}
			case *ssa.UnOp:
				if fr.Op != token.MUL {
					return false
				}
			case *ssa.DebugRef:
			case *ssa.FieldAddr:
				if !st.onlyStoresInto(fa, depth+1) {
					return false
				}
			default:
				return false // the field's address goes elsewhere (rows.Scan(&u.Email))
			}
		}
	}
	return true
}

// onlyToCalls reports whether the struct address p (an Alloc) is used
// only for its fields, read whole, set to its zero value, or handed to
// calls, directly, converted to an interface, or in the argument list of a
// variadic call, and adds those calls to calls.
func (st *fnState) onlyToCalls(p ssa.Value, depth int, calls *[]ssa.CallInstruction) bool {
	for _, r := range *p.Referrers() {
		switch r := r.(type) {
		case *ssa.FieldAddr, *ssa.DebugRef:
		case *ssa.UnOp:
			if r.Op != token.MUL {
				return false
			}
		case *ssa.Store:
			if r.Val == p {
				if !variadicArgs(r.Addr, calls) {
					return false // the address itself is kept somewhere
				}
				continue
			}
			if c, ok := r.Val.(*ssa.Const); !ok || c.Value != nil {
				return false // a copy of another struct: its contents
			}
		case *ssa.MakeInterface, *ssa.ChangeType:
			if depth > 2 || !st.onlyToCalls(r.(ssa.Value), depth+1, calls) {
				return false
			}
		case ssa.CallInstruction:
			*calls = append(*calls, r)
		default:
			return false
		}
	}
	return true
}

// variadicArgs reports whether addr is an element of the argument list a
// call builds for a variadic call (Insert(beans...)), which is passed to
// nothing but calls, and adds those calls to calls.
func variadicArgs(addr ssa.Value, calls *[]ssa.CallInstruction) bool {
	ia, ok := addr.(*ssa.IndexAddr)
	if !ok {
		return false
	}
	arr, ok := ia.X.(*ssa.Alloc)
	if !ok {
		return false
	}
	for _, r := range *arr.Referrers() {
		switch r := r.(type) {
		case *ssa.IndexAddr, *ssa.DebugRef:
		case *ssa.Slice:
			for _, sr := range *r.Referrers() {
				c, ok := sr.(ssa.CallInstruction)
				if !ok {
					return false
				}
				*calls = append(*calls, c)
			}
		default:
			return false
		}
	}
	return true
}

// storageWrite reports whether call r is a storage write of the catalog
// that always writes: not a query whose SQL text decides (sqlx's Get
// fills its destination).
func (st *fnState) storageWrite(r ssa.CallInstruction) bool {
	obj := calleeObj(r.Common())
	if obj == nil {
		return false
	}
	f := st.a.find(st.a.cat.Storage, obj)
	return f != nil && f.SQL == nil
}
