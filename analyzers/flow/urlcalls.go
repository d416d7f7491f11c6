package flow

import (
	"go/types"
	"strings"

	"github.com/privlint/privlint/rules"
)

// urlCall handles a call to a catalog url_calls method of a generated REST
// client: a method whose result is a call object of its own package (a
// pointer to a struct type named …Call) puts its string arguments into
// the URL of that call, the service's path parameters or the call's query
// parameters (service.Members.HasMember(group, email),
// service.Groups.List().UserKey(email)). Those arguments reach a request
// URL here, where the program gives them; the call's Do sends it. The
// result carries nothing more: what the call object is built from is
// judged at this call. It reports whether the call was one.
func (st *fnState) urlCall(c *callSite, f *rules.Func, pkg string) bool {
	if c.recv == nil || c.obj == nil {
		return false
	}
	sig, ok := c.obj.Type().(*types.Signature)
	if !ok || sig.Results().Len() != 1 || !callObject(sig.Results().At(0).Type(), c.obj.Pkg()) {
		return false
	}
	var args []int
	for i := range sig.Params().Len() {
		if i < len(c.args) && urlString(sig.Params().At(i).Type(), sig.Variadic() && i == sig.Params().Len()-1) {
			args = append(args, i)
		}
	}
	var t set
	for _, i := range args {
		t = union(t, st.deepAt(c.args[i], c.instr))
	}
	if len(t) > 0 {
		ref := SinkRef{Kind: KindURL, What: f.What, Package: pkg,
			Call: st.a.callText(c.instr), Pos: st.a.posString(c.instr.Pos())}
		st.reach(c.instr, ref, t, false)
	}
	return true
}

// callObject reports whether t is a pointer to a struct type of package
// pkg whose name ends in Call: a generated client's request under
// construction.
func callObject(t types.Type, pkg *types.Package) bool {
	p, ok := types.Unalias(t).(*types.Pointer)
	if !ok {
		return false
	}
	n, ok := types.Unalias(p.Elem()).(*types.Named)
	if !ok || n.Obj().Pkg() != pkg || !strings.HasSuffix(n.Obj().Name(), "Call") {
		return false
	}
	_, isStruct := n.Underlying().(*types.Struct)
	return isStruct
}

// urlString reports whether a parameter of type t (the element type for
// a variadic one, variadic) is text a URL is built from: a string or a
// slice of strings, not of a named type of its own (googleapi.Field
// selects response fields).
func urlString(t types.Type, variadic bool) bool {
	if s, ok := types.Unalias(t).(*types.Slice); ok {
		t = s.Elem()
	} else if variadic {
		return false
	}
	b, ok := types.Unalias(t).(*types.Basic)
	return ok && b.Kind() == types.String
}
