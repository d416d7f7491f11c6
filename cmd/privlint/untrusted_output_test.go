package main_test

import (
	"bytes"
	"errors"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"
)

// TestOutputStaysInRepo is issue 21 item 11: under GitHub Actions (or with
// PRIVLINT_CONFINE_OUTPUT=1) a report path inside the repository whose
// directory is a link out of it is refused; locally it is written as
// before. /dev/stdout keeps working, also when stdout is a file.
func TestOutputStaysInRepo(t *testing.T) {
	outside := t.TempDir()
	mod := hostileModule(t, nil)
	symlink(t, outside, filepath.Join(mod, "out"))
	local := []string{"GITHUB_ACTIONS=", "PRIVLINT_CONFINE_OUTPUT="}
	for _, env := range [][]string{{"GITHUB_ACTIONS=true", "PRIVLINT_CONFINE_OUTPUT="}, {"GITHUB_ACTIONS=", "PRIVLINT_CONFINE_OUTPUT=1"}} {
		for _, args := range [][]string{
			{"check", "--format", "sarif", "--output", "out/report.sarif"},
			{"check", "--count-file", "out/count"},
			{"inventory", "--output", "out/inventory.md"},
			{"init", "--output", "out/privlint.yaml"},
		} {
			r := runGuarded(t, mod, env, args...)
			if r.code != 2 || !strings.Contains(r.stderr, "outside the repository root") {
				t.Errorf("%v %v: exit %d, stderr %q; want 2 and a refusal", env, args, r.code, r.stderr)
			}
		}
	}
	if entries, _ := os.ReadDir(outside); len(entries) != 0 {
		t.Errorf("files written outside the repository: %v", entries)
	}
	if r := runGuarded(t, mod, append(local, "PRIVLINT_CONFINE_OUTPUT=bogus"), "check", "--output", "out/r.txt"); r.code != 2 || !strings.Contains(r.stderr, "PRIVLINT_CONFINE_OUTPUT") {
		t.Errorf("a bad PRIVLINT_CONFINE_OUTPUT: exit %d, stderr %q; want 2 naming it", r.code, r.stderr)
	}
	// Locally the link is followed, and a path outside the repository
	// named explicitly is written under Actions too.
	if r := runGuarded(t, mod, local, "check", "--output", "out/report.txt"); r.code != 1 {
		t.Errorf("local run: exit %d, stderr %q", r.code, r.stderr)
	}
	if _, err := os.Stat(filepath.Join(outside, "report.txt")); err != nil {
		t.Errorf("local run through a linked directory: %v", err)
	}
	elsewhere := filepath.Join(t.TempDir(), "report.sarif")
	if r := runGuarded(t, mod, []string{"GITHUB_ACTIONS=true"}, "check", "--format", "sarif", "--output", elsewhere); r.code != 1 {
		t.Errorf("--output outside the repository under Actions: exit %d, stderr %q", r.code, r.stderr)
	}

	// --output /dev/stdout to a pipe, and its twin /dev/fd/1 to a regular
	// file. (Not /dev/stdout: before the fix, privlint running as root
	// renamed its report over /dev/stdout itself.)
	if _, err := os.Stat("/dev/stdout"); err != nil {
		t.Skipf("no /dev/stdout: %v", err)
	}
	r := runGuarded(t, mod, nil, "check", "--format", "json", "--output", "/dev/stdout")
	if r.code != 1 || !strings.Contains(r.stdout, `"PL001"`) {
		t.Errorf("--output /dev/stdout to a pipe: exit %d, stdout %q, stderr %q", r.code, r.stdout, r.stderr)
	}
	if _, err := os.Stat("/dev/fd/1"); err != nil {
		t.Skipf("no /dev/fd: %v", err)
	}
	file := filepath.Join(t.TempDir(), "stdout.json")
	f, err := os.Create(file)
	if err != nil {
		t.Fatal(err)
	}
	cmd := exec.Command(privlint, "check", "--format", "json", "--output", "/dev/fd/1")
	cmd.Dir, cmd.Stdout = mod, f
	var stderr strings.Builder
	cmd.Stderr = &stderr
	err = cmd.Run()
	f.Close()
	if ee := (*exec.ExitError)(nil); !errors.As(err, &ee) || ee.ExitCode() != 1 {
		t.Errorf("--output /dev/fd/1 to a file: %v, stderr %q; want exit 1", err, stderr.String())
	}
	if data, _ := os.ReadFile(file); !bytes.Contains(data, []byte(`"PL001"`)) {
		t.Errorf("--output /dev/fd/1 to a file: the file holds %q", data)
	}
}
