// Package emailrecord holds e-mail records: a type named for the e-mail
// address keeps it in a field named Address, which is that e-mail
// address, not a postal one — beside the user and the identities it
// belongs to, too. A person's Address stays postal. Fields with a want
// comment must be flagged, the others must not.
package emailrecord

import "time"

// UUID is a record's identifier.
type UUID [16]byte

// Identity is an account at a third-party provider.
type Identity struct {
	ID             UUID           `json:"id" db:"id"`
	ProviderUserID string         `json:"provider_user_id" db:"provider_user_id"`
	ProviderID     string         `json:"provider_id" db:"provider_id"`
	Data           map[string]any `json:"data" db:"data"`
	EmailID        *UUID          `json:"email_id" db:"email_id"`
	UserID         *UUID          `json:"user_id" db:"user_id"`
	Email          *Email         `json:"email,omitempty" belongs_to:"email"` // want Email:"pii user.contact.email by tag holder"
}

// Identities are a user's accounts at providers.
type Identities []Identity

// User is a signed-up user.
type User struct {
	ID      UUID    `db:"id" json:"id"`
	Name    string  `db:"name" json:"name"`                     // want Name:"pii user.name by tag"
	Address string  `db:"address" json:"address"`               // want Address:"pii user.contact.address by tag"
	Emails  []Email `has_many:"emails" json:"emails,omitempty"` // want Emails:"pii user.contact.email by tag"
}

// Email is one of a user's e-mail addresses.
type Email struct {
	ID         UUID       `db:"id" json:"id"`
	UserID     *UUID      `db:"user_id" json:"user_id,omitempty"`
	Address    string     `db:"address" json:"address"` // want Address:"pii user.contact.email by tag"
	Verified   bool       `db:"verified" json:"verified"`
	User       *User      `belongs_to:"user" json:"user,omitempty"`
	Identities Identities `has_many:"identities" json:"identity,omitempty"`
	CreatedAt  time.Time  `db:"created_at" json:"created_at"`
}

// EmailResponse is an e-mail address as the API returns it.
type EmailResponse struct {
	ID         UUID   `json:"id"`
	Address    string `json:"address"` // want Address:"pii user.contact.email by tag"
	IsVerified bool   `json:"is_verified"`
	IsPrimary  bool   `json:"is_primary"`
}

// MailServer is where mail is sent.
type MailServer struct {
	Address string `json:"address"`
	Port    int    `json:"port"`
}
