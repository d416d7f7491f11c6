package flow

import (
	"go/constant"
	"go/token"
	"go/types"
	"strings"

	"golang.org/x/tools/go/ssa"

	"github.com/privlint/privlint/internal/classifier"
)

// A request to a URL that comes from configuration goes to whoever the
// deployment names: a recipient the policy cannot know, so PL103 judges it
// as undeclared and names where the URL came from (SPEC §5).

// configOrigin says where the URL value v comes from when that is
// configuration: "configuration field Webhook.URL" (a non-personal
// struct field), "environment variable NAME", "configuration variable
// pkg.Name" (a package variable) or "configuration Opts.HookURL()" (a
// getter without arguments of a configuration type).
// It looks through conversions, concatenation (the base comes first),
// url.Parse, url.JoinPath, (*url.URL).String and JoinPath, trimming and
// fmt.Sprintf("%s…", base). "" when the URL is a parameter, a request
// input, a personal field or anything else.
func (a *analysis_) configOrigin(v ssa.Value, depth int) string {
	if v == nil || depth > 8 {
		return ""
	}
	switch x := v.(type) {
	case *ssa.ChangeType:
		return a.configOrigin(x.X, depth+1)
	case *ssa.Convert:
		return a.configOrigin(x.X, depth+1)
	case *ssa.MakeInterface:
		return a.configOrigin(x.X, depth+1)
	case *ssa.Extract:
		if x.Index == 0 {
			return a.configOrigin(x.Tuple, depth+1)
		}
	case *ssa.BinOp:
		if x.Op == token.ADD {
			return a.configOrigin(x.X, depth+1)
		}
	case *ssa.Phi:
		for _, e := range x.Edges {
			if o := a.configOrigin(e, depth+1); o != "" {
				return o
			}
		}
	case *ssa.Field:
		return a.fieldOrigin(x)
	case *ssa.UnOp:
		if x.Op != token.MUL {
			return ""
		}
		switch addr := x.X.(type) {
		case *ssa.FieldAddr:
			return a.fieldOrigin(addr)
		case *ssa.Global:
			if addr.Pkg != nil && !a.constGlobal(addr) {
				return "configuration variable " + addr.Pkg.Pkg.Name() + "." + addr.Name()
			}
		}
	case *ssa.Call:
		return a.callOrigin(x, depth)
	}
	return ""
}

// callOrigin is configOrigin of a call's result.
func (a *analysis_) callOrigin(x *ssa.Call, depth int) string {
	obj := calleeObj(x.Common())
	if obj == nil {
		return ""
	}
	pkg, recv, name := funcID(obj)
	args := x.Call.Args
	var recvVal ssa.Value
	if x.Call.IsInvoke() {
		recvVal = x.Call.Value
	} else if sig, ok := obj.Type().(*types.Signature); ok && sig.Recv() != nil && len(args) > 0 {
		recvVal, args = args[0], args[1:]
	}
	switch {
	case pkg == "os" && (name == "Getenv" || name == "LookupEnv") && len(args) == 1:
		if s, ok := constString(args[0]); ok {
			return "environment variable " + s
		}
		return ""
	case pkg == "net/url" && recv == "" && (name == "Parse" || name == "ParseRequestURI" || name == "JoinPath") && len(args) > 0:
		return a.configOrigin(args[0], depth+1)
	case pkg == "net/url" && recv == "URL" && (name == "String" || name == "JoinPath" || name == "ResolveReference"):
		return a.configOrigin(recvVal, depth+1)
	case pkg == "strings" && strings.HasPrefix(name, "Trim") && len(args) > 0:
		return a.configOrigin(args[0], depth+1)
	case pkg == "fmt" && name == "Sprintf" && len(args) == 2:
		if f, ok := constString(args[0]); ok && (strings.HasPrefix(f, "%s") || strings.HasPrefix(f, "%v")) {
			return a.configOrigin(firstVararg(args[1]), depth+1)
		}
		return ""
	}
	if recvVal == nil || len(args) > 0 {
		return ""
	}
	// A getter: o.HookURL(), cfg.Endpoint().
	if sig, ok := obj.Type().(*types.Signature); !ok || sig.Results().Len() == 0 || !isStringish(sig.Results().At(0).Type()) {
		return ""
	}
	if _, config := a.env.Classifier.TypeName(recv); config {
		return "configuration " + recv + "." + name + "()"
	}
	return ""
}

// fieldOrigin is configOrigin of a read of a struct field (an
// *ssa.Field or *ssa.FieldAddr): "configuration field Parent.Field", with
// the name of the exported field holding the struct (cfg.Webhook.URL gives
// Webhook.URL) or else its type's name (p.o.RootURL gives Options.RootURL). The field is configuration when
// a struct on the way to it is a configuration type (Config, Settings,
// Options, …) or its name says it is a webhook or a callback; a field of
// any other struct (a client's base URL its caller set) is not known to
// be, and a personal-data field never is.
func (a *analysis_) fieldOrigin(v ssa.Value) string {
	t, i, ok := fieldOf(v)
	if !ok {
		return ""
	}
	st := structOf(t)
	if st == nil || i >= st.NumFields() {
		return ""
	}
	f := st.Field(i)
	if _, personal := a.fields.FieldOf(f); personal {
		return ""
	}
	if !hookName(f.Name()) && !a.inConfig(v) {
		return ""
	}
	holder := fieldName(holderOf(v))
	if holder == "" || !token.IsExported(holder) {
		// p.o.RootURL reads better as Options.RootURL.
		if n := typeName(t); n != "" {
			holder = n
		}
	}
	if holder == "" {
		return "configuration field " + f.Name()
	}
	return "configuration field " + holder + "." + f.Name()
}

// inConfig reports whether the field read v is reached through a struct
// of a configuration type: its own holder or one further up
// (cfg.Webhook.URL with cfg a *Config).
func (a *analysis_) inConfig(v ssa.Value) bool {
	for i := 0; i < 6 && v != nil; i++ {
		t, _, ok := fieldOf(v)
		if !ok {
			return false
		}
		if name := typeName(t); name != "" {
			if _, config := a.env.Classifier.TypeName(name); config {
				return true
			}
		}
		v = holderOf(v)
	}
	return false
}

// fieldOf returns the struct type and field index a field read reads.
func fieldOf(v ssa.Value) (types.Type, int, bool) {
	switch x := v.(type) {
	case *ssa.FieldAddr:
		return x.X.Type(), x.Field, true
	case *ssa.Field:
		return x.X.Type(), x.Field, true
	}
	return nil, 0, false
}

// holderOf returns the field read that produced the struct v reads from
// (cfg.Webhook for cfg.Webhook.URL), through a load, or nil.
func holderOf(v ssa.Value) ssa.Value {
	var x ssa.Value
	switch f := v.(type) {
	case *ssa.FieldAddr:
		x = f.X
	case *ssa.Field:
		x = f.X
	default:
		return nil
	}
	if ld, ok := x.(*ssa.UnOp); ok && ld.Op == token.MUL {
		x = ld.X
	}
	if _, _, ok := fieldOf(x); ok {
		return x
	}
	return nil
}

// fieldName returns the name of the struct field that v reads or
// addresses, or "".
func fieldName(v ssa.Value) string {
	t, i, ok := fieldOf(v)
	if !ok {
		return ""
	}
	if st := structOf(t); st != nil && i < st.NumFields() {
		return st.Field(i).Name()
	}
	return ""
}

// typeName returns the name of the named type t is or points to.
func typeName(t types.Type) string {
	if p, ok := types.Unalias(t).(*types.Pointer); ok {
		t = p.Elem()
	}
	if n, ok := types.Unalias(t).(*types.Named); ok {
		return n.Obj().Name()
	}
	return ""
}

// firstVararg returns the first element of a variadic ...any argument
// slice built at the call, or nil.
func firstVararg(v ssa.Value) ssa.Value {
	sl, ok := v.(*ssa.Slice)
	if !ok {
		return nil
	}
	al, ok := sl.X.(*ssa.Alloc)
	if !ok {
		return nil
	}
	for _, r := range *al.Referrers() {
		ia, ok := r.(*ssa.IndexAddr)
		if !ok {
			continue
		}
		if c, ok := ia.Index.(*ssa.Const); !ok || c.Value == nil || c.Value.Kind() != constant.Int || c.Int64() != 0 {
			continue
		}
		for _, ir := range *ia.Referrers() {
			if s, ok := ir.(*ssa.Store); ok && s.Addr == ia {
				return s.Val
			}
		}
	}
	return nil
}

// hookName reports whether a field's name says it holds a webhook or a
// callback address (WebhookURL, CallbackURL, NotifyHook).
func hookName(name string) bool {
	for _, t := range classifier.Tokens(name) {
		switch t {
		case "webhook", "webhooks", "hook", "hooks", "callback", "callbacks", "postback":
			return true
		}
	}
	return false
}

// constGlobal reports whether a package variable of this package is only
// ever set to constants (var apiBase = "https://…"): a fixed URL, not
// configuration.
func (a *analysis_) constGlobal(g *ssa.Global) bool {
	if g.Pkg != a.ssaPkg {
		return false
	}
	stores := 0
	for _, instr := range a.globalUses()[g] {
		switch in := instr.(type) {
		case *ssa.Store:
			if in.Addr != g {
				return false
			}
			if _, ok := constString(in.Val); !ok {
				return false
			}
			stores++
		case *ssa.UnOp:
			// a load
		default:
			return false // its address escapes: anything may set it
		}
	}
	return stores > 0
}
