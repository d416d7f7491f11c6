// Package logger is an application's own logging package: Info writes a
// message and its arguments to the log.
package logger

import (
	"fmt"
	"os"
)

// Info writes msg and args to standard error.
func Info(msg string, args ...any) {
	fmt.Fprintln(os.Stderr, append([]any{msg}, args...)...)
}
