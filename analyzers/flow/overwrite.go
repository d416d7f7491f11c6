package flow

import (
	"go/constant"
	"go/token"
	"go/types"
	"maps"
	"slices"

	"golang.org/x/tools/go/ssa"

	"github.com/privlint/privlint/rules"
)

// ParamField says that a function overwrites field Field of the struct its
// parameter Param points to, on every path that returns without an error,
// with a value that carries no personal data in the clear (a hash, an
// empty string): what the field held before no longer reaches a sink that
// is handed the struct after the call (u.SetPassword(p); db.Insert(u)).
//
// Weak, when set, says the value written passed that weak protection
// (u.Password = md5hex(u.Password)): what the field held reaches a sink
// after the call as PL105 judges it, weakly protected, not in the clear.
type ParamField struct {
	Param, Field int
	Weak         *Weakness
}

// clean reports whether labels t carry nothing PL101–PL104 count as data in
// the clear: no parameter and no source, unless it passed a protection
// those rules accept (a hash of a credential), or is anonymous hashed data.
func (a *analysis_) clean(t set) bool {
	for _, l := range t {
		if _, w, ok := a.paramOf(l); ok {
			if w == nil {
				return false
			}
			continue
		}
		s := a.sources[l]
		if s.Anonymous || s.hiddenWeak() {
			continue
		}
		return false
	}
	return true
}

// before reports whether instruction x runs before at on every path to
// at: earlier in the same block, or in a block that dominates at's.
func before(x, at ssa.Instruction) bool {
	xb, ab := x.Block(), at.Block()
	if xb == nil || ab == nil || xb.Parent() != ab.Parent() {
		return false
	}
	if xb != ab {
		return xb.Dominates(ab)
	}
	for _, in := range xb.Instrs {
		switch in {
		case x:
			return true
		case at:
			return false
		}
	}
	return false
}

// structPtr returns the pointer to a struct that v is or wraps (an
// interface made of it), or nil.
func structPtr(v ssa.Value) ssa.Value {
	v = unconvert(v, -1)
	if v == nil || !isPtrToStruct(v) {
		return nil
	}
	return v
}

func isPtrToStruct(v ssa.Value) bool {
	p, ok := v.Type().Underlying().(*types.Pointer)
	if !ok {
		return false
	}
	_, isStruct := p.Elem().Underlying().(*types.Struct)
	return isStruct
}

// overwritten returns the fields of the struct that v points to which are
// overwritten with clean values before instruction at on every path to it:
// stored into directly, or by a call whose summary says it overwrites them
// (a setter that hashes the password into its field).
func (st *fnState) overwritten(v ssa.Value, at ssa.Instruction) []int {
	p := structPtr(v)
	if p == nil || at == nil {
		return nil
	}
	refs := p.Referrers()
	if refs == nil {
		return nil
	}
	var out []int
	for _, r := range *refs {
		switch r := r.(type) {
		case *ssa.FieldAddr:
			if r.X != p {
				continue
			}
			frefs := r.Referrers()
			if frefs == nil {
				continue
			}
			for _, fr := range *frefs {
				if s, ok := fr.(*ssa.Store); ok && s.Addr == r && (before(s, at) || guarded(s, at, p, r.Field)) && st.a.clean(st.deep(s.Val)) {
					out = append(out, r.Field)
				}
			}
		case ssa.CallInstruction:
			if r == at {
				continue
			}
			all := before(r, at)
			for _, f := range st.callOverwrites(r, p) {
				if all || guarded(r, at, p, f) {
					out = append(out, f)
				}
			}
		}
	}
	slices.Sort(out)
	return slices.Compact(out)
}

// callOverwrites returns the fields of the struct p points to that call
// r overwrites by its callee's summary. Summaries do not change while a
// function is analyzed, so the answer is kept for the analysis.
func (st *fnState) callOverwrites(r ssa.CallInstruction, p ssa.Value) []int {
	k := owKey{r, p}
	if f, ok := st.owCalls[k]; ok {
		return f
	}
	var out []int
	c := st.callSite(r)
	if s := st.summaryOf(c); s != nil && len(s.Overwrites) > 0 {
		params := st.summaryParams(c)
		for _, pf := range s.Overwrites {
			if pf.Param < len(params) && structPtr(params[pf.Param]) == p {
				out = append(out, pf.Field)
			}
		}
	}
	if st.owCalls == nil {
		st.owCalls = map[owKey][]int{}
	}
	st.owCalls[k] = out
	return out
}

type owKey struct {
	call ssa.CallInstruction
	ptr  ssa.Value
}

// summaryParams returns a call's arguments in the order its callee's
// summary counts them: the receiver first for any method.
func (st *fnState) summaryParams(c *callSite) []ssa.Value {
	params := c.params()
	if c.callee == nil && c.recv != nil {
		params = append([]ssa.Value{c.recv}, c.args...)
	}
	return params
}

// deepAt is deep(v) as it reaches instruction at: when v points to a
// struct some of whose fields are overwritten before at, the data only
// those fields received is gone, and so are the sources of the fields
// themselves (their declared contents).
func (st *fnState) deepAt(v ssa.Value, at ssa.Instruction) set {
	t := st.deep(v)
	if len(t) == 0 {
		return t
	}
	ow := st.overwritten(v, at)
	if len(ow) == 0 {
		return t
	}
	return st.dropFields(t, v, ow, at)
}

// dropFields removes from t what only the fields ow of the struct v points
// to received, and the sources that read those fields.
func (st *fnState) dropFields(t set, v ssa.Value, ow []int, at ssa.Instruction) set {
	p := structPtr(v)
	if p == nil {
		return t
	}
	var gone, kept set
	st.saw(cFields, p, 0)
	for k, ft := range st.field {
		if k.base != p {
			continue
		}
		if slices.Contains(ow, k.field) {
			gone = union(gone, ft)
		} else {
			kept = union(kept, ft)
		}
	}
	sub := st.a.fieldIDs(p, ow)
	out := make(set, 0, len(t))
	for _, l := range t {
		if gone.has(l) && !kept.has(l) {
			continue
		}
		if l >= 0 && sub[st.a.sources[l].ident()] && st.a.sources[l].Field {
			continue
		}
		out = append(out, l)
	}
	if at != nil {
		// A field overwritten with a weak protection of what it held
		// (u.EncryptPassword() storing md5hex(u.Password)) still
		// carries it, marked.
		// In field order: each marks copies of sources, which get their
		// labels in the order they are made.
		wf := st.weakFields(p, at)
		for _, f := range slices.Sorted(maps.Keys(wf)) {
			w := wf[f]
			ids := st.a.fieldIDs(p, []int{f})
			var marked set
			for _, l := range t {
				if l >= 0 && ids[st.a.sources[l].ident()] && st.a.sources[l].Field {
					marked = append(marked, l)
				}
			}
			out = union(out, st.a.weakOf(marked, w))
		}
	}
	return out
}

// weakFields returns the fields of the struct p points to that are
// overwritten before at (on every path, see overwritten) with a value
// that passed a weak protection, and the weakness: a store whose value
// carries one, or a call whose summary says it writes one (a method that
// replaces its receiver's password with its MD5).
func (st *fnState) weakFields(v ssa.Value, at ssa.Instruction) map[int]*Weakness {
	p := structPtr(v)
	if p == nil || at == nil {
		return nil
	}
	ow := st.overwritten(p, at)
	if len(ow) == 0 {
		return nil
	}
	var out map[int]*Weakness
	put := func(f int, w *Weakness) {
		if w == nil || !slices.Contains(ow, f) {
			return
		}
		if out == nil {
			out = map[int]*Weakness{}
		}
		if out[f] == nil {
			out[f] = w
		}
	}
	for _, r := range *p.Referrers() {
		switch r := r.(type) {
		case *ssa.FieldAddr:
			if r.X != p || r.Referrers() == nil {
				continue
			}
			for _, fr := range *r.Referrers() {
				if s, ok := fr.(*ssa.Store); ok && s.Addr == r && (before(s, at) || guarded(s, at, p, r.Field)) {
					put(r.Field, st.weakIn(st.deep(s.Val)))
				}
			}
		case ssa.CallInstruction:
			if r == at || !before(r, at) {
				continue
			}
			c := st.callSite(r)
			s := st.summaryOf(c)
			if s == nil {
				continue
			}
			params := st.summaryParams(c)
			for _, pf := range s.Overwrites {
				if pf.Weak != nil && pf.Param < len(params) && structPtr(params[pf.Param]) == p {
					put(pf.Field, st.localWeak(pf.Weak, c))
				}
			}
		}
	}
	return out
}

// weakIn returns the weak protection that labels t passed, when they
// passed one of a hash's kinds: a fast hash or an HMAC with a hard-coded
// key.
func (st *fnState) weakIn(t set) *Weakness {
	for _, l := range t {
		var w *Weakness
		if _, pw, ok := st.a.paramOf(l); ok {
			w = pw
		} else {
			w = st.a.sources[l].Weak
		}
		if w != nil && (w.Kind == rules.WeakHash || w.Kind == rules.WeakMAC) {
			return w
		}
	}
	return nil
}

// fieldIDs returns the source identities (ident) of fields ow of the
// struct p points to.
func (a *analysis_) fieldIDs(p ssa.Value, ow []int) map[string]bool {
	s := structOf(p.Type())
	out := map[string]bool{}
	if s == nil {
		return out
	}
	for _, i := range ow {
		if i >= s.NumFields() {
			continue
		}
		v := s.Field(i)
		if f, ok := a.fields.FieldOf(v); ok && !f.Holder {
			out[qualified(v.Pkg(), f.Symbol)] = true
		}
	}
	return out
}

// typeTaintAt is typeTaint of v's type without the fields overwritten
// before at.
func (st *fnState) typeTaintAt(v ssa.Value, at ssa.Instruction) set {
	t := st.a.typeTaint(v.Type())
	if len(t) == 0 {
		return t
	}
	ow := st.overwritten(v, at)
	if len(ow) == 0 {
		return t
	}
	return st.dropFields(t, v, ow, at)
}

// overwrites computes, after the function's fixpoint, which fields of its
// pointer parameters it overwrites with clean values on every path that
// returns without an error (ParamField).
func (st *fnState) overwrites() []ParamField {
	fn := st.fn
	var rets []*ssa.Return
	for _, b := range fn.Blocks {
		if b == fn.Recover {
			// Reached only when a deferred call recovers a panic.
			continue
		}
		if r, ok := b.Instrs[len(b.Instrs)-1].(*ssa.Return); ok && !failing(r) {
			rets = append(rets, r)
		}
	}
	if len(rets) == 0 {
		return nil
	}
	var out []ParamField
	for i, p := range fn.Params {
		if !isPtrToStruct(p) {
			continue
		}
		var common []int
		for j, r := range rets {
			ow := st.overwritten(p, r)
			if j == 0 {
				common = ow
			} else {
				common = slices.DeleteFunc(common, func(f int) bool { return !slices.Contains(ow, f) })
			}
			if len(common) == 0 {
				break
			}
		}
		var weak map[int]*Weakness
		if len(common) > 0 {
			weak = st.weakFields(p, rets[0])
		}
		for _, f := range common {
			out = append(out, ParamField{Param: i, Field: f, Weak: weak[f]})
		}
	}
	return out
}

// failing reports whether a return hands back an error that may be
// non-nil: its last result is an error other than the constant nil.
func failing(r *ssa.Return) bool {
	if len(r.Results) == 0 {
		return false
	}
	last := r.Results[len(r.Results)-1]
	if !isError(last.Type()) {
		return false
	}
	c, ok := last.(*ssa.Const)
	return !ok || !c.IsNil()
}

// guarded reports whether r, which does not run on every path to at, runs
// on every path to at on which field f of the struct p points to is not
// empty: it is inside the branch of an if p.f != "" (or != nil, or
// len(p.f) > 0) that at follows, and every way out of that branch passes
// it. On the other way the field holds nothing (if u.Passwd != "" {
// u.SetPassword(u.Passwd) }).
func guarded(r, at ssa.Instruction, p ssa.Value, f int) bool {
	rb, ab := r.Block(), at.Block()
	if rb == nil || ab == nil {
		return false
	}
	fn := rb.Parent()
	for _, b := range fn.Blocks {
		if len(b.Instrs) == 0 || len(b.Succs) != 2 {
			continue
		}
		ifi, ok := b.Instrs[len(b.Instrs)-1].(*ssa.If)
		if !ok {
			continue
		}
		i := nonEmptyBranch(ifi.Cond, p, f)
		if i < 0 {
			continue
		}
		s := b.Succs[i]
		if len(s.Preds) != 1 || !b.Dominates(ab) || s.Dominates(ab) || !s.Dominates(rb) {
			continue
		}
		through := true
		for _, x := range fn.Blocks {
			if !s.Dominates(x) {
				continue
			}
			for _, succ := range x.Succs {
				if !s.Dominates(succ) && !rb.Dominates(x) {
					through = false
				}
			}
		}
		if through {
			return true
		}
	}
	return false
}

// nonEmptyBranch returns which successor of an if on cond runs when field
// f of the struct p points to is not empty (0 or 1), or -1 when cond does
// not test that.
func nonEmptyBranch(cond ssa.Value, p ssa.Value, f int) int {
	bin, ok := cond.(*ssa.BinOp)
	if !ok {
		return -1
	}
	x, y := bin.X, bin.Y
	if isZeroConst(x) {
		x, y = y, x
	}
	if !isZeroConst(y) {
		return -1
	}
	if call, ok := x.(*ssa.Call); ok {
		// len(p.f) > 0, len(p.f) != 0
		if b, ok := call.Call.Value.(*ssa.Builtin); !ok || b.Name() != "len" || len(call.Call.Args) != 1 {
			return -1
		}
		x = call.Call.Args[0]
		if bin.Op != token.GTR && bin.Op != token.NEQ {
			return -1
		}
		if bin.Op == token.GTR && bin.X != call {
			return -1
		}
	}
	if !readsField(x, p, f) {
		return -1
	}
	switch bin.Op {
	case token.NEQ, token.GTR:
		return 0
	case token.EQL:
		return 1
	}
	return -1
}

// readsField reports whether v is the value of field f of the struct p
// points to.
func readsField(v ssa.Value, p ssa.Value, f int) bool {
	ld, ok := v.(*ssa.UnOp)
	if !ok || ld.Op != token.MUL {
		return false
	}
	fa, ok := ld.X.(*ssa.FieldAddr)
	return ok && fa.X == p && fa.Field == f
}

// isZeroConst reports whether v is "", nil or 0.
func isZeroConst(v ssa.Value) bool {
	c, ok := v.(*ssa.Const)
	if !ok {
		return false
	}
	if c.Value == nil {
		return true
	}
	switch c.Value.Kind() {
	case constant.String:
		return constant.StringVal(c.Value) == ""
	case constant.Int:
		return constant.Sign(c.Value) == 0
	}
	return false
}

// argFields maps the source identities of the fields of a call's struct
// arguments that were overwritten before it (overwritten) to the weak
// protection they were overwritten with (weakFields), nil for a clean
// value (a bcrypt hash, an empty string). Never nil.
func (st *fnState) argFields(params []ssa.Value, at ssa.Instruction) map[string]*Weakness {
	out := map[string]*Weakness{}
	for _, x := range params {
		p := structPtr(x)
		if p == nil {
			continue
		}
		ow := st.overwritten(p, at)
		if len(ow) == 0 {
			continue
		}
		weak := st.weakFields(p, at)
		for _, f := range ow {
			for id := range st.a.fieldIDs(p, []int{f}) {
				if w, seen := out[id]; !seen || w == nil {
					out[id] = weak[f]
				}
			}
		}
	}
	return out
}
