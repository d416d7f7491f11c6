package rules

import (
	"slices"
	"strings"
)

// FuncSet is a list of catalog entries indexed for lookup: entries whose
// pkg is a literal import path are found by a map lookup, and pattern
// entries (github.com/jackc/pgx/v*) are tried only when the path starts
// with the pattern's literal prefix. Both are done modulo major-version
// suffixes as well, as Func.Matches compares paths. Find returns what
// FindFunc on the same list returns. A FuncSet is immutable and safe for
// concurrent use.
type FuncSet struct {
	list  []*Func
	exact map[string][]int // unversioned import path → indices into list, ascending
	globs []globEntry      // pattern entries, ascending by index
}

type globEntry struct {
	i       int
	prefix  string // the pattern up to its first metacharacter
	uprefix string // the unversioned pattern up to its first metacharacter
}

// NewFuncSet indexes list (which it keeps; do not modify it afterwards).
func NewFuncSet(list []*Func) *FuncSet {
	s := &FuncSet{list: list, exact: map[string][]int{}}
	for i, f := range list {
		u := unversioned(f.Pkg)
		if j := strings.IndexAny(f.Pkg, `*?[\`); j >= 0 {
			k := strings.IndexAny(u, `*?[\`)
			if k < 0 {
				k = len(u)
			}
			s.globs = append(s.globs, globEntry{i: i, prefix: f.Pkg[:j], uprefix: u[:k]})
			continue
		}
		s.exact[u] = append(s.exact[u], i)
	}
	return s
}

// Find returns the first entry (in list order) that matches the function
// with import path pkgPath, receiver type name recv ("" for a package-level
// function) and name, or nil.
func (s *FuncSet) Find(pkgPath, recv, name string) *Func {
	u := unversioned(pkgPath)
	exact := s.exact[u]
	g := 0
	for {
		// The next candidate in list order: from exact, or a pattern
		// whose literal prefix the path has, as written or unversioned.
		for g < len(s.globs) && !strings.HasPrefix(pkgPath, s.globs[g].prefix) && !strings.HasPrefix(u, s.globs[g].uprefix) {
			g++
		}
		switch {
		case len(exact) > 0 && (g == len(s.globs) || exact[0] < s.globs[g].i):
			if f := s.list[exact[0]]; f.matchesMember(recv, name) {
				return f
			}
			exact = exact[1:]
		case g < len(s.globs):
			f := s.list[s.globs[g].i]
			if f.pkgMatches(pkgPath) && f.matchesMember(recv, name) {
				return f
			}
			g++
		default:
			return nil
		}
	}
}

// FindType returns the first entry (in list order) that lists the named
// receiver type recv of the package pkgPath by name among its receivers,
// whatever its names: the entry of one of the type's methods. An entry
// for any type ("*") or for package-level functions never matches, nor
// does an empty recv.
func (s *FuncSet) FindType(pkgPath, recv string) *Func {
	if recv == "" || recv == "*" {
		return nil
	}
	for _, f := range s.list {
		if slices.Contains(f.Recv, recv) && f.pkgMatches(pkgPath) {
			return f
		}
	}
	return nil
}
