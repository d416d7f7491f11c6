package flow

import (
	"go/token"
	"go/types"

	"golang.org/x/tools/go/ssa"
)

// maxFieldFuncs bounds how many functions stored into a function-valued
// field a call through it is taken to reach, as maxImpls does for
// interface methods.
const maxFieldFuncs = maxImpls

// fieldFuncSummary returns the summary of a call of a function value
// loaded from a struct field of this package (l.getClient(req)): the
// union of the summaries of the functions and closures the package
// stores into that field (a default set by a constructor, func(r) string
// { return r.RemoteAddr }), or nil when the call is no such call or the
// package stores none, or too many to say anything. A function stored
// from elsewhere (a setter's parameter) is not known here and adds
// nothing; what the package itself sets is what runs unless the caller
// configures otherwise.
func (a *analysis_) fieldFuncSummary(c *callSite) *Summary {
	common := c.instr.Common()
	if c.obj != nil || c.callee != nil || common.IsInvoke() {
		return nil
	}
	u, ok := common.Value.(*ssa.UnOp)
	if !ok || u.Op != token.MUL {
		return nil
	}
	fa, ok := u.X.(*ssa.FieldAddr)
	if !ok {
		return nil
	}
	v := fieldVar(fa)
	if v == nil || v.Pkg() != a.pass.Pkg {
		return nil
	}
	fns := a.fieldFuncs()[v]
	if len(fns) == 0 || len(fns) > maxFieldFuncs {
		return nil
	}
	merged := &Summary{}
	n := 0
	for _, fn := range fns {
		s := a.summaryFor(fn)
		if s == nil {
			continue
		}
		n++
		for _, ps := range s.ParamSinks {
			if ps.Param < len(fn.Params) { // a captured variable is no argument of the call
				merged.ParamSinks = append(merged.ParamSinks, ps)
			}
		}
		for _, pr := range s.ParamResults {
			if pr.Param < len(fn.Params) {
				merged.ParamResults = append(merged.ParamResults, pr)
			}
		}
		merged.ResultSources = append(merged.ResultSources, s.ResultSources...)
		for _, p := range s.Uses {
			if p < len(fn.Params) {
				merged.Uses = append(merged.Uses, p)
			}
		}
	}
	if n == 0 {
		return nil
	}
	merged.normalize()
	return merged
}

// fieldFuncs finds, once per package, the functions of this package
// stored into its function-valued struct fields: a function or a
// closure made here, by a store or a composite literal (which SSA builds
// with stores).
func (a *analysis_) fieldFuncs() map[*types.Var][]*ssa.Function {
	if a.funcFields != nil {
		return a.funcFields
	}
	a.funcFields = map[*types.Var][]*ssa.Function{}
	a.eachFieldStore(func(v *types.Var, s *ssa.Store) {
		if v.Pkg() != a.pass.Pkg {
			return
		}
		if _, isSig := v.Type().Underlying().(*types.Signature); !isSig {
			return
		}
		var stored *ssa.Function
		switch x := unconvert(s.Val, -1).(type) {
		case *ssa.Function:
			stored = x
		case *ssa.MakeClosure:
			stored, _ = x.Fn.(*ssa.Function)
		}
		if stored == nil || stored.Pkg != a.ssaPkg || stored.Synthetic != "" {
			return
		}
		if fs := a.funcFields[v]; len(fs) <= maxFieldFuncs && !containsFunc(fs, stored) {
			a.funcFields[v] = append(fs, stored)
		}
	})
	return a.funcFields
}

func containsFunc(fs []*ssa.Function, f *ssa.Function) bool {
	for _, x := range fs {
		if x == f {
			return true
		}
	}
	return false
}
