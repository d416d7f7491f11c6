package flow

import (
	"os"
	"path/filepath"
	"strings"
	"syscall"
	"testing"
)

// TestReadNamedQueries reads the named statements of a module's .sql
// files, and none from where privlint must not read: a link leading out
// of the repository, a named pipe, a nested module, hidden, vendor and
// testdata directories. A name with two different texts is unknown.
func TestReadNamedQueries(t *testing.T) {
	root := t.TempDir()
	outside := t.TempDir()
	write := func(dir, name, text string) {
		t.Helper()
		if err := os.MkdirAll(filepath.Join(dir, filepath.Dir(name)), 0o755); err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(filepath.Join(dir, name), []byte(text), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	write(root, "go.mod", "module m\n")
	write(root, "queries/users.sql", "-- name: get-user\nSELECT * FROM users WHERE id = $1;\n\n--name:insert-user\n-- raw: 1\nINSERT INTO users (email) VALUES ($1);\n-- name: twice\nSELECT 1;\n")
	write(root, "queries/more.SQL", "-- name: twice\nDELETE FROM users;\n-- name: same\nSELECT 2;\n")
	write(root, "queries/again.sql", "-- name: same\nSELECT 2;\n")
	write(root, "sub/go.mod", "module m/sub\n")
	write(root, "sub/q.sql", "-- name: nested\nSELECT 3;\n")
	write(root, ".hidden/q.sql", "-- name: hidden\nSELECT 4;\n")
	write(root, "vendor/q.sql", "-- name: vendored\nSELECT 5;\n")
	write(root, "testdata/q.sql", "-- name: fixture\nSELECT 6;\n")
	write(outside, "secret.sql", "-- name: outside\nSELECT 7;\n")
	if err := os.Symlink(filepath.Join(outside, "secret.sql"), filepath.Join(root, "queries", "link.sql")); err != nil {
		t.Fatal(err)
	}
	if err := syscall.Mkfifo(filepath.Join(root, "queries", "pipe.sql"), 0o644); err != nil {
		t.Fatal(err)
	}
	got := readNamedQueries(root, root)
	want := map[string]string{
		"get-user":    "SELECT * FROM users WHERE id = $1;",
		"insert-user": "-- raw: 1\nINSERT INTO users (email) VALUES ($1);",
		"twice":       "",
		"same":        "SELECT 2;",
	}
	if len(got) != len(want) {
		t.Errorf("got %d names %v, want %d", len(got), got, len(want))
	}
	for k, v := range want {
		if g, ok := got[k]; !ok || g != v {
			t.Errorf("%s: got %q (found %v), want %q", k, g, ok, v)
		}
	}
	if moduleRoot(filepath.Join(root, "queries")) != root {
		t.Errorf("moduleRoot(%s/queries) = %s", root, moduleRoot(filepath.Join(root, "queries")))
	}
	if !strings.HasSuffix(moduleRoot(filepath.Join(root, "sub")), "sub") {
		t.Errorf("moduleRoot of a nested module is %s", moduleRoot(filepath.Join(root, "sub")))
	}
}
