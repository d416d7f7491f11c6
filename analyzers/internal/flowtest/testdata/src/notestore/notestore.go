// Package notestore implements a store interface that another package
// declares, so that a call through the interface reaches it only by
// dispatch.
package notestore

import (
	"context"
	"database/sql"
)

// SQL keeps notes in a SQL database.
type SQL struct{ DB *sql.DB }

// SaveNote stores a note about a subject.
func (s *SQL) SaveNote(ctx context.Context, id int64, note string) error {
	_, err := s.DB.ExecContext(ctx, "INSERT INTO notes(id, note) VALUES($1, $2)", id, note)
	return err
}
