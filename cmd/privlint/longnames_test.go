package main_test

import (
	"bytes"
	"os/exec"
	"strings"
	"syscall"
	"testing"
)

// longNamesModule writes a module with a struct and a JSON schema that
// each have an Email member and a member called name, and returns its
// directory.
func longNamesModule(t *testing.T, name string) string {
	t.Helper()
	dir := t.TempDir()
	writeFiles(t, dir, map[string]string{
		".git/HEAD": "ref: refs/heads/main\n",
		"go.mod":    "module example.com/long\n\ngo 1.26\n",
		"a/a.go":    "package a\n\n// User is a customer.\ntype User struct {\n\t" + name + " string\n\tEmail string\n}\n",
		"s.json":    `{"type": "object", "properties": {"` + name + `": {"type": "string"}, "email": {"type": "string"}}}` + "\n",
	})
	return dir
}

// peakRSS runs name with args in dir and returns the result and the
// largest resident set size of the process and the processes it waited
// for (go list, the vet tool), in bytes.
func peakRSS(t *testing.T, dir, name string, args ...string) (run, int64) {
	t.Helper()
	cmd := exec.Command(name, args...)
	cmd.Dir = dir
	var stdout, stderr bytes.Buffer
	cmd.Stdout, cmd.Stderr = &stdout, &stderr
	err := cmd.Run()
	r := run{stdout: stdout.String(), stderr: stderr.String()}
	if ee, ok := err.(*exec.ExitError); ok {
		r.code = ee.ExitCode()
	} else if err != nil {
		t.Fatalf("running %s %v: %v", name, args, err)
	}
	ru, ok := cmd.ProcessState.SysUsage().(*syscall.Rusage)
	if !ok {
		t.Skip("no resource usage on this platform")
	}
	return r, ru.Maxrss * 1024 // kilobytes on Linux
}

// TestLongIdentifiers: a struct field and a schema property named "aB"
// repeated over a megabyte are checked like any other member, in check
// and under go vet, and cost little more memory than a short name (the
// tokenizer asked for about 40 GB and the run died: fatal error: runtime:
// out of memory).
func TestLongIdentifiers(t *testing.T) {
	if _, err := exec.LookPath("go"); err != nil {
		t.Skip("no go command")
	}
	long := strings.Repeat("aB", 1<<19)
	const headroom = 256 << 20 // bytes more than with a short name; a 1 MB name is read a few times
	for _, c := range []struct {
		tool string
		args []string
		want []string
	}{
		{privlint, []string{"check", "./...", "s.json"}, []string{"a/a.go:6:2: PL001 user.contact.email in User.Email", "s.json:1:"}},
		{"go", []string{"vet", "-vettool=" + privlint, "./..."}, []string{"a.go:6:2: PL001 user.contact.email in User.Email"}},
	} {
		short, shortRSS := peakRSS(t, longNamesModule(t, "aB"), c.tool, c.args...)
		got, rss := peakRSS(t, longNamesModule(t, long), c.tool, c.args...)
		what := c.args[0]
		if got.code != 1 || short.code != 1 {
			t.Errorf("%s: exit %d (%d with a short name), want 1 for the Email findings\n%.2000s", what, got.code, short.code, got.stderr)
		}
		for _, w := range c.want {
			if !strings.Contains(got.stdout+got.stderr, w) {
				t.Errorf("%s: output lacks %q:\n%.2000s%.2000s", what, w, got.stdout, got.stderr)
			}
		}
		if strings.Contains(got.stderr, "fatal error") || strings.Contains(got.stderr, "panic:") {
			t.Errorf("%s crashed:\n%.2000s", what, got.stderr)
		}
		t.Logf("%s: peak RSS %d MB with the 1 MB names, %d MB with short ones", what, rss>>20, shortRSS>>20)
		if rss > shortRSS+headroom {
			t.Errorf("%s: peak RSS %d MB with the 1 MB names, %d MB with short ones: more than %d MB more",
				what, rss>>20, shortRSS>>20, headroom>>20)
		}
	}
}
