package flow

import (
	"go/token"

	"golang.org/x/tools/go/ssa"
)

// knownConstant reports whether the value x holds at instruction at is
// one of a few constants: at runs only inside the branch of a test that x
// equals a constant (if name == "" || name == "-" { log.Printf("invalid
// user %q", name) }, or the else of name != ""), so what reaches the sink
// there is that constant, no person's data.
//
// A block of the dominator tree above at counts when every edge into it
// is the branch of an if on x == c taken when equal (or on x != c taken
// when not): SSA values do not change, so x is one of those constants in
// every block it dominates. Conversions and interface boxing of x are
// looked through on both sides.
func knownConstant(x ssa.Value, at ssa.Instruction) bool {
	b := at.Block()
	if b == nil {
		return false
	}
	x = unconvert(x, -1)
	if _, ok := x.(*ssa.Const); ok {
		return false // a constant argument carries nothing already
	}
	for d := b; d != nil; d = d.Idom() {
		if enteredOnlyEqual(d, x) {
			return true
		}
	}
	return false
}

// enteredOnlyEqual reports whether every edge into block d is the branch
// of an if comparing x with a constant that is taken when they are equal.
func enteredOnlyEqual(d *ssa.BasicBlock, x ssa.Value) bool {
	if len(d.Preds) == 0 {
		return false
	}
	for _, p := range d.Preds {
		if len(p.Instrs) == 0 || len(p.Succs) != 2 || p.Succs[0] == p.Succs[1] {
			return false
		}
		ifi, ok := p.Instrs[len(p.Instrs)-1].(*ssa.If)
		if !ok {
			return false
		}
		bin, ok := ifi.Cond.(*ssa.BinOp)
		if !ok || !comparesWithConst(bin, x) {
			return false
		}
		switch {
		case bin.Op == token.EQL && p.Succs[0] == d:
		case bin.Op == token.NEQ && p.Succs[1] == d:
		default:
			return false
		}
	}
	return true
}

// comparesWithConst reports whether bin compares x (through conversions)
// with a constant.
func comparesWithConst(bin *ssa.BinOp, x ssa.Value) bool {
	l, r := unconvert(bin.X, -1), unconvert(bin.Y, -1)
	if _, ok := l.(*ssa.Const); ok {
		l, r = r, l
	}
	_, isConst := r.(*ssa.Const)
	return isConst && l == x
}
