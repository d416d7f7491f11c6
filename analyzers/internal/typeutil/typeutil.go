// Package typeutil holds small questions about Go types that several
// analyzers ask.
package typeutil

import "go/types"

// ElemStruct returns the struct type t is, or holds through pointers,
// slices, arrays and map values (at most eight of them), or nil.
func ElemStruct(t types.Type) *types.Struct {
	for range 8 {
		switch u := types.Unalias(t).Underlying().(type) {
		case *types.Pointer:
			t = u.Elem()
		case *types.Slice:
			t = u.Elem()
		case *types.Array:
			t = u.Elem()
		case *types.Map:
			t = u.Elem()
		case *types.Struct:
			return u
		default:
			return nil
		}
	}
	return nil
}
