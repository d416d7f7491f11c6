// Package model declares the personal data the fixtures move around.
package model

import "time"

// User is a customer account.
type User struct {
	ID           int64
	CreatedAt    time.Time
	Active       bool
	Email        string `purpose:"account,billing"`
	Name         string `purpose:"account"`
	SSN          string `purpose:"account"`
	DateOfBirth  time.Time
	Phone        string `purpose:"account"`
	PasswordHash []byte `purpose:"account"`
	Password     string `purpose:"account"`
	CardNumber   string `purpose:"billing"`
	TaxID        string `pii:"user.government_id,encrypted" purpose:"account"`
}

// GetEmail returns the user's e-mail address.
func (u *User) GetEmail() string { return u.Email }

// Patient is a health-care patient.
type Patient struct {
	ID        int64
	Name      string `purpose:"care"`
	Diagnosis string `purpose:"care"`
}

// Visitor formats itself: it decides what it shows.
type Visitor struct {
	ID    int64
	Email string
}

// String shows only the identifier.
func (v Visitor) String() string { return "visitor" }
