// Package realapps holds the shapes of fields seen in real applications
// (issue 14's Go corpus) under names of its own: the fields with a want
// comment must be flagged, the others must not.
package realapps

// PodcastItem is an item of a feed read from XML: a namespace URL in the
// tag ("http://example.org/schemas/…") names nothing about the value; the
// element's own name does.
type PodcastItem struct {
	Creator string `xml:"http://example.org/schemas/dc/1.1/ creator"` // want Creator:"pii user.name by name"
	Title   string `xml:"http://example.org/schemas/dc/1.1/ title"`
	Images  []struct {
		Author string `xml:"author"` // want Author:"pii user.name by name"
	} `xml:"image"`
}

// EpisodeOwner is read from a nested, namespaced element.
type EpisodeOwner struct {
	Address string `xml:"http://example.org/schemas/pod/1.0 owner>email"` // want Address:"pii user.contact.email by tag"
}

// Bookmark is an article saved by a user; its author's name is personal.
type Bookmark struct {
	Author      string // want Author:"pii user.name by name"
	AuthorCount int
}

// ImportedReply refers to its author as an account, by id, and keeps the
// account's name beside the id: a login, not the author's full name.
type ImportedReply struct {
	Author   string // want Author:"pii user.account.username by name"
	AuthorID int64
}

// GitMirror is a thing: the user's login at its remote, beside a password,
// is the user's; its remote address is no IP address of a person.
type GitMirror struct {
	RemoteAddress string
	Login         string // want Login:"pii user.account.username by name"
	Password      string // want Password:"pii user.authorization.password by name"
}

// ChatHook is a thing with a bot's display name and no password.
type ChatHook struct {
	Username string
}

// AddCollaboratorOption is a request, not configuration.
type AddCollaboratorOption struct {
	Username string // want Username:"pii user.account.username by name"
}

// ReplicaOptions is configuration: its password is the system's.
type ReplicaOptions struct {
	Username string
	Password string
}

// PartnerCompany is an organisation: its own e-mail is no person's.
type PartnerCompany struct {
	Email        string
	ContactEmail string // want ContactEmail:"pii user.contact.email by name"
}

// Member holds a full name, so its bare Name is the login.
type Member struct {
	Name     string // want Name:"pii user.account.username by name"
	FullName string // want FullName:"pii user.name by name"
}

// ProxyOptions names files of addresses: a path is no e-mail address
// (oauth2-proxy's AuthenticatedEmailsFile).
type ProxyOptions struct {
	AllowedEmailsFile string
	AdminEmailsPath   string
}

// Member holds a photo and where its pictures lie.
type Member struct {
	Email         string // want Email:"pii user.contact.email by name"
	AvatarFile    string // want AvatarFile:"pii user.content.self_image by name"
	EmailListFile string
	AvatarDir     string
}

// Account logs in with its bare Name beside a password (gotify's User).
type Account struct {
	ID    uint
	Name  string // want Name:"pii user.account.username by name"
	Pass  []byte // want Pass:"pii user.authorization.password by name"
	Admin bool
}

// Client has a name and an e-mail: the name is the person's.
type Client struct {
	Name  string // want Name:"pii user.name by name"
	Email string // want Email:"pii user.contact.email by name"
}

// MailContentConfiguration is configuration: its members name the mails
// the system sends (their subjects or template URLs), the e-mail word
// followed by what kind of mail it is; none holds an address.
type MailContentConfiguration struct {
	Invite       string `json:"invite"`
	Recovery     string `json:"recovery"`
	EmailChange  string `json:"email_change"`
	EmailInvite  string `json:"email_invite"`
	EmailAddress string `json:"email_address"` // want EmailAddress:"pii user.contact.email by tag"
}

// MailProviderConfiguration is a struct of configuration; a field of it
// named for e-mail holds its settings, not an address.
type MailProviderConfiguration struct {
	Disabled bool `json:"disabled"`
}

// LoginProviders holds one configuration struct per way to sign in; an
// e-mail field of a configuration type is configuration, a struct that
// holds an address is not.
type LoginProviders struct {
	Email       MailProviderConfiguration `json:"email"`
	Phone       *MailProviderConfiguration
	Contact     MailAddressRecord
	RedirectURL string `json:"redirect_url"`
}

// MailAddressRecord holds an address; a field of it named for e-mail is one.
type MailAddressRecord struct {
	Email    string // want Email:"pii user.contact.email by name"
	Verified bool
}

// PendingEmailChange is not configuration: the address a user changes to
// is the user's.
type PendingEmailChange struct {
	EmailChange string `json:"email_change"` // want EmailChange:"pii user.contact.email by tag"
}

// PushedRef is what a user pushed: the ref's full name (refs/heads/main)
// names a branch, not a person; the pusher's full name is one.
type PushedRef struct {
	RefFullName    string
	RefName        string
	PusherFullName string // want PusherFullName:"pii user.name by name"
}

// VerifyRequest exchanges the token a user was mailed, with the new
// password beside it: the bare token is the user's credential too.
type VerifyRequest struct {
	Type     string
	Token    string // want Token:"pii user.authorization.credentials by name"
	Password string // want Password:"pii user.authorization.password by name"
}

// PageRequest pages through a list; without a password beside it its
// bare token may be anything's (a page token, a lexer's).
type PageRequest struct {
	Token string
	Limit int
}

// DailyStats counts what an account sent today: a number named for the
// e-mails or messages it counts is a count, not an address or a text;
// the e-mail address beside it is one.
type DailyStats struct {
	Messages          int64
	MessagesRemaining int64
	Emails            int64
	EmailsRemaining   int64
	Email             string // want Email:"pii user.contact.email by name"
}

// Mailbox is a person's: its messages are their private communications.
type Mailbox struct {
	Email    string   // want Email:"pii user.contact.email by name"
	Messages []string // want Messages:"pii user.content.private by name"
}

// GatewayConfig is configuration: an address or a number named for the
// job it does is the service's own (the line a voice service calls from,
// the contact address of push subscriptions); a bare one, or one a person
// word qualifies, may be the operator's.
type GatewayConfig struct {
	VoicePhoneNumber string
	PushEmailAddress string
	NotifyEmailAddr  string
	PhoneNumber      string // want PhoneNumber:"pii user.contact.phone_number by name"
	EmailAddress     string // want EmailAddress:"pii user.contact.email by name"
	OwnerPhoneNumber string // want OwnerPhoneNumber:"pii user.contact.phone_number by name"
}

// CallRequest is no configuration: the number it names is a person's.
type CallRequest struct {
	VoicePhoneNumber string // want VoicePhoneNumber:"pii user.contact.phone_number by name"
}

// CommitterOptions is configuration by its name, but the e-mail address
// a person word qualifies inside the pattern (user_email) is a person's.
type CommitterOptions struct {
	GitUserEmail string // want GitUserEmail:"pii user.contact.email by name"
}

// PhoneNumberVerifyRequest and PhoneNumberAddRequest are named noun first,
// verb last: the request acts on the phone number it names, as an
// UpdatePhoneNumberRequest does, so its bare Number is that number.
type PhoneNumberVerifyRequest struct {
	Number  string // want Number:"pii user.contact.phone_number by name"
	Channel string
}

type PhoneNumberAddRequest struct {
	Number string // want Number:"pii user.contact.phone_number by name"
}

// PhoneNumberAdd is no request: a verb ending a name is no suffix there.
type PhoneNumberAdd struct {
	Number string
}

// PushMessage is a message; the address it is forwarded to makes it
// person-like by co-occurrence only, and its own name still says whose
// its title is: the message's. Its body is the message's text.
type PushMessage struct {
	Title string
	Body  string // want Body:"pii user.content.private by name"
	Email string // want Email:"pii user.contact.email by name"
}

// Speaker holds a person's e-mail address beside a title: the person's job
// title.
type Speaker struct {
	Title string // want Title:"pii user.job_title by name"
	Email string // want Email:"pii user.contact.email by name"
}
