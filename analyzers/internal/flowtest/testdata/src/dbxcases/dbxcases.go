// Package dbxcases holds PL101 cases of rows written through
// pocketbase/dbx (and go-ozzo/ozzo-dbx, the same API): a column map given
// to Insert, Upsert or Update, a struct given to Model and then inserted
// or updated; and what is no write: a WHERE condition, a SELECT, a hashed
// password.
package dbxcases

import (
	"github.com/pocketbase/dbx"
	"golang.org/x/crypto/bcrypt"
)

// User is an account.
type User struct {
	ID       string
	Email    string
	SSN      string
	Password string
}

// SignUpForm is what a person types to sign up.
type SignUpForm struct {
	Email    string
	Password string
}

func insertParams(db *dbx.DB, u *User) error {
	_, err := db.Insert("users", dbx.Params{"id": u.ID, "ssn": u.SSN}).Execute() // want `PL101 user\.government_id\.national_identification_number from User\.SSN is written to a SQL database \(dbx\) unencrypted \(db\.Insert\)`
	return err
}

func upsertInTx(tx *dbx.Tx, f *SignUpForm) error {
	_, err := tx.Upsert("users", dbx.Params{"email": f.Email, "password": f.Password}, "email").Execute() // want `PL101 user\.authorization\.password from SignUpForm\.Password is written to a SQL database \(dbx\) unencrypted \(tx\.Upsert\)`
	return err
}

func updateThroughBuilder(b dbx.Builder, id string, f *SignUpForm) error {
	_, err := b.Update("users", dbx.Params{"password": f.Password}, dbx.HashExp{"id": id}).Execute() // want `PL101 user\.authorization\.password from SignUpForm\.Password is written to a SQL database \(dbx\) unencrypted \(b\.Update\)`
	return err
}

func insertModel(db *dbx.DB, u *User) error {
	return db.Model(u).Insert() // want `PL101 user\.government_id\.national_identification_number from User\.SSN is written to a SQL database \(dbx\) unencrypted \(db\.Model\(u\)\.Insert\)` `PL101 user\.authorization\.password from User\.Password is written`
}

func insertModelExcluding(db *dbx.DB, u *User) error {
	return db.Model(u).Exclude("SSN").Insert() // want `PL101 user\.authorization\.password from User\.Password is written to a SQL database \(dbx\) unencrypted`
}

func insertModelWithout(db *dbx.DB, u *User) error {
	return db.Model(u).Exclude("SSN", "Password").Insert() // ok: both are left out
}

func updateModelFields(db *dbx.DB, u *User) error {
	return db.Model(u).Update("Email", "ID") // ok: only the e-mail address is written
}

func updateModelField(db *dbx.DB, u *User) error {
	return db.Model(u).Update("Email", "SSN") // want `PL101 user\.government_id\.national_identification_number from User\.SSN is written to a SQL database \(dbx\) unencrypted`
}

func updateWhereOnly(db *dbx.DB, u *User) error {
	_, err := db.Update("users", dbx.Params{"verified": true}, dbx.HashExp{"ssn": u.SSN}).Execute() // ok: the SSN only finds the row
	return err
}

func findBySSN(db *dbx.DB, ssn string) (*User, error) {
	u := &User{}
	err := db.Select().Where(dbx.HashExp{"ssn": ssn}).One(u) // ok: a lookup
	return u, err
}

func deleteBySSN(db *dbx.DB, u *User) error {
	_, err := db.Delete("users", dbx.HashExp{"ssn": u.SSN}).Execute() // ok: a DELETE stores nothing
	return err
}

func insertHashed(db *dbx.DB, f *SignUpForm) error {
	h, err := bcrypt.GenerateFromPassword([]byte(f.Password), bcrypt.DefaultCost)
	if err != nil {
		return err
	}
	_, err = db.Insert("users", dbx.Params{"email": f.Email, "password": string(h)}).Execute() // ok: bcrypt hashed it
	return err
}
