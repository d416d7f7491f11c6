package wellness

import (
	"context"
	"database/sql"
	"fmt"
)

// Store keeps dietary profiles in PostgreSQL.
type Store struct {
	DB *sql.DB
}

// Save writes a profile. The diagnosis is health data: it must be
// encrypted before it reaches the database.
func (s *Store) Save(ctx context.Context, p *Profile) error {
	_, err := s.DB.ExecContext(ctx,
		`INSERT INTO profiles (subscriber_id, diagnosis) VALUES ($1, $2)`,
		p.SubscriberID, p.Diagnosis)
	if err != nil {
		return fmt.Errorf("saving profile of subscriber %d: %w", p.SubscriberID, err)
	}
	return nil
}
