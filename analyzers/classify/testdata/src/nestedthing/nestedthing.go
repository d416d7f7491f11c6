// Package nestedthing holds structs nested in a person-like one that are
// named for a thing (a user's role), structs embedded by their type's
// name (another package's only when its fields hold personal data), a
// page template's title and a comment thread's. Fields with a want comment must be
// flagged, the others must not.
package nestedthing

import (
	"time"

	"mailmsg"
	"mailsend"
)

// User is a signed-up user.
type User struct {
	Email string `json:"email"` // want Email:"pii user.contact.email by tag"
	Name  string `json:"name"`  // want Name:"pii user.name by tag"
	// The user's role: its name is the role's ("Super Admin").
	UserRole struct {
		ID   int    `json:"id"`
		Name string `json:"name"`
	} `json:"user_role"`
	// The user's own profile: its name is the person's.
	Profile struct {
		Name string `json:"name"` // want Name:"pii user.name by tag"
	} `json:"profile"`
}

// optinReq is what an opt-in page is asked for.
type optinReq struct {
	SubUUID   string   `query:"sub"`
	ListUUIDs []string `query:"l"`
}

// publicTpl is the data every public page has.
type publicTpl struct {
	Title string
}

// optinTpl is an opt-in page's data: the embedded request is its
// fields, not a value named "optinReq".
type optinTpl struct {
	publicTpl
	optinReq
}

// resetPasswordTpl is the data of the password reset page.
type resetPasswordTpl struct {
	Title       string
	Description string
	Email       string // want Email:"pii user.contact.email by name"
}

// Employee is a person with a job title.
type Employee struct {
	Email string // want Email:"pii user.contact.email by name"
	Title string // want Title:"pii user.job_title by name"
}

// mail embeds another package's message type: its name is kept as a hint,
// for one of the type's fields holds addresses (its recipients).
type mail struct {
	SeqNum         uint32
	*mailmsg.Email // want Email:"pii user.contact.email by name"
}

// notifier embeds another package's e-mail sender, whose fields are the
// relay's settings: the name says what it sends, not what it holds.
type notifier struct {
	*mailsend.Email
	Subject string
}

// disqusThread is a comment thread read from an export: its title is the
// thread's (a page's), not its author's job title, though the author's
// name and address make it person-like.
type disqusThread struct {
	UID         string    `xml:"id,attr"`
	Forum       string    `xml:"forum"`
	Link        string    `xml:"link"`
	Title       string    `xml:"title"`
	Message     string    `xml:"message"`
	CreateAt    time.Time `xml:"createdAt"`
	AuthorName  string    `xml:"author>name"`  // want AuthorName:"pii user.name by tag"
	AuthorEmail string    `xml:"author>email"` // want AuthorEmail:"pii user.contact.email by tag"
	IP          string    `xml:"ipAddress"`    // want IP:"pii user.device.ip_address by tag"
	Anonymous   bool      `xml:"author>isAnonymous"`
}

// StaffEntry is a person's entry in a company directory (LDAP's
// inetOrgPerson): its title is the person's job title.
type StaffEntry struct {
	Name  string `json:"name"`  // want Name:"pii user.name by tag"
	Email string `json:"email"` // want Email:"pii user.contact.email by tag"
	Title string `json:"title"` // want Title:"pii user.job_title by tag"
}

// AddressBookContact is a contact in a person's address book.
type AddressBookContact struct {
	FullName string `json:"full_name"` // want FullName:"pii user.name by tag"
	Email    string `json:"email"`     // want Email:"pii user.contact.email by tag"
	Title    string `json:"title"`     // want Title:"pii user.job_title by tag"
}
