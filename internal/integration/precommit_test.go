package integration_test

import (
	"bytes"
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"slices"
	"strings"
	"testing"
)

// gitEnv makes git commits work without a user configuration.
var gitEnv = []string{
	"GIT_AUTHOR_NAME=privlint test", "GIT_AUTHOR_EMAIL=test@privlint.invalid",
	"GIT_COMMITTER_NAME=privlint test", "GIT_COMMITTER_EMAIL=test@privlint.invalid",
	"GIT_CONFIG_NOSYSTEM=1",
}

// command runs name in dir with the process environment plus env and
// returns its combined output and exit code.
func command(t *testing.T, dir string, env []string, name string, args ...string) (string, int) {
	t.Helper()
	cmd := exec.Command(name, args...)
	cmd.Dir = dir
	cmd.Env = append(os.Environ(), env...)
	var out bytes.Buffer
	cmd.Stdout, cmd.Stderr = &out, &out
	err := cmd.Run()
	if err != nil {
		ee, ok := err.(*exec.ExitError)
		if !ok {
			t.Fatalf("%s %v: %v", name, args, err)
		}
		return out.String(), ee.ExitCode()
	}
	return out.String(), 0
}

func mustRun(t *testing.T, dir string, env []string, name string, args ...string) string {
	t.Helper()
	out, code := command(t, dir, env, name, args...)
	if code != 0 {
		t.Fatalf("%s %s: exit %d\n%s", name, strings.Join(args, " "), code, out)
	}
	return out
}

// gitRepo makes dir a git repository with everything in it committed.
func gitRepo(t *testing.T, dir string) {
	t.Helper()
	mustRun(t, dir, gitEnv, "git", "init", "-q")
	mustRun(t, dir, gitEnv, "git", "add", "-A")
	mustRun(t, dir, gitEnv, "git", "commit", "-q", "--no-gpg-sign", "-m", "snapshot")
}

// hookRepo returns a committed snapshot of this repository as it would be
// committed now — tracked and untracked files that .gitignore does not
// exclude — so that pre-commit sees the working tree, new files included
// (try-repo's own snapshot only carries changes to tracked files).
func hookRepo(t *testing.T) string {
	t.Helper()
	root := repoRoot(t)
	list, code := command(t, root, nil, "git", "ls-files", "-z", "--cached", "--others", "--exclude-standard")
	if code != 0 {
		t.Skipf("%s is not a git checkout (git ls-files: %s); pre-commit needs one", root, list)
	}
	dst := t.TempDir()
	for _, name := range strings.Split(list, "\x00") {
		if name == "" {
			continue
		}
		data, err := os.ReadFile(filepath.Join(root, name))
		if os.IsNotExist(err) {
			continue // deleted in the working tree
		}
		if err != nil {
			t.Fatal(err)
		}
		target := filepath.Join(dst, name)
		if err := os.MkdirAll(filepath.Dir(target), 0o755); err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(target, data, 0o644); err != nil {
			t.Fatal(err)
		}
	}
	gitRepo(t, dst)
	return dst
}

// preCommitEnv isolates pre-commit's store in home and lets the hook's
// `go install ./...` reuse this machine's module and build caches (pre-commit
// sets GOPATH to its own directory, which would otherwise move the module
// cache there and download every module again).
func preCommitEnv(t *testing.T, home string) []string {
	t.Helper()
	env := append([]string{"PRE_COMMIT_HOME=" + home, "PRE_COMMIT_COLOR=never"}, gitEnv...)
	for _, v := range []string{"GOMODCACHE", "GOCACHE"} {
		out, err := exec.Command("go", "env", v).Output()
		if err != nil {
			t.Fatalf("go env %s: %v", v, err)
		}
		env = append(env, v+"="+strings.TrimSpace(string(out)))
	}
	return env
}

var ruleIDs = regexp.MustCompile(`\bPL\d{3}\b`)

// TestPreCommitHooks runs the hooks of .pre-commit-hooks.yaml with the
// real pre-commit (pre-commit try-repo) in scratch git repositories holding
// a copy of testdata/example: each hook fails on the example's findings
// and passes once they are fixed or switched off in privlint.yaml.
func TestPreCommitHooks(t *testing.T) {
	if _, err := exec.LookPath("pre-commit"); err != nil {
		t.Skip("pre-commit is not installed (.ci/run installs it: apt-get install pre-commit); skipping the pre-commit hook test")
	}
	if _, err := exec.LookPath("git"); err != nil {
		t.Skip("git is not installed; pre-commit needs it")
	}
	if testing.Short() {
		t.Skip("builds privlint through pre-commit")
	}
	hooks := hookRepo(t)
	env := preCommitEnv(t, t.TempDir())
	example := filepath.Join(repoRoot(t), "testdata", "example")

	t.Run("privlint", func(t *testing.T) {
		proj := t.TempDir()
		copyTree(t, example, proj)
		gitRepo(t, proj)
		out, code := command(t, proj, env, "pre-commit", "try-repo", hooks, "privlint", "--all-files")
		if code != 1 || !strings.Contains(out, "users/service.go:") || !strings.Contains(out, "PL102") {
			t.Fatalf("privlint hook on the example: exit %d; want 1 with the example's findings\n%s", code, out)
		}
		if !strings.Contains(out, "- hook id: privlint") {
			t.Errorf("output does not name the failing hook:\n%s", out)
		}

		// Switch off every rule that fired, in the policy: the hook passes.
		ids := ruleIDs.FindAllString(out, -1)
		slices.Sort(ids)
		ids = slices.Compact(ids)
		pol := filepath.Join(proj, "privlint.yaml")
		data, err := os.ReadFile(pol)
		if err != nil {
			t.Fatal(err)
		}
		var off []string
		for _, id := range ids {
			off = append(off, id+": off")
		}
		data = append(data, []byte("rules: {"+strings.Join(off, ", ")+"}\n")...)
		if err := os.WriteFile(pol, data, 0o644); err != nil {
			t.Fatal(err)
		}
		mustRun(t, proj, gitEnv, "git", "commit", "-q", "--no-gpg-sign", "-am", "switch the rules off")
		out, code = command(t, proj, env, "pre-commit", "try-repo", hooks, "privlint", "--all-files")
		if code != 0 || !strings.Contains(out, "Passed") {
			t.Fatalf("privlint hook with %v off: exit %d; want 0 (Passed)\n%s", ids, code, out)
		}
	})

	t.Run("privlint-schemas", func(t *testing.T) {
		// No go.mod: the hook must not load Go packages (that would fail).
		proj := t.TempDir()
		copyTree(t, filepath.Join(example, "schemas"), filepath.Join(proj, "schemas"))
		pol, err := os.ReadFile(filepath.Join(example, "privlint.yaml"))
		if err != nil {
			t.Fatal(err)
		}
		writeFile(t, filepath.Join(proj, "privlint.yaml"), string(pol))
		writeFile(t, filepath.Join(proj, "ci.yaml"), "not: a schema\n") // must not be passed
		gitRepo(t, proj)
		out, code := command(t, proj, env, "pre-commit", "try-repo", hooks, "privlint-schemas", "--all-files", "--verbose")
		if code != 1 || !strings.Contains(out, "schemas/customer.schema.json:15:5: PL101") || !strings.Contains(out, "PL004") {
			t.Fatalf("privlint-schemas hook: exit %d; want 1 with the schema's PL101 and PL004\n%s", code, out)
		}
		if strings.Contains(out, "ci.yaml") || strings.Contains(out, "go.mod") {
			t.Errorf("privlint-schemas checked a file that is not a schema, or loaded Go packages:\n%s", out)
		}

		// Fix the findings: encrypt the stored fields, give the special
		// category a basis.
		schema := filepath.Join(proj, "schemas", "customer.schema.json")
		s := readFile(t, schema)
		s = strings.Replace(s, `"creditCardNumber": {"type": "string"}`, `"creditCardNumber": {"type": "string", "x-encrypted": true}`, 1)
		s = strings.Replace(s, `"x-purpose": "wellness"`, `"x-purpose": "wellness", "x-encrypted": true`, 1)
		writeFile(t, schema, s)
		p := readFile(t, filepath.Join(proj, "privlint.yaml"))
		p = strings.Replace(p, "    categories: [user.health_and_medical]", "    special_category_basis: explicit_consent\n    categories: [user.health_and_medical]", 1)
		writeFile(t, filepath.Join(proj, "privlint.yaml"), p)
		mustRun(t, proj, gitEnv, "git", "commit", "-q", "--no-gpg-sign", "-am", "fix the schema")
		out, code = command(t, proj, env, "pre-commit", "try-repo", hooks, "privlint-schemas", "--all-files")
		if code != 0 || !strings.Contains(out, "Passed") {
			t.Fatalf("privlint-schemas after the fix: exit %d; want 0 (Passed)\n%s", code, out)
		}
	})
}

func readFile(t *testing.T, path string) string {
	t.Helper()
	data, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	return string(data)
}

func writeFile(t *testing.T, path, content string) {
	t.Helper()
	if err := os.WriteFile(path, []byte(content), 0o644); err != nil {
		t.Fatal(err)
	}
}
