//go:build unix

package main_test

import (
	"os"
	"path/filepath"
	"strings"
	"syscall"
	"testing"
)

// TestNamedPipes is issue 21 items 1, 6 and 11 for named pipes: a policy,
// a schema or an output path that is a FIFO (nobody writes to it or reads
// from it) is refused with an error naming it instead of blocking the run.
func TestNamedPipes(t *testing.T) {
	mod := hostileModule(t, map[string]string{"api/ok.schema.json": `{"type": "object"}`})
	mkfifo := func(name string) string {
		p := filepath.Join(mod, name)
		if err := syscall.Mkfifo(p, 0o644); err != nil {
			t.Skipf("mkfifo: %v", err)
		}
		return p
	}
	mkfifo("privlint.yaml")
	r := runGuarded(t, mod, nil, "check", "./...")
	if r.code != 2 || !strings.Contains(r.stderr, "privlint.yaml: a named pipe (FIFO), not a regular file") {
		t.Errorf("policy FIFO: exit %d, stderr %q; want 2 and a refusal", r.code, r.stderr)
	}
	if err := os.Remove(filepath.Join(mod, "privlint.yaml")); err != nil {
		t.Fatal(err)
	}
	// --config /dev/stdin: stdin is a pipe nobody writes to.
	r = runGuarded(t, mod, nil, "check", "--config", "/dev/stdin", "./...")
	if r.code != 2 || !strings.Contains(r.stderr, "/dev/stdin") || !strings.Contains(r.stderr, "not a regular file") {
		t.Errorf("--config /dev/stdin: exit %d, stderr %q; want 2 and a refusal", r.code, r.stderr)
	}

	mkfifo("api/pipe.schema.json")
	for _, arg := range []string{"api", "api/pipe.schema.json"} {
		r = runGuarded(t, mod, nil, "check", arg)
		if r.code != 2 || !lineWith(r.stdout, "pipe.schema.json", "not a regular file") {
			t.Errorf("schema FIFO (%s): exit %d, output %q; want 2 and a refusal", arg, r.code, r.stdout+r.stderr)
		}
	}

	out := mkfifo("report.sarif")
	r = runGuarded(t, mod, nil, "check", "--format", "sarif", "--output", out, "./...")
	if r.code != 2 || !strings.Contains(r.stderr, "report.sarif") || !strings.Contains(r.stderr, "named pipe") {
		t.Errorf("--output FIFO: exit %d, stderr %q; want 2 and a refusal", r.code, r.stderr)
	}
}
