// Package zap is a stand-in for go.uber.org/zap.
package zap

type Field struct {
	Key    string
	String string
	Int    int64
}
type Logger struct{}
type SugaredLogger struct{}

func NewNop() *Logger                                { return &Logger{} }
func String(k, v string) Field                       { return Field{Key: k, String: v} }
func Int(k string, v int) Field                      { return Field{Key: k, Int: int64(v)} }
func Error(err error) Field                          { return Field{Key: "error"} }
func (l *Logger) Info(msg string, fields ...Field)   {}
func (l *Logger) Error(msg string, fields ...Field)  {}
func (l *Logger) With(fields ...Field) *Logger       { return l }
func (l *Logger) Sugar() *SugaredLogger              { return &SugaredLogger{} }
func (s *SugaredLogger) Infow(msg string, kv ...any) {}
func (s *SugaredLogger) Infof(tmpl string, a ...any) {}
