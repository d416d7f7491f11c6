package flow

import (
	"go/token"
	"go/types"

	"golang.org/x/tools/go/ssa"
)

// Writes that never fail: a hash.Hash's Write "never returns an error",
// and a *bytes.Buffer's or *strings.Builder's writes return a nil error
// always. The branch an app takes when such a write fails
//
//	if _, err := io.WriteString(h, val); err != nil {
//		log.Printf("can't hash %s: %v", val, err)
//	}
//
// never runs, so what it does with the data (log it, store a fallback
// checksum) is no flow. neverRun finds those branches; the analysis
// leaves the blocks only they reach out.

// neverRun returns, by block index, the blocks of fn that run only when
// a write that never fails has failed, or nil when there are none.
func neverRun(fn *ssa.Function) []bool {
	var cut map[[2]int]bool // edges (from, to) that are never taken
	for _, b := range fn.Blocks {
		if len(b.Instrs) == 0 || len(b.Succs) != 2 {
			continue
		}
		in, ok := b.Instrs[len(b.Instrs)-1].(*ssa.If)
		if !ok {
			continue
		}
		failed, ok := writeFailedTest(in.Cond)
		if !ok {
			continue
		}
		if cut == nil {
			cut = map[[2]int]bool{}
		}
		// The If's first successor runs when the condition holds.
		if failed {
			cut[[2]int{b.Index, b.Succs[0].Index}] = true
		} else {
			cut[[2]int{b.Index, b.Succs[1].Index}] = true
		}
	}
	if cut == nil {
		return nil
	}
	live := make([]bool, len(fn.Blocks))
	var work []*ssa.BasicBlock
	for _, b := range []*ssa.BasicBlock{fn.Blocks[0], fn.Recover} {
		if b != nil && !live[b.Index] {
			live[b.Index] = true
			work = append(work, b)
		}
	}
	for len(work) > 0 {
		b := work[len(work)-1]
		work = work[:len(work)-1]
		for _, s := range b.Succs {
			if live[s.Index] || cut[[2]int{b.Index, s.Index}] {
				continue
			}
			live[s.Index] = true
			work = append(work, s)
		}
	}
	var dead []bool
	for i, l := range live {
		if !l {
			if dead == nil {
				dead = make([]bool, len(live))
			}
			dead[i] = true
		}
	}
	return dead
}

// writeFailedTest reports whether cond compares the error of a write
// that never fails with nil, and if so whether cond holds when that
// error is not nil (err != nil) or when it is (err == nil).
func writeFailedTest(cond ssa.Value) (failed, ok bool) {
	bin, isBin := cond.(*ssa.BinOp)
	if !isBin || (bin.Op != token.NEQ && bin.Op != token.EQL) {
		return false, false
	}
	x, y := bin.X, bin.Y
	if isNilConst(x) {
		x, y = y, x
	}
	if !isNilConst(y) {
		return false, false
	}
	ext, isExt := x.(*ssa.Extract)
	if !isExt {
		return false, false
	}
	call, isCall := ext.Tuple.(*ssa.Call)
	if !isCall || ext.Index != resultCount(call)-1 || !neverFails(call.Common()) {
		return false, false
	}
	return bin.Op == token.NEQ, true
}

// isNilConst reports whether v is the constant nil.
func isNilConst(v ssa.Value) bool {
	c, ok := v.(*ssa.Const)
	return ok && c.IsNil()
}

// resultCount is the number of results of call.
func resultCount(call *ssa.Call) int {
	if t, ok := call.Type().(*types.Tuple); ok {
		return t.Len()
	}
	return 1
}

// neverFails reports whether the call is a write that returns a nil
// error always: a Write-like method of a never-failing writer, or
// io.WriteString or fmt.Fprint/Fprintf/Fprintln to one.
func neverFails(c *ssa.CallCommon) bool {
	if c.IsInvoke() {
		return isWriteMethod(c.Method.Name()) && nonFailingWriter(c.Value.Type())
	}
	fn := c.StaticCallee()
	if fn == nil || fn.Signature == nil {
		return false
	}
	if recv := fn.Signature.Recv(); recv != nil {
		return isWriteMethod(fn.Name()) && nonFailingWriter(recv.Type())
	}
	if fn.Pkg == nil || len(c.Args) == 0 {
		return false
	}
	switch path := fn.Pkg.Pkg.Path(); {
	case path == "io" && fn.Name() == "WriteString",
		path == "fmt" && (fn.Name() == "Fprint" || fn.Name() == "Fprintf" || fn.Name() == "Fprintln"):
		return nonFailingWriter(writerType(c.Args[0]))
	}
	return false
}

// isWriteMethod reports whether name is one of the writer methods whose
// error a never-failing writer never returns.
func isWriteMethod(name string) bool {
	switch name {
	case "Write", "WriteString", "WriteByte", "WriteRune":
		return true
	}
	return false
}

// writerType is the type of the writer an io.Writer argument was made
// from: the value before its conversion to the interface.
func writerType(v ssa.Value) types.Type {
	return beforeInterface(v).Type()
}

// beforeInterface returns the value that conversions to interface types
// (MakeInterface, ChangeInterface) wrap, through any number of them.
func beforeInterface(v ssa.Value) ssa.Value {
	for {
		switch x := v.(type) {
		case *ssa.MakeInterface:
			v = x.X
		case *ssa.ChangeInterface:
			v = x.X
		default:
			return v
		}
	}
}

// nonFailingWriter reports whether t is hash.Hash (or Hash32, Hash64),
// *bytes.Buffer or *strings.Builder.
func nonFailingWriter(t types.Type) bool {
	if p, ok := t.(*types.Pointer); ok {
		n, ok := types.Unalias(p.Elem()).(*types.Named)
		if !ok || n.Obj().Pkg() == nil {
			return false
		}
		path, name := n.Obj().Pkg().Path(), n.Obj().Name()
		return (path == "bytes" && name == "Buffer") || (path == "strings" && name == "Builder")
	}
	n, ok := types.Unalias(t).(*types.Named)
	if !ok || n.Obj().Pkg() == nil || n.Obj().Pkg().Path() != "hash" {
		return false
	}
	switch n.Obj().Name() {
	case "Hash", "Hash32", "Hash64":
		return true
	}
	return false
}
