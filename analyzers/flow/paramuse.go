package flow

import (
	"go/ast"
	"go/token"
	"go/types"
	"slices"
	"strings"

	"golang.org/x/tools/go/ssa"
)

// A parameter is used otherwise (Summary.Uses) when the function does
// more with its value than carry it to a sink, a result or another
// value: it compares it (not with nil), computes with it (arithmetic,
// len), looks it up (a map or slice index), or passes it (or an object it
// was stored into) to a call that no catalog entry and no summary models:
// an unknown function, which reads its arguments (a lookup in a library
// the program calls, strings.ToLower), or a callee whose summary says it
// uses that parameter. Formatters (fmt.Sprint*, the log/slog and zap
// attribute constructors) only carry what they are given, as PL201 counts
// them at the call itself. A value read from a parameter (a field of the
// receiver, an element of a slice) counts for that parameter; the engine's
// objects are not split by field, so a parameter stored into an object is
// used when the object is (as it reaches the object's sinks).
//
// PL201 (analyzers/unused) reads the uses at the calls of the package
// (Result.ArgUses): an argument that a helper stores and also uses is
// used, not only stored.

// useValue records that the function uses the value v otherwise: the
// parameters its labels name and the parameter it is read from. With
// hashed, a parameter that reaches v only hashed counts too (comparing
// a hash checks what was hashed; encoding one reads a pseudonym).
func (st *fnState) useValue(v ssa.Value, hashed bool) {
	st.useLabels(st.get(v), hashed)
	st.useRoot(v)
}

// useDeep is useValue for a value handed to a call: everything reachable
// from it is used.
func (st *fnState) useDeep(v ssa.Value) {
	st.useLabels(st.deep(v), false)
	st.useRoot(v)
}

// useLabels records the parameters among labels t as used otherwise,
// and those that reach it hashed when hashed is set.
func (st *fnState) useLabels(t set, hashed bool) {
	for _, l := range t {
		if p, w, ok := st.a.paramOf(l); ok && (w == nil || hashed) {
			st.usedParam(p)
		}
	}
}

// useRoot records, when v is read from a parameter or a captured
// variable (through fields, elements, loads and conversions), that
// parameter as used otherwise; and so for what the function stored into
// a value it made here (the slice of a variadic call's arguments, a
// composite literal), whose contents the call reads.
func (st *fnState) useRoot(v ssa.Value) {
	paramRoots(st.fn, v, 2, st.usedParam)
}

// usedParam adds parameter p to the summary's Uses.
func (st *fnState) usedParam(p int) {
	if !slices.Contains(st.sum.Uses, p) {
		st.sum.Uses = append(st.sum.Uses, p)
	}
}

// maxStores bounds the stores into a made value that paramRoots follows.
const maxStores = 32

// paramRoots calls found with the index of the parameter (or, after the
// parameters, the free variable) of fn that v is read from: the value
// itself, or a field, element or conversion of it, or what a pointer to
// it holds. When v is a value fn made (an Alloc), it follows, depth
// levels deep, the values stored into its fields and elements.
func paramRoots(fn *ssa.Function, v ssa.Value, depth int, found func(int)) {
	for range 16 {
		switch x := v.(type) {
		case *ssa.Parameter:
			for i, p := range fn.Params {
				if p == x {
					found(i)
				}
			}
			return
		case *ssa.FreeVar:
			for i, fv := range fn.FreeVars {
				if fv == x {
					found(len(fn.Params) + i)
				}
			}
			return
		case *ssa.Alloc:
			if depth > 0 {
				storedInto(x, func(val ssa.Value) { paramRoots(fn, val, depth-1, found) })
			}
			return
		case *ssa.FieldAddr:
			v = x.X
		case *ssa.Field:
			v = x.X
		default:
			next, ok := readOf(v)
			if !ok {
				return
			}
			v = next
		}
	}
}

// readOf returns the value v is read out of by one step other than a
// field's: a dereference, an element, a lookup, a slice, a conversion or
// a type assertion of it; ok is false for any other value.
func readOf(v ssa.Value) (ssa.Value, bool) {
	switch x := v.(type) {
	case *ssa.UnOp:
		if x.Op != token.MUL {
			return nil, false
		}
		return x.X, true
	case *ssa.IndexAddr:
		return x.X, true
	case *ssa.Index:
		return x.X, true
	case *ssa.Lookup:
		return x.X, true
	case *ssa.Slice:
		return x.X, true
	case *ssa.ChangeType:
		return x.X, true
	case *ssa.Convert:
		return x.X, true
	case *ssa.MakeInterface:
		return x.X, true
	case *ssa.ChangeInterface:
		return x.X, true
	case *ssa.TypeAssert:
		return x.X, true
	}
	return nil, false
}

// storedInto calls each with the values stored into alloc, whole or
// into one of its fields or elements (at most maxStores of them).
func storedInto(alloc *ssa.Alloc, each func(ssa.Value)) {
	n := 0
	visit := func(addr ssa.Value) {
		refs := addr.Referrers()
		if refs == nil {
			return
		}
		for _, r := range *refs {
			if s, ok := r.(*ssa.Store); ok && s.Addr == addr && n < maxStores {
				n++
				each(s.Val)
			}
		}
	}
	visit(alloc)
	refs := alloc.Referrers()
	if refs == nil {
		return
	}
	for _, r := range *refs {
		switch a := r.(type) {
		case *ssa.FieldAddr:
			visit(a)
		case *ssa.IndexAddr:
			visit(a)
		}
	}
}

// binOpUse records the uses of a binary operation: a comparison (but
// with nil: that tests the reference, not the data) or arithmetic reads
// both operands; joining strings only carries them.
func (st *fnState) binOpUse(in *ssa.BinOp) {
	switch in.Op {
	case token.EQL, token.NEQ, token.LSS, token.LEQ, token.GTR, token.GEQ:
		if isNil(in.X) || isNil(in.Y) {
			return
		}
	case token.ADD:
		if isStringish(in.Type()) {
			return
		}
	}
	st.useValue(in.X, true)
	st.useValue(in.Y, true)
}

// isNil reports whether v is the constant nil.
func isNil(v ssa.Value) bool {
	c, ok := v.(*ssa.Const)
	return ok && c.Value == nil && !isStringish(c.Type())
}

// builtinUse records the uses of a call of a built-in function: len, cap,
// min and max read their arguments; append and copy carry them.
func (st *fnState) builtinUse(name string, args []ssa.Value) {
	switch name {
	case "len", "cap", "min", "max":
		for _, x := range args {
			st.useValue(x, false)
		}
	}
}

// genericUse records the uses of a call of a function privlint knows
// nothing about (generic): it reads its arguments and its receiver,
// unless it only formats them for its caller.
func (st *fnState) genericUse(c *callSite) {
	if Formats(c.obj) {
		return
	}
	for _, x := range c.args {
		st.useDeep(x)
	}
	if c.recv != nil {
		// The receiver's own value, not everything stored into its
		// object: a mutex locked in a struct that holds the data does
		// not read it.
		st.useValue(c.recv, false)
	}
}

// Formats reports whether fn only formats its arguments for a caller:
// fmt.Sprint*, and the attribute and field constructors of log/slog and
// zap. PL201 looks through them at a call (a value formatted into a log
// call reaches only the log), and a parameter handed to one is not used
// otherwise (Summary.Uses).
func Formats(fn *types.Func) bool {
	if fn == nil || fn.Pkg() == nil {
		return false
	}
	if sig, ok := fn.Type().(*types.Signature); !ok || sig.Recv() != nil {
		return false
	}
	switch fn.Pkg().Path() {
	case "fmt":
		return strings.HasPrefix(fn.Name(), "Sprint")
	case "log/slog", "go.uber.org/zap":
		return true
	}
	return false
}

// summaryUses records the uses a callee's summary s says it makes of the
// arguments at call c, and, in the package's result, which arguments of
// the call the callee uses otherwise or returns to a caller that keeps
// the result (argUses).
func (st *fnState) summaryUses(c *callSite, s *Summary, params []ssa.Value) {
	for _, p := range s.Uses {
		if p < len(params) {
			st.useDeep(params[p])
		}
	}
	if len(s.ParamSinks) > 0 && (len(s.Uses) > 0 || len(s.ParamResults) > 0) {
		st.argUses(c, s, params)
	}
}

// argUses records, for PL201, the arguments (by their index in the call
// as written) of call c that the callee, whose summary is s, uses
// otherwise or returns into a result the caller reads. Only calls that
// reach a sink (s has parameter sinks) are recorded: PL201 asks about no
// other.
func (st *fnState) argUses(c *callSite, s *Summary, params []ssa.Value) {
	m := st.a.recording
	if m == nil {
		return
	}
	ce, ok := st.a.callAt(c.instr.Common().Pos())
	if !ok {
		return
	}
	var used []int
	add := func(p int) {
		if p >= len(params) {
			return
		}
		used = append(used, st.astArgs(c, ce, argIndex(c, params, p))...)
	}
	for _, p := range s.Uses {
		add(p)
	}
	for _, pr := range s.ParamResults {
		if resultRead(c, pr.Result) {
			add(pr.Param)
		}
	}
	if len(used) == 0 {
		return
	}
	k := [2]token.Pos{ce.Pos(), ce.End()}
	if m.uses == nil {
		m.uses = map[[2]token.Pos][]int{}
	}
	for _, i := range used {
		if !slices.Contains(m.uses[k], i) {
			m.uses[k] = append(m.uses[k], i)
		}
	}
}

// astArgs returns the indices in ce.Args of the argument i of call c
// (an index into c.args): one, or every argument from i on for the
// variadic parameter of a call without "...", shifted by one for a
// method expression (T.M(recv, …)), whose receiver is an argument as
// written. None for the receiver (i < 0).
func (st *fnState) astArgs(c *callSite, ce *ast.CallExpr, i int) []int {
	if i < 0 {
		return nil
	}
	if sel, ok := ast.Unparen(ce.Fun).(*ast.SelectorExpr); ok {
		if s := st.a.pass.TypesInfo.Selections[sel]; s != nil && s.Kind() == types.MethodExpr {
			i++
		}
	}
	if i >= len(ce.Args) {
		return nil
	}
	sig := c.instr.Common().Signature()
	if sig != nil && sig.Variadic() && !ce.Ellipsis.IsValid() && i == len(c.args)-1 {
		out := make([]int, 0, len(ce.Args)-i)
		for j := i; j < len(ce.Args); j++ {
			out = append(out, j)
		}
		return out
	}
	return []int{i}
}

// resultRead reports whether the caller reads result i of call c: the
// call's value (or, for several results, its result i) is used.
func resultRead(c *callSite, i int) bool {
	v := c.val
	if v == nil {
		return false
	}
	refs := v.Referrers()
	if refs == nil {
		return false
	}
	if _, isTup := v.Type().(*types.Tuple); !isTup {
		return i == 0 && len(*refs) > 0
	}
	for _, r := range *refs {
		if e, ok := r.(*ssa.Extract); ok && e.Index == i {
			if er := e.Referrers(); er != nil && len(*er) > 0 {
				return true
			}
		}
	}
	return false
}

// mergeArgUses adds the argument uses of one function's analysis to
// the package's (solve sorts and compacts them once all are in).
func mergeArgUses(into, from map[[2]token.Pos][]int) {
	for k, xs := range from {
		into[k] = append(into[k], xs...)
	}
}
