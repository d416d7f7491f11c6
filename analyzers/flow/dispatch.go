package flow

import (
	"go/build"
	"go/types"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"sync"

	"golang.org/x/tools/go/ssa"

	"github.com/privlint/privlint/analyzers/internal/typewalk"
)

// maxImpls bounds how many implementations of an interface method a call
// through the interface is taken to reach: an interface that many types
// satisfy says nothing about which one is called.
const maxImpls = 8

// maxResultImpls bounds how many implementations of an interface method
// say what a call through the interface returns when there are more than
// maxImpls: their sinks are not followed, but what each returns (its
// parameters, its own sources) is still all the call's results can
// carry. A program's own family of providers behind one interface (a
// dozen directory syncers' GetUsers) returns what they read, not the
// settings the provider holds.
const maxResultImpls = 32

// dispatch returns the summary of a call through an interface (invoke):
// the union of the summaries of the interface method's implementations
// among the named types of this package, of the packages it imports and of
// the package that declares the method (the standard library's interfaces
// and types left out), or nil when
// there is none, or too many to say anything. With more than maxImpls
// (and at most maxResultImpls), only what the implementations return and
// use is merged, not their sinks, and only when every implementation
// outside this package has a summary.
func (a *analysis_) dispatch(c *callSite) *Summary {
	m := c.obj
	if m == nil || m.Pkg() == nil || stdlib(m.Pkg().Path()) || c.recv == nil {
		return nil
	}
	iface, ok := c.recv.Type().Underlying().(*types.Interface)
	if !ok {
		return nil
	}
	impls := a.implementations(iface, m)
	if len(impls) == 0 || len(impls) > maxResultImpls {
		return nil
	}
	many := len(impls) > maxImpls
	merged := &Summary{}
	n := 0
	passes := map[string]int{} // ParamResult key → implementations that have it
	for _, impl := range impls {
		s := a.funcSummary(impl)
		if s == nil {
			if many && impl.Pkg() != a.pass.Pkg {
				// A family this large is only judged whole: an
				// implementation of a package whose summaries are
				// not known (a dependency loaded from export data:
				// squirrel's builders behind Sqlizer) may return
				// anything it holds, and the few the program adds
				// would say it returns nothing.
				return nil
			}
			continue
		}
		n++
		for _, ps := range s.ParamSinks {
			if many {
				break
			}
			// Loggers behind an interface are configured at run
			// time (levels, SQL logging off by default): following
			// every implementation makes each call a log flow. Only
			// stores, third parties and URLs are followed.
			if ps.Sink.Kind != KindLog && ps.Sink.Kind != KindWriter {
				merged.ParamSinks = append(merged.ParamSinks, ps)
			}
		}
		merged.ParamResults = append(merged.ParamResults, s.ParamResults...)
		merged.ResultSources = append(merged.ResultSources, s.ResultSources...)
		merged.Uses = append(merged.Uses, s.Uses...)
		seen := map[string]bool{}
		for _, pr := range s.ParamResults {
			if k := pr.key(); !seen[k] {
				seen[k] = true
				passes[k]++
			}
		}
	}
	if n == 0 {
		return nil
	}
	if oneWay(m.Name()) {
		// A hashing or encrypting interface most of whose
		// implementations do not return their input: one that does
		// (a pass-through hasher for tests) is not what runs.
		merged.ParamResults = slices.DeleteFunc(merged.ParamResults, func(pr ParamResult) bool {
			return passes[pr.key()]*2 < n
		})
	}
	merged.normalize()
	return merged
}

// oneWay reports whether a method's name says it hashes or encrypts.
func oneWay(name string) bool {
	for _, w := range []string{"Hash", "Encrypt", "Seal", "Digest", "Cipher"} {
		if strings.Contains(name, w) {
			return true
		}
	}
	return false
}

// stdlib reports whether an import path is the standard library's: no dot
// in its first element, and a directory of that name in GOROOT.
func stdlib(path string) bool {
	first, _, _ := strings.Cut(path, "/")
	if strings.Contains(first, ".") {
		return false
	}
	stdMu.Lock()
	defer stdMu.Unlock()
	if v, ok := stdMemo[path]; ok {
		return v
	}
	fi, err := os.Stat(filepath.Join(build.Default.GOROOT, "src", filepath.FromSlash(path)))
	v := err == nil && fi.IsDir()
	stdMemo[path] = v
	return v
}

var (
	stdMu   sync.Mutex
	stdMemo = map[string]bool{}
)

// implementations returns the methods that implement interface method m
// of iface on the named types of this package and its imports.
func (a *analysis_) implementations(iface *types.Interface, m *types.Func) []*types.Func {
	if a.impls == nil {
		a.impls = map[*types.Func][]*types.Func{}
	}
	if impls, ok := a.impls[m]; ok {
		return impls
	}
	// The package that declares the interface's method counts too: it
	// often holds the implementations (a notifier package's file and
	// mail notifiers) that a caller reaches through a field of a type
	// declared elsewhere, without importing it.
	pkgs := append([]*types.Package{a.pass.Pkg}, a.pass.Pkg.Imports()...)
	if m.Pkg() != nil {
		pkgs = append(pkgs, m.Pkg())
	}
	impls := a.implementationsIn(iface, m, pkgs, maxResultImpls)
	a.impls[m] = impls
	return impls
}

// implementationsIn returns the methods that implement interface method m
// of iface on the named types of pkgs (the standard library's left out but
// for this package), more than limit when there are too many to say.
func (a *analysis_) implementationsIn(iface *types.Interface, m *types.Func, pkgs []*types.Package, limit int) []*types.Func {
	var impls []*types.Func
	seen := map[*types.Func]bool{}
	done := map[*types.Package]bool{}
	for _, p := range pkgs {
		if done[p] || p != a.pass.Pkg && stdlib(p.Path()) {
			continue
		}
		done[p] = true
		for _, named := range typewalk.Concrete(p.Scope()) {
			for _, t := range []types.Type{named, types.NewPointer(named)} {
				if !types.Implements(t, iface) {
					continue
				}
				sel := types.NewMethodSet(t).Lookup(m.Pkg(), m.Name())
				if sel == nil {
					break
				}
				if fn, ok := sel.Obj().(*types.Func); ok && !seen[fn] {
					seen[fn] = true
					impls = append(impls, fn)
				}
				break
			}
		}
		if len(impls) > limit {
			break
		}
	}
	return impls
}

// funcSummary returns the summary of a declared function or method: the
// one computed here for this package's, the imported fact for another's.
func (a *analysis_) funcSummary(fn *types.Func) *Summary {
	if fn.Pkg() == a.pass.Pkg {
		if f := a.ssaPkg.Prog.FuncValue(fn); f != nil {
			return a.summaryFor(f)
		}
		return nil
	}
	return a.importedSummary(fn)
}

// funcResults returns the sources a function value made here returns (a
// closure or a function of this package passed to a helper that calls it
// and returns what it returns: retry(func() (string, error) {…})).
func (st *fnState) funcResults(v ssa.Value) set {
	var fn *ssa.Function
	switch x := unconvert(v, -1).(type) {
	case *ssa.MakeClosure:
		fn, _ = x.Fn.(*ssa.Function)
	case *ssa.Function:
		fn = x
	}
	if fn == nil || fn.Pkg != st.a.ssaPkg {
		return nil
	}
	s := st.a.summaryFor(fn)
	if s == nil {
		return nil
	}
	var t set
	for _, rs := range s.ResultSources {
		if rs.Fallback == 0 {
			src := rs.Source
			t = union(t, single(st.a.intern(&src)))
		}
	}
	return t
}

// capturedSinks adds to this function's summary the sinks that a closure
// it makes reaches with its captured variables: a parameter captured by
// a closure that a helper runs (withTx(db, func(tx) { tx.Exec(…, note)
// })) reaches the closure's sinks. The closure's summary counts free
// variable i as parameter len(Params)+i.
func (st *fnState) capturedSinks(mc *ssa.MakeClosure, fn *ssa.Function) {
	s := st.a.summaryFor(fn)
	if s == nil {
		return
	}
	n := len(fn.Params)
	for _, p := range s.Uses {
		// A captured variable the closure uses is used here.
		if i := p - n; i >= 0 && i < len(mc.Bindings) {
			st.useDeep(mc.Bindings[i])
		}
	}
	for _, ps := range s.ParamSinks {
		i := ps.Param - n
		if i < 0 || i >= len(mc.Bindings) {
			continue
		}
		if b := mc.Bindings[i]; isPtrToStruct(b) || structOf(b.Type()) != nil {
			// A captured struct counts at the closure's sinks with
			// its type's fields; what the parent stored into it
			// before may be overwritten inside (a setter), which a
			// parameter sink cannot say.
			continue
		}
		for _, l := range st.deep(mc.Bindings[i]) {
			p, w, ok := st.a.paramOf(l)
			if !ok {
				continue // sources cross into the closure (freeTaint)
			}
			if w == nil {
				w = ps.Weak
			}
			own := ParamSink{Param: p, Sink: ps.Sink, Weak: w, Key: ps.Key, Auth: ps.Auth || st.a.authMarked(l)}
			k := own.key()
			if _, dup := st.sinks[k]; !dup && st.nSinks() < maxParamSinks {
				st.sinks[k] = struct{}{}
				st.sum.ParamSinks = append(st.sum.ParamSinks, own)
			}
		}
	}
}

// interfaceSink handles a call through an interface of the program's own
// (a repository's Engine interface with an Insert method) one of whose
// implementations is a storage or third-party sink of the catalog (xorm's
// Engine.Insert): the call is that sink, as a call on the implementation
// would be. The catalog's libraries are not analyzed, so no summary says
// so. The implementations are looked for in this package, its imports, the
// interface's package and that package's imports (where a wrapper package
// that declares Engine finds xorm). Loggers behind an interface are left
// out, as dispatch leaves them out.
func (st *fnState) interfaceSink(c *callSite) bool {
	m := c.obj
	if m == nil || m.Pkg() == nil || stdlib(m.Pkg().Path()) || c.recv == nil || !c.instr.Common().IsInvoke() {
		return false
	}
	iface, ok := c.recv.Type().Underlying().(*types.Interface)
	if !ok {
		return false
	}
	a := st.a
	impls, ok := a.sinkImpls[m]
	if !ok {
		pkgs := append([]*types.Package{a.pass.Pkg}, a.pass.Pkg.Imports()...)
		pkgs = append(append(pkgs, m.Pkg()), m.Pkg().Imports()...)
		impls = a.implementationsIn(iface, m, pkgs, maxImpls)
		if a.sinkImpls == nil {
			a.sinkImpls = map[*types.Func][]*types.Func{}
		}
		a.sinkImpls[m] = impls
	}
	if len(impls) > maxImpls {
		return false
	}
	for _, impl := range impls {
		if st.a.find(st.a.cat.Storage, impl) == nil && st.a.find(st.a.cat.ThirdParty, impl) == nil {
			continue
		}
		return st.sinkCall(c, impl)
	}
	return false
}
