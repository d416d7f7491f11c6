package flow

import (
	"go/token"
	"go/types"

	"golang.org/x/tools/go/ssa"
)

// Guarded says which of a function's parameter sinks remain when one of
// its boolean parameters has a given value: AddUser(name, pw, hashed
// bool) stores pw as given only when hashed is true, and a caller that
// passes a constant false stores a bcrypt hash. A caller whose argument
// for Param is the constant Value counts ParamSinks instead of the
// summary's own. Only parameters the function branches on directly
// (if hashed, if !hashed) are guards, and only those whose value removes
// a sink.
type Guarded struct {
	Param      int
	Value      bool
	ParamSinks []ParamSink
}

// maxGuards bounds the guarded variants one function's summary keeps:
// each costs an analysis of the function.
const maxGuards = 4

// boolGuards returns the indices of fn's boolean parameters that a branch
// of fn tests directly, in order, at most maxGuards/2 of them (each has
// two values).
func boolGuards(fn *ssa.Function) []int {
	var out []int
	for i, p := range fn.Params {
		if b, ok := p.Type().Underlying().(*types.Basic); !ok || b.Kind() != types.Bool {
			continue
		}
		for _, b := range fn.Blocks {
			if testsParam(b, p) {
				out = append(out, i)
				break
			}
		}
		if len(out) == maxGuards/2 {
			break
		}
	}
	return out
}

// testsParam reports whether block b ends in a branch on p (if p, or if
// !p, which the SSA builder turns into a branch on p with its targets
// swapped).
func testsParam(b *ssa.BasicBlock, p *ssa.Parameter) bool {
	if len(b.Instrs) == 0 {
		return false
	}
	in, ok := b.Instrs[len(b.Instrs)-1].(*ssa.If)
	if !ok {
		return false
	}
	if in.Cond == p {
		return true
	}
	u, ok := in.Cond.(*ssa.UnOp)
	return ok && u.Op == token.NOT && u.X == p
}

// guardRun is a guarded variant being analyzed: parameter p has value v,
// and dead says by block index which blocks do not run then.
type guardRun struct {
	p    *ssa.Parameter
	v    bool
	dead []bool
}

// taken returns the successors of b that run when the guard holds: both,
// unless b branches on p.
func (g *guardRun) taken(b *ssa.BasicBlock) []*ssa.BasicBlock {
	succs := b.Succs
	if !testsParam(b, g.p) || len(succs) != 2 {
		return succs
	}
	way := g.v
	if b.Instrs[len(b.Instrs)-1].(*ssa.If).Cond != g.p {
		way = !g.v // if !p
	}
	if way {
		return succs[:1]
	}
	return succs[1:]
}

// deadEdge reports whether control never goes from pred to b.
func (g *guardRun) deadEdge(pred, b *ssa.BasicBlock) bool {
	if g.dead[pred.Index] {
		return true
	}
	for _, s := range g.taken(pred) {
		if s == b {
			return false
		}
	}
	return true
}

// newGuardRun returns the run of fn with parameter p set to v, or nil
// when every block still runs and every way is still taken.
func newGuardRun(fn *ssa.Function, p *ssa.Parameter, v bool) *guardRun {
	g := &guardRun{p: p, v: v}
	live := make([]bool, len(fn.Blocks))
	work := []*ssa.BasicBlock{fn.Blocks[0]}
	live[0] = true
	pruned := false
	for len(work) > 0 {
		b := work[len(work)-1]
		work = work[:len(work)-1]
		succs := g.taken(b)
		pruned = pruned || len(succs) < len(b.Succs)
		for _, s := range succs {
			if !live[s.Index] {
				live[s.Index] = true
				work = append(work, s)
			}
		}
	}
	if !pruned {
		return nil
	}
	g.dead = make([]bool, len(live))
	for i, l := range live {
		g.dead[i] = !l
	}
	return g
}

// guardVariants analyzes fn again for each value of each of its boolean
// guards (boolGuards), with the blocks that value leaves out not run, and
// returns the variants that drop a parameter's sink (drops). The
// analyses record no flow: the function's flows are those of its
// analysis with every block.
func (a *analysis_) guardVariants(fn *ssa.Function, all []ParamSink) []Guarded {
	if len(all) == 0 || fn.Blocks == nil || fn.Recover != nil {
		return nil
	}
	guards := boolGuards(fn)
	if len(guards) == 0 {
		return nil
	}
	var out []Guarded
	for _, i := range guards {
		for _, v := range []bool{false, true} {
			g := newGuardRun(fn, fn.Params[i], v)
			if g == nil {
				continue
			}
			sinks := a.analyzeWithout(fn, g)
			if drops(all, sinks) {
				out = append(out, Guarded{Param: i, Value: v, ParamSinks: sinks})
			}
		}
	}
	return out
}

// drops reports whether some parameter of all reaches a sink (of a kind,
// destination and manner) that it does not reach in variant: only a
// sink path that is gone, with another like it left, would change no
// finding, and is not worth a variant.
func drops(all, variant []ParamSink) bool {
	have := make(map[string]bool, len(variant))
	for _, p := range variant {
		have[placeFree(p)] = true
	}
	for _, p := range all {
		if !have[placeFree(p)] {
			return true
		}
	}
	return false
}

// placeFree is the key of p without the sink call's text and place.
func placeFree(p ParamSink) string {
	p.Sink.Call, p.Sink.Pos = "", ""
	return p.key()
}

// analyzeWithout analyzes fn as guard run g says it runs and returns its
// parameter sinks, recording no flow and no use.
func (a *analysis_) analyzeWithout(fn *ssa.Function, g *guardRun) []ParamSink {
	rec, flows, spare := a.recording, a.flows, a.spare
	a.recording, a.flows, a.spare = nil, map[string]*Flow{}, nil
	a.guard = g
	s := a.analyzeFunc(fn)
	a.guard = nil
	a.recording, a.flows, a.spare = rec, flows, spare
	return s.ParamSinks
}

// guardedSinks returns the parameter sinks of s that count for a call
// whose parameters are params: those of the first variant whose guard
// parameter the call sets to the variant's constant, else all.
func (s *Summary) guardedSinks(params []ssa.Value) []ParamSink {
	for _, g := range s.Guarded {
		if g.Param < len(params) {
			if v, ok := constBool(params[g.Param]); ok && v == g.Value {
				return g.ParamSinks
			}
		}
	}
	return s.ParamSinks
}

// guardedArg returns what the argument of parameter sink ps carries into
// the sink at call c, given s's guarded variants: when the call's guard
// argument is a φ of constants (hashed is false on one way and true on
// the other) and the argument a φ of the same block (password is the
// plain one on the first way and a hash on the other), each way counts
// its own argument only if the variant of its guard value keeps ps.
func (st *fnState) guardedArg(c *callSite, s *Summary, params []ssa.Value, ps ParamSink) set {
	arg := params[ps.Param]
	d, ok := arg.(*ssa.Phi)
	if !ok || len(s.Guarded) == 0 {
		return st.deepAt(arg, c.instr)
	}
	for _, g := range s.Guarded {
		if g.Param >= len(params) {
			continue
		}
		gp, ok := params[g.Param].(*ssa.Phi)
		if !ok || gp.Block() != d.Block() || len(gp.Edges) != len(d.Edges) {
			continue
		}
		values := make([]bool, len(gp.Edges))
		for i, e := range gp.Edges {
			if values[i], ok = constBool(e); !ok {
				break
			}
		}
		if !ok {
			continue
		}
		key := ps.key()
		var t set
		for i, e := range d.Edges {
			if keeps(s.variant(g.Param, values[i]), key) {
				t = union(t, st.deepAt(e, c.instr))
			}
		}
		return t
	}
	return st.deepAt(arg, c.instr)
}

// variant returns the parameter sinks of s when parameter param is v:
// those of its guarded variant, or all.
func (s *Summary) variant(param int, v bool) []ParamSink {
	for _, g := range s.Guarded {
		if g.Param == param && g.Value == v {
			return g.ParamSinks
		}
	}
	return s.ParamSinks
}

// keeps reports whether sinks has the parameter sink whose key is key.
func keeps(sinks []ParamSink, key string) bool {
	for _, p := range sinks {
		if p.key() == key {
			return true
		}
	}
	return false
}

// constBool returns the value of a boolean constant.
func constBool(v ssa.Value) (val, ok bool) {
	c, isConst := v.(*ssa.Const)
	if !isConst || c.Value == nil {
		return false, false
	}
	if b, isBasic := c.Type().Underlying().(*types.Basic); !isBasic || b.Kind() != types.Bool {
		return false, false
	}
	return c.Value.ExactString() == "true", true
}
