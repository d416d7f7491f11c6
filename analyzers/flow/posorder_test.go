package flow

import (
	"cmp"
	"go/token"
	"slices"
	"testing"
)

// TestPlaceOrderIgnoresParseOrder adds b.go to a file set before a.go, as
// a concurrent parse may, and requires flows and comparisons in the order
// of the source text: a.go's before b.go's, by offset within a file, and a
// position of no file first.
func TestPlaceOrderIgnoresParseOrder(t *testing.T) {
	fset := token.NewFileSet()
	b := fset.AddFile("dir/b.go", -1, 100)
	a := fset.AddFile("dir/a.go", -1, 100)
	if !(b.Pos(0) < a.Pos(0)) {
		t.Fatal("the file set did not give b.go the lower positions")
	}
	flows := []*Flow{{Pos: b.Pos(5)}, {Pos: a.Pos(50)}, {Pos: token.NoPos}, {Pos: a.Pos(7)}, {Pos: b.Pos(1)}}
	want := []token.Pos{token.NoPos, a.Pos(7), a.Pos(50), b.Pos(1), b.Pos(5)}
	sortByPlace(fset, flows, func(f *Flow) token.Pos { return f.Pos })
	var got []token.Pos
	for _, f := range flows {
		got = append(got, f.Pos)
	}
	if !slices.Equal(got, want) {
		t.Errorf("sortByPlace: %v, want %v", got, want)
	}
	for i := range want {
		for j := range want {
			if c, w := ComparePos(fset, want[i], want[j]), cmp.Compare(i, j); c != w {
				t.Errorf("ComparePos(%v, %v) = %d, want %d", want[i], want[j], c, w)
			}
		}
	}
}
