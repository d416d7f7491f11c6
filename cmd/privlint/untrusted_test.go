package main_test

import (
	"bytes"
	"context"
	"errors"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"
	"time"
)

// secretText stands for a runner's credentials: it must never appear in
// privlint's output.
const secretText = "https://user:ghp_S3CRETt0ken0123456789@github.com\n"

// guardTimeout only keeps a regression (privlint blocking on a pipe) from
// hanging the test binary; no test depends on how long a run takes.
const guardTimeout = 2 * time.Minute

// runGuarded runs privlint in dir like runIn, with stdin connected to a
// pipe nobody writes to (so that reading /dev/stdin would block) and a
// deadlock guard. env replaces the variables it names.
func runGuarded(t *testing.T, dir string, env []string, args ...string) run {
	t.Helper()
	ctx, cancel := context.WithTimeout(context.Background(), guardTimeout)
	defer cancel()
	cmd := exec.CommandContext(ctx, privlint, args...)
	cmd.Dir = dir
	cmd.Env = append(os.Environ(), env...)
	r, w, err := os.Pipe()
	if err != nil {
		t.Fatal(err)
	}
	defer r.Close()
	defer w.Close()
	cmd.Stdin = r
	var stdout, stderr bytes.Buffer
	cmd.Stdout, cmd.Stderr = &stdout, &stderr
	err = cmd.Run()
	if ctx.Err() != nil {
		t.Fatalf("privlint %v did not finish (blocked?)\nstderr: %s", args, stderr.String())
	}
	code := 0
	if err != nil {
		var ee *exec.ExitError
		if !errors.As(err, &ee) {
			t.Fatalf("running privlint %v: %v", args, err)
		}
		code = ee.ExitCode()
	}
	if strings.Contains(stderr.String(), "panic:") {
		t.Fatalf("privlint %v panicked:\n%s", args, stderr.String())
	}
	return run{stdout.String(), stderr.String(), code}
}

// hostileModule writes a small module with a git directory under a new
// temporary directory and returns it.
func hostileModule(t *testing.T, extra map[string]string) string {
	t.Helper()
	mod := t.TempDir()
	files := map[string]string{
		".git/HEAD": "ref: refs/heads/main\n",
		"go.mod":    "module example.com/hostile\n\ngo 1.26\n",
		"a/a.go":    "package a\n\n// User is a customer.\ntype User struct {\n\tEmail string\n}\n",
	}
	for k, v := range extra {
		files[k] = v
	}
	writeFiles(t, mod, files)
	return mod
}

// outsideFile writes content to a file in a directory of its own, outside
// any module, and returns its path.
func outsideFile(t *testing.T, name, content string) string {
	t.Helper()
	p := filepath.Join(t.TempDir(), name)
	if err := os.WriteFile(p, []byte(content), 0o600); err != nil {
		t.Fatal(err)
	}
	return p
}

func symlink(t *testing.T, target, link string) {
	t.Helper()
	if err := os.MkdirAll(filepath.Dir(link), 0o755); err != nil {
		t.Fatal(err)
	}
	if err := os.Symlink(target, link); err != nil {
		t.Skipf("symbolic links: %v", err)
	}
}

func noSecret(t *testing.T, what string, r run) {
	t.Helper()
	if strings.Contains(r.stdout+r.stderr, "ghp_") || strings.Contains(r.stdout+r.stderr, "S3CRET") {
		t.Errorf("%s: the secret reached the output:\n%s%s", what, r.stdout, r.stderr)
	}
}

// TestPolicyLinkOutsideRepo is issue 21 item 1: a committed privlint.yaml
// that is a symbolic link to a file outside the repository (a credentials
// file) is refused, in check, inventory and go vet, with an error naming
// the link and never the file's content. A policy the user names outside
// the repository is still read, but a structural error in it does not
// quote its value either.
func TestPolicyLinkOutsideRepo(t *testing.T) {
	secret := outsideFile(t, "git-credentials", secretText)
	mod := hostileModule(t, nil)
	symlink(t, secret, filepath.Join(mod, "privlint.yaml"))

	for _, args := range [][]string{{"check", "./..."}, {"check", "--format", "sarif", "./..."}, {"inventory", "./..."}} {
		r := runGuarded(t, mod, nil, args...)
		noSecret(t, strings.Join(args, " "), r)
		if r.code != 2 || !strings.Contains(r.stderr, "privlint.yaml") || !strings.Contains(r.stderr, "outside the repository root") {
			t.Errorf("privlint %v: exit %d, stderr %q; want 2 and a refusal naming privlint.yaml", args, r.code, r.stderr)
		}
	}
	// The same link named by PRIVLINT_CONFIG or --config is refused too.
	for _, c := range []struct {
		env  []string
		args []string
	}{
		{[]string{"PRIVLINT_CONFIG=privlint.yaml"}, []string{"check", "./..."}},
		{nil, []string{"check", "--config", filepath.Join(mod, "privlint.yaml"), "./..."}},
	} {
		r := runGuarded(t, mod, c.env, c.args...)
		noSecret(t, "named link", r)
		if r.code != 2 || !strings.Contains(r.stderr, "outside the repository root") {
			t.Errorf("%v %v: exit %d, stderr %q; want 2 and a refusal", c.env, c.args, r.code, r.stderr)
		}
	}
	vet := runVet(t, mod)
	noSecret(t, "go vet", vet)
	if vet.code == 0 || !strings.Contains(vet.stderr, "outside the repository root") {
		t.Errorf("go vet: exit %d, stderr %q; want a failure refusing privlint.yaml", vet.code, vet.stderr)
	}

	// Named explicitly, a file outside the repository is read (the user
	// chose it), and its structural error says the type and line only.
	r := runGuarded(t, mod, nil, "check", "--config", secret, "./...")
	noSecret(t, "--config outside", r)
	if r.code != 2 || !strings.Contains(r.stderr, "git-credentials:1: expected a mapping, got a string") {
		t.Errorf("--config %s: exit %d, stderr %q; want 2 and a type error without the value", secret, r.code, r.stderr)
	}
}

// runVet runs go vet with privlint as the vet tool in dir.
func runVet(t *testing.T, dir string) run {
	t.Helper()
	ctx, cancel := context.WithTimeout(context.Background(), guardTimeout)
	defer cancel()
	cmd := exec.CommandContext(ctx, "go", "vet", "-vettool="+privlint, "./...")
	cmd.Dir = dir
	var stdout, stderr bytes.Buffer
	cmd.Stdout, cmd.Stderr = &stdout, &stderr
	err := cmd.Run()
	if ctx.Err() != nil {
		t.Fatalf("go vet did not finish\n%s", stderr.String())
	}
	code := 0
	var ee *exec.ExitError
	if errors.As(err, &ee) {
		code = ee.ExitCode()
	} else if err != nil {
		t.Fatal(err)
	}
	return run{stdout.String(), stderr.String(), code}
}

// lineWith reports whether a line of out holds both a and b.
func lineWith(out, a, b string) bool {
	for _, l := range strings.Split(out, "\n") {
		if strings.Contains(l, a) && strings.Contains(l, b) {
			return true
		}
	}
	return false
}
