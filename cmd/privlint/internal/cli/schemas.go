package cli

import (
	"fmt"
	"os"
	"path/filepath"
	"strings"

	"github.com/privlint/privlint/analyzers/config"
	"github.com/privlint/privlint/finding"
	"github.com/privlint/privlint/internal/glob"
	"github.com/privlint/privlint/rules/policy"
	"github.com/privlint/privlint/rules/safefile"
	"github.com/privlint/privlint/schemacheck"
)

// splitArgs separates the positional arguments of privlint check into Go
// package patterns and schema arguments. A schema argument names a file
// by its extension (schemacheck.IsSchemaPath: .json, .yaml, .yml), or an
// existing directory that holds no .go file itself (schemacheck searches
// it); everything else — ./..., import paths, directories of Go
// packages — is a package pattern. Relative paths are taken from cwd.
func splitArgs(args []string, cwd string) (patterns, schemas []string) {
	for _, a := range args {
		if isSchemaArg(a, cwd) {
			schemas = append(schemas, a)
		} else {
			patterns = append(patterns, a)
		}
	}
	return patterns, schemas
}

func isSchemaArg(arg, cwd string) bool {
	if strings.Contains(arg, "...") {
		return false
	}
	if schemacheck.IsSchemaPath(arg) {
		return true
	}
	dir := arg
	if !filepath.IsAbs(dir) {
		dir = filepath.Join(cwd, dir)
	}
	st, err := os.Stat(dir)
	if err != nil || !st.IsDir() {
		return false
	}
	entries, err := os.ReadDir(dir)
	if err != nil {
		return false
	}
	for _, e := range entries {
		if !e.IsDir() && strings.HasSuffix(e.Name(), ".go") {
			return false
		}
	}
	return true
}

// checkSchemas checks the schema files selected by args and by the
// policy's schemas: globs.
func checkSchemas(env *config.Env, args []string, cwd string) *analysisResult {
	pol := env.Policy
	files, errs := schemacheck.Expand(pol, args, cwd)
	res := &analysisResult{errors: errs, notes: unmatchedGlobs(pol, files, errs, cwd)}
	if len(files) == 0 {
		return res
	}
	fs, cerrs := schemacheck.Check(files, schemacheck.Options{Policy: pol, Classifier: env.Classifier, Root: safefile.RepoRoot(cwd)})
	res.findings = fs
	res.errors = append(res.errors, cerrs...)
	return res
}

// unmatchedGlobs returns a warning, naming the policy file and the line,
// for each schemas: glob that selected no schema file: a glob that
// matches nothing is most often a path written wrong, and the schemas it
// meant would go unchecked without a word. It is a warning, not an error:
// a module may keep a glob for files it does not have yet.
func unmatchedGlobs(pol *policy.Policy, files []string, errs []*finding.Error, cwd string) []string {
	if pol.Path == "" {
		return nil
	}
	base := filepath.Dir(pol.Path)
	matched := func(g string) bool {
		for _, f := range files {
			if rel, err := filepath.Rel(base, f); err == nil && glob.Match(g, filepath.ToSlash(rel)) {
				return true
			}
		}
		for _, e := range errs {
			// A file the glob selected but that could not be read is
			// reported as an error already.
			if rel, err := filepath.Rel(base, e.File); err == nil && glob.Match(g, filepath.ToSlash(rel)) {
				return true
			}
		}
		return false
	}
	name := pol.Path
	if rel, err := filepath.Rel(cwd, name); err == nil && !strings.HasPrefix(rel, "..") {
		name = rel
	}
	var notes []string
	for i, g := range pol.Schemas {
		if policy.GlobEscapes(g) != "" || policy.GlobSyntax(g) != "" || matched(filepath.ToSlash(g)) {
			continue
		}
		loc := name
		if i < len(pol.SchemaLines) && pol.SchemaLines[i] > 0 {
			loc = fmt.Sprintf("%s:%d", name, pol.SchemaLines[i])
		}
		notes = append(notes, fmt.Sprintf("%s: warning: schemas: glob %q matches no schema file (globs are relative to the policy file's directory; exclude: applies too)", loc, g))
	}
	return notes
}

// merge adds o's findings and errors to r; errors stay sorted by file,
// line and column, without duplicates. Findings are sorted when filtered.
func (r *analysisResult) merge(o *analysisResult) {
	r.findings = append(r.findings, o.findings...)
	r.errors = append(r.errors, o.errors...)
	r.notes = append(r.notes, o.notes...)
	r.errors = finding.SortErrors(r.errors)
}
