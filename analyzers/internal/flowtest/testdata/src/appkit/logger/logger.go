// Package logger is an application's own logger: lines go to a writer
// field that is standard output unless configured otherwise, or to a
// queue a background writer drains.
package logger

import (
	"bytes"
	"fmt"
	"io"
	"net/http"
	"os"
)

// Logger writes log lines to out.
type Logger struct {
	out    io.Writer
	events chan string
}

// New returns a logger writing to standard output.
func New() *Logger { return &Logger{out: os.Stdout, events: make(chan string, 8)} }

var std = New()

// SetOutput sends the lines elsewhere (a log file).
func (l *Logger) SetOutput(w io.Writer) { l.out = w }

// Printf writes a formatted line to the logger's output.
func (l *Logger) Printf(format string, args ...any) { fmt.Fprintf(l.out, format+"\n", args...) }

// Signin writes who signed in to the logger's output.
func (l *Logger) Signin(email, status string) {
	l.out.Write([]byte(status + " " + email + "\n")) // want `PL102 user\.contact\.email from parameter email of Signin is written to standard output \(l\.out\.Write\)`
}

// Queuef hands a formatted line to the background writer.
func Queuef(format string, args ...any) { std.events <- fmt.Sprintf(format, args...) }

// Sprintf formats a line without logging it.
func Sprintf(format string, args ...any) string { return fmt.Sprintf(format, args...) }

// Recorder keeps lines in memory for a test double.
type Recorder struct{ buf io.Writer }

// NewRecorder returns an empty recorder.
func NewRecorder() *Recorder { return &Recorder{buf: new(bytes.Buffer)} }

// Keep records a user's e-mail address in memory.
func (r *Recorder) Keep(email string) { r.buf.Write([]byte(email)) }

// Authf writes an authentication event: who, with what outcome, and a
// formatted message.
func Authf(username, status string, format string, args ...any) {
	std.events <- status + " " + username + " " + fmt.Sprintf(format, args...)
}

// Access writes one request line: who asked for which path.
func (l *Logger) Access(username, path string) {
	if username == "" {
		username = "-"
	}
	fmt.Fprintf(l.out, "%s %s\n", username, path) // want `PL102 user\.account\.username from parameter username of Access is written to standard output \(fmt\.Fprintf\)`
}

// Error logs a message and its key-value pairs. Its first argument may be
// the request the line belongs to: the line takes the request's id from
// its context and shows nothing else of the request.
func Error(args ...any) {
	if len(args) > 0 {
		if r, ok := args[0].(*http.Request); ok {
			args[0] = r.Context().Value("request-id")
		}
	}
	std.events <- fmt.Sprint(args...)
}
