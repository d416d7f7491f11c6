// Package events is an application's own log builder: an event keeps
// its fields in a map held in a struct field and writes them out when it
// is logged (the shape of ntfy's log.Event).
package events

import (
	"fmt"
	"log"
	"sort"
	"strings"
)

// Event is a log event being built.
type Event struct {
	fields map[string]any
	tag    string
	kept   map[string]any
}

// New starts an event.
func New() *Event { return &Event{} }

// Field adds a field to the event: it is logged with it.
func (e *Event) Field(key string, value any) *Event {
	if e.fields == nil {
		e.fields = map[string]any{}
	}
	e.fields[key] = value
	return e
}

// Fields adds fields to the event.
func (e *Event) Fields(fields map[string]any) *Event {
	if e.fields == nil {
		e.fields = map[string]any{}
	}
	for k, v := range fields {
		e.fields[k] = v
	}
	return e
}

// Tag sets the event's tag, which is not logged.
func (e *Event) Tag(tag string) *Event {
	e.tag = tag
	return e
}

// Keep remembers a value with the event, never logged.
func (e *Event) Keep(key string, value any) *Event {
	if e.kept == nil {
		e.kept = map[string]any{}
	}
	e.kept[key] = value
	return e
}

// Info logs the event's message and fields.
func (e *Event) Info(message string) *Event {
	log.Println(message, e.fields)
	return e
}

// Debug logs the event through Log, which renders it as text first.
func (e *Event) Debug(message string) *Event {
	return e.Log(message)
}

// Log writes the rendered event out.
func (e *Event) Log(message string) *Event {
	if m := e.Render(message); m != "" {
		log.Println(m)
	}
	return e
}

// Render returns the event as text: its message and fields.
func (e *Event) Render(message string) string {
	return message + " " + e.String()
}

// String shows the event's fields, sorted.
func (e *Event) String() string {
	var parts []string
	for k, v := range e.fields {
		parts = append(parts, fmt.Sprintf("%s=%v", k, v))
	}
	sort.Strings(parts)
	return strings.Join(parts, ", ")
}

// FieldIf adds a field when cond holds.
func (e *Event) FieldIf(key string, value any, cond bool) *Event {
	if cond {
		return e.Field(key, value)
	}
	return e
}
