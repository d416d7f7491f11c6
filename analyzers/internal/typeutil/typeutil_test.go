package typeutil

import (
	"go/types"
	"testing"
)

// TestElemStruct checks which containers ElemStruct looks through.
func TestElemStruct(t *testing.T) {
	st := types.NewStruct(nil, nil)
	named := types.NewNamed(types.NewTypeName(0, nil, "T", nil), st, nil)
	str := types.Typ[types.String]
	deep := types.Type(named)
	for range 9 {
		deep = types.NewPointer(deep)
	}
	for _, c := range []struct {
		t    types.Type
		want bool
	}{
		{st, true},
		{named, true},
		{types.NewPointer(named), true},
		{types.NewSlice(types.NewPointer(named)), true},
		{types.NewArray(named, 2), true},
		{types.NewMap(str, types.NewSlice(named)), true},
		{types.NewMap(named, str), false}, // a map's key is not what it holds
		{str, false},
		{types.NewChan(types.SendRecv, named), false},
		{deep, false}, // more than eight levels
	} {
		if got := ElemStruct(c.t) != nil; got != c.want {
			t.Errorf("ElemStruct(%s) found a struct: %v, want %v", c.t, got, c.want)
		}
	}
}
