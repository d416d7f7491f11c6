// Package gorm is a stand-in for gorm.io/gorm.
package gorm

type DB struct{ Error error }

func (db *DB) Create(value any) *DB                { return db }
func (db *DB) Save(value any) *DB                  { return db }
func (db *DB) Where(query any, args ...any) *DB    { return db }
func (db *DB) First(dest any, conds ...any) *DB    { return db }
func (db *DB) Model(value any) *DB                 { return db }
func (db *DB) Update(column string, value any) *DB { return db }
func (db *DB) Updates(values any) *DB              { return db }
