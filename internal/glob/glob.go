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
	return matchSegs(strings.Split(pattern, "/"), strings.Split(name, "/"), nil)
}

// matchSegs reports whether the segments of name match those of glob,
// counting the segment comparisons in *steps when steps is not nil.
//
// A "**" matches any run of segments and every other glob segment matches
// exactly one, so this is wildcard matching over segments, done with one
// backtracking point: the last "**" met. On a mismatch, that "**" takes
// one more segment and matching resumes after it. Backtracking into an
// earlier "**" is never needed, since the last one can take whatever the
// earlier one would have. Each glob segment is thus compared with each
// name segment at most once per position of the last "**": at most
// len(glob)·len(name) comparisons, where trying every split backtracked
// exponentially in the number of "**".
func matchSegs(glob, name []string, steps *int) bool {
	gi, ni := 0, 0
	star, starNi := -1, 0 // the last "**" met and where its run ends
	for ni < len(name) {
		if gi < len(glob) {
			if glob[gi] == "**" {
				star, starNi = gi, ni
				gi++
				continue
			}
			if steps != nil {
				*steps++
			}
			if ok, err := path.Match(glob[gi], name[ni]); err == nil && ok {
				gi++
				ni++
				continue
			}
		}
		if star < 0 {
			return false
		}
		starNi++
		gi, ni = star+1, starNi
	}
	for gi < len(glob) && glob[gi] == "**" {
		gi++
	}
	return gi == len(glob)
}
