//go:build !unix

package report

import "os"

// setBlocking is a no-op where O_NONBLOCK does not apply to files.
func setBlocking(*os.File) error { return nil }
