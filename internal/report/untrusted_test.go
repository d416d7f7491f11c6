package report

import (
	"errors"
	"io"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/privlint/privlint/rules/safefile"
)

// TestWriteFileInConfines is issue 21 item 11: confined to the repository
// root, a report path whose directory (or which itself) is a link out of
// the repository is refused and nothing is written outside; links inside
// the repository, and paths outside it named as such, are written.
func TestWriteFileInConfines(t *testing.T) {
	repo, outside := t.TempDir(), t.TempDir()
	if err := os.MkdirAll(filepath.Join(repo, "reports"), 0o755); err != nil {
		t.Fatal(err)
	}
	for link, target := range map[string]string{
		"out":          outside,
		"in":           "reports",
		"file.sarif":   filepath.Join(outside, "victim"),
		"stdout.sarif": "/dev/null",
	} {
		if err := os.Symlink(target, filepath.Join(repo, link)); err != nil {
			t.Skipf("symbolic links: %v", err)
		}
	}
	if err := os.WriteFile(filepath.Join(outside, "victim"), []byte("keep\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	write := func(w io.Writer) error { _, err := io.WriteString(w, "report\n"); return err }
	for _, name := range []string{"out/r.sarif", "file.sarif", "stdout.sarif", "in/../out/r.sarif"} {
		p := filepath.Join(repo, name)
		err := WriteFileIn(p, repo, write)
		if !errors.Is(err, safefile.ErrOutsideRoot) || !strings.Contains(err.Error(), p) {
			t.Errorf("WriteFileIn(%s) = %v; want a refusal naming it", name, err)
		}
	}
	if entries, _ := os.ReadDir(outside); len(entries) != 1 {
		t.Errorf("written outside the repository: %v", entries)
	}
	if got, _ := os.ReadFile(filepath.Join(outside, "victim")); string(got) != "keep\n" {
		t.Errorf("the file a link pointed to changed: %q", got)
	}
	if err := WriteFileIn(filepath.Join(repo, "in", "r.sarif"), repo, write); err != nil {
		t.Errorf("through a link inside the repository: %v", err)
	}
	if got, _ := os.ReadFile(filepath.Join(repo, "reports", "r.sarif")); string(got) != "report\n" {
		t.Errorf("through a link inside the repository: %q", got)
	}
	if err := WriteFileIn(filepath.Join(outside, "named.sarif"), repo, write); err != nil {
		t.Errorf("a path outside the repository as written: %v", err)
	}
	// Unconfined, the linked directory is followed (a local run).
	if err := WriteFile(filepath.Join(repo, "out", "local.sarif"), write); err != nil {
		t.Errorf("unconfined: %v", err)
	}
}
