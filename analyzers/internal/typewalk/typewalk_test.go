package typewalk

import (
	"go/types"
	"slices"
	"testing"

	"github.com/privlint/privlint/internal/testkit"
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

// TestElem checks that Elem looks through the type itself, not its
// underlying type: a named slice type is no container here.
func TestElem(t *testing.T) {
	str := types.Typ[types.String]
	named := types.NewNamed(types.NewTypeName(0, nil, "Names", nil), types.NewSlice(str), nil)
	for _, c := range []struct {
		t    types.Type
		want types.Type
	}{
		{types.NewPointer(str), str},
		{types.NewSlice(str), str},
		{types.NewArray(str, 3), str},
		{types.NewMap(types.Typ[types.Int], str), str},
		{named, nil},
		{str, nil},
		{types.NewChan(types.SendRecv, str), nil},
	} {
		got, ok := Elem(c.t)
		if ok != (c.want != nil) || (ok && !types.Identical(got, c.want)) {
			t.Errorf("Elem(%s) = %v, %v; want %v", c.t, got, ok, c.want)
		}
	}
	if ElemStruct(types.NewNamed(types.NewTypeName(0, nil, "Rows", nil), types.NewSlice(types.NewStruct(nil, nil)), nil)) == nil {
		t.Error("ElemStruct does not look through a named slice type")
	}
}

// TestConcrete checks which package-level types Concrete lists: named
// structs and other named types, not interfaces, aliases, generic types
// or non-type declarations.
func TestConcrete(t *testing.T) {
	src := `package p

type Store struct{ n int }
type Count int
type Reader interface{ Read() }
type Alias = Store
type Box[T any] struct{ v T }
var V Store
func F() {}
`
	pkg := testkit.CheckSource(t, src)
	var got []string
	for _, n := range Concrete(pkg.Scope()) {
		got = append(got, n.Obj().Name())
	}
	if want := []string{"Count", "Store"}; !slices.Equal(got, want) {
		t.Errorf("Concrete = %v, want %v", got, want)
	}
}
