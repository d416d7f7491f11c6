package flow

import (
	"go/token"
	"go/types"

	"golang.org/x/tools/go/ssa"

	"github.com/privlint/privlint/rules"
)

// Builder objects: a message, request or batch that data is added to and
// that is sent later (m.AddRecipient(email) … mg.Send(m); req.Header.Set
// … client.Do(req)). The catalog's accumulators add their arguments to the
// object they are called on, whatever the library's own summary says (it
// says what reaches results and sinks, not what a method keeps in its
// receiver); a send of the object carries what was added.

// accumulate handles a call to a catalog accumulator: its data arguments
// are added to the object it is called on and to the objects holding
// that one (req.Header.Set adds to req), and a result that can carry data
// (a chained builder) carries the object's data.
func (st *fnState) accumulate(c *callSite, f *rules.Func) {
	var in set
	for i, x := range c.args {
		if f.Carries(i, false) {
			in = union(in, st.deep(x))
		}
	}
	for _, h := range holders(c.recv) {
		st.addTo(cObj, st.obj, h, in)
	}
	if c.val != nil {
		st.setResults(c.val, union(in, st.deep(c.recv)), false)
	}
}

// holders returns the object a value is part of, and the objects holding
// that one through loads of their fields (req.Header is loaded from req)
// or through a method that hands out a part of its receiver
// (yak.HTML().Set(body): partOf), at most a few levels up.
func holders(v ssa.Value) []ssa.Value {
	var out []ssa.Value
	for i := 0; i < 4 && v != nil; i++ {
		r := root(v)
		out = append(out, r)
		if p := partOf(r); p != nil {
			v = p
			continue
		}
		ld, ok := r.(*ssa.UnOp)
		if !ok || ld.Op != token.MUL {
			break
		}
		fa, ok := ld.X.(*ssa.FieldAddr)
		if !ok {
			break
		}
		v = fa.X
	}
	return out
}

// partOf returns the receiver of a method call without arguments that
// returns a pointer to a type of the method's own package (mailyak's
// m.HTML() returns &m.html): the part it hands out is its receiver's.
// Nil for any other value.
func partOf(v ssa.Value) ssa.Value {
	call, ok := v.(*ssa.Call)
	if !ok {
		return nil
	}
	common := call.Common()
	var m *types.Func
	var recv ssa.Value
	switch {
	case common.IsInvoke():
		if len(common.Args) != 0 {
			return nil
		}
		m, recv = common.Method, common.Value
	default:
		callee := common.StaticCallee()
		if callee == nil || callee.Signature.Recv() == nil || len(common.Args) != 1 {
			return nil
		}
		m, _ = callee.Object().(*types.Func)
		recv = common.Args[0]
	}
	if m == nil || m.Pkg() == nil {
		return nil
	}
	ptr, ok := types.Unalias(call.Type()).(*types.Pointer)
	if !ok {
		return nil
	}
	n, ok := types.Unalias(ptr.Elem()).(*types.Named)
	if !ok || n.Obj().Pkg() != m.Pkg() {
		return nil
	}
	return recv
}

// sendRequest handles a call that sends a request built before
// (client.Do(req)): what was added to the request after it was built
// goes where the URL it was built with says (its constant host, or a URL
// from configuration); what was given to the constructor was judged
// there.
func (st *fnState) sendRequest(c *callSite, f *rules.Func, pkg string) {
	if *f.Request >= len(c.args) {
		return
	}
	req := c.args[*f.Request]
	if len(st.deep(req)) == 0 {
		return
	}
	u := st.a.requestURL(req, 0)
	if u == nil {
		return
	}
	if ref, ok := st.a.requestRecipient(u, pkg); ok {
		st.reachSink(c, ref, []ssa.Value{req}, false, pkg)
		return
	}
	st.reachURLParam(c, u, []ssa.Value{req}, pkg)
}

// reachURLParam records, in the summary only, that the parameters among
// args reach a request whose URL is the function's parameter u holds:
// the caller judges the URL it passes (a URL from configuration). Data of
// the function's own sources are left out: their recipient is not known
// here.
func (st *fnState) reachURLParam(c *callSite, u ssa.Value, args []ssa.Value, pkg string) {
	p, ok := st.paramIndex(u)
	if !ok {
		return
	}
	var t set
	for _, x := range args {
		for _, l := range st.deep(x) {
			if _, _, isParam := st.a.paramOf(l); isParam {
				t = union(t, single(l))
			}
		}
	}
	if len(t) == 0 {
		return
	}
	ref := SinkRef{Kind: KindThirdParty, What: "a URL its caller gives", URLParam: p + 1, Package: pkg,
		Call: st.a.callText(c.instr), Pos: st.a.posString(c.instr.Pos())}
	st.reach(c.instr, ref, t, false)
}

// paramIndex returns the index of the function's parameter that the URL
// u is, or starts with (rURL, rURL + "/path").
func (st *fnState) paramIndex(u ssa.Value) (int, bool) {
	for i := 0; i < 8 && u != nil; i++ {
		switch x := u.(type) {
		case *ssa.Parameter:
			for j, p := range st.fn.Params {
				if p == x {
					return j, true
				}
			}
			return 0, false
		case *ssa.BinOp:
			if x.Op != token.ADD {
				return 0, false
			}
			u = x.X
		default:
			u = unconvert(u, 1)
			if u == x {
				return 0, false
			}
		}
	}
	return 0, false
}

// urlParamSink resolves a summary's request to a URL parameter at a call:
// the sink of a request to the URL the caller passes, when its text or
// configuration names the recipient; ok=false otherwise (a URL the
// caller got from its own caller is not followed further).
func (a *analysis_) urlParamSink(ref SinkRef, params []ssa.Value) (SinkRef, bool) {
	i := ref.URLParam - 1
	if i < 0 || i >= len(params) {
		return SinkRef{}, false
	}
	r, ok := a.requestRecipient(params[i], ref.Package)
	if !ok {
		return SinkRef{}, false
	}
	r.Call, r.Pos = ref.Call, ref.Pos
	return r, true
}

// requestURL returns the URL argument of the catalog request constructor
// (http.NewRequest) that made the request v, or nil.
func (a *analysis_) requestURL(v ssa.Value, depth int) ssa.Value {
	if depth > 8 {
		return nil
	}
	switch x := v.(type) {
	case *ssa.Extract:
		return a.requestURL(x.Tuple, depth+1)
	case *ssa.Phi:
		for _, e := range x.Edges {
			if u := a.requestURL(e, depth+1); u != nil {
				return u
			}
		}
	case *ssa.Call:
		fn := x.Call.StaticCallee()
		if fn == nil {
			return nil
		}
		obj, ok := fn.Object().(*types.Func)
		if !ok {
			return nil
		}
		pkg, recv, name := funcID(obj)
		args := x.Call.Args
		if fn.Signature.Recv() != nil && len(args) > 0 {
			if pkg == "net/http" && recv == "Request" && (name == "WithContext" || name == "Clone") {
				return a.requestURL(args[0], depth+1)
			}
			args = args[1:]
		}
		if f := a.cat.Requests.Find(pkg, recv, name); f != nil && f.URL != nil && *f.URL < len(args) {
			return args[*f.URL]
		}
	}
	return nil
}

// requestRecipient returns the third-party sink of a request to the URL u:
// its host when the URL's text fixes it (a well-known service's host
// named for the service), or where the URL came from when that is
// configuration (a recipient the policy cannot know).
func (a *analysis_) requestRecipient(u ssa.Value, pkg string) (SinkRef, bool) {
	_, full := constString(u)
	if host := hostOf(constPrefix(u, 0), full); host != "" {
		ref := SinkRef{Kind: KindThirdParty, What: host, Host: host, Package: pkg}
		if h := rules.FindHost(a.cat.Hosts, host); h != nil {
			// A service's REST API called without its SDK.
			ref.Recipient, ref.What = h.Recipient, h.What+" at "+host
		}
		return ref, true
	}
	if origin := a.configOrigin(u, 0); origin != "" {
		// Whoever the deployment names: a recipient no policy declares.
		return SinkRef{Kind: KindThirdParty, What: "a URL from " + origin, Package: pkg}, true
	}
	return SinkRef{}, false
}
