package flow

import (
	"go/types"

	"golang.org/x/tools/go/ssa"

	"github.com/privlint/privlint/internal/classifier"
)

// ipCategory is the category of a client's network address.
const ipCategory = "user.device.ip_address"

// clientAddress makes the result of a call a source when the call is a
// helper that reads a client's address from the request it is given:
// a function or method named for an IP address (ClientIP, RemoteAddr,
// RealIP) that returns an address (a string, net.IP, netip.Addr) and takes
// an *http.Request, or is a method of a type that holds one (a web
// framework's context). What such a helper returns is the address of
// whoever sent the request, however it found it (a proxy header, the
// connection, a value stored in the request's context).
func (st *fnState) clientAddress(ci ssa.CallInstruction) {
	v := ci.Value()
	if v == nil || !addressType(v.Type()) {
		return
	}
	c := st.callSite(ci)
	if c.obj == nil {
		return
	}
	if cat, ok := st.a.paramCategory(c.obj.Name(), v.Type()); !ok || cat != ipCategory || !requestBound(c.obj) {
		return
	}
	l := st.a.intern(&Source{
		Category:   ipCategory,
		Symbol:     st.a.inputText(ci),
		Pos:        st.a.posString(ci.Pos()),
		DetectedBy: "name",
	})
	st.set(v, single(l))
}

// addressType reports whether t can hold a network address: a string,
// net.IP or netip.Addr.
func addressType(t types.Type) bool {
	if b, ok := types.Unalias(t).(*types.Basic); ok {
		return b.Kind() == types.String
	}
	n, ok := types.Unalias(t).(*types.Named)
	if !ok || n.Obj().Pkg() == nil {
		return false
	}
	switch n.Obj().Pkg().Path() + "." + n.Obj().Name() {
	case "net.IP", "net/netip.Addr":
		return true
	}
	return false
}

// requestBound reports whether fn reads an HTTP request: one of its
// parameters is an *http.Request, or it is a method of a struct that holds
// one (directly or in an embedded struct).
func requestBound(fn *types.Func) bool {
	sig, ok := fn.Type().(*types.Signature)
	if !ok {
		return false
	}
	for i := range sig.Params().Len() {
		if isHTTPRequest(sig.Params().At(i).Type()) {
			return true
		}
	}
	return sig.Recv() != nil && holdsRequest(sig.Recv().Type(), 0)
}

func holdsRequest(t types.Type, depth int) bool {
	if depth > 2 {
		return false
	}
	if p, ok := types.Unalias(t).(*types.Pointer); ok {
		t = p.Elem()
	}
	s, ok := t.Underlying().(*types.Struct)
	if !ok {
		return false
	}
	for i := range s.NumFields() {
		f := s.Field(i)
		if isHTTPRequest(f.Type()) || (f.Embedded() && holdsRequest(f.Type(), depth+1)) {
			return true
		}
	}
	return false
}

func isHTTPRequest(t types.Type) bool {
	p, ok := types.Unalias(t).(*types.Pointer)
	if !ok {
		return false
	}
	n, ok := types.Unalias(p.Elem()).(*types.Named)
	return ok && n.Obj().Pkg() != nil && n.Obj().Pkg().Path() == "net/http" && n.Obj().Name() == "Request"
}

// basicAuth handles r.BasicAuth(): its first result is the login name and
// its second the password the client sent in the Authorization header. It
// reports whether the call was one.
func (st *fnState) basicAuth(c *callSite) bool {
	if c.obj == nil || c.val == nil || c.obj.Name() != "BasicAuth" || c.recv == nil || !isHTTPRequest(c.recv.Type()) {
		return false
	}
	text := st.a.inputText(c.instr)
	src := func(cat, field string) set {
		m, _ := st.a.env.Classifier.Name(field, classifier.Context{Kind: classifier.KindString})
		return single(st.a.intern(&Source{
			Category:   cat,
			Symbol:     text + " " + field,
			Pos:        st.a.posString(c.instr.Pos()),
			DetectedBy: "name",
			Protected:  m.Protected,
			Sensitive:  m.Sensitive,
		}))
	}
	st.setTuple(c.val, []set{src("user.account.username", "username"), src("user.authorization.password", "password"), nil})
	return true
}
