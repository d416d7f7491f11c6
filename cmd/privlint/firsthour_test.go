package main_test

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// firstModule writes a module with one person-like struct and no policy,
// as a newcomer's module is before privlint init.
func firstModule(t *testing.T, files map[string]string) string {
	t.Helper()
	dir := t.TempDir()
	all := map[string]string{
		"go.mod": "module example.com/first\n\ngo 1.22\n",
		"users/user.go": `package users

type User struct {
	Email string
}

func Save(u *User) string { return u.Email }
`,
	}
	for k, v := range files {
		all[k] = v
	}
	writeFiles(t, dir, all)
	return dir
}

// TestFirstRunSummary checks that privlint check ends with a one-line
// summary on standard error (counts per rule and level) and, without a
// policy, the hint to run privlint init; standard output stays the report.
func TestFirstRunSummary(t *testing.T) {
	dir := firstModule(t, nil)
	r := runIn(t, dir, nil, privlint, "check", "./...")
	if r.code != 1 {
		t.Fatalf("exit %d, want 1\n%s%s", r.code, r.stdout, r.stderr)
	}
	if strings.Contains("\n"+r.stdout, "\nprivlint: ") {
		t.Errorf("the summary went to standard output:\n%s", r.stdout)
	}
	lines := strings.Split(strings.TrimSpace(r.stderr), "\n")
	if len(lines) < 2 {
		t.Fatalf("stderr lacks the summary and the hint:\n%s", r.stderr)
	}
	if got, want := lines[len(lines)-2], "privlint: 1 finding (PL001 warning 1)"; got != want {
		t.Errorf("summary line %q, want %q", got, want)
	}
	if hint := lines[len(lines)-1]; !strings.Contains(hint, "privlint init") || !strings.Contains(hint, "no privlint.yaml") {
		t.Errorf("no init hint after the summary: %q", hint)
	}

	// With a policy: the summary, no hint.
	writeFiles(t, dir, map[string]string{"privlint.yaml": "version: 1\n"})
	r = runIn(t, dir, nil, privlint, "check", "--format", "json", "./...")
	if strings.Contains(r.stderr, "privlint init") {
		t.Errorf("the init hint is printed although privlint.yaml exists:\n%s", r.stderr)
	}
	if !strings.Contains(r.stderr, "privlint: 1 finding (PL001 warning 1)\n") {
		t.Errorf("no summary with --format json:\n%s", r.stderr)
	}

	// The README shows the example's summary under its output.
	ex := runIn(t, exampleDir(t), nil, privlint, "check", "./...")
	sum := ex.stderr[strings.LastIndex(strings.TrimSuffix(ex.stderr, "\n"), "\n")+1:]
	if !strings.HasPrefix(sum, "privlint: ") {
		t.Fatalf("the example's stderr does not end with a summary:\n%s", ex.stderr)
	}
	readme, err := os.ReadFile(filepath.Join("..", "..", "README.md"))
	if err != nil {
		t.Fatal(err)
	}
	if !strings.Contains(string(readme), sum) {
		t.Errorf("README.md does not show the example's summary line %q", sum)
	}
}
