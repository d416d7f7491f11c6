//go:build unix

package report

import (
	"os"
	"syscall"
)

// setBlocking clears O_NONBLOCK, with which writeDirect opens a device so
// that the open cannot block, for the writes that follow.
func setBlocking(f *os.File) error {
	rc, err := f.SyscallConn()
	if err != nil {
		return err
	}
	var serr error
	if err := rc.Control(func(fd uintptr) { serr = syscall.SetNonblock(int(fd), false) }); err != nil {
		return err
	}
	return serr
}
