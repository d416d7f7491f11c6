//go:build unix

package report

import (
	"io"
	"net"
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"syscall"
	"testing"
)

// TestWriteFileRefusesPipes is issue 21 item 11: a report path that is a
// named pipe (nobody reads it) or a socket is refused, naming it, instead
// of blocking; the process's own standard output is written even when it
// is a pipe or a regular file.
func TestWriteFileRefusesPipes(t *testing.T) {
	dir := t.TempDir()
	fifo := filepath.Join(dir, "report.sarif")
	if err := syscall.Mkfifo(fifo, 0o644); err != nil {
		t.Skipf("mkfifo: %v", err)
	}
	write := func(w io.Writer) error { _, err := io.WriteString(w, "report\n"); return err }
	done := make(chan error, 1)
	go func() { done <- WriteFile(fifo, write) }()
	err := <-done // a regression blocks here; the test binary's timeout reports it
	if err == nil || !strings.Contains(err.Error(), fifo) || !strings.Contains(err.Error(), "named pipe") {
		t.Errorf("WriteFile(FIFO) = %v; want a refusal naming it", err)
	}
	sock := filepath.Join(dir, "s.sock")
	if l, err := net.Listen("unix", sock); err == nil {
		defer l.Close()
		if err := WriteFile(sock, write); err == nil || !strings.Contains(err.Error(), "a socket") {
			t.Errorf("WriteFile(socket) = %v; want a refusal", err)
		}
	}

	// Our own stdout, a pipe here, named through /dev/fd: written
	// through; another pipe named the same way is refused.
	if _, err := os.Stat("/dev/fd/0"); err != nil {
		t.Skipf("no /dev/fd: %v", err)
	}
	r, w, err := os.Pipe()
	if err != nil {
		t.Fatal(err)
	}
	defer r.Close()
	name := "/dev/fd/" + strconv.Itoa(int(w.Fd()))
	if err := WriteFile(name, write); err == nil || !strings.Contains(err.Error(), "named pipe") {
		t.Errorf("WriteFile(%s), a pipe that is not stdout = %v; want a refusal", name, err)
	}
	saved := os.Stdout
	os.Stdout = w
	err = WriteFile(name, write)
	os.Stdout = saved
	w.Close()
	got, _ := io.ReadAll(r)
	if err != nil || string(got) != "report\n" {
		t.Errorf("WriteFile(%s), our stdout = %v, wrote %q", name, err, got)
	}
}
