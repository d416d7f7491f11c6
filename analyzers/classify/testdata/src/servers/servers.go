// Package servers holds the settings of a mail server, a mailbox and a
// database that an application logs into: their logins and passwords are
// the system's accounts there, not a person's. A feed's or a mirror's
// login, and an e-mail address in a server's record, stay personal.
// Fields with a want comment must be flagged, the others must not.
package servers

// Server is an SMTP server the application sends through.
type Server struct {
	Name     string `json:"name"`
	Host     string `json:"host"`
	Port     int    `json:"port"`
	Username string `json:"username"`
	Password string `json:"password,omitempty"`
	// The administrator to notify about the server.
	OwnerEmail string `json:"owner_email"` // want OwnerEmail:"pii user.contact.email by tag"
}

// IMAPServer is a bounce mailbox's server.
type IMAPServer struct {
	Host       string
	Login      string
	Passphrase string
}

// Database is where the application keeps its data.
type Database struct {
	Host     string `json:"host"`
	User     string `json:"user"`
	Password string `json:"password"`
}

// Feed is a feed a user subscribes to, with the user's login at its site.
type Feed struct {
	URL      string
	Username string // want Username:"pii user.account.username by name"
	Password string // want Password:"pii user.authorization.password by name"
}

// Mirror is a repository mirrored with the user's credentials.
type Mirror struct {
	RemoteAddress string
	Username      string // want Username:"pii user.account.username by name"
	Password      string // want Password:"pii user.authorization.password by name"
}

// SMTP is a sending profile a user of a multi-user app keeps: its login
// is that user's at their mail server.
type SMTP struct {
	ID       int64
	UserID   int64
	Host     string
	Username string // want Username:"pii user.account.username by name"
	Password string // want Password:"pii user.authorization.password by name"
}
