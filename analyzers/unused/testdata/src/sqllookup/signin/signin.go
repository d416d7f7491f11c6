// Package signin looks members up by the e-mail address the store keeps.
package signin

import "database/sql"

// ByEmail returns the id of the member with the address.
func ByEmail(db *sql.DB, email string) (int64, error) {
	query := `SELECT id FROM members WHERE email = $1`
	var id int64
	err := db.QueryRow(query, email).Scan(&id)
	return id, err
}
