// Package lgr is a test stub of github.com/go-pkgz/lgr: a package-level
// logger (Printf, Print, Fatalf) and the L interface its Logger and Func
// implement.
package lgr

import "fmt"

// L is the logging interface.
type L interface {
	Logf(format string, args ...interface{})
}

// Func adapts a function to L.
type Func func(format string, args ...interface{})

// Logf calls f.
func (f Func) Logf(format string, args ...interface{}) { f(format, args...) }

// Logger is the default implementation of L.
type Logger struct{}

// Option configures a Logger.
type Option func(l *Logger)

// New makes a Logger.
func New(options ...Option) *Logger { return &Logger{} }

// Logf writes a line.
func (l *Logger) Logf(format string, args ...interface{}) { fmt.Sprintf(format, args...) }

// Printf writes a line with the default logger.
func Printf(format string, args ...interface{}) {}

// Print writes a line with the default logger.
func Print(line string) {}

// Fatalf writes a line and exits.
func Fatalf(format string, args ...interface{}) {}

// Secret hides the values in every line.
func Secret(vals ...string) Option { return func(*Logger) {} }

// Setup sets the default logger's options.
func Setup(opts ...Option) {}
