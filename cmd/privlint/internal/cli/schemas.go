package cli

import (
	"os"
	"path/filepath"
	"strings"

	"github.com/privlint/privlint/analyzers/config"
	"github.com/privlint/privlint/finding"
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
	res := &analysisResult{errors: errs}
	if len(files) == 0 {
		return res
	}
	fs, cerrs := schemacheck.Check(files, schemacheck.Options{Policy: pol, Classifier: env.Classifier, Root: safefile.RepoRoot(cwd)})
	res.findings = fs
	res.errors = append(res.errors, cerrs...)
	return res
}

// merge adds o's findings and errors to r; errors stay sorted by file,
// line and column, without duplicates. Findings are sorted when filtered.
func (r *analysisResult) merge(o *analysisResult) {
	r.findings = append(r.findings, o.findings...)
	r.errors = append(r.errors, o.errors...)
	r.errors = finding.SortErrors(r.errors)
}
