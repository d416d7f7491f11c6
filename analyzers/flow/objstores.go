package flow

import (
	"cmp"
	"go/types"
	"slices"

	"golang.org/x/tools/go/ssa"
)

// What a helper writes into an object of another package's type that it
// is given by address — a generated JSON encoder's writer
// (encodeRecipient(&w, r) doing out.String(in.Email) on easyjson's
// *jwriter.Writer), a buffer — is in the caller's object once the helper
// returns: the summary says which parameter (ObjectStores) and which
// personal data the helper reads itself (ObjectSources) it writes into
// the object of which pointer parameter, and the caller adds them to the
// object it passed (the writer whose bytes it then sends).

// maxObjectStores bounds a summary's ObjectStores and ObjectSources.
const maxObjectStores = 64

// ObjectStore says that a function writes parameter Param (or a value
// read from it) into the object its pointer parameter Into refers to.
type ObjectStore struct {
	Param, Into int
}

// ObjectSource says that a function writes personal data it reads itself
// (Source) into the object its pointer parameter Into refers to.
type ObjectSource struct {
	Into   int
	Source Source
}

// foreignObject reports whether the parameter p points to a struct of a
// package other than the one analyzed: the function writes into it
// through that package's methods (what it keeps in its own structs'
// fields, FieldStores say).
func (a *analysis_) foreignObject(p *ssa.Parameter) bool {
	ptr, ok := p.Type().Underlying().(*types.Pointer)
	if !ok {
		return false
	}
	n, ok := types.Unalias(ptr.Elem()).(*types.Named)
	if !ok || n.Obj().Pkg() == nil || n.Obj().Pkg() == a.pass.Pkg {
		return false
	}
	_, isStruct := n.Underlying().(*types.Struct)
	return isStruct
}

// objectStores returns what the function wrote into the objects its
// pointer parameters of other packages' struct types refer to: its
// parameters, as they are (not hashed or encrypted on the way), and the
// personal data it read itself.
func (st *fnState) objectStores() ([]ObjectStore, []ObjectSource) {
	var stores []ObjectStore
	var sources []ObjectSource
	for i, p := range st.fn.Params {
		if !st.a.foreignObject(p) {
			continue
		}
		for _, l := range st.obj[p] {
			if len(stores)+len(sources) >= maxObjectStores {
				return stores, sources
			}
			if st.a.authMarked(l) {
				// A credential put as a request's authentication
				// (req.Header.Set("Authorization", …)): the request's
				// own mechanisms carry it (authPlacement).
				continue
			}
			if j, w, ok := st.a.paramOf(l); ok {
				if w == nil && j != i && j < len(st.fn.Params) {
					stores = append(stores, ObjectStore{Param: j, Into: i})
				}
				continue
			}
			if l < 0 {
				continue
			}
			if src := st.a.sources[l]; src.pseudo == 0 && !src.Param {
				sources = append(sources, ObjectSource{Into: i, Source: *src})
			}
		}
	}
	return stores, sources
}

// applyObjectStores adds, at call c, what the callee writes into the
// objects of its pointer parameters (s.ObjectStores, s.ObjectSources) to
// the objects the caller passed.
func (st *fnState) applyObjectStores(c *callSite, s *Summary, params []ssa.Value) {
	for _, os := range s.ObjectStores {
		if os.Param >= len(params) || os.Into >= len(params) {
			continue
		}
		st.addTo(cObj, st.obj, root(params[os.Into]), st.deepAt(params[os.Param], c.instr))
	}
	for i := range s.ObjectSources {
		os := &s.ObjectSources[i]
		if os.Into >= len(params) {
			continue
		}
		src := os.Source
		st.addTo(cObj, st.obj, root(params[os.Into]), single(st.a.intern(&src)))
	}
}

// normalizeObjectStores sorts and compacts a summary's ObjectStores and
// ObjectSources.
func (s *Summary) normalizeObjectStores() {
	slices.SortFunc(s.ObjectStores, func(a, b ObjectStore) int {
		return cmp.Or(cmp.Compare(a.Into, b.Into), cmp.Compare(a.Param, b.Param))
	})
	s.ObjectStores = slices.Compact(s.ObjectStores)
	slices.SortFunc(s.ObjectSources, func(a, b ObjectSource) int {
		return cmp.Or(cmp.Compare(a.Into, b.Into), cmp.Compare(a.Source.key(), b.Source.key()))
	})
	s.ObjectSources = slices.CompactFunc(s.ObjectSources, func(a, b ObjectSource) bool {
		return a.Into == b.Into && a.Source.key() == b.Source.key()
	})
}
