package flow

import (
	"go/token"

	"golang.org/x/tools/go/ssa"
)

// lastStore returns the write whose value the load at reads through x,
// when x is the address of a field of a local variable that does not
// escape, one write of that field runs before at on every path, and no
// other write of the field or of the whole variable reaches at without
// passing that write: after u.Secret, err = encrypt(u.Secret) a read of
// u.Secret is the ciphertext, not what the field held (a value parameter
// or a range variable, whose field is otherwise a source whatever was
// stored in it). The write is a store, or a call handed the variable's
// address whose summary says it overwrites the field with a clean value
// (encryptPassword(&u) putting the ciphertext into u.NewPassword), which
// leaves nothing in the clear for the read. It returns nil in every other
// case, and the load reads all the field may hold.
func (st *fnState) lastStore(x ssa.Value, at ssa.Instruction) ssa.Instruction {
	fa, ok := x.(*ssa.FieldAddr)
	if !ok {
		return nil
	}
	alloc, ok := fa.X.(*ssa.Alloc)
	if !ok {
		return nil
	}
	if s, ok := st.lastStores[at]; ok {
		return s
	}
	s := st.findLastStore(alloc, fa.Field, at)
	if st.lastStores == nil {
		st.lastStores = map[ssa.Instruction]ssa.Instruction{}
	}
	st.lastStores[at] = s
	return s
}

// findLastStore is lastStore's search over the referrers of alloc: it
// gives up (nil) when the variable's or the field's address goes anywhere
// but a load, a store into it, a debug reference or a call that cleanly
// overwrites the field (cleanSetter): another call, a closure, an
// interface may write through it.
func (st *fnState) findLastStore(alloc *ssa.Alloc, field int, at ssa.Instruction) ssa.Instruction {
	refs := alloc.Referrers()
	if refs == nil {
		return nil
	}
	var writers []ssa.Instruction
	var cands []ssa.Instruction
	for _, r := range *refs {
		switch r := r.(type) {
		case *ssa.FieldAddr:
			if r.Field != field {
				continue // another field: no write through it reaches this one
			}
			frefs := r.Referrers()
			if frefs == nil {
				continue
			}
			for _, fr := range *frefs {
				switch fr := fr.(type) {
				case *ssa.Store:
					if fr.Addr != r {
						return nil // the field's address is stored somewhere
					}
					writers = append(writers, fr)
					if before(fr, at) {
						cands = append(cands, fr)
					}
				case *ssa.UnOp:
					if fr.Op != token.MUL {
						return nil
					}
				case *ssa.DebugRef:
				default:
					return nil
				}
			}
		case *ssa.Store:
			if r.Addr != alloc {
				return nil // the variable's address is stored somewhere
			}
			writers = append(writers, r)
		case *ssa.UnOp:
			if r.Op != token.MUL {
				return nil
			}
		case *ssa.DebugRef:
		case ssa.CallInstruction:
			if !st.cleanSetter(r, alloc, field) {
				return nil
			}
			writers = append(writers, r)
			if before(r, at) {
				cands = append(cands, r)
			}
		default:
			return nil
		}
	}
	for _, s := range cands {
		last := true
		for _, w := range writers {
			if w != s && reachesAvoiding(w, s, at) {
				last = false
				break
			}
		}
		if last {
			return s
		}
	}
	return nil
}

// reachesAvoiding reports whether a path from just after instruction w
// reaches at without running s.
func reachesAvoiding(w, s, at ssa.Instruction) bool {
	wb := w.Block()
	if wb == nil || s.Block() == nil || at.Block() == nil {
		return true
	}
	after := false
	for _, in := range wb.Instrs {
		if !after {
			after = in == w
			continue
		}
		switch in {
		case s:
			return false
		case at:
			return true
		}
	}
	seen := map[*ssa.BasicBlock]bool{}
	stack := append([]*ssa.BasicBlock(nil), wb.Succs...)
	for len(stack) > 0 {
		b := stack[len(stack)-1]
		stack = stack[:len(stack)-1]
		if seen[b] {
			continue
		}
		seen[b] = true
		blocked := false
		if b == s.Block() || b == at.Block() {
			for _, in := range b.Instrs {
				if in == s {
					blocked = true
					break
				}
				if in == at {
					return true
				}
			}
		}
		if !blocked {
			stack = append(stack, b.Succs...)
		}
	}
	return false
}

// cleanSetter reports whether call r, handed the address p of a local
// variable, overwrites its field with a value that carries nothing in the
// clear on every path that returns without an error, by its callee's
// summary (ParamField without a weakness), and writes p nowhere else.
func (st *fnState) cleanSetter(r ssa.CallInstruction, p ssa.Value, field int) bool {
	c := st.callSite(r)
	s := st.summaryOf(c)
	if s == nil {
		return false
	}
	params := st.summaryParams(c)
	passed := 0
	for _, x := range params {
		if x == p {
			passed++
		}
	}
	if passed != 1 {
		return false
	}
	for _, pf := range s.Overwrites {
		if pf.Param < len(params) && params[pf.Param] == p && pf.Field == field && pf.Weak == nil {
			return true
		}
	}
	return false
}
