package unused

import (
	"go/ast"
	"go/types"
	"slices"
	"strings"

	"github.com/privlint/privlint/analyzers/internal/typewalk"
	"github.com/privlint/privlint/finding"
)

// A plugin's interface: an exported interface of an importable package
// (neither main nor under internal/) of the program's own repository,
// whose methods the program calls and whose implementations may be
// compiled in from outside it (answer's plugin.Reviewer, a hook a library
// lets its users register). What the program hands such a method is read
// by code PL201 cannot see, unless a type of the program implements the
// interface: then that type's code is what reads it.

// pluginIface returns "path.Name" of the named interface t when it is a
// plugin's interface for a package at path from (see above), "" if not.
func pluginIface(t types.Type, from string) string {
	named, ok := types.Unalias(t).(*types.Named)
	if !ok || named.Obj().Pkg() == nil || !named.Obj().Exported() || named.TypeParams().Len() > 0 {
		return ""
	}
	if _, ok := named.Underlying().(*types.Interface); !ok {
		return ""
	}
	pkg := named.Obj().Pkg()
	if pkg.Name() == "main" || slices.Contains(strings.Split(pkg.Path(), "/"), "internal") || !sameRepo(pkg.Path(), from) {
		return ""
	}
	return pkg.Path() + "." + named.Obj().Name()
}

// sameRepo reports whether two import paths lie in one repository: the
// same host, owner and name (github.com/apache/answer/…), or the same
// first element for a path with no host.
func sameRepo(a, b string) bool {
	ea, eb := strings.Split(a, "/"), strings.Split(b, "/")
	n := 1
	if strings.Contains(ea[0], ".") {
		n = 3
	}
	if len(ea) < n || len(eb) < n {
		return a == b
	}
	return slices.Equal(ea[:n], eb[:n])
}

// handedOutKey returns the key under which the arguments of a call of fn
// are recorded (Result.HandedOut): "path.Iface.Method" for a method of a
// plugin's interface, "" for any other callee.
func (s *state) handedOutKey(fn *types.Func) string {
	if fn == nil {
		return ""
	}
	sig, ok := fn.Type().(*types.Signature)
	if !ok || sig.Recv() == nil {
		return ""
	}
	iface := pluginIface(sig.Recv().Type(), s.pass.Pkg.Path())
	if iface == "" {
		return ""
	}
	return iface + "." + fn.Name()
}

// handOut records the personal-data fields reachable from arg, of type
// t, as handed to the plugin's method key.
func (s *state) handOut(key string, arg ast.Expr, t types.Type) {
	vars := s.reachableFields(t, false)
	if len(vars) == 0 {
		return
	}
	if s.res.HandedOut == nil {
		s.res.HandedOut = map[string]map[string]finding.Position{}
	}
	m := s.res.HandedOut[key]
	if m == nil {
		m = map[string]finding.Position{}
		s.res.HandedOut[key] = m
	}
	pos := s.position(arg.Pos())
	for _, v := range vars {
		if k := s.personalVar(v); k != "" {
			if _, ok := m[k]; !ok {
				m[k] = pos
			}
		}
	}
}

// implemented fills Result.Implements: the plugins' interfaces of the
// package and of those it imports that a type the package declares
// implements (by value or by pointer).
func (s *state) implemented() {
	from := s.pass.Pkg.Path()
	var ifaces []*types.TypeName
	for _, p := range append([]*types.Package{s.pass.Pkg}, s.pass.Pkg.Imports()...) {
		if !sameRepo(p.Path(), from) {
			continue
		}
		for _, name := range p.Scope().Names() {
			if tn, ok := p.Scope().Lookup(name).(*types.TypeName); ok && pluginIface(tn.Type(), from) != "" {
				ifaces = append(ifaces, tn)
			}
		}
	}
	if len(ifaces) == 0 {
		return
	}
	for _, named := range typewalk.Concrete(s.pass.Pkg.Scope()) {
		for _, it := range ifaces {
			iface := it.Type().Underlying().(*types.Interface)
			if types.Implements(named, iface) || types.Implements(types.NewPointer(named), iface) {
				s.res.Implements = append(s.res.Implements, it.Pkg().Path()+"."+it.Name())
			}
		}
	}
	slices.Sort(s.res.Implements)
	s.res.Implements = slices.Compact(s.res.Implements)
}

// pluginReads adds to uses the reads of the fields handed to the methods
// of plugins' interfaces that no package of results implements.
func pluginReads(results []*Result, uses map[string]*Use) {
	implemented := map[string]bool{}
	for _, r := range results {
		for _, k := range r.Implements {
			implemented[k] = true
		}
	}
	for _, r := range results {
		for method, fields := range r.HandedOut {
			iface := method[:strings.LastIndexByte(method, '.')]
			if implemented[iface] {
				continue
			}
			for key, at := range fields {
				u, ok := uses[key]
				if !ok {
					u = &Use{}
					uses[key] = u
				}
				u.Reads = append(u.Reads, at)
			}
		}
	}
}
