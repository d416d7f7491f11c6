package rules

import (
	"path"
	"strings"
)

// Module paths are matched modulo their major-version suffix: the catalog
// writes github.com/mailgun/mailgun-go/v*, and an application still on
// v2.0.0+incompatible imports github.com/mailgun/mailgun-go; a module
// published through gopkg.in (gopkg.in/mailgun/mailgun-go.v1) is the
// GitHub repository it redirects to.

// unversioned returns the import path or pattern p without its
// major-version elements: a path element vN (N ≥ 2), a pattern's element
// v*, and on gopkg.in the .vN suffix, with
// gopkg.in/user/pkg.vN read as github.com/user/pkg and gopkg.in/pkg.vN
// as github.com/go-pkg/pkg (gopkg.in's own redirects).
func unversioned(p string) string {
	gopkg := strings.HasPrefix(p, "gopkg.in/")
	if !gopkg && !hasVersionElem(p) {
		return p
	}
	elems := strings.Split(p, "/")
	out := elems[:0]
	for i, e := range elems {
		if i > 0 && versionElem(e) {
			continue
		}
		out = append(out, e)
	}
	if gopkg && len(out) >= 2 {
		last := len(out) - 1
		// gopkg.in puts the version on the repository element:
		// gopkg.in/pkg.v3 or gopkg.in/user/pkg.v3, packages below it.
		repo := 1
		if len(out) >= 3 && !hasVersionSuffix(out[1]) && hasVersionSuffix(out[2]) {
			repo = 2
		}
		if repo <= last && hasVersionSuffix(out[repo]) {
			name := out[repo][:strings.LastIndex(out[repo], ".v")]
			if repo == 1 {
				out = append([]string{"github.com", "go-" + name, name}, out[2:]...)
			} else {
				out = append([]string{"github.com", out[1], name}, out[3:]...)
			}
		}
	}
	return strings.Join(out, "/")
}

// hasVersionElem reports, without allocating, whether some element of p
// after the first is a major-version suffix.
func hasVersionElem(p string) bool {
	for i := strings.Index(p, "/v"); i >= 0; {
		end := strings.IndexByte(p[i+1:], '/')
		if end < 0 {
			end = len(p)
		} else {
			end += i + 1
		}
		if versionElem(p[i+1 : end]) {
			return true
		}
		j := strings.Index(p[i+2:], "/v")
		if j < 0 {
			return false
		}
		i += 2 + j
	}
	return false
}

// versionElem reports whether a path element is a major-version suffix:
// vN with N ≥ 2, or the pattern v*. (v1 is never a suffix: it is an API
// version, as in k8s.io/api/core/v1.)
func versionElem(e string) bool {
	return e == "v*" || (e != "v1" && gopkgVersion(e))
}

// gopkgVersion reports whether e is vN (N a number without leading zeros,
// v1 included, as gopkg.in writes it) or v*.
func gopkgVersion(e string) bool {
	if e == "v*" {
		return true
	}
	if len(e) < 2 || e[0] != 'v' || e[1] == '0' {
		return false
	}
	return strings.Trim(e[1:], "0123456789") == ""
}

// hasVersionSuffix reports whether a gopkg.in element ends in .vN or .v*.
func hasVersionSuffix(e string) bool {
	i := strings.LastIndex(e, ".v")
	return i > 0 && gopkgVersion(e[i+1:])
}

// pkgMatches reports whether the entry's pkg pattern matches pkgPath, as
// written or modulo major-version suffixes.
func (f *Func) pkgMatches(pkgPath string) bool {
	if ok, _ := path.Match(f.Pkg, pkgPath); ok {
		return true
	}
	ok, _ := path.Match(unversioned(f.Pkg), unversioned(pkgPath))
	return ok
}
