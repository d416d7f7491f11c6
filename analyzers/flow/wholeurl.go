package flow

import (
	"go/token"

	"golang.org/x/tools/go/ssa"
)

// A request URL that is a personal-data value itself — an avatar URL or a
// website a profile holds, fetched as it was given — has nothing put into
// it: PL104 is about data placed in a URL's path or query (and then in
// the logs of every server and proxy on the way), and this URL is the
// value's own address, known to its host already. Only such a read, a
// field or a parameter passed as the whole URL, is left out; data
// concatenated into a URL, or stored in the field before it is fetched,
// still counts. A helper's parameter fetched whole (fetch(u string) {
// http.Get(u) }) is a sink marked Whole in its summary, and each caller
// decides by what it passes.

// wholeURL returns the labels that a request URL u is in itself: the
// source of the personal-data field it is a read of, or the labels of the
// parameter it is. It returns nil when u is anything else (a
// concatenation, a call, a format).
func (st *fnState) wholeURL(u ssa.Value) set {
	u = unconvert(u, 4)
	switch x := u.(type) {
	case *ssa.Parameter:
		for i, p := range st.fn.Params {
			if p != x {
				continue
			}
			t := single(paramLabel(i))
			if l, ok := st.a.paramSource(st.fn, p); ok {
				t = union(t, single(l))
			}
			return t
		}
	case *ssa.Field, *ssa.UnOp:
		if ld, ok := x.(*ssa.UnOp); ok && ld.Op != token.MUL {
			return nil
		}
		return st.a.parentSource(x)
	}
	return nil
}

// reachURL records the data in the request URL u reaching ref, a
// KindURL sink: what the URL is in itself (wholeURL) goes, for
// parameters, into the summary as a Whole sink for the caller to judge,
// and is otherwise no flow; the rest is a flow.
func (st *fnState) reachURL(c *callSite, ref SinkRef, u ssa.Value, t set) {
	if ref.Call == "" {
		ref.Call = st.a.callText(c.instr)
	}
	if ref.Pos == "" {
		ref.Pos = st.a.posString(c.instr.Pos())
	}
	self := st.wholeURL(u)
	if len(self) == 0 {
		ref.Whole = false
		st.reach(c.instr, ref, t, false)
		return
	}
	var own, rest set
	for _, l := range t {
		if self.has(l) {
			if _, _, isParam := st.a.paramOf(l); isParam {
				own = append(own, l)
			}
			continue
		}
		rest = append(rest, l)
	}
	whole := ref
	whole.Whole = true
	st.reach(c.instr, whole, own, false)
	ref.Whole = false
	st.reach(c.instr, ref, rest, false)
}
