// Package zerolog is a stand-in for github.com/rs/zerolog.
package zerolog

type Event struct{}
type Logger struct{}

func (e *Event) Str(key, val string) *Event   { return e }
func (e *Event) Int(key string, i int) *Event { return e }
func (e *Event) Err(err error) *Event         { return e }
func (e *Event) Msg(msg string)               {}
func (e *Event) Msgf(format string, v ...any) {}
func (e *Event) Send()                        {}
func (l *Logger) Info() *Event                { return &Event{} }
