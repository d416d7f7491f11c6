// Package signedin holds holders of a signed-in person: a bare User string
// beside the person's e-mail or login name is the login name; elsewhere a
// bare User stays unclassified.
package signedin

// LoginTicket is what an identity provider said about the person who
// signed in.
type LoginTicket struct {
	Email       string `cbor:"e"` // want Email:"pii user.contact.email by name"
	User        string `cbor:"u"` // want User:"pii user.account.username by name"
	DisplayHint string
	Bearer      string
}

// Member is person-like by its name; its User sits beside a handle.
type Member struct {
	Handle string // want Handle:"pii user.account.username by name"
	User   string // want User:"pii user.account.username by name"
	Roles  []string
}

// CronJob runs as a system account: no e-mail or login name beside it.
type CronJob struct {
	User     string
	Schedule string
}

// Grant names a user by reference beside nothing of the person.
type Grant struct {
	User  string
	Scope string
}

// MailerConfig is configuration: its User is the system's SMTP account.
type MailerConfig struct {
	Email string
	User  string
}

// Ownership keeps its user under another tag.
type Ownership struct {
	Email string // want Email:"pii user.contact.email by name"
	User  string `json:"owner_ref"`
}
