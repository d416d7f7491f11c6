package flow

import (
	"cmp"
	"go/token"
	"slices"
	"strings"
)

// ComparePos orders two positions of fset by their file's name, then by
// their offset in it: the order of the source text, the same on every run.
//
// Comparing the token.Pos values themselves is not: go/packages parses a
// package's files concurrently, and each file's positions start where the
// file set ended when that file was added, so two files may get their
// ranges in either order from one run to the next. Positions in one file
// compare as their values do.
func ComparePos(fset *token.FileSet, x, y token.Pos) int {
	fx, fy := fset.File(x), fset.File(y)
	switch {
	case fx == fy:
		return cmp.Compare(x, y)
	case fx == nil: // NoPos, or a position of no file, first
		return -1
	case fy == nil:
		return 1
	}
	return cmp.Or(strings.Compare(fx.Name(), fy.Name()), cmp.Compare(fx.Offset(x), fy.Offset(y)))
}

// sortByPlace sorts xs stably into the order of the source text
// (ComparePos) of the positions pos gives, looking each one's file up
// once.
func sortByPlace[T any](fset *token.FileSet, xs []T, pos func(T) token.Pos) {
	if len(xs) < 2 {
		return
	}
	type placed struct {
		file string
		off  int
		pos  token.Pos
		x    T
	}
	ps := make([]placed, len(xs))
	for i, x := range xs {
		p := pos(x)
		ps[i] = placed{off: -1, pos: p, x: x}
		if f := fset.File(p); f != nil {
			ps[i].file, ps[i].off = f.Name(), f.Offset(p)
		}
	}
	slices.SortStableFunc(ps, func(a, b placed) int {
		return cmp.Or(strings.Compare(a.file, b.file), cmp.Compare(a.off, b.off))
	})
	for i := range ps {
		xs[i] = ps[i].x
	}
}
