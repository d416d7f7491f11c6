// Package dbx wraps gorm behind an interface of its own: its importers
// need not import gorm.
package dbx

import (
	"context"

	"gorm.io/gorm"
)

// Engine is what the application's models write through.
type Engine interface {
	Create(value any) *gorm.DB
	First(dest any, conds ...any) *gorm.DB
}

var db *gorm.DB

// For returns the database, or the transaction of ctx.
func For(ctx context.Context) Engine { return db }
