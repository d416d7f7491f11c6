// Package sqlhashweak holds PL105 cases where the SQL text hashes a bound
// value with a fast hash of the database.
package sqlhashweak

import (
	"database/sql"

	"model"
)

func weak(db *sql.DB, u *model.User) {
	db.Exec("INSERT INTO users(password) VALUES(sha2(?, 256))", u.Password)                        // want `PL105 user\.authorization\.password from User\.Password is hashed with the database's sha2\(\), a fast hash, not a password hash, and written to a SQL database \(db\.Exec\)`
	db.Exec("INSERT INTO users(password) VALUES(encode(digest($1, 'sha256'), 'hex'))", u.Password) // want `PL105 user\.authorization\.password from User\.Password is hashed with the database's digest\(\), a fast hash, not a password hash, and written to a SQL database \(db\.Exec\)`
	db.Exec("INSERT INTO users(email_hash) VALUES(md5($1))", u.Email)                              // want `PL105 user\.contact\.email from User\.Email is pseudonymised with the database's md5\(\), an unkeyed fast hash`
	db.Exec("INSERT INTO users(password) VALUES(crypt($1, gen_salt('md5')))", u.Password)          // want `PL105 user\.authorization\.password from User\.Password is hashed with the database's crypt\(\) with gen_salt\('md5'\), a fast hash, not a password hash`
	db.Exec("INSERT INTO users(password) VALUES(crypt($1, gen_salt('bf')))", u.Password)           // ok: bcrypt
	db.Exec("INSERT INTO users(name) VALUES($1)", u.Name)                                          // ok: not hashed at all, not PL105's
}
