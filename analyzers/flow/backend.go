package flow

import (
	"go/types"
	"net"
	"strings"

	"golang.org/x/tools/go/ssa"

	"github.com/privlint/privlint/rules"
)

// backend is the recipient a client or model sends to, from the way it
// was made.
type backend struct {
	recipient, what string
	host            string // the base URL's host, when a constant names it
	local           bool   // the base URL is a loopback address: nothing leaves
}

// backendOf resolves the recipient of a call to a third-party entry with
// backend: the constructor (a catalog backend) of its receiver or
// argument. ok=false when the entry has none or the constructor is not
// found: the entry's own recipient stands.
func (st *fnState) backendOf(c *callSite, f *rules.Func) (backend, bool) {
	i, ok := f.BackendArg()
	if !ok {
		return backend{}, false
	}
	var v ssa.Value
	switch {
	case i < 0:
		v = c.recv
	case i < len(c.args):
		v = c.args[i]
	}
	return st.a.backendValue(v, 0)
}

func (a *analysis_) backendValue(v ssa.Value, depth int) (backend, bool) {
	if v == nil || depth > 3 {
		return backend{}, false
	}
	call := traceCall(v, true)
	if call == nil {
		return backend{}, false
	}
	obj := calleeObj(call.Common())
	if obj == nil {
		return backend{}, false
	}
	pkg, recv, name := funcID(obj)
	f := a.cat.Backends.Find(pkg, recv, name)
	if f == nil {
		return backend{}, false
	}
	args := call.Common().Args
	if f.Model != nil {
		if *f.Model >= len(args) {
			return backend{}, false
		}
		return a.backendValue(args[*f.Model], depth+1)
	}
	b := backend{recipient: f.Recipient, what: f.What}
	host := ""
	if f.URL != nil && *f.URL < len(args) {
		host = a.urlHost(args[*f.URL], f.URLFields, 0)
	}
	if host == "" && len(f.URLOpts) > 0 {
		host = a.optionHost(args, f.URLOpts)
	}
	switch {
	case host == "":
	case loopback(host):
		b.local = true
	default:
		// The constant host replaces what the default configuration
		// would say ("Ollama at the host OLLAMA_HOST names").
		b.host = host
		b.what, _, _ = strings.Cut(b.what, " at the host ")
		b.what += " at " + host
	}
	return b, true
}

// urlHost returns the host a base URL value names when a constant gives
// it: a string ("http://localhost:11434"), url.Parse of one, a *url.URL
// literal with a constant Host, or a config struct whose fields (named in
// fields) hold one.
func (a *analysis_) urlHost(v ssa.Value, fields []string, depth int) string {
	if v == nil || depth > 4 {
		return ""
	}
	if s, ok := constString(v); ok {
		return hostOf(s, true)
	}
	if p := constPrefix(v, 0); p != "" {
		return hostOf(p, false)
	}
	switch x := v.(type) {
	case *ssa.MakeInterface:
		return a.urlHost(x.X, fields, depth+1)
	case *ssa.Extract:
		return a.urlHost(x.Tuple, fields, depth+1)
	case *ssa.Call:
		if obj := calleeObj(x.Common()); obj != nil && obj.Pkg() != nil && obj.Pkg().Path() == "net/url" && obj.Name() == "Parse" && len(x.Call.Args) == 1 {
			return a.urlHost(x.Call.Args[0], nil, depth+1)
		}
	case *ssa.UnOp:
		return a.urlHost(x.X, fields, depth+1)
	case *ssa.Alloc:
		if isURLType(x.Type()) {
			if h := fieldStore(x, "Host"); h != nil {
				if s, ok := constString(h); ok {
					if host, _, err := net.SplitHostPort(s); err == nil {
						return strings.ToLower(host)
					}
					return strings.ToLower(s)
				}
			}
			return ""
		}
		for _, name := range fields {
			if u := fieldStore(x, name); u != nil {
				return a.urlHost(u, nil, depth+1)
			}
		}
	}
	return ""
}

// isURLType reports whether t is *url.URL.
func isURLType(t types.Type) bool {
	if p, ok := t.Underlying().(*types.Pointer); ok {
		t = p.Elem()
	}
	n, ok := types.Unalias(t).(*types.Named)
	return ok && n.Obj().Pkg() != nil && n.Obj().Pkg().Path() == "net/url" && n.Obj().Name() == "URL"
}

// fieldStore returns the value stored into the field name of the struct
// at al, when one store writes it.
func fieldStore(al *ssa.Alloc, name string) ssa.Value {
	var val ssa.Value
	for _, r := range *al.Referrers() {
		fa, ok := r.(*ssa.FieldAddr)
		if !ok || fa.X != al {
			continue
		}
		st := structOf(fa.X.Type())
		if st == nil || fa.Field >= st.NumFields() || st.Field(fa.Field).Name() != name {
			continue
		}
		for _, fr := range *fa.Referrers() {
			if s, ok := fr.(*ssa.Store); ok && s.Addr == fa {
				if val != nil {
					return nil
				}
				val = s.Val
			}
		}
	}
	return val
}

// optionHost finds, among a constructor's options (its variadic slice),
// a call to one of names with a constant URL and returns its host.
func (a *analysis_) optionHost(args []ssa.Value, names []string) string {
	if len(args) == 0 {
		return ""
	}
	arr := bufferRoot(args[len(args)-1])
	al, ok := arr.(*ssa.Alloc)
	if !ok {
		return ""
	}
	for _, r := range *al.Referrers() {
		ia, ok := r.(*ssa.IndexAddr)
		if !ok {
			continue
		}
		for _, ir := range *ia.Referrers() {
			s, ok := ir.(*ssa.Store)
			if !ok || s.Addr != ia {
				continue
			}
			call := traceCall(s.Val, false)
			if call == nil || len(call.Call.Args) == 0 {
				continue
			}
			obj := calleeObj(call.Common())
			if obj == nil || !contains(names, obj.Name()) {
				continue
			}
			if h := a.urlHost(call.Call.Args[0], nil, 0); h != "" {
				return h
			}
		}
	}
	return ""
}

func contains(list []string, s string) bool {
	for _, x := range list {
		if x == s {
			return true
		}
	}
	return false
}

// loopback reports whether host is this machine: localhost, a loopback
// or unspecified address.
func loopback(host string) bool {
	host = strings.ToLower(strings.Trim(host, "[]"))
	if host == "localhost" || strings.HasSuffix(host, ".localhost") {
		return true
	}
	ip := net.ParseIP(host)
	return ip != nil && (ip.IsLoopback() || ip.IsUnspecified())
}
