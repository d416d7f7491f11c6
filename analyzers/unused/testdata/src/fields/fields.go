// Package fields exercises PL201 on unexported fields.
package fields

import (
	"database/sql"
	"encoding/json"
	"fmt"
)

// customer is what the sign-up form collects.
//
//privlint:purpose account
type customer struct {
	email     string `pii:"email"`                          // want `PL201 user.contact.email in customer.email is collected but never used \(only copied into row.email, which is never used either; written at .*fields.go:\d+\)`
	phone     string `pii:"phone"`                          // want `PL201 user.contact.phone_number in customer.phone is collected but never used \(written at analyzers/unused/testdata/src/fields/fields.go:\d+\); stop collecting it`
	birthDate string `pii:"user.demographic.date_of_birth"` // nothing writes it: dead code, not collection
	nickname  string `pii:"user.name"`                      // want `PL201 user.name in customer.nickname is collected but never used \(only copied into row.nick, which is never used either; written at .*fields.go:\d+ and 1 other places\)`
	ip        string `pii:"ip_address"`                     // used by a method value
	city      string `pii:"user.contact.address.city"`      // used in a closure
	//privlint:ignore PL201 kept for the fraud check that lands next release
	gender string `pii:"user.demographic.gender"`
}

// row is the database row; it is only written.
//
//privlint:purpose account
type row struct {
	nick  string `pii:"user.name"` // want `PL201 user.name in row.nick is collected but never used \(only copied into archive.nick, which is never used either; written at .*\)`
	email string `pii:"email"`     // want `PL201 user.contact.email in row.email is collected but never used \(written at .*fields.go:\d+; only stored or logged, at .*fields.go:\d+\)`
}

// archive is the cold copy; nothing reads it.
//
//privlint:purpose account
type archive struct {
	nick string `pii:"user.name"` // want `PL201 user.name in archive.nick is collected but never used \(written at .*\)`
}

// contact is embedded; its field is read through the outer struct.
//
//privlint:purpose account
type contact struct {
	fax string `pii:"user.contact.fax_number"`
}

// account embeds contact.
//
//privlint:purpose account
type account struct {
	contact
	handle string `pii:"user.account.username"` // want `PL201 user.account.username in account.handle is collected but never used \(written at .*\)`
}

// onlyTests is read in fields_test.go only.
//
//privlint:purpose account
type onlyTests struct {
	mobile string `pii:"phone"` // want `PL201 user.contact.phone_number in onlyTests.mobile is collected but never used \(written at .*\)`
}

// Exported fields are left to privlint check's whole-program view.
//
//privlint:purpose account
type Public struct {
	Email string `pii:"email"`
	// copied into an exported field: a use here, judged by privlint check.
	alias string `pii:"user.name"`
}

func (c *customer) describeIP() string { return "from " + c.ip }

func signup(form map[string]string) *customer {
	c := &customer{email: form["email"], nickname: form["nick"]}
	c.phone = form["phone"]
	c.nickname = form["nickname"]
	c.city = form["city"]
	c.ip = form["ip"]
	return c
}

func save(db *sql.DB, c *customer) error {
	// Passing the whole struct is not a use of its fields.
	b, err := json.Marshal(c)
	if err != nil {
		return err
	}
	r := row{nick: c.nickname}
	r.email = c.email
	a := archive{}
	a.nick = r.nick
	_, err = db.Exec("INSERT INTO customers VALUES ($1, $2)", b, r.email)
	_ = a
	return err
}

func report(c *customer) {
	describe := c.describeIP // a method value
	fmt.Println(describe())
	func() {
		if c.city != "" { // a closure
			fmt.Println("has a city")
		}
	}()
}

func load(db *sql.DB) (*account, *onlyTests, *Public, error) {
	var acc account
	var o onlyTests
	if err := db.QueryRow("SELECT fax, handle, mobile").Scan(&acc.fax, &acc.handle, &o.mobile); err != nil {
		return nil, nil, nil, err
	}
	if acc.fax == "" { // promoted through the embedded contact
		return nil, nil, nil, nil
	}
	p := &Public{}
	p.alias = "x"
	p.Email = p.alias
	return &acc, &o, p, nil
}
