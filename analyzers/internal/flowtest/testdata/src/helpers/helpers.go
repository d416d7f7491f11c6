// Package helpers has functions whose summaries other packages import as
// facts.
package helpers

import (
	"database/sql"
	"log"
)

// Trace logs its argument.
func Trace(s string) { log.Println("trace:", s) }

// Persist stores v in db.
func Persist(db *sql.DB, v string) error {
	_, err := db.Exec("INSERT INTO t(v) VALUES($1)", v)
	return err
}

// Describe returns a description built from s.
func Describe(s string) string { return "value " + s }

// Count returns how long s is; its result carries nothing of s.
func Count(s string) int { return len(s) }

// Ignore drops its argument.
func Ignore(s string) {}

// Notify hands msg to a function annotated as a log sink.
//
//privlint:sink log
func Notify(msg string) {}

// Save writes to storage (a function annotated as a storage sink).
//
//privlint:sink storage
func Save(key string, v any) {}
