// Package sqlx is a stand-in for github.com/jmoiron/sqlx.
package sqlx

import "database/sql"

type DB struct{}

func (db *DB) Exec(query string, args ...any) (sql.Result, error)  { return nil, nil }
func (db *DB) NamedExec(query string, arg any) (sql.Result, error) { return nil, nil }
func (db *DB) Get(dest any, query string, args ...any) error       { return nil }
func (db *DB) MustExec(query string, args ...any) sql.Result       { return nil }
func Connect(driver, dsn string) (*DB, error)                      { return &DB{}, nil }

// Stmt is a prepared statement; Exec is its embedded *sql.Stmt's.
type Stmt struct{ *sql.Stmt }

func (s *Stmt) Get(dest any, args ...any) error    { return nil }
func (s *Stmt) Select(dest any, args ...any) error { return nil }
