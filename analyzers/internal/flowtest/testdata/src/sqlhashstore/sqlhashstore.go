// Package sqlhashstore holds PL101 cases where the SQL text hashes or
// encrypts a bound value with the database's own functions: the value is
// not stored in the clear.
package sqlhashstore

import (
	"context"
	"database/sql"

	"github.com/jackc/pgx/v5"

	"model"
)

func pgcrypto(ctx context.Context, db *sql.DB, pc *pgx.Conn, u *model.User) {
	db.Exec("INSERT INTO users(name, password) VALUES($1, crypt($2, gen_salt('bf')))", u.Name, u.Password)           // ok: bcrypt in the database
	db.Exec("UPDATE users SET password = CRYPT($1, GEN_SALT('bf', 10)) WHERE id = $2", u.Password, u.ID)             // ok: bcrypt in the database
	pc.Exec(ctx, "INSERT INTO users(ssn) VALUES(pgp_sym_encrypt($1, current_setting('app.key')))", u.SSN)            // ok: encrypted in the database
	db.ExecContext(ctx, "INSERT INTO users(card) VALUES (encode(hmac($1, $2, 'sha256'), 'hex'))", u.CardNumber, "k") // ok: a keyed HMAC in the database
	db.Exec("INSERT INTO users(password) VALUES(sha2(?, 256))", u.Password)                                          // ok: PL105 judges the fast hash, not PL101
	db.Exec("INSERT INTO users(password) VALUES(PASSWORD(?))", u.Password)                                           // ok: PL105 judges MySQL's PASSWORD(), not PL101
}

func stillClear(ctx context.Context, db *sql.DB, u *model.User) {
	db.Exec("INSERT INTO users(password, ssn) VALUES(crypt($1, gen_salt('bf')), $2)", u.Password, u.SSN) // want `PL101 user\.government_id\.national_identification_number from User\.SSN is written to a SQL database unencrypted \(db\.Exec\)`
	db.Exec("INSERT INTO users(ssn, password) VALUES(?, sha2(?, 256))", u.SSN, u.Password)               // want `PL101 user\.government_id\.national_identification_number from User\.SSN is written to a SQL database unencrypted \(db\.Exec\)`
	db.Exec("INSERT INTO users(note, password) VALUES('crypt(', $1)", u.Password)                        // want `PL101 user\.authorization\.password from User\.Password is written to a SQL database unencrypted \(db\.Exec\)`
	db.Exec("INSERT INTO users(password) VALUES(lower($1))", u.Password)                                 // want `PL101 user\.authorization\.password from User\.Password is written to a SQL database unencrypted \(db\.Exec\)`
	args := []any{u.Password}
	db.Exec("INSERT INTO users(password) VALUES(crypt($1, gen_salt('bf')))", args...) // ok: bcrypt in the database, arguments in a slice
}
