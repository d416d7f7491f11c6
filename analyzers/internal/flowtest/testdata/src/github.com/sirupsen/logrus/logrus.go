// Package logrus is a stand-in for github.com/sirupsen/logrus.
package logrus

type Fields map[string]any
type Entry struct{ Data Fields }
type Logger struct{}

func WithField(key string, value any) *Entry            { return &Entry{} }
func WithFields(f Fields) *Entry                        { return &Entry{} }
func Info(args ...any)                                  {}
func Infof(format string, args ...any)                  {}
func (e *Entry) WithField(key string, value any) *Entry { return e }
func (e *Entry) Info(args ...any)                       {}
func (e *Entry) Warn(args ...any)                       {}
