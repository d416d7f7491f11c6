package flow

import (
	"go/types"
	"strings"

	"github.com/privlint/privlint/analyzers/config"
	"github.com/privlint/privlint/analyzers/internal/typewalk"
	"github.com/privlint/privlint/rules"
)

// known reports whether fn is in one of the catalog's lists.
func known(c *config.Sinks, fn *types.Func) bool {
	pkg, recv, name := funcID(fn)
	return c.All.Find(pkg, recv, name) != nil
}

// funcID splits a function into import path, receiver type name and name.
func funcID(fn *types.Func) (pkg, recv, name string) {
	if fn.Pkg() != nil {
		pkg = fn.Pkg().Path()
	}
	name = fn.Name()
	sig, _ := fn.Type().(*types.Signature)
	if sig != nil && sig.Recv() != nil {
		t := sig.Recv().Type()
		if p, ok := t.(*types.Pointer); ok {
			t = p.Elem()
		}
		if n, ok := types.Unalias(t).(*types.Named); ok {
			recv = n.Obj().Name()
			if n.Obj().Pkg() != nil {
				pkg = n.Obj().Pkg().Path()
			}
		}
	}
	return pkg, recv, name
}

// library returns the import path of a catalog sink's library, whose own
// types (request and parameter structs of an SDK) count by what is stored
// in them, not by the personal-data fields they declare; "" for a sink the
// policy adds (it is the program's own code, whose types count whole).
func library(c *config.Sinks, f *rules.Func, pkg string) string {
	if c.FromPolicy(f) {
		return ""
	}
	return pkg
}

// sameLibrary reports whether the packages lib and pkg are one the other
// or nested in it (github.com/stripe/stripe-go/v76 and its customer package).
func sameLibrary(lib, pkg string) bool {
	if lib == "" || pkg == "" {
		return false
	}
	return lib == pkg || strings.HasPrefix(pkg, lib+"/") || strings.HasPrefix(lib, pkg+"/")
}

// namedPkg returns the import path of the named type t refers to, through
// pointers, slices, arrays and maps.
func namedPkg(t types.Type) string {
	for range 8 {
		if n, ok := types.Unalias(t).(*types.Named); ok {
			if n.Obj().Pkg() == nil {
				return ""
			}
			return n.Obj().Pkg().Path()
		}
		e, ok := typewalk.Elem(t)
		if !ok {
			return ""
		}
		t = e
	}
	return ""
}

// funcInfo is what the analysis of a package has worked out about a
// function it calls, so that each call of it, in each iteration and round
// of the fixpoint, does not work it out again: its funcID and the
// catalog's entries for it, list by list.
type funcInfo struct {
	pkg, recv, name string
	redactor        int8      // 0: not known yet; 1: no; 2: yes (redactor)
	pair            pairShape // 0: not known yet; see pairAPIs
	sets            []*rules.FuncSet
	found           []*rules.Func
}

// info returns the funcInfo of fn.
//
// A call asks about its function a dozen times in a row (sanitizer,
// barrier, source, each list of sinks, …), so the last answer is kept
// beside the map.
func (a *analysis_) info(fn *types.Func) *funcInfo {
	if fn == a.lastInfoFn && a.lastInfo != nil {
		return a.lastInfo
	}
	fi := a.funcInfos[fn]
	if fi == nil {
		if a.funcInfos == nil {
			a.funcInfos = map[*types.Func]*funcInfo{}
		}
		fi = &funcInfo{}
		fi.pkg, fi.recv, fi.name = funcID(fn)
		a.funcInfos[fn] = fi
	}
	a.lastInfoFn, a.lastInfo = fn, fi
	return fi
}

// catalogSets is about how many of the catalog's function sets (Storage,
// Log, Writers, …) a called function is looked up in.
const catalogSets = 16

// find returns set.Find of fn's funcID, looked up once per package.
func (a *analysis_) find(set *rules.FuncSet, fn *types.Func) *rules.Func {
	fi := a.info(fn)
	for i, s := range fi.sets {
		if s == set {
			return fi.found[i]
		}
	}
	f := set.Find(fi.pkg, fi.recv, fi.name)
	if fi.sets == nil {
		// Room for every set of the catalog a call is looked up in,
		// rather than growing one by one.
		fi.sets, fi.found = make([]*rules.FuncSet, 0, catalogSets), make([]*rules.Func, 0, catalogSets)
	}
	fi.sets = append(fi.sets, set)
	fi.found = append(fi.found, f)
	return f
}

// isRedactor is redactor(fn), worked out once per package.
func (a *analysis_) isRedactor(fn *types.Func) bool {
	if fn == nil {
		return false
	}
	fi := a.info(fn)
	if fi.redactor == 0 {
		fi.redactor = 1
		if redactor(fn) {
			fi.redactor = 2
		}
	}
	return fi.redactor == 2
}
