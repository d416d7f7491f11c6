// Package stormcases holds PL101 cases of storm, an ORM over bbolt.
package stormcases

import (
	"github.com/asdine/storm/v3"
)

type Account struct {
	ID       int    `storm:"id,increment"`
	Email    string `storm:"unique" purpose:"account"`
	SSN      string `purpose:"account"`
	APIToken string `purpose:"account"`
}

func save(db *storm.DB, a *Account) error {
	return db.Save(a) // want `PL101 user\.government_id\.national_identification_number from Account\.SSN is written to a bbolt database \(storm\) unencrypted \(db\.Save\)` `PL101 user\.authorization\.credentials from Account\.APIToken is written to a bbolt database \(storm\) unencrypted \(db\.Save\)`
}

func update(n storm.Node, a *Account, ssn string) error {
	if err := n.UpdateField(&Account{ID: a.ID}, "SSN", ssn); err != nil { // want `PL101 user\.government_id\.national_identification_number from parameter ssn of update is written to a bbolt database \(storm\) unencrypted \(n\.UpdateField\)`
		return err
	}
	return n.From("accounts").Set("tokens", a.ID, a.APIToken) // want `PL101 user\.authorization\.credentials from Account\.APIToken is written to a bbolt database \(storm\) unencrypted`
}

// Reads and deletes store nothing.
func read(db *storm.DB, ssn string) (*Account, error) {
	var a Account
	if err := db.One("SSN", ssn, &a); err != nil { // ok: a lookup
		return nil, err
	}
	return &a, db.DeleteStruct(&a) // ok: a delete
}

// UpdateField writes its value into the record its struct names by id:
// the struct's other fields are not written.
func rename(db *storm.DB, id int, email string) error {
	return db.UpdateField(&Account{ID: id}, "Email", email) // ok: an e-mail address needs no encryption, and the struct only names the record
}
