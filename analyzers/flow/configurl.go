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
// getter without arguments of a configuration type or named for a URL).
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
		return a.fieldOrigin(x.X.Type(), x.Field, fieldName(x.X))
	case *ssa.UnOp:
		if x.Op != token.MUL {
			return ""
		}
		switch addr := x.X.(type) {
		case *ssa.FieldAddr:
			return a.fieldOrigin(addr.X.Type(), addr.Field, fieldName(addr.X))
		case *ssa.Global:
			if addr.Pkg != nil {
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
	if configType(recv) || urlName(name) {
		return "configuration " + recv + "." + name + "()"
	}
	return ""
}

// fieldOrigin is configOrigin of field i of the struct type t (or a
// pointer to it), read from a value whose own field name is parent ("" if
// it is not a field): "configuration field Parent.Field" or, without a
// parent, "configuration field Type.Field"; "" for a personal-data field.
func (a *analysis_) fieldOrigin(t types.Type, i int, parent string) string {
	st := structOf(t)
	if st == nil || i >= st.NumFields() {
		return ""
	}
	f := st.Field(i)
	if _, personal := a.fields.FieldOf(f); personal {
		return ""
	}
	holder := parent
	if holder == "" {
		holder = typeName(t)
	}
	if holder == "" {
		return "configuration field " + f.Name()
	}
	return "configuration field " + holder + "." + f.Name()
}

// fieldName returns the name of the struct field that v reads or
// addresses (cfg.Webhook in cfg.Webhook.URL), or "".
func fieldName(v ssa.Value) string {
	if ld, ok := v.(*ssa.UnOp); ok && ld.Op == token.MUL {
		v = ld.X
	}
	var t types.Type
	var i int
	switch x := v.(type) {
	case *ssa.FieldAddr:
		t, i = x.X.Type(), x.Field
	case *ssa.Field:
		t, i = x.X.Type(), x.Field
	default:
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

// configType reports whether a type's name marks configuration (SPEC §1:
// Config, Settings, Options, Conf, Env).
func configType(name string) bool {
	for _, t := range classifier.Tokens(name) {
		switch t {
		case "config", "configuration", "conf", "cfg", "settings", "options", "opts", "env":
			return true
		}
	}
	return false
}

// urlName reports whether a getter's name says it returns a URL or an
// endpoint (WebhookURL, Endpoint, CallbackURI).
func urlName(name string) bool {
	for _, t := range classifier.Tokens(name) {
		switch t {
		case "url", "uri", "endpoint", "webhook", "hook", "callback":
			return true
		}
	}
	return false
}
