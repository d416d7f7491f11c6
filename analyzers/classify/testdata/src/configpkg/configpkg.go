// Package configpkg is no configuration package: the same names are a
// person's here.
package configpkg

// Account holds a person's login outside configuration.
type Account struct {
	Email    string // want Email:"pii user.contact.email by name"
	Password string // want Password:"pii user.authorization.password by name"
}

// feedFetchTransport sends the application's own User-Agent.
type feedFetchTransport struct {
	UserAgent string
}

// PageVisit records a visitor's browser.
type PageVisit struct {
	UserAgent string // want UserAgent:"pii user.device.user_agent by name"
	RemoteIP  string // want RemoteIP:"pii user.device.ip_address by name"
}

// ldapAttributeMapping names the directory attributes to read.
type ldapAttributeMapping struct {
	Email     string
	FirstName string
}

var _ = feedFetchTransport{}
var _ = ldapAttributeMapping{}
