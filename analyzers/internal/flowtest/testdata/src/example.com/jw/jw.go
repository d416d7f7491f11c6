// Package jw stands in for a generated JSON encoder's writer (easyjson's
// jwriter): the generated code writes a struct's fields into it.
package jw

// Buffer holds what was written.
type Buffer struct{ b []byte }

// BuildBytes returns what was written.
func (b *Buffer) BuildBytes() []byte { return b.b }

// Writer writes JSON.
type Writer struct {
	Buffer Buffer
	Error  error
}

// RawByte writes c.
func (w *Writer) RawByte(c byte) { w.Buffer.b = append(w.Buffer.b, c) }

// RawString writes s as it is.
func (w *Writer) RawString(s string) { w.Buffer.b = append(w.Buffer.b, s...) }

// String writes s quoted.
func (w *Writer) String(s string) { w.Buffer.b = append(w.Buffer.b, s...) }
