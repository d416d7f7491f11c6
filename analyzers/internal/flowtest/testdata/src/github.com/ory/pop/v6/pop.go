// Package pop is a stand-in for github.com/ory/pop/v6, Ory's fork of gobuffalo/pop.
package pop

// Connection is a database connection or transaction.
type Connection struct{ TX any }

// Query is a statement being built.
type Query struct{}

func (c *Connection) Create(model any, excludeColumns ...string) error { return nil }
func (c *Connection) ValidateAndCreate(model any, excludeColumns ...string) (any, error) {
	return nil, nil
}
func (c *Connection) Update(model any, excludeColumns ...string) error { return nil }
func (c *Connection) ValidateAndUpdate(model any, excludeColumns ...string) (any, error) {
	return nil, nil
}
func (c *Connection) UpdateColumns(model any, columnNames ...string) error { return nil }
func (c *Connection) Save(model any, excludeColumns ...string) error       { return nil }
func (c *Connection) ValidateAndSave(model any, excludeColumns ...string) (any, error) {
	return nil, nil
}
func (c *Connection) Eager(fields ...string) *Connection              { return c }
func (c *Connection) Find(model any, id any) error                    { return nil }
func (c *Connection) Where(stmt string, args ...any) *Query           { return &Query{} }
func (c *Connection) RawQuery(stmt string, args ...any) *Query        { return &Query{} }
func (c *Connection) Transaction(fn func(tx *Connection) error) error { return fn(c) }
func (q *Query) RawQuery(stmt string, args ...any) *Query             { return q }
func (q *Query) Where(stmt string, args ...any) *Query                { return q }
func (q *Query) First(model any) error                                { return nil }
func (q *Query) Exec() error                                          { return nil }
