//go:build unix

package safefile

import (
	"errors"
	"os"
	"path/filepath"
	"strings"
	"syscall"
	"testing"
)

// TestOpenNeverBlocks checks that a named pipe nobody writes to, named
// directly or through a link, is refused and not opened for reading (which
// would block).
func TestOpenNeverBlocks(t *testing.T) {
	root := t.TempDir()
	fifo := filepath.Join(root, "privlint.yaml")
	if err := syscall.Mkfifo(fifo, 0o644); err != nil {
		t.Skipf("mkfifo: %v", err)
	}
	for _, r := range []string{"", root} {
		_, err := OpenNamed(fifo, r)
		if !errors.Is(err, ErrNotRegular) || !strings.Contains(err.Error(), "a named pipe (FIFO), not a regular file") {
			t.Errorf("OpenNamed(FIFO, %q) = %v; want ErrNotRegular", r, err)
		}
	}
	link := filepath.Join(root, "schema.json")
	if err := os.Symlink("privlint.yaml", link); err != nil {
		t.Fatal(err)
	}
	if _, err := Open(link, root); !errors.Is(err, ErrNotRegular) {
		t.Errorf("Open(link to a FIFO) = %v; want ErrNotRegular", err)
	}
}
