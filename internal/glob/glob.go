// Package glob matches slash-separated paths against the globs users write
// in privlint.yaml (schemas:, exclude:): each segment uses path.Match
// syntax, and a "**" segment matches any number of segments.
package glob

import (
	"path"
	"path/filepath"
	"strings"
)

// Excluded reports whether file matches one of globs taken relative to
// base (the policy file's directory, for exclude:). A file outside base
// matches none.
func Excluded(globs []string, base, file string) bool {
	if len(globs) == 0 {
		return false
	}
	rel, err := filepath.Rel(base, file)
	if err != nil || rel == ".." || strings.HasPrefix(rel, ".."+string(filepath.Separator)) {
		return false
	}
	rel = filepath.ToSlash(rel)
	for _, g := range globs {
		if Match(g, rel) {
			return true
		}
	}
	return false
}

// Match reports whether the slash-separated relative path name matches
// pattern. A malformed segment matches nothing.
func Match(pattern, name string) bool {
	return matchSegs(strings.Split(pattern, "/"), strings.Split(name, "/"))
}

func matchSegs(glob, name []string) bool {
	for len(glob) > 0 {
		if glob[0] == "**" {
			// Consecutive ** are one: keeps the search linear in practice.
			for len(glob) > 1 && glob[1] == "**" {
				glob = glob[1:]
			}
			rest := glob[1:]
			for i := 0; i <= len(name); i++ {
				if matchSegs(rest, name[i:]) {
					return true
				}
			}
			return false
		}
		if len(name) == 0 {
			return false
		}
		if ok, err := path.Match(glob[0], name[0]); err != nil || !ok {
			return false
		}
		glob, name = glob[1:], name[1:]
	}
	return len(name) == 0
}
