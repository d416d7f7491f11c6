package cli

import (
	"github.com/privlint/privlint/internal/glob"
	"path/filepath"
	"strings"
)

// excluded reports whether file matches one of the policy's exclude
// globs, taken relative to base (the policy file's directory). Globs use
// path.Match syntax per segment, and "**" matches any number of segments.
func excluded(globs []string, base, file string) bool {
	if len(globs) == 0 {
		return false
	}
	rel, err := filepath.Rel(base, file)
	if err != nil || strings.HasPrefix(rel, "..") {
		return false
	}
	rel = filepath.ToSlash(rel)
	for _, g := range globs {
		if glob.Match(g, rel) {
			return true
		}
	}
	return false
}
