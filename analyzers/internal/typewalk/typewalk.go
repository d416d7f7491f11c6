// Package typewalk walks Go types through the pointers, slices, arrays
// and maps around them, as several analyzers do.
package typewalk

import "go/types"

// Elem returns the element type of t when t (not its underlying type) is
// a pointer, a slice, an array or a map (its values), and false for any
// other type.
func Elem(t types.Type) (types.Type, bool) {
	switch u := types.Unalias(t).(type) {
	case *types.Pointer:
		return u.Elem(), true
	case *types.Slice:
		return u.Elem(), true
	case *types.Array:
		return u.Elem(), true
	case *types.Map:
		return u.Elem(), true
	}
	return nil, false
}

// ElemStruct returns the struct type t is, or holds through pointers,
// slices, arrays and map values (at most eight of them, named or not), or
// nil.
func ElemStruct(t types.Type) *types.Struct {
	for range 8 {
		u := types.Unalias(t).Underlying()
		if st, ok := u.(*types.Struct); ok {
			return st
		}
		e, ok := Elem(u)
		if !ok {
			return nil
		}
		t = e
	}
	return nil
}

// Concrete returns the non-generic, non-interface named types declared
// at package level in scope, aliases left out, in the scope's name order:
// the types that may implement an interface.
func Concrete(scope *types.Scope) []*types.Named {
	var out []*types.Named
	for _, name := range scope.Names() {
		tn, ok := scope.Lookup(name).(*types.TypeName)
		if !ok || tn.IsAlias() {
			continue
		}
		named, ok := tn.Type().(*types.Named)
		if !ok || named.TypeParams().Len() > 0 || types.IsInterface(named) {
			continue
		}
		out = append(out, named)
	}
	return out
}
