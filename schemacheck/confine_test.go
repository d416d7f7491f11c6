package schemacheck

import (
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"testing"

	"github.com/privlint/privlint/rules/policy"
)

// confineFixture is a repository holding schemas whose $refs and links
// lead out of it, and a directory outside it holding a schema with a
// telling property name.
func confineFixture(t *testing.T) (repo, outside string) {
	t.Helper()
	repo, outside = t.TempDir(), t.TempDir()
	write := func(dir, name, src string) {
		p := filepath.Join(dir, name)
		if err := os.MkdirAll(filepath.Dir(p), 0o755); err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(p, []byte(src), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	write(outside, "leak.json", `{"type": "object", "properties": {"outside_ssn": {"type": "string"}}}`)
	write(repo, ".git/HEAD", "ref: refs/heads/main\n")
	write(repo, "common/user.json", `{"type": "object", "properties": {"email": {"type": "string"}}}`)
	leak := filepath.Join(outside, "leak.json")
	refs := map[string]string{
		"abs.json":     leak,
		"up.json":      strings.Repeat("../", 20) + strings.TrimPrefix(filepath.ToSlash(leak), "/"),
		"stdin.json":   "/dev/stdin",
		"viaLink.json": "linked/leak.json",
		"zero.json":    "zerolink.json",
		"inside.json":  "../common/user.json#/properties/email",
		"inLink.json":  "userlink.json#/properties/email",
		"absIn.json":   filepath.Join(repo, "common", "user.json") + "#/properties/email",
	}
	for name, ref := range refs {
		write(repo, "api/"+name, `{"type": "object", "properties": {"a": {"$ref": `+strconv.Quote(ref)+`}}}`)
	}
	for link, target := range map[string]string{
		"api/linked":        outside,
		"api/zerolink.json": "/dev/zero",
		"api/userlink.json": "../common/user.json",
	} {
		if err := os.Symlink(target, filepath.Join(repo, link)); err != nil {
			t.Fatal(err)
		}
	}
	return repo, outside
}

// TestRefsStayInRepo is issue 21 item 6: a $ref that is absolute, climbs
// out with "..", goes through a link out of the repository or names a
// device is unresolved, and nothing outside is read; $refs inside the
// repository, through links inside it too, resolve.
func TestRefsStayInRepo(t *testing.T) {
	repo, _ := confineFixture(t)
	var files []string
	for _, n := range []string{"abs", "up", "stdin", "viaLink", "zero", "inside", "inLink", "absIn"} {
		files = append(files, filepath.Join(repo, "api", n+".json"))
	}
	big := limitsPolicy(t, "max_schema_bytes: 1073741824")
	for _, o := range []Options{{Root: repo, Policy: big}, {Policy: big}} {
		fs, errs := Check(files, o)
		got := map[string]string{}
		for _, e := range errs {
			got[filepath.Base(e.File)] += e.Message
		}
		for _, n := range []string{"abs", "up", "stdin", "viaLink"} {
			if !strings.Contains(got[n+".json"], "unresolved $ref") || !strings.Contains(got[n+".json"], "outside the repository root") {
				t.Errorf("Root %q: %s.json: errors %q; want an unresolved $ref outside the root", o.Root, n, got[n+".json"])
			}
		}
		if !strings.Contains(got["zero.json"], "a character device, not a regular file") {
			t.Errorf("Root %q: zero.json: errors %q; want a refusal of the device", o.Root, got["zero.json"])
		}
		for _, n := range []string{"inside", "inLink", "absIn"} {
			if got[n+".json"] != "" {
				t.Errorf("Root %q: %s.json: unexpected errors %q", o.Root, n, got[n+".json"])
			}
		}
		for _, f := range fs {
			if strings.Contains(f.Message, "outside_ssn") {
				t.Errorf("a finding from outside the repository: %s", f.Message)
			}
		}
		if len(fs) == 0 {
			t.Errorf("Root %q: no finding from the $refs inside the repository", o.Root)
		}
	}
}

// TestExpandStaysInRepo is issue 21 item 6 for directory walks and globs:
// a link out of the repository, or to a device, is an error naming it and
// is not selected; a glob that leaves the policy's directory is an error.
func TestExpandStaysInRepo(t *testing.T) {
	repo, outside := confineFixture(t)
	api := filepath.Join(repo, "api")
	for link, target := range map[string]string{
		"api/out.schema.json":    filepath.Join(outside, "leak.json"),
		"api/dev.schema.json":    "/dev/null",
		"api/inside.schema.json": "../common/user.json",
	} {
		if err := os.Symlink(target, filepath.Join(repo, link)); err != nil {
			t.Fatal(err)
		}
	}
	pol, err := policy.Parse(filepath.Join(repo, "privlint.yaml"), []byte("version: 1\nschemas: [\"api/*.schema.json\"]\n"))
	if err != nil {
		t.Fatal(err)
	}
	pol.Schemas = append(pol.Schemas, "../*/leak.json", filepath.Join(outside, "*.json")) // as a program might set them
	files, errs := Expand(pol, []string{"api"}, repo)
	var names []string
	for _, f := range files {
		names = append(names, strings.TrimPrefix(f, api+string(filepath.Separator)))
	}
	if got := strings.Join(names, " "); got != "inside.schema.json" {
		t.Errorf("Expand selected %q, want inside.schema.json", got)
	}
	want := map[string]string{
		"out.schema.json": "outside the repository root",
		"dev.schema.json": "a character device, not a regular file",
		"zerolink.json":   "a character device, not a regular file",
	}
	globErrs := 0
	for _, e := range errs {
		if filepath.Base(e.File) == "privlint.yaml" && strings.Contains(e.Message, "stays inside") {
			globErrs++
			continue
		}
		if w, ok := want[filepath.Base(e.File)]; !ok || !strings.Contains(e.Message, w) {
			t.Errorf("unexpected error %s", e)
		}
	}
	if globErrs != 2 {
		t.Errorf("%d errors for the globs that leave the policy's directory, want 2: %v", globErrs, errs)
	}
	for name := range want {
		found := 0
		for _, e := range errs {
			if filepath.Base(e.File) == name {
				found++
			}
		}
		if found == 0 {
			t.Errorf("no error for %s: %v", name, errs)
		}
	}
}
