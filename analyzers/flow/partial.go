package flow

import (
	"go/ast"
	"go/token"
	"go/types"
	"slices"

	"golang.org/x/tools/go/analysis"
	"golang.org/x/tools/go/ssa"
)

// This file keeps flows in packages that do not type-check, or that
// use a dependency that does not: the functions whose bodies the SSA
// builder cannot build from the type information it has are left out
// (as if declared without a body), the others are analyzed as usual.

// buildSSA builds the package's SSA program, leaving out the functions
// that cannot be built (see buildable), and returns them. Looking for
// them costs a walk of every function, done only when the package has
// type errors or an expression of unknown type; syntax the parser could
// not read leaves no such trace, so a build that fails without the walk
// is done again with it.
func (a *analysis_) buildSSA() (*ssa.Program, map[*types.Func]bool) {
	if !a.needsWalk() {
		// The imported packages with only the members the package
		// names (newProgramFor); should the builder want one more,
		// with all of them, as buildssa makes them.
		if prog, ok := a.tryBuild(newProgramFor(a.pass.Fset, a.pass.Pkg, a.pass.TypesInfo)); ok {
			return prog, nil
		}
		if prog, ok := a.tryBuild(newProgram(a.pass.Fset, a.pass.Pkg)); ok {
			return prog, nil
		}
	}
	files, info, skipped := a.buildable()
	a.res.Skipped = skippedNames(skipped)
	prog := newProgram(a.pass.Fset, a.pass.Pkg)
	a.ssaPkg = prog.CreatePackage(a.pass.Pkg, files, info, false)
	a.ssaPkg.Build()
	return prog, skipped
}

// tryBuild builds the package's SSA from its own files in prog, which
// holds its imports, reporting false when the builder fails on them.
func (a *analysis_) tryBuild(prog *ssa.Program) (built *ssa.Program, ok bool) {
	defer func() {
		if r := recover(); r != nil {
			built, ok = nil, false
		}
	}()
	a.ssaPkg = prog.CreatePackage(a.pass.Pkg, a.pass.Files, a.pass.TypesInfo, false)
	a.ssaPkg.Build()
	return prog, true
}

// newProgram returns a program holding the direct imports of pkg with
// all their members, as go/analysis's buildssa makes it.
func newProgram(fset *token.FileSet, pkg *types.Package) *ssa.Program {
	prog := ssa.NewProgram(fset, 0)
	for _, p := range pkg.Imports() {
		prog.CreatePackage(p, nil, nil, true)
	}
	return prog
}

// needsWalk reports whether the package has type errors or an expression
// whose type is not known.
func (a *analysis_) needsWalk() bool {
	if len(a.pass.TypeErrors) > 0 {
		return true
	}
	c := &invalidChecker{info: a.pass.TypesInfo, memo: map[types.Type]bool{}}
	for _, tv := range a.pass.TypesInfo.Types {
		if !tv.IsBuiltin() && c.invalid(tv.Type) {
			return true
		}
	}
	return false
}

// buildable returns the files and type information to build the
// package's SSA from, and the functions left out: a function is left out
// when a type error lies inside it, its syntax is broken, or an
// expression, a declaration or a signature in it has a type that is not
// known (it names a package or a declaration that could not be loaded).
// A package-level variable initializer in the same state is dropped from
// the package's init. When nothing needs leaving out, the package's own
// files and information are returned as they are.
func (a *analysis_) buildable() ([]*ast.File, *types.Info, map[*types.Func]bool) {
	info := a.pass.TypesInfo
	c := &invalidChecker{info: info, memo: map[types.Type]bool{}}
	var errPos []token.Pos
	for _, e := range a.pass.TypeErrors {
		errPos = append(errPos, e.Pos)
	}
	bad := func(n ast.Node) bool {
		for _, p := range errPos {
			if p.IsValid() && n.Pos() <= p && p < n.End() {
				return true
			}
		}
		return c.node(n)
	}
	var skipped map[*types.Func]bool
	var files []*ast.File
	changed := false
	for _, f := range a.pass.Files {
		var decls []ast.Decl
		fileChanged := false
		for _, d := range f.Decls {
			switch d := d.(type) {
			case *ast.FuncDecl:
				if d.Body != nil && bad(d) {
					obj, _ := info.Defs[d.Name].(*types.Func)
					if obj == nil {
						// Without an object the builder has nothing to
						// attach the function to: leave the declaration out.
						fileChanged = true
						continue
					}
					if skipped == nil {
						skipped = map[*types.Func]bool{}
					}
					skipped[obj] = true
					cp := *d
					cp.Body = nil
					decls = append(decls, &cp)
					fileChanged = true
					continue
				}
			case *ast.BadDecl:
				fileChanged = true
				continue
			}
			decls = append(decls, d)
		}
		if fileChanged {
			cp := *f
			cp.Decls = decls
			files = append(files, &cp)
			changed = true
		} else {
			files = append(files, f)
		}
	}
	var order []*types.Initializer
	for _, in := range info.InitOrder {
		if bad(in.Rhs) || c.invalidVars(in.Lhs) {
			changed = true
			continue
		}
		order = append(order, in)
	}
	if !changed {
		return a.pass.Files, info, nil
	}
	cp := *info
	cp.InitOrder = order
	return files, &cp, skipped
}

// invalidChecker finds syntax whose types are not known.
type invalidChecker struct {
	info *types.Info
	memo map[types.Type]bool
}

// node reports whether n holds broken syntax or an expression, a
// definition or a use of unknown type.
func (c *invalidChecker) node(n ast.Node) bool {
	found := false
	ast.Inspect(n, func(n ast.Node) bool {
		if found || n == nil {
			return false
		}
		switch n := n.(type) {
		case *ast.BadExpr, *ast.BadStmt, *ast.BadDecl:
			found = true
			return false
		case *ast.Ident:
			switch obj := c.info.ObjectOf(n).(type) {
			case nil, *types.PkgName, *types.Label, *types.Builtin, *types.Nil:
				// No object, or one whose type is not a value's.
			default:
				if c.invalid(obj.Type()) {
					found = true
				}
			}
		case *ast.SelectorExpr:
			// pkg.Name of a package that could not be loaded resolves to
			// nothing.
			if _, ok := c.info.Selections[n]; !ok && c.info.Uses[n.Sel] == nil {
				found = true
			}
		case *ast.CallExpr:
			if _, ok := c.info.Types[n.Fun]; !ok {
				found = true
			}
		case *ast.CompositeLit:
			// A literal of a struct with a field of unknown type builds
			// that field's zero value.
			if tv, ok := c.info.Types[n]; ok && c.invalid(tv.Type.Underlying()) {
				found = true
			}
		}
		if e, ok := n.(ast.Expr); ok {
			if tv, ok := c.info.Types[e]; ok && !tv.IsBuiltin() && c.invalid(tv.Type) {
				found = true
			}
		}
		return !found
	})
	return found
}

func (c *invalidChecker) invalidVars(vs []*types.Var) bool {
	for _, v := range vs {
		if c.invalid(v.Type()) {
			return true
		}
	}
	return false
}

// invalid reports whether t is, or is built from, the invalid type. A
// named type is judged by its type arguments only: values of a named
// struct with one unknown field are built as usual, and the uses of that
// field are found where they are.
func (c *invalidChecker) invalid(t types.Type) bool {
	if t == nil {
		return true
	}
	// The commonest types are judged without the memo: a basic type by
	// its kind, a named type without type arguments is valid, and a
	// pointer, slice, array or channel is judged by its element.
	switch u := types.Unalias(t).(type) {
	case *types.Basic:
		return u.Kind() == types.Invalid
	case *types.Named:
		if u.TypeArgs().Len() == 0 {
			return false
		}
	case *types.Pointer:
		return c.invalid(u.Elem())
	case *types.Slice:
		return c.invalid(u.Elem())
	case *types.Array:
		return c.invalid(u.Elem())
	case *types.Chan:
		return c.invalid(u.Elem())
	case *types.Signature:
		// The type checker makes a signature for every method value
		// and call of a method (its receiver left out): the memo would
		// keep one per call. Its tuples are shared, and kept.
		return c.invalid(u.Params()) || c.invalid(u.Results())
	}
	if v, ok := c.memo[t]; ok {
		return v
	}
	c.memo[t] = false // cycles through unnamed types cannot occur; a named type stops below
	v := false
	switch t := types.Unalias(t).(type) {
	case *types.Map:
		v = c.invalid(t.Key()) || c.invalid(t.Elem())
	case *types.Tuple:
		for i := range t.Len() {
			if c.invalid(t.At(i).Type()) {
				v = true
				break
			}
		}
	case *types.Struct:
		for i := range t.NumFields() {
			if c.invalid(t.Field(i).Type()) {
				v = true
				break
			}
		}
	case *types.Named:
		for tt := range t.TypeArgs().Types() {
			if c.invalid(tt) {
				v = true
				break
			}
		}
	}
	c.memo[t] = v
	return v
}

// skippedNames names the functions left out, sorted.
func skippedNames(skipped map[*types.Func]bool) []string {
	var names []string
	for fn := range skipped {
		names = append(names, fn.FullName())
	}
	slices.Sort(names)
	return names
}

// allFuncNames names every function the package declares, sorted: what
// is skipped when the package's SSA cannot be built at all.
func allFuncNames(pass *analysis.Pass) []string {
	var names []string
	for _, f := range pass.Files {
		for _, d := range f.Decls {
			if fd, ok := d.(*ast.FuncDecl); ok {
				if obj, ok := pass.TypesInfo.Defs[fd.Name].(*types.Func); ok {
					names = append(names, obj.FullName())
				}
			}
		}
	}
	slices.Sort(names)
	return slices.Compact(names)
}
