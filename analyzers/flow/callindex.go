package flow

import (
	"go/ast"
	"go/token"
	"slices"
)

// callIndex finds the package's call expressions by the position of
// their left parenthesis, which is what an SSA call's position is. Only
// a small part of the package's calls is ever looked up (those that
// reach a sink, a sanitizer or a request input), so the syntax is not
// walked all at once: a lookup walks the one top-level declaration that
// holds the position, the first time that declaration is asked about.
// Every call expression lies inside the top-level declaration that
// holds its left parenthesis, so a lookup finds what a map of every call
// of every file would hold.
type callIndex struct {
	decls  []ast.Decl // every file's declarations, by position
	walked []bool     // by index in decls: its calls are in byPos
	byPos  map[token.Pos]*ast.CallExpr
}

// callAt returns the call expression whose left parenthesis is at pos.
func (a *analysis_) callAt(pos token.Pos) (*ast.CallExpr, bool) {
	x := &a.calls
	if ce, ok := x.byPos[pos]; ok {
		return ce, true
	}
	if !pos.IsValid() {
		return nil, false
	}
	if x.decls == nil {
		x.init(a.pass.Files)
	}
	// The last declaration that starts at or before pos.
	i, found := slices.BinarySearchFunc(x.decls, pos, func(d ast.Decl, p token.Pos) int { return int(d.Pos()) - int(p) })
	if !found {
		i--
	}
	if i < 0 || x.walked[i] || pos >= x.decls[i].End() {
		return nil, false
	}
	x.walked[i] = true
	if x.byPos == nil {
		x.byPos = map[token.Pos]*ast.CallExpr{}
	}
	ast.Inspect(x.decls[i], func(n ast.Node) bool {
		if ce, ok := n.(*ast.CallExpr); ok {
			x.byPos[ce.Lparen] = ce
		}
		return true
	})
	ce, ok := x.byPos[pos]
	return ce, ok
}

// init lists the declarations of files, sorted by position (the files'
// ranges in the file set do not overlap, nor do their declarations).
func (x *callIndex) init(files []*ast.File) {
	x.decls = []ast.Decl{}
	for _, f := range files {
		x.decls = append(x.decls, f.Decls...)
	}
	slices.SortStableFunc(x.decls, func(d, e ast.Decl) int { return int(d.Pos()) - int(e.Pos()) })
	x.walked = make([]bool, len(x.decls))
}
