package main_test

import (
	"path/filepath"
	"strings"
	"testing"
)

// TestPathsStayInRepo is issue 21 item 6: globs, $refs and links that
// lead out of the repository, and files that are not regular, are errors
// naming the file; nothing outside is read and nothing blocks.
func TestPathsStayInRepo(t *testing.T) {
	outside := t.TempDir()
	writeFiles(t, outside, map[string]string{
		"leak.schema.json": `{"$schema": "https://json-schema.org/draft/2020-12/schema", "type": "object", "properties": {"ssn_S3CRET": {"type": "string"}}}`,
	})
	leak := filepath.Join(outside, "leak.schema.json")
	rel, err := filepath.Rel(t.TempDir(), leak) // a ../ path from a sibling directory
	if err != nil {
		t.Fatal(err)
	}

	t.Run("globs", func(t *testing.T) {
		for _, g := range []string{"../" + filepath.ToSlash(rel), leak, "api/../../x/*.json"} {
			for _, key := range []string{"schemas", "exclude"} {
				mod := hostileModule(t, map[string]string{"privlint.yaml": "version: 1\n" + key + ":\n  - " + strconvQuote(g) + "\n"})
				r := runGuarded(t, mod, nil, "check", "./...")
				noSecret(t, key+" "+g, r)
				if r.code != 2 || !strings.Contains(r.stderr, "privlint.yaml:3: "+key+"[0]: ") {
					t.Errorf("%s: [%s]: exit %d, stderr %q; want 2 and an error at privlint.yaml:3", key, g, r.code, r.stderr)
				}
			}
		}
		// exclude: ["**"] silences everything: the policy owner's right.
		mod := hostileModule(t, map[string]string{"privlint.yaml": "version: 1\nexclude: [\"**\"]\n"})
		if r := runGuarded(t, mod, nil, "check", "./..."); r.code != 0 {
			t.Errorf("exclude **: exit %d, stderr %q; want 0", r.code, r.stderr)
		}
	})

	t.Run("refs", func(t *testing.T) {
		mod := hostileModule(t, map[string]string{
			"api/abs.schema.json":    `{"type": "object", "properties": {"a": {"$ref": ` + strconvQuote(leak) + `}}}`,
			"api/up.schema.json":     `{"type": "object", "properties": {"a": {"$ref": ` + strconvQuote(strings.Repeat("../", 12)+strings.TrimPrefix(filepath.ToSlash(leak), "/")) + `}}}`,
			"api/stdin.schema.json":  `{"type": "object", "properties": {"a": {"$ref": "/dev/stdin"}}}`,
			"api/inside.schema.json": `{"type": "object", "properties": {"a": {"$ref": "common/user.json#/properties/email"}}}`,
			"api/common/user.json":   `{"type": "object", "properties": {"email": {"type": "string"}}}`,
		})
		r := runGuarded(t, mod, nil, "check", "--format", "json", "api")
		noSecret(t, "refs", r)
		for _, f := range []string{"abs.schema.json", "up.schema.json", "stdin.schema.json"} {
			if !strings.Contains(r.stderr, f) || !lineWith(r.stderr, f, "unresolved $ref") {
				t.Errorf("%s: no unresolved-$ref error:\n%s", f, r.stderr)
			}
		}
		if lineWith(r.stderr, "inside.schema.json", "unresolved") {
			t.Errorf("a $ref inside the repository was refused:\n%s", r.stderr)
		}
	})

	t.Run("links", func(t *testing.T) {
		mod := hostileModule(t, map[string]string{
			"privlint.yaml":        "version: 1\nschemas: [\"globbed/*.json\"]\n",
			"api/ok.schema.json":   `{"type": "object", "properties": {"email": {"type": "string"}}}`,
			"globbed/real.json":    `{"$schema": "https://json-schema.org/draft/2020-12/schema", "type": "object"}`,
			"api/common/real.json": `{"type": "object"}`,
		})
		symlink(t, leak, filepath.Join(mod, "api", "walked.schema.json"))
		symlink(t, leak, filepath.Join(mod, "globbed", "linked.json"))
		symlink(t, "/dev/zero", filepath.Join(mod, "api", "zero.schema.json"))
		symlink(t, "ok.schema.json", filepath.Join(mod, "api", "inside.schema.json")) // stays inside: checked
		symlink(t, outside, filepath.Join(mod, "linkdir"))
		r := runGuarded(t, mod, nil, "check", "--format", "json", "api", "linkdir/leak.schema.json")
		noSecret(t, "links", r)
		for _, c := range []struct{ file, want string }{
			{"walked.schema.json", "outside the repository root"},
			{"linked.json", "outside the repository root"},
			{"linkdir/leak.schema.json", "outside the repository root"},
			{"zero.schema.json", "a character device, not a regular file"},
		} {
			if !lineWith(r.stderr, c.file, c.want) {
				t.Errorf("%s: want an error with %q:\n%s", c.file, c.want, r.stderr)
			}
		}
		if lineWith(r.stderr, "inside.schema.json", "error") || !strings.Contains(r.stdout, "inside.schema.json") {
			t.Errorf("a link inside the repository was not checked:\n%s\n%s", r.stdout, r.stderr)
		}
	})
}
