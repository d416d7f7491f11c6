package cli

import (
	"github.com/privlint/privlint/internal/testkit"
	"path/filepath"
	"slices"
	"testing"

	"github.com/privlint/privlint/finding"
)

func TestSplitArgs(t *testing.T) {
	dir := t.TempDir()
	testkit.WriteFiles(t, dir, map[string]string{
		"api/openapi.yaml":     "openapi: 3.0.3\n",
		"users/user.go":        "package users\n",
		"users/spec/user.json": "{}\n",
		"mixed/a.go":           "package mixed\n",
		"mixed/a.schema.json":  "{}\n",
	})
	args := []string{"./...", "api", "api/openapi.yaml", "./users", "users/spec/", "mixed", "mixed/a.schema.json",
		"missing.yml", "example.com/x", filepath.Join(dir, "api"), "./api/..."}
	pkgs, schemas := splitArgs(args, dir)
	wantPkgs := []string{"./...", "./users", "mixed", "example.com/x", "./api/..."}
	wantSchemas := []string{"api", "api/openapi.yaml", "users/spec/", "mixed/a.schema.json", "missing.yml", filepath.Join(dir, "api")}
	if !slices.Equal(pkgs, wantPkgs) {
		t.Errorf("packages = %q, want %q", pkgs, wantPkgs)
	}
	if !slices.Equal(schemas, wantSchemas) {
		t.Errorf("schemas = %q, want %q", schemas, wantSchemas)
	}
}

func TestMergeSortsErrors(t *testing.T) {
	r := &analysisResult{errors: []*finding.Error{{File: "/b.go", Line: 3}, {File: "/a.yaml", Line: 9}}}
	r.merge(&analysisResult{errors: []*finding.Error{{File: "/a.yaml", Line: 2, Column: 4}, {File: "/b.go", Line: 3}}})
	var got []string
	for _, e := range r.errors {
		got = append(got, e.Error())
	}
	want := []string{(&finding.Error{File: "/a.yaml", Line: 2, Column: 4}).Error(), (&finding.Error{File: "/a.yaml", Line: 9}).Error(), (&finding.Error{File: "/b.go", Line: 3}).Error()}
	if !slices.Equal(got, want) {
		t.Errorf("errors = %q, want %q", got, want)
	}
}
