package flow

import (
	"go/ast"
	"go/token"
	"slices"
)

// callIndex finds the package's call expressions by the position of
// their left parenthesis, which is what an SSA call's position is. Only
// a part of the package's calls is ever looked up (those that something
// reaches a sink, a sanitizer or a request input through), so the syntax
// is not walked all at once: a lookup finds the top-level declaration
// that holds the position and goes down from it only into the nodes that
// hold the position too. A node's children lie inside it, so every node
// above a call expression holds its left parenthesis, and a lookup finds
// what a map of every call of every file would hold.
type callIndex struct {
	decls []ast.Decl                  // every file's declarations, by position
	byPos map[token.Pos]*ast.CallExpr // the answers given, nil for none
}

// callAt returns the call expression whose left parenthesis is at pos.
func (a *analysis_) callAt(pos token.Pos) (*ast.CallExpr, bool) {
	x := &a.calls
	if ce, ok := x.byPos[pos]; ok {
		return ce, ce != nil
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
	var call *ast.CallExpr
	if i >= 0 && pos < x.decls[i].End() {
		ast.Inspect(x.decls[i], func(n ast.Node) bool {
			if call != nil || n == nil || pos < n.Pos() || pos >= n.End() {
				return false
			}
			if ce, ok := n.(*ast.CallExpr); ok && ce.Lparen == pos {
				call = ce
				return false
			}
			return true
		})
	}
	if x.byPos == nil {
		x.byPos = map[token.Pos]*ast.CallExpr{}
	}
	x.byPos[pos] = call
	return call, call != nil
}

// init lists the declarations of files, sorted by position (the files'
// ranges in the file set do not overlap, nor do their declarations).
func (x *callIndex) init(files []*ast.File) {
	x.decls = []ast.Decl{}
	for _, f := range files {
		x.decls = append(x.decls, f.Decls...)
	}
	slices.SortStableFunc(x.decls, func(d, e ast.Decl) int { return int(d.Pos()) - int(e.Pos()) })
}
