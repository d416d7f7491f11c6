package flow

import (
	"go/ast"
	"go/token"
	"go/types"

	"golang.org/x/tools/go/ssa"
)

// The SSA builder wants an ssa.Package for each package the analyzed one
// imports, holding a member for every function, method, variable and
// constant of it that the package's code names. go/analysis's buildssa
// creates them from the imported packages' type information, which makes
// a member for everything each imported package declares (every function
// and method of net/http, again for each package analyzed): on a
// generated module of 200,000 lines that was a tenth of the allocation
// of the whole run. newProgramFor makes only the members the package
// names, each the same as the full creation would make it, so that the
// SSA built is the same.

// newProgramFor returns a program holding the direct imports of pkg,
// each with a member for each package-level function, variable and
// constant, and each method of a type it declares, that pkg's code (info)
// uses.
func newProgramFor(fset *token.FileSet, pkg *types.Package, info *types.Info) *ssa.Program {
	prog := ssa.NewProgram(fset, 0)
	imports := pkg.Imports()
	used := make(map[*types.Package][]types.Object, len(imports))
	for _, p := range imports {
		used[p] = nil
	}
	added := map[types.Object]bool{}
	for _, obj := range info.Uses {
		if obj == nil || obj.Pkg() == nil {
			continue
		}
		list, ok := used[obj.Pkg()]
		if !ok {
			continue // not a direct import (or the package itself)
		}
		if m, ok := importedMember(obj.Pkg(), obj); ok && !added[m] {
			added[m] = true
			used[obj.Pkg()] = append(list, m)
		}
	}
	for _, p := range imports {
		objs := used[p]
		if len(objs) == 0 {
			// Only the initializer: nothing of the package is named
			// (a blank import, or one used in types only).
			prog.CreatePackage(p, []*ast.File{{Name: ast.NewIdent(p.Name())}}, &types.Info{Defs: map[*ast.Ident]types.Object{}}, true)
			continue
		}
		f, defs := memberDecls(p, objs)
		prog.CreatePackage(p, []*ast.File{f}, &types.Info{Defs: defs}, true)
		for _, obj := range objs {
			if fn, ok := obj.(*types.Func); ok {
				// Made from a declaration, the function would count as
				// source code; it is the type information's, as
				// CreatePackage makes it from that. (Its declaration has
				// no body: built, it gets its parameters only, as
				// from type information.)
				prog.FuncValue(fn).Synthetic = fromTypes
			}
		}
	}
	return prog
}

// fromTypes is what ssa.Program.CreatePackage says of a function it makes
// from type information (ssa.Function.Synthetic).
const fromTypes = "from type information"

// importedMember returns the object the SSA builder looks obj up as, when
// obj, declared by the imported package p, is one it makes a member of p
// for: a package-level function, variable or constant, or a method (of
// a generic type: its origin) of a named type declared at p's package
// level. Interface methods, fields and types make none.
func importedMember(p *types.Package, obj types.Object) (types.Object, bool) {
	switch o := obj.(type) {
	case *types.Var:
		if o.IsField() {
			return nil, false
		}
		return o, p.Scope().Lookup(o.Name()) == o
	case *types.Const:
		return o, p.Scope().Lookup(o.Name()) == o
	case *types.Func:
		o = o.Origin()
		sig, _ := o.Type().(*types.Signature)
		if sig == nil {
			return nil, false
		}
		if sig.Recv() == nil {
			return o, p.Scope().Lookup(o.Name()) == o
		}
		t := sig.Recv().Type()
		if ptr, ok := t.(*types.Pointer); ok {
			t = ptr.Elem()
		}
		named, ok := t.(*types.Named)
		if !ok {
			return nil, false
		}
		named = named.Origin()
		tn := named.Obj()
		if p.Scope().Lookup(tn.Name()) != tn || tn.Type() != named {
			return nil, false
		}
		for m := range named.Methods() {
			if m == o {
				return o, true
			}
		}
	}
	return nil, false
}

// memberDecls returns a file of declarations, one per object of objs,
// with the Defs that tie each declaration's name to its object: what
// ssa.Program.CreatePackage reads a package's members from. The
// declarations have no bodies and nothing builds them: the package is
// only imported.
func memberDecls(p *types.Package, objs []types.Object) (*ast.File, map[*ast.Ident]types.Object) {
	f := &ast.File{Name: ast.NewIdent(p.Name())}
	defs := make(map[*ast.Ident]types.Object, len(objs))
	for _, obj := range objs {
		id := ast.NewIdent(obj.Name())
		defs[id] = obj
		switch obj.(type) {
		case *types.Func:
			f.Decls = append(f.Decls, &ast.FuncDecl{Name: id, Type: &ast.FuncType{}})
		case *types.Var:
			f.Decls = append(f.Decls, &ast.GenDecl{Tok: token.VAR, Specs: []ast.Spec{&ast.ValueSpec{Names: []*ast.Ident{id}}}})
		case *types.Const:
			f.Decls = append(f.Decls, &ast.GenDecl{Tok: token.CONST, Specs: []ast.Spec{&ast.ValueSpec{Names: []*ast.Ident{id}}}})
		}
	}
	return f, defs
}
