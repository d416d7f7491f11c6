// Package dbx is a stand-in for github.com/pocketbase/dbx (a fork of
// go-ozzo/ozzo-dbx): DB and Tx embed the Builder interface, whose Insert,
// Upsert and Update build a write of a column map; Model builds a query
// over a struct.
package dbx

import "database/sql"

// Params maps column names to values.
type Params map[string]any

// Expression is a WHERE condition.
type Expression interface{ Build() string }

// HashExp is a condition of column = value pairs.
type HashExp map[string]any

// Build implements Expression.
func (e HashExp) Build() string { return "" }

// Query is a built statement.
type Query struct{ sql string }

// Bind adds named parameters.
func (q *Query) Bind(params Params) *Query { return q }

// Execute runs the statement.
func (q *Query) Execute() (sql.Result, error) { return nil, nil }

// One reads a row into a.
func (q *Query) One(a any) error { return nil }

// SelectQuery is a SELECT.
type SelectQuery struct{}

// Where adds a condition.
func (s *SelectQuery) Where(e Expression) *SelectQuery { return s }

// One reads a row into a.
func (s *SelectQuery) One(a any) error { return nil }

// ModelQuery is a query over a struct.
type ModelQuery struct{ model any }

// Exclude leaves the named fields out.
func (q *ModelQuery) Exclude(attrs ...string) *ModelQuery { return q }

// Insert writes the model's fields (only attrs, when named).
func (q *ModelQuery) Insert(attrs ...string) error { return nil }

// Update writes the model's fields (only attrs, when named).
func (q *ModelQuery) Update(attrs ...string) error { return nil }

// Delete removes the model's row.
func (q *ModelQuery) Delete() error { return nil }

// Builder builds statements.
type Builder interface {
	NewQuery(sql string) *Query
	Select(cols ...string) *SelectQuery
	Model(model any) *ModelQuery
	Insert(table string, cols Params) *Query
	Upsert(table string, cols Params, constraints ...string) *Query
	Update(table string, cols Params, where Expression) *Query
	Delete(table string, where Expression) *Query
}

// BaseBuilder implements Builder.
type BaseBuilder struct{}

func (b *BaseBuilder) NewQuery(sql string) *Query                            { return &Query{sql: sql} }
func (b *BaseBuilder) Select(cols ...string) *SelectQuery                    { return &SelectQuery{} }
func (b *BaseBuilder) Model(model any) *ModelQuery                           { return &ModelQuery{model: model} }
func (b *BaseBuilder) Insert(table string, cols Params) *Query               { return &Query{} }
func (b *BaseBuilder) Upsert(table string, cols Params, c ...string) *Query  { return &Query{} }
func (b *BaseBuilder) Update(table string, cols Params, w Expression) *Query { return &Query{} }
func (b *BaseBuilder) Delete(table string, where Expression) *Query          { return &Query{} }

// SqliteBuilder is SQLite's builder.
type SqliteBuilder struct{ *BaseBuilder }

// DB is a database.
type DB struct {
	Builder
}

// Tx is a transaction.
type Tx struct {
	Builder
}

// Open opens a database.
func Open(driver, dsn string) (*DB, error) { return &DB{Builder: &BaseBuilder{}}, nil }
