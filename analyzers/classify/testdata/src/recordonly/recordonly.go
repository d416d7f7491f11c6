// Package recordonly holds struct-valued fields named for a datum whose
// struct keeps only a record's bookkeeping (its identifiers, when it was
// written, flags): that a user has a password or a one-time-password
// secret, and since when, not the password or the secret. A struct with
// any other member may hold the datum and stays what its name says.
// Fields with a want comment must be flagged, the others must not.
package recordonly

import "time"

// UUID is a record's identifier.
type UUID [16]byte

// PasswordCredential says that a user has a password.
type PasswordCredential struct {
	ID        UUID      `json:"id"`
	TenantID  UUID      `json:"tenant_id"`
	CreatedAt time.Time `json:"created_at"`
	UpdatedAt time.Time `json:"updated_at"`
}

// OTPDto says that a user has set up one-time passwords.
type OTPDto struct {
	ID        UUID      `json:"id"`
	CreatedAt time.Time `json:"created_at"`
	Enabled   bool      `json:"enabled"`
}

// PasswordValue holds a password.
type PasswordValue struct {
	ID    UUID   `json:"id"`
	Value string `json:"value"`
}

// Date is a calendar date.
type Date struct {
	Year, Month, Day int
}

// Timestamps are when something was written, with no identifier.
type Timestamps struct {
	CreatedAt time.Time `json:"created_at"`
}

// User is a user as the admin API shows it.
type User struct {
	ID        UUID                `json:"id"`
	Password  *PasswordCredential `json:"password,omitempty"`
	OTP       *OTPDto             `json:"otp,omitempty"`
	Secret    PasswordValue       `json:"secret"`    // want Secret:"pii user.authorization.credentials by tag"
	Birthdate Date                `json:"birthdate"` // want Birthdate:"pii user.demographic.date_of_birth by tag"
	Email     Timestamps          `json:"email"`     // want Email:"pii user.contact.email by tag"
}
