package safefile

import (
	"errors"
	"io"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// tree is a repository root (with .git) holding a file, a link to it, a
// link to a file outside, a link to a directory outside and a link to a
// device; and the directory outside.
func tree(t *testing.T) (root, outside string) {
	t.Helper()
	root, outside = t.TempDir(), t.TempDir()
	for p, body := range map[string]string{
		filepath.Join(root, ".git", "HEAD"):        "ref: refs/heads/main\n",
		filepath.Join(root, "conf", "policy.yaml"): "version: 1\n",
		filepath.Join(outside, "secret"):           "ghp_S3CRET\n",
	} {
		if err := os.MkdirAll(filepath.Dir(p), 0o755); err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(p, []byte(body), 0o600); err != nil {
			t.Fatal(err)
		}
	}
	for link, target := range map[string]string{
		"rel.yaml":   filepath.Join("conf", "policy.yaml"),
		"abs.yaml":   filepath.Join(root, "conf", "policy.yaml"),
		"out.yaml":   filepath.Join(outside, "secret"),
		"outdir":     outside,
		"zero.json":  os.DevNull,
		"chain.yaml": "out.yaml",
		"updown":     filepath.Join("..", filepath.Base(root), "conf"),
	} {
		if err := os.Symlink(target, filepath.Join(root, link)); err != nil {
			t.Skipf("symbolic links: %v", err)
		}
	}
	return root, outside
}

func TestOpen(t *testing.T) {
	root, outside := tree(t)
	in := func(n ...string) string { return filepath.Join(append([]string{root}, n...)...) }
	for _, c := range []struct {
		name, root string
		named      bool
		want       error // nil: opens
	}{
		{in("conf", "policy.yaml"), root, false, nil},
		{in("rel.yaml"), root, false, nil},
		{in("abs.yaml"), root, false, nil},
		{in("updown", "policy.yaml"), root, false, nil},
		{in("conf", "..", "conf", "policy.yaml"), root, false, nil},
		{in("out.yaml"), root, false, ErrOutsideRoot},
		{in("chain.yaml"), root, false, ErrOutsideRoot},
		{in("outdir", "secret"), root, false, ErrOutsideRoot},
		{in("zero.json"), root, false, ErrNotRegular},
		{in("conf"), root, false, ErrNotRegular},
		{filepath.Join(outside, "secret"), root, false, ErrOutsideRoot},
		{in("..", filepath.Base(outside), "secret"), root, false, ErrOutsideRoot},
		{os.DevNull, root, false, ErrOutsideRoot},
		// Named by the user: outside the root as written is allowed;
		// inside, a link out is still refused.
		{filepath.Join(outside, "secret"), root, true, nil},
		{in("out.yaml"), root, true, ErrOutsideRoot},
		{in("outdir", "secret"), root, true, ErrOutsideRoot},
		{os.DevNull, root, true, ErrNotRegular},
		// No root: regular files only.
		{in("out.yaml"), "", false, nil},
		{in("zero.json"), "", false, ErrNotRegular},
	} {
		open := Open
		if c.named {
			open = OpenNamed
		}
		f, err := open(c.name, c.root)
		if err == nil {
			f.Close()
		}
		switch {
		case c.want == nil && err != nil:
			t.Errorf("open(%s, named %v) = %v; want it opened", c.name, c.named, err)
		case c.want != nil && !errors.Is(err, c.want):
			t.Errorf("open(%s, named %v) = %v; want %v", c.name, c.named, err, c.want)
		case c.want != nil && (!strings.Contains(err.Error(), c.name) || strings.Contains(err.Error(), "S3CRET")):
			t.Errorf("open(%s): error %q does not name the path, or shows the content", c.name, err)
		}
	}
	// The link's target is not named either: only the link.
	_, err := Open(in("out.yaml"), root)
	if strings.Contains(err.Error(), outside) {
		t.Errorf("the error names where the link points: %v", err)
	}
	// What is opened is what was checked.
	f, err := Open(in("rel.yaml"), root)
	if err != nil {
		t.Fatal(err)
	}
	data, _ := io.ReadAll(f)
	f.Close()
	if string(data) != "version: 1\n" {
		t.Errorf("read %q", data)
	}
}

// TestRootThroughLink checks that a root named through a symbolic link
// (as /tmp is on macOS) confines the same files as its real path.
func TestRootThroughLink(t *testing.T) {
	root, _ := tree(t)
	alias := filepath.Join(t.TempDir(), "alias")
	if err := os.Symlink(root, alias); err != nil {
		t.Fatal(err)
	}
	for _, r := range []string{root, alias} {
		for _, n := range []string{filepath.Join(root, "rel.yaml"), filepath.Join(alias, "rel.yaml")} {
			if f, err := Open(n, r); err != nil {
				t.Errorf("Open(%s, %s) = %v", n, r, err)
			} else {
				f.Close()
			}
			if _, err := Open(filepath.Join(filepath.Dir(n), "out.yaml"), r); !errors.Is(err, ErrOutsideRoot) {
				t.Errorf("Open(out.yaml, %s) = %v; want ErrOutsideRoot", r, err)
			}
		}
	}
}

func TestRoots(t *testing.T) {
	base := t.TempDir()
	deep := filepath.Join(base, "repo", "mod", "pkg")
	if err := os.MkdirAll(deep, 0o755); err != nil {
		t.Fatal(err)
	}
	if got := RepoRoot(deep); got != deep {
		t.Errorf("no .git, no go.mod: RepoRoot = %s, want the directory itself", got)
	}
	if err := os.WriteFile(filepath.Join(base, "repo", "mod", "go.mod"), []byte("module m\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	if got := RepoRoot(deep); got != filepath.Join(base, "repo", "mod") {
		t.Errorf("go.mod: RepoRoot = %s", got)
	}
	if err := os.WriteFile(filepath.Join(base, "repo", ".git"), []byte("gitdir: x\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	if got, ok := GitRoot(deep); !ok || got != filepath.Join(base, "repo") || RepoRoot(deep) != got {
		t.Errorf(".git: GitRoot = %s, %v; RepoRoot = %s", got, ok, RepoRoot(deep))
	}
	repo := filepath.Join(base, "repo")
	if got := RootFor(repo, deep); got != repo {
		t.Errorf("RootFor inside = %s", got)
	}
	other := t.TempDir()
	if got := RootFor(repo, other); got != other {
		t.Errorf("RootFor outside = %s, want %s", got, other)
	}
	for name, want := range map[string]bool{
		repo: true, deep: true, filepath.Join(repo, "..", "repo", "x"): true,
		base: false, filepath.Join(repo, "..", "other"): false, repo + "x": false,
	} {
		if Inside(repo, name) != want {
			t.Errorf("Inside(%s, %s) = %v", repo, name, !want)
		}
	}
}

func TestOutputPath(t *testing.T) {
	root, outside := tree(t)
	if err := os.Symlink("conf", filepath.Join(root, "confdir")); err != nil {
		t.Fatal(err)
	}
	for _, c := range []struct {
		name, want string
		err        error
	}{
		{filepath.Join(root, "r.sarif"), filepath.Join(root, "r.sarif"), nil},
		{filepath.Join(root, "confdir", "r.sarif"), filepath.Join(root, "conf", "r.sarif"), nil},
		{filepath.Join(root, "rel.yaml"), filepath.Join(root, "rel.yaml"), nil}, // a link inside: replaced by the rename
		{filepath.Join(root, "outdir", "r.sarif"), "", ErrOutsideRoot},
		{filepath.Join(root, "out.yaml"), "", ErrOutsideRoot},
		{filepath.Join(root, "zero.json"), "", ErrOutsideRoot},
		{filepath.Join(outside, "r.sarif"), filepath.Join(outside, "r.sarif"), nil}, // named outside
	} {
		got, err := OutputPath(c.name, root)
		if c.err != nil {
			if !errors.Is(err, c.err) || !strings.Contains(err.Error(), c.name) {
				t.Errorf("OutputPath(%s) = %q, %v; want %v naming it", c.name, got, err, c.err)
			}
			continue
		}
		realWant, _ := filepath.EvalSymlinks(filepath.Dir(c.want))
		if err != nil || filepath.Dir(got) != realWant || filepath.Base(got) != filepath.Base(c.want) {
			t.Errorf("OutputPath(%s) = %q, %v; want %s", c.name, got, err, c.want)
		}
	}
	if got, err := OutputPath(filepath.Join(root, "outdir", "r"), ""); err != nil || got != filepath.Join(root, "outdir", "r") {
		t.Errorf("unconfined: %q, %v", got, err)
	}
}
