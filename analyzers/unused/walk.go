package unused

import (
	"fmt"
	"go/ast"
)

// walker is the walk's traversal of a file. It visits the nodes in the
// order ast.Inspect does, with the nodes enclosing each one on a stack,
// but calls no Visitor nor closure twice at every node, pushes no leaf
// (an identifier, a literal) and skips the comments: no part of the walk
// reads them, and a comment encloses no other node.
// TestWalkerOrder checks it against ast.Inspect.
type walker struct {
	visit func(n ast.Node, stack []ast.Node)
	stack []ast.Node // the nodes that enclose the node visited, innermost last
}

// walkFile calls visit with every node of f but the comments, and the
// nodes enclosing it, innermost last, in ast.Inspect's order. stack is
// scratch space for the nodes enclosing it; it returns that space.
func walkFile(f *ast.File, stack []ast.Node, visit func(n ast.Node, stack []ast.Node)) []ast.Node {
	w := walker{visit: visit, stack: stack[:0]}
	w.node(f)
	return w.stack
}

func (w *walker) push(n ast.Node) {
	w.visit(n, w.stack)
	w.stack = append(w.stack, n)
}

func (w *walker) pop() { w.stack = w.stack[:len(w.stack)-1] }

func (w *walker) exprs(list []ast.Expr) {
	for _, e := range list {
		w.node(e)
	}
}

func (w *walker) stmts(list []ast.Stmt) {
	for _, s := range list {
		w.node(s)
	}
}

func (w *walker) idents(list []*ast.Ident) {
	for _, id := range list {
		w.visit(id, w.stack)
	}
}

// node visits n and the nodes below it, as ast.Walk orders them.
func (w *walker) node(n ast.Node) {
	switch n := n.(type) {
	case *ast.Comment, *ast.CommentGroup:
		// Left out.
	case *ast.Ident, *ast.BasicLit, *ast.BadExpr, *ast.BadStmt, *ast.EmptyStmt, *ast.BadDecl:
		w.visit(n, w.stack)

	case *ast.Field:
		w.push(n)
		w.idents(n.Names)
		if n.Type != nil {
			w.node(n.Type)
		}
		if n.Tag != nil {
			w.node(n.Tag)
		}
		w.pop()
	case *ast.FieldList:
		w.push(n)
		for _, f := range n.List {
			w.node(f)
		}
		w.pop()

	case *ast.Ellipsis:
		w.push(n)
		if n.Elt != nil {
			w.node(n.Elt)
		}
		w.pop()
	case *ast.FuncLit:
		w.push(n)
		w.node(n.Type)
		w.node(n.Body)
		w.pop()
	case *ast.CompositeLit:
		w.push(n)
		if n.Type != nil {
			w.node(n.Type)
		}
		w.exprs(n.Elts)
		w.pop()
	case *ast.ParenExpr:
		w.push(n)
		w.node(n.X)
		w.pop()
	case *ast.SelectorExpr:
		w.push(n)
		w.node(n.X)
		w.node(n.Sel)
		w.pop()
	case *ast.IndexExpr:
		w.push(n)
		w.node(n.X)
		w.node(n.Index)
		w.pop()
	case *ast.IndexListExpr:
		w.push(n)
		w.node(n.X)
		w.exprs(n.Indices)
		w.pop()
	case *ast.SliceExpr:
		w.push(n)
		w.node(n.X)
		if n.Low != nil {
			w.node(n.Low)
		}
		if n.High != nil {
			w.node(n.High)
		}
		if n.Max != nil {
			w.node(n.Max)
		}
		w.pop()
	case *ast.TypeAssertExpr:
		w.push(n)
		w.node(n.X)
		if n.Type != nil {
			w.node(n.Type)
		}
		w.pop()
	case *ast.CallExpr:
		w.push(n)
		w.node(n.Fun)
		w.exprs(n.Args)
		w.pop()
	case *ast.StarExpr:
		w.push(n)
		w.node(n.X)
		w.pop()
	case *ast.UnaryExpr:
		w.push(n)
		w.node(n.X)
		w.pop()
	case *ast.BinaryExpr:
		w.push(n)
		w.node(n.X)
		w.node(n.Y)
		w.pop()
	case *ast.KeyValueExpr:
		w.push(n)
		w.node(n.Key)
		w.node(n.Value)
		w.pop()

	case *ast.ArrayType:
		w.push(n)
		if n.Len != nil {
			w.node(n.Len)
		}
		w.node(n.Elt)
		w.pop()
	case *ast.StructType:
		w.push(n)
		w.node(n.Fields)
		w.pop()
	case *ast.FuncType:
		w.push(n)
		if n.TypeParams != nil {
			w.node(n.TypeParams)
		}
		if n.Params != nil {
			w.node(n.Params)
		}
		if n.Results != nil {
			w.node(n.Results)
		}
		w.pop()
	case *ast.InterfaceType:
		w.push(n)
		w.node(n.Methods)
		w.pop()
	case *ast.MapType:
		w.push(n)
		w.node(n.Key)
		w.node(n.Value)
		w.pop()
	case *ast.ChanType:
		w.push(n)
		w.node(n.Value)
		w.pop()

	case *ast.DeclStmt:
		w.push(n)
		w.node(n.Decl)
		w.pop()
	case *ast.LabeledStmt:
		w.push(n)
		w.node(n.Label)
		w.node(n.Stmt)
		w.pop()
	case *ast.ExprStmt:
		w.push(n)
		w.node(n.X)
		w.pop()
	case *ast.SendStmt:
		w.push(n)
		w.node(n.Chan)
		w.node(n.Value)
		w.pop()
	case *ast.IncDecStmt:
		w.push(n)
		w.node(n.X)
		w.pop()
	case *ast.AssignStmt:
		w.push(n)
		w.exprs(n.Lhs)
		w.exprs(n.Rhs)
		w.pop()
	case *ast.GoStmt:
		w.push(n)
		w.node(n.Call)
		w.pop()
	case *ast.DeferStmt:
		w.push(n)
		w.node(n.Call)
		w.pop()
	case *ast.ReturnStmt:
		w.push(n)
		w.exprs(n.Results)
		w.pop()
	case *ast.BranchStmt:
		w.push(n)
		if n.Label != nil {
			w.node(n.Label)
		}
		w.pop()
	case *ast.BlockStmt:
		w.push(n)
		w.stmts(n.List)
		w.pop()
	case *ast.IfStmt:
		w.push(n)
		if n.Init != nil {
			w.node(n.Init)
		}
		w.node(n.Cond)
		w.node(n.Body)
		if n.Else != nil {
			w.node(n.Else)
		}
		w.pop()
	case *ast.CaseClause:
		w.push(n)
		w.exprs(n.List)
		w.stmts(n.Body)
		w.pop()
	case *ast.SwitchStmt:
		w.push(n)
		if n.Init != nil {
			w.node(n.Init)
		}
		if n.Tag != nil {
			w.node(n.Tag)
		}
		w.node(n.Body)
		w.pop()
	case *ast.TypeSwitchStmt:
		w.push(n)
		if n.Init != nil {
			w.node(n.Init)
		}
		w.node(n.Assign)
		w.node(n.Body)
		w.pop()
	case *ast.CommClause:
		w.push(n)
		if n.Comm != nil {
			w.node(n.Comm)
		}
		w.stmts(n.Body)
		w.pop()
	case *ast.SelectStmt:
		w.push(n)
		w.node(n.Body)
		w.pop()
	case *ast.ForStmt:
		w.push(n)
		if n.Init != nil {
			w.node(n.Init)
		}
		if n.Cond != nil {
			w.node(n.Cond)
		}
		if n.Post != nil {
			w.node(n.Post)
		}
		w.node(n.Body)
		w.pop()
	case *ast.RangeStmt:
		w.push(n)
		if n.Key != nil {
			w.node(n.Key)
		}
		if n.Value != nil {
			w.node(n.Value)
		}
		w.node(n.X)
		w.node(n.Body)
		w.pop()

	case *ast.ImportSpec:
		w.push(n)
		if n.Name != nil {
			w.node(n.Name)
		}
		w.node(n.Path)
		w.pop()
	case *ast.ValueSpec:
		w.push(n)
		w.idents(n.Names)
		if n.Type != nil {
			w.node(n.Type)
		}
		w.exprs(n.Values)
		w.pop()
	case *ast.TypeSpec:
		w.push(n)
		w.node(n.Name)
		if n.TypeParams != nil {
			w.node(n.TypeParams)
		}
		w.node(n.Type)
		w.pop()
	case *ast.GenDecl:
		w.push(n)
		for _, s := range n.Specs {
			w.node(s)
		}
		w.pop()
	case *ast.FuncDecl:
		w.push(n)
		if n.Recv != nil {
			w.node(n.Recv)
		}
		w.node(n.Name)
		w.node(n.Type)
		if n.Body != nil {
			w.node(n.Body)
		}
		w.pop()
	case *ast.File:
		w.push(n)
		w.node(n.Name)
		for _, d := range n.Decls {
			w.node(d)
		}
		w.pop()

	default:
		// As ast.Walk does: the parser makes no other node.
		panic(fmt.Sprintf("unused: unexpected node type %T", n))
	}
}
