// Package core is a stand-in for github.com/pocketbase/pocketbase/core: a
// Record keeps its fields in a map and hands them out by name.
package core

// Record is a row of a collection.
type Record struct {
	Id   string
	data map[string]any
}

// NewRecord returns an empty record.
func NewRecord() *Record { return &Record{data: map[string]any{}} }

// Set stores value under key.
func (m *Record) Set(key string, value any) { m.data[key] = value }

// Get returns the value under key.
func (m *Record) Get(key string) any { return m.data[key] }

// GetRaw returns the value under key as stored.
func (m *Record) GetRaw(key string) any { return m.data[key] }

// GetString returns the value under key as a string.
func (m *Record) GetString(key string) string {
	s, _ := m.data[key].(string)
	return s
}

// GetStringSlice returns the value under key as strings.
func (m *Record) GetStringSlice(key string) []string {
	s, _ := m.data[key].([]string)
	return s
}

// GetInt returns the value under key as a number.
func (m *Record) GetInt(key string) int {
	n, _ := m.data[key].(int)
	return n
}

// Email returns the "email" field.
func (m *Record) Email() string { return m.GetString("email") }
