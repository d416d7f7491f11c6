package flow

import (
	"go/token"
	"go/types"

	"golang.org/x/tools/go/ssa"
)

// declaredLogArgs returns the sources that the parameter names of an
// application's logging function declare at call c: a logger whose
// signature says what it writes (PrintAuthf(username string, req, status,
// format, args...)) logs a login name through its username parameter,
// whatever the caller computed it from (a name decoded from an
// Authorization header by hand). Only an argument that carries nothing the
// analysis already follows counts, so that a caller's own source (an
// e-mail passed as the user name) keeps its category, a wrapper's
// parameter lets the wrapper's callers decide, and a constant ("" for no
// user) is no data.
func (st *fnState) declaredLogArgs(c *callSite) set {
	sig, ok := c.obj.Type().(*types.Signature)
	if !ok {
		return nil
	}
	var t set
	for i := 0; i < sig.Params().Len() && i < len(c.args); i++ {
		p := sig.Params().At(i)
		if sig.Variadic() && i == sig.Params().Len()-1 {
			break
		}
		x := c.args[i]
		if _, isConst := x.(*ssa.Const); isConst || !isStringish(p.Type()) || p.Name() == "" || p.Name() == "_" {
			continue
		}
		m, ok := st.a.requesterMatch(p.Name(), goKind(p.Type()))
		if !ok || m.Protected || len(st.deepAt(x, c.instr)) > 0 {
			continue
		}
		sym := p.Name() + " argument of " + c.obj.Pkg().Name() + "." + c.obj.Name()
		t = union(t, single(st.a.intern(&Source{
			Category:   m.Category,
			Symbol:     sym,
			ID:         qualified(c.obj.Pkg(), sym),
			Pos:        st.a.posString(c.instr.Pos()),
			DetectedBy: "name",
			Evidence:   m.Details,
			Sensitive:  m.Sensitive,
		})))
	}
	return t
}

// logPackageNames are the package names that say a package is a logging
// library: an application's own logger (pkg/logger, modules/log) or a
// third-party one the catalog does not list.
var logPackageNames = map[string]bool{"log": true, "logger": true, "logging": true, "logs": true}

// appLogger reports whether fn, called from package here, is a logging
// function by its shape: an exported function or method of a package
// named log, logger, logging or logs (other than here and the standard
// library's log, which the catalog models), variadic in an empty
// interface (a format's or a message's arguments, key-value pairs) and
// without results. Such a function hands what it is given to the log
// through whatever writers, channels and event queues the library uses
// inside, which the flow analysis cannot always follow; calls inside the
// library itself are followed through its summaries instead.
func appLogger(fn *types.Func, here *types.Package) bool {
	if fn == nil || !fn.Exported() || fn.Pkg() == nil || fn.Pkg() == here {
		return false
	}
	if !logPackageNames[fn.Pkg().Name()] || fn.Pkg().Path() == "log" {
		return false
	}
	sig, ok := fn.Type().(*types.Signature)
	if !ok || !sig.Variadic() || sig.Results().Len() != 0 || sig.Params().Len() == 0 {
		return false
	}
	last, ok := sig.Params().At(sig.Params().Len() - 1).Type().(*types.Slice)
	if !ok {
		return false
	}
	iface, ok := last.Elem().Underlying().(*types.Interface)
	return ok && iface.Empty()
}

// requestContext reports whether x, the first argument of a call to an
// application's logger followed by others, is an HTTP request or a web
// framework's context holding one: log.Error(r, "parsing body", err)
// hands the request over for the line's context (a request id, the
// logger a middleware stored in it), as a message-first logger would
// never take the request before its message. Its fields (the client's
// address, its headers) are not what such a line shows.
func requestContext(x ssa.Value) bool {
	if mi, ok := x.(*ssa.MakeInterface); ok {
		x = mi.X
	}
	t := x.Type()
	return isHTTPRequest(t) || holdsRequest(t, 0)
}

// contextTaint returns what the request x handed to a logger for its
// context carries beyond the fields of its own type: what a caller or a
// middleware put into it (a value stored in its context), not the
// client's address every request holds.
func (st *fnState) contextTaint(x ssa.Value, at ssa.Instruction) set {
	t := st.deepAt(x, at)
	if mi, ok := x.(*ssa.MakeInterface); ok {
		x = mi.X
	}
	own := st.a.typeTaint(x.Type())
	if len(own) == 0 {
		return t
	}
	var out set
	for _, l := range t {
		if !own.has(l) {
			out = append(out, l) // t is sorted, and so is out
		}
	}
	return out
}

// fieldWriters finds the package's struct fields of writer type (an
// io.Writer or another interface with Write, an *os.File) that are set to
// standard output or standard error somewhere in the package: a logger
// that writes to os.Stdout unless configured otherwise. What is written
// into such a field is written to the log, whatever else the field may be
// set to later (a log file, a syslog writer).
func (a *analysis_) fieldWriters() map[*types.Var]string {
	if a.logFields != nil {
		return a.logFields
	}
	a.logFields = map[*types.Var]string{}
	a.eachFieldStore(func(v *types.Var, s *ssa.Store) {
		switch k := writerKind(s.Val); k {
		case "stdout", "stderr":
			if _, seen := a.logFields[v]; !seen {
				a.logFields[v] = k
			}
		}
	})
	return a.logFields
}

// eachFieldStore calls visit with every store of the package's functions
// into a struct field (v), in instruction order.
func (a *analysis_) eachFieldStore(visit func(v *types.Var, s *ssa.Store)) {
	for _, fn := range a.funcs {
		for _, b := range fn.Blocks {
			for _, instr := range b.Instrs {
				s, ok := instr.(*ssa.Store)
				if !ok {
					continue
				}
				fa, ok := s.Addr.(*ssa.FieldAddr)
				if !ok {
					continue
				}
				if v := fieldVar(fa); v != nil {
					visit(v, s)
				}
			}
		}
	}
}

// fieldVar returns the struct field a FieldAddr addresses.
func fieldVar(fa *ssa.FieldAddr) *types.Var {
	p, ok := fa.X.Type().Underlying().(*types.Pointer)
	if !ok {
		return nil
	}
	st, ok := p.Elem().Underlying().(*types.Struct)
	if !ok || fa.Field >= st.NumFields() {
		return nil
	}
	return st.Field(fa.Field)
}

// loggerField returns where the writer loaded from a struct field of this
// package writes, when the package sets that field to standard output or
// error (fieldWriters): "stdout", "stderr" or "".
func (a *analysis_) loggerField(w ssa.Value) string {
	u, ok := w.(*ssa.UnOp)
	if !ok || u.Op != token.MUL {
		return ""
	}
	fa, ok := u.X.(*ssa.FieldAddr)
	if !ok {
		return ""
	}
	v := fieldVar(fa)
	if v == nil || v.Pkg() != a.pass.Pkg {
		return ""
	}
	return a.fieldWriters()[v]
}
