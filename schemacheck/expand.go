package schemacheck

import (
	"bytes"
	"errors"
	"fmt"
	globs "github.com/privlint/privlint/internal/glob"
	"io/fs"
	"os"
	"path"
	"path/filepath"
	"slices"
	"strings"

	"github.com/privlint/privlint/finding"
	"github.com/privlint/privlint/rules/policy"
	"github.com/privlint/privlint/rules/safefile"
)

// IsSchemaPath reports whether path names a schema file by its extension
// (.json, .yaml, .yml, .proto, .graphql, .graphqls, .gql, or .sql other than a
// *.down.sql migration, in any case): how the CLI tells schema arguments
// from package patterns.
func IsSchemaPath(path string) bool {
	switch strings.ToLower(filepath.Ext(path)) {
	case ".json", ".yaml", ".yml":
		return true
	}
	k := fileKindOf(path)
	return k != kindDoc && k != kindSQLDown
}

// skipDirs are directories a directory walk does not enter (besides
// hidden ones, whose names start with a dot).
var skipDirs = map[string]bool{"vendor": true, "node_modules": true, "testdata": true}

// Expand returns the schema files selected by args and by the policy's
// `schemas:` globs, sorted, deduplicated and absolute.
//
// An argument that names a file selects it whatever its content (Check
// then reports a file that is no schema). An argument that names a
// directory is walked — skipping hidden directories, vendor, node_modules
// and testdata — and selects the *.json, *.yaml and *.yml files that look
// like schemas: named *.schema.json, *.schema.yaml or *.schema.yml, or
// whose top level has `openapi`, `swagger` or `$schema` (a file that does
// not parse is selected when one of those words appears in its first 4
// KiB, so that its syntax error is reported), and every *.sql, *.proto,
// *.graphql, *.graphqls and *.gql file but SQL down migrations (*.down.sql, which Check skips whoever names them). The policy's globs are taken
// relative to the policy file's directory (cwd for the built-in policy),
// use path.Match syntax per segment and `**` for any number of
// directories, and select every regular file they match. The policy's
// `exclude:` globs drop files selected by a directory walk or a glob.
//
// What a walk or a glob finds stays inside the repository root
// (safefile.RepoRoot of cwd, or of the walked directory or the policy's
// directory when that lies outside it): a symbolic link that leads out of
// it, or a file that is not a regular file (a pipe, a device), is an error
// naming it, and is not selected. A glob that is absolute or has a ".."
// segment is an error naming the policy file.
func Expand(pol *policy.Policy, args []string, cwd string) ([]string, []*finding.Error) {
	var out []string
	var errs []*finding.Error
	base := cwd
	root := safefile.RepoRoot(cwd)
	var exclude []string
	maxBytes := policy.DefaultLimits().MaxSchemaBytes
	if pol != nil {
		if pol.Limits.MaxSchemaBytes > 0 {
			maxBytes = pol.Limits.MaxSchemaBytes
		}
		if pol.Path != "" {
			base = filepath.Dir(pol.Path)
		}
		exclude = pol.Exclude
	}
	excluded := func(file string) bool { return globs.Excluded(exclude, base, file) }
	for _, arg := range args {
		p := arg
		if !filepath.IsAbs(p) {
			p = filepath.Join(cwd, p)
		}
		p = filepath.Clean(p)
		st, err := os.Stat(p)
		if err != nil {
			errs = append(errs, &finding.Error{File: arg, Message: fmt.Sprintf("cannot read schema path: %v", err)})
			continue
		}
		if !st.IsDir() {
			out = append(out, p)
			continue
		}
		walkRoot := safefile.RootFor(root, p)
		err = filepath.WalkDir(p, func(file string, e fs.DirEntry, err error) error {
			if err != nil {
				errs = append(errs, &finding.Error{File: file, Message: fmt.Sprintf("cannot walk directory: %v", err)})
				return nil
			}
			if e.IsDir() {
				if file != p && (strings.HasPrefix(e.Name(), ".") || skipDirs[e.Name()]) {
					return filepath.SkipDir
				}
				return nil
			}
			if !IsSchemaPath(file) || excluded(file) {
				return nil
			}
			if e.Type()&fs.ModeSymlink != 0 {
				// A link to a file is followed (inside the root); a link
				// to a directory is not (so a link loop cannot trap the
				// walk), and said so.
				st, err := os.Stat(file)
				switch {
				case err != nil:
					errs = append(errs, &finding.Error{File: file, Message: fmt.Sprintf("cannot read the schema: %v", err)})
					return nil
				case st.IsDir():
					errs = append(errs, &finding.Error{File: file, Message: "a symbolic link to a directory: privlint does not follow it in a directory walk; name the directory itself to check its schemas"})
					return nil
				}
			}
			if _, err := safefile.Check(file, walkRoot); err != nil {
				errs = append(errs, &finding.Error{File: file, Message: fmt.Sprintf("cannot read the schema: %v", err)})
				return nil
			}
			ok, err := looksLikeSchema(file, maxBytes, walkRoot)
			if err != nil {
				errs = append(errs, &finding.Error{File: file, Message: fmt.Sprintf("cannot read the schema: %v", err)})
				return nil
			}
			if ok {
				out = append(out, file)
			}
			return nil
		})
		if err != nil {
			errs = append(errs, &finding.Error{File: arg, Message: fmt.Sprintf("cannot walk directory: %v", err)})
		}
	}
	if pol != nil {
		globRoot := safefile.RootFor(root, base)
		for _, g := range pol.Schemas {
			if why := policy.GlobEscapes(g); why != "" {
				errs = append(errs, &finding.Error{File: policyFile(pol), Message: fmt.Sprintf("schemas: glob %q: %s; a glob is relative to the policy file's directory and stays inside it", g, why)})
				continue
			}
			matches, err := globFiles(base, g)
			if err != nil {
				errs = append(errs, &finding.Error{File: policyFile(pol), Message: fmt.Sprintf("schemas: glob %q: %v", g, err)})
				continue
			}
			for _, m := range matches {
				if m.err != nil {
					errs = append(errs, &finding.Error{File: m.file, Message: fmt.Sprintf("schemas: glob %q: cannot walk directory: %v", g, m.err)})
					continue
				}
				if excluded(m.file) {
					continue
				}
				// A dangling link or a loop is left to Check, which
				// reports it; a link out of the root or to a device is
				// reported here and not selected.
				if _, err := safefile.Check(m.file, globRoot); errors.Is(err, safefile.ErrOutsideRoot) || errors.Is(err, safefile.ErrNotRegular) {
					errs = append(errs, &finding.Error{File: m.file, Message: fmt.Sprintf("cannot read the schema: %v", err)})
					continue
				}
				out = append(out, m.file)
			}
		}
	}
	slices.Sort(out)
	return slices.Compact(out), errs
}

func policyFile(pol *policy.Policy) string {
	if pol.Path == "" {
		return "privlint.yaml"
	}
	return pol.Path
}

// looksLikeSchema decides whether a file found in a directory walk is a
// schema (see Expand). A file it cannot read is an error: the walk must not
// drop it silently. A file larger than maxBytes is taken as a schema, so
// that Check reports its size.
func looksLikeSchema(file string, maxBytes int64, root string) (bool, error) {
	if fileKindOf(file) != kindDoc {
		return true, nil // told by its name: *.sql, *.graphql, …
	}
	name := strings.ToLower(filepath.Base(file))
	for _, s := range []string{".schema.json", ".schema.yaml", ".schema.yml"} {
		if strings.HasSuffix(name, s) {
			return true, nil
		}
	}
	if st, err := os.Stat(file); err == nil && st.Size() > maxBytes {
		return true, nil
	}
	data, err := readFile(file, maxBytes, func(p string) (*os.File, error) { return safefile.Open(p, root) })
	if err != nil {
		return false, err
	}
	d, perr := parseDocument(file, data)
	if perr != nil {
		head := data[:min(len(data), 4096)]
		for _, w := range []string{"openapi", "swagger", "$schema"} {
			if bytes.Contains(head, []byte(w)) {
				return true, nil
			}
		}
		return false, nil
	}
	for _, k := range []string{"openapi", "swagger", "$schema"} {
		if _, v := get(d.root, k); v != nil {
			return true, nil
		}
	}
	return false, nil
}

// globMatch is a file a glob matched, or a directory under the glob's
// literal prefix that could not be read (err set).
type globMatch struct {
	file string
	err  error
}

// globFiles returns the regular files (and links to regular files) under
// base matching glob (relative to base: policy.GlobEscapes(glob) is ""), in
// walk order, and the directories it could not read.
func globFiles(base, glob string) ([]globMatch, error) {
	glob = filepath.ToSlash(glob)
	root := base
	segs := strings.Split(glob, "/")
	for _, s := range segs {
		if _, err := path.Match(s, ""); err != nil {
			return nil, err
		}
	}
	// Walk from the longest literal prefix only.
	i := 0
	for i < len(segs)-1 && !strings.ContainsAny(segs[i], "*?[\\") {
		i++
	}
	start := filepath.Join(root, filepath.FromSlash(strings.Join(segs[:i], "/")))
	var out []globMatch
	st, err := os.Stat(start)
	if err != nil || !st.IsDir() {
		if err == nil && globs.Match(glob, relSlash(root, start)) {
			return []globMatch{{file: start}}, nil
		}
		return nil, nil
	}
	err = filepath.WalkDir(start, func(file string, e fs.DirEntry, err error) error {
		if err != nil {
			out = append(out, globMatch{file: file, err: err})
			return nil
		}
		if e.IsDir() {
			if file != start && strings.HasPrefix(e.Name(), ".") {
				return filepath.SkipDir
			}
			return nil
		}
		if !globs.Match(glob, relSlash(root, file)) {
			return nil
		}
		if t := e.Type(); t.IsRegular() || t&fs.ModeSymlink != 0 {
			// A link is checked as the file it names (Check reports a
			// dangling one or a loop); links to directories are not walked.
			if st, err := os.Stat(file); err != nil || !st.IsDir() {
				out = append(out, globMatch{file: file})
			}
		}
		return nil
	})
	return out, err
}

func relSlash(root, file string) string {
	rel, err := filepath.Rel(root, file)
	if err != nil {
		return file
	}
	return filepath.ToSlash(rel)
}
