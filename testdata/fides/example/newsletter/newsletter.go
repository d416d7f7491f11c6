// Package newsletter signs customers up for the clinic's newsletter.
package newsletter

import (
	"database/sql"
	"strings"
)

// Subscriber is who receives the newsletter.
type Subscriber struct {
	Email     string `json:"email" purpose:"newsletter"`
	FirstName string `json:"first_name" purpose:"newsletter"`
	// Conditions picks the health tips the newsletter shows.
	Conditions []string `json:"conditions" pii:"user.health_and_medical" purpose:"newsletter"`
}

// Subscribe stores a subscriber.
func Subscribe(db *sql.DB, s Subscriber) error {
	_, err := db.Exec("INSERT INTO subscribers (email, first_name) VALUES ($1, $2)", s.Email, s.FirstName)
	return err
}

// Tips returns the health tips for a subscriber.
func Tips(s Subscriber) string {
	return "Tips for " + strings.Join(s.Conditions, ", ")
}
