package schemacheck

import (
	"github.com/privlint/privlint/internal/testkit"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"

	"github.com/privlint/privlint/finding"
	"github.com/privlint/privlint/rules/policy"
)

// TestRemoteRefNoNetwork points HTTP(S)_PROXY at a local listener that
// fails the test on any connection: a remote $ref must be reported as
// unresolved without a connection attempt.
func TestRemoteRefNoNetwork(t *testing.T) {
	proxy := testkit.NewProxy(t)
	for _, kv := range proxy.Env() {
		k, v, _ := strings.Cut(kv, "=")
		t.Setenv(k, v)
	}
	fs, errs := Check([]string{filepath.Join("testdata", "remote.json")}, Options{Policy: testPolicy(t)})
	if n := proxy.Connections(); n != 0 {
		t.Fatalf("%d network connections were made", n)
	}
	unresolved := 0
	for _, e := range errs {
		if strings.Contains(e.Message, "unresolved $ref") && e.Line > 0 {
			unresolved++
		}
	}
	if unresolved != 3 {
		t.Errorf("got %d unresolved-reference errors with a line, want 3: %v", unresolved, errs)
	}
	if len(fs) != 1 {
		t.Errorf("got %d findings, want 1", len(fs))
	}
}

func TestLevelsFromPolicy(t *testing.T) {
	pol, err := policy.Parse("privlint.yaml", []byte("version: 1\nrules: {PL104: off, PL003: note}\npurposes:\n  account: {legal_basis: contract, categories: [user.name]}\n"))
	if err != nil {
		t.Fatal(err)
	}
	fs, errs := Check([]string{filepath.Join("testdata", "swagger2.yaml")}, Options{Policy: pol})
	if len(errs) > 0 {
		t.Fatalf("errors: %v", errs)
	}
	var got []string
	for _, f := range fs {
		if f.RuleID == "PL104" {
			t.Errorf("PL104 is off but reported: %s", f.Message)
		}
		if f.RuleID == "PL003" && f.Level != finding.LevelNote {
			t.Errorf("PL003 level %s, want note", f.Level)
		}
		got = append(got, f.RuleID)
	}
	if !slices.Contains(got, "PL003") {
		t.Errorf("no PL003 in %v", got)
	}
}

func TestDefaultPolicyFailsClosed(t *testing.T) {
	fs, _ := Check([]string{filepath.Join("testdata", "draft07.yaml")}, Options{})
	if len(fs) == 0 {
		t.Fatal("no findings under the default policy")
	}
	for _, f := range fs {
		if f.RuleID != "PL002" && f.RuleID != "PL003" && f.RuleID != "PL004" {
			t.Errorf("unexpected %s under the default policy (purposes undefined): %s", f.RuleID, f.Message)
		}
		if f.RuleID == "PL002" && !strings.Contains(f.Message, "the policy defines none") {
			t.Errorf("PL002 message does not say the policy defines no purposes: %s", f.Message)
		}
	}
}

func TestNotASchemaAndLimits(t *testing.T) {
	dir := t.TempDir()
	write := func(name, src string) string { return writeTemp(t, dir, name, []byte(src)) }
	cases := []struct {
		file, want string
	}{
		{write("plain.yaml", "name: hello\nitems_count: 3\n"), "not a JSON Schema, OpenAPI 3.x or Swagger 2.0 document"},
		{write("old.yaml", "swagger: \"1.2\"\n"), `unsupported Swagger version "1.2"`},
		{write("future.json", `{"openapi": "4.0.0"}`), `unsupported OpenAPI version "4.0.0"`},
		{write("empty.yaml", ""), "the file is empty"},
		{write("two.yaml", "type: object\n---\ntype: string\n"), "a second YAML document"},
		{write("big.json", `{"type": "object", "description": "`+strings.Repeat("x", 200)+`"}`), "larger than 100 bytes"},
		{write("dup.json", `{"type": "object", "type": "string"}`), `duplicate property "type"`},
		{write("unknown.json", `{"$schema": "https://example.com/my-dialect", "type": "object"}`), `unknown $schema "https://example.com/my-dialect"`},
		{filepath.Join(dir, "absent.json"), "cannot read the schema"},
	}
	for _, c := range cases {
		_, errs := Check([]string{c.file}, Options{MaxFileSize: 100})
		if len(errs) != 1 || !strings.Contains(errs[0].Message, c.want) {
			t.Errorf("%s: got %v, want one error containing %q", filepath.Base(c.file), errs, c.want)
		}
	}
}

func TestIsSchemaPath(t *testing.T) {
	for p, want := range map[string]bool{
		"api/openapi.yaml": true, "x.YML": true, "s.json": true, "./...": false, "main.go": false,
		"github.com/x/y": false, "schemas": false,
	} {
		if got := IsSchemaPath(p); got != want {
			t.Errorf("IsSchemaPath(%q) = %v, want %v", p, got, want)
		}
	}
}

func TestExpand(t *testing.T) {
	dir := t.TempDir()
	files := map[string]string{
		"privlint.yaml":                       "version: 1\nschemas: [\"api/**/*.yaml\", \"schemas/*.json\"]\nexclude: [\"api/skip/**\"]\n",
		"api/v1/openapi.yaml":                 "openapi: 3.0.3\n",
		"api/skip/old.yaml":                   "openapi: 3.0.3\n",
		"api/notes.txt":                       "openapi: 3.0.3\n",
		"schemas/a.json":                      `{"type": "object"}`,
		"schemas/deep/b.json":                 `{"type": "object"}`,
		"other/customer.schema.json":          `{}`,
		"other/swagger.json":                  `{"swagger": "2.0"}`,
		"other/config.yaml":                   "name: not a schema\n",
		"other/broken.yaml":                   "openapi: [\n",
		"other/.hidden/x.schema.json":         `{}`,
		"other/node_modules/y.schema.json":    `{}`,
		"other/nested/z.schema.yml":           "type: object\n",
		"other/nested/package-lock.json":      `{"name": "x"}`,
		"other/nested/testdata/t.schema.json": `{}`,
	}
	for name, body := range files {
		p := filepath.Join(dir, filepath.FromSlash(name))
		if err := os.MkdirAll(filepath.Dir(p), 0o755); err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(p, []byte(body), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	pol, err := policy.Load(filepath.Join(dir, "privlint.yaml"))
	if err != nil {
		t.Fatal(err)
	}
	sub := filepath.Join(dir, "other")
	got, errs := Expand(pol, []string{".", "../schemas/a.json", "missing.yaml"}, sub)
	if len(errs) != 1 || errs[0].File != "missing.yaml" {
		t.Errorf("errors = %v, want one for missing.yaml", errs)
	}
	var rel []string
	for _, g := range got {
		if !filepath.IsAbs(g) {
			t.Errorf("not absolute: %s", g)
		}
		r, _ := filepath.Rel(dir, g)
		rel = append(rel, filepath.ToSlash(r))
	}
	want := []string{
		"api/v1/openapi.yaml",
		"other/broken.yaml",
		"other/customer.schema.json",
		"other/nested/z.schema.yml",
		"other/swagger.json",
		"schemas/a.json",
	}
	if !slices.Equal(rel, want) {
		t.Errorf("Expand = %q\nwant %q", rel, want)
	}
}
