package main_test

import (
	"encoding/json"
	"errors"
	"io/fs"
	"os"
	"os/exec"
	"path/filepath"
	"slices"
	"strconv"
	"strings"
	"testing"
)

// TestFaults injects faults around privlint check: a full output device
// (stdout and --output), an output directory that does not exist, an
// unreadable Go file and unreadable schema files. Each must give exit
// code 2 and a message naming what failed, and must leave an existing
// report untouched, never half-written.
func TestFaults(t *testing.T) {
	dir := exampleDir(t)

	if _, err := os.Stat("/dev/full"); err == nil {
		full, err := os.OpenFile("/dev/full", os.O_WRONLY, 0)
		if err != nil {
			t.Fatal(err)
		}
		defer full.Close()
		cmd := exec.Command(privlint, "check", "--format", "sarif")
		cmd.Dir = dir
		cmd.Stdout = full
		var stderr strings.Builder
		cmd.Stderr = &stderr
		err = cmd.Run()
		var ee *exec.ExitError
		if !errors.As(err, &ee) {
			t.Fatalf("running privlint: %v", err)
		}
		if code := ee.ExitCode(); code != 2 || !strings.Contains(stderr.String(), "no space left on device") {
			t.Errorf("stdout on a full device: exit %d, stderr %q; want 2 and the cause", code, stderr.String())
		}
		r := runIn(t, dir, nil, privlint, "check", "--format", "sarif", "--output", "/dev/full")
		if r.code != 2 || !strings.Contains(r.stderr, "/dev/full") || !strings.Contains(r.stderr, "no space left on device") {
			t.Errorf("--output /dev/full: exit %d, stderr %q; want 2 naming the file and the cause", r.code, r.stderr)
		}
	} else {
		t.Log("no /dev/full here; the failing-writer cases are covered by internal/report's tests")
	}

	// A good report from an earlier run stays as it was when a later run
	// fails: before writing (a broken policy) or while writing.
	out := filepath.Join(t.TempDir(), "privlint.sarif")
	if r := runIn(t, dir, nil, privlint, "check", "--format", "sarif", "--output", out); r.code != 1 {
		t.Fatalf("first run: exit %d\n%s", r.code, r.stderr)
	}
	good, err := os.ReadFile(out)
	if err != nil || !json.Valid(good) {
		t.Fatalf("first report: %v", err)
	}
	bad := filepath.Join(t.TempDir(), "privlint.yaml")
	if err := os.WriteFile(bad, []byte("version: 1\npurposes: [\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	r := runIn(t, dir, nil, privlint, "check", "--config", bad, "--format", "sarif", "--output", out)
	if r.code != 2 || !strings.Contains(r.stderr, "privlint.yaml:") {
		t.Errorf("broken policy: exit %d, stderr %q; want 2 naming the policy file and line", r.code, r.stderr)
	}
	if now, _ := os.ReadFile(out); string(now) != string(good) {
		t.Error("a failed run changed the earlier report")
	}
	if entries, _ := os.ReadDir(filepath.Dir(out)); len(entries) != 1 {
		t.Errorf("stray files next to the report: %v", entries)
	}

	// Unreadable inputs: a Go file that is a dangling link, a schema that is a
	// dangling link and one that is a link loop (and, when not running as
	// root, a file without read permission).
	mod := t.TempDir()
	writeFiles(t, mod, map[string]string{
		".git/HEAD": "ref: refs/heads/main\n",
		"go.mod":    "module example.com/faults\n\ngo 1.26\n",
		"a/a.go":    "package a\n\n// User is a customer.\ntype User struct {\n\tEmail string\n}\n",
		"b/c.go":    "package b\n",
	})
	for name, target := range map[string]string{"dangling.json": "missing.json", "loop.yaml": "loop.yaml", "b/b.go": "gone.go"} {
		if err := os.Symlink(target, filepath.Join(mod, name)); err != nil {
			t.Fatal(err)
		}
	}
	args := []string{"check", "./...", "dangling.json", "loop.yaml"}
	wants := []string{
		"a/a.go:5:2: PL001",
		"b.go",
		"dangling.json: error: cannot read schema path",
		"loop.yaml: error: cannot read schema path",
	}
	if os.Geteuid() != 0 {
		writeFiles(t, mod, map[string]string{"secret.schema.json": `{"type": "object"}`})
		if err := os.Chmod(filepath.Join(mod, "secret.schema.json"), 0); err != nil {
			t.Fatal(err)
		}
		args = append(args, "secret.schema.json")
		wants = append(wants, "secret.schema.json: error: cannot read the schema")
	}
	r = runIn(t, mod, nil, privlint, args...)
	if r.code != 2 {
		t.Errorf("unreadable inputs: exit %d, want 2\n%s%s", r.code, r.stdout, r.stderr)
	}
	for _, w := range wants {
		if !strings.Contains(r.stdout+r.stderr, w) {
			t.Errorf("unreadable inputs: output lacks %q:\n%s%s", w, r.stdout, r.stderr)
		}
	}
}

// TestDeterministicAcrossDirectoryOrder copies the example twice, creating
// the files in opposite orders (tmpfs, where /dev/shm usually is, lists a
// directory in creation order), and expects byte-identical SARIF.
func TestDeterministicAcrossDirectoryOrder(t *testing.T) {
	src := exampleDir(t)
	var files []string
	err := filepath.WalkDir(src, func(p string, d fs.DirEntry, err error) error {
		if err == nil && !d.IsDir() {
			files = append(files, p)
		}
		return err
	})
	if err != nil {
		t.Fatal(err)
	}
	base := t.TempDir()
	if st, err := os.Stat("/dev/shm"); err == nil && st.IsDir() {
		if d, err := os.MkdirTemp("/dev/shm", "privlint-order"); err == nil {
			base = d
			t.Cleanup(func() { os.RemoveAll(d) })
		}
	}
	var outs []string
	var listings [][]string
	reversed := slices.Clone(files)
	slices.Reverse(reversed)
	for i, order := range [][]string{files, reversed} {
		// The same path both times: SARIF names the checkout's root.
		dst := filepath.Join(base, "example")
		if err := os.RemoveAll(dst); err != nil {
			t.Fatal(err)
		}
		for _, f := range order {
			rel, _ := filepath.Rel(src, f)
			data, err := os.ReadFile(f)
			if err != nil {
				t.Fatal(err)
			}
			target := filepath.Join(dst, rel)
			if err := os.MkdirAll(filepath.Dir(target), 0o755); err != nil {
				t.Fatal(err)
			}
			if err := os.WriteFile(target, data, 0o644); err != nil {
				t.Fatal(err)
			}
		}
		writeFiles(t, dst, map[string]string{".git/HEAD": "ref: refs/heads/main\n"})
		listings = append(listings, rawListing(t, filepath.Join(dst, "users")))
		r := runIn(t, dst, nil, privlint, "check", "--format", "sarif", "--include-suppressed")
		if r.code != 1 || r.stdout == "" {
			t.Fatalf("copy %d: exit %d\n%s", i, r.code, r.stderr)
		}
		outs = append(outs, r.stdout)
	}
	if slices.Equal(listings[0], listings[1]) {
		t.Logf("this file system lists both copies in the same order (%v); the comparison still holds", listings[0])
	}
	if outs[0] != outs[1] {
		t.Error("SARIF differs between copies whose directories list in different orders")
	}
}

// rawListing returns a directory's names in the order the file system
// gives them (os.ReadDir would sort them).
func rawListing(t *testing.T, dir string) []string {
	t.Helper()
	f, err := os.Open(dir)
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	names, err := f.Readdirnames(-1)
	if err != nil {
		t.Fatal(err)
	}
	return names
}

// TestRunsNothing analyzes a module whose go:generate directive, package
// init, test init and TestMain would each leave a marker file if run:
// privlint check, inventory and go vet -vettool=privlint must leave none.
func TestRunsNothing(t *testing.T) {
	mod := t.TempDir()
	markers := t.TempDir()
	mark := func(name string) string {
		return "func init() { os.WriteFile(" + strconvQuote(filepath.Join(markers, name)) + ", nil, 0o644) }\n"
	}
	writeFiles(t, mod, map[string]string{
		".git/HEAD": "ref: refs/heads/main\n",
		"go.mod":    "module example.com/runsnothing\n\ngo 1.26\n",
		"a/a.go": "package a\n\nimport \"os\"\n\n//go:generate touch " + filepath.Join(markers, "generate") + "\n\n" +
			"// User is a customer.\ntype User struct {\n\tEmail string\n}\n\n" + mark("init"),
		"a/a_test.go": "package a\n\nimport (\n\t\"os\"\n\t\"testing\"\n)\n\n" + mark("testinit") +
			"\nfunc TestMain(m *testing.M) { os.WriteFile(" + strconvQuote(filepath.Join(markers, "testmain")) + ", nil, 0o644); os.Exit(m.Run()) }\n",
		"cmd/app/main.go": "package main\n\nimport \"os\"\n\n" + mark("main") + "\nfunc main() {}\n",
	})
	for _, args := range [][]string{{"check", "./..."}, {"inventory", "./..."}} {
		if r := runIn(t, mod, nil, privlint, args...); r.code == 2 {
			t.Fatalf("privlint %v: exit 2\n%s%s", args, r.stdout, r.stderr)
		}
	}
	if r := runIn(t, mod, nil, "go", "vet", "-vettool="+privlint, "./..."); r.code != 0 && r.code != 1 {
		t.Fatalf("go vet: exit %d\n%s", r.code, r.stderr)
	}
	if entries, _ := os.ReadDir(markers); len(entries) != 0 {
		var names []string
		for _, e := range entries {
			names = append(names, e.Name())
		}
		t.Errorf("code of the analyzed module ran: markers %v", names)
	}
	// Control: the markers do appear when the code is run.
	runIn(t, mod, nil, "go", "generate", "./...")
	runIn(t, mod, nil, "go", "run", "./cmd/app")
	for _, m := range []string{"generate", "main"} {
		if _, err := os.Stat(filepath.Join(markers, m)); err != nil {
			t.Errorf("control: running the module's code left no %s marker: %v", m, err)
		}
	}
}

func strconvQuote(s string) string { return strconv.Quote(s) }
