// Package configsections declares the sections of an application's
// configuration as named struct types: a Config holds a Web section whose
// ClientRemoteIP section says which header carries a client's address,
// and the upstream servers it logs into; their members are settings. A
// person the configuration names (its static users) keeps its data, and
// so does a type no configuration holds. Fields with a want comment must
// be flagged, the others must not.
package configsections

// Config is the application's configuration file.
type Config struct {
	Issuer      string      `json:"issuer"`
	Web         Web         `json:"web"`
	Upstreams   []*Upstream `json:"upstreams"`
	StaticUsers []User      `json:"staticUsers"`
}

// Web is the web server's section.
type Web struct {
	HTTP           string         `json:"http"`
	ClientRemoteIP ClientRemoteIP `json:"clientRemoteIP"`
}

// ClientRemoteIP says where a client's address is read from.
type ClientRemoteIP struct {
	Header         string   `json:"header"`
	TrustedProxies []string `json:"trustedProxies"`
}

// Upstream is an upstream identity service the application logs into.
type Upstream struct {
	Issuer   string            `json:"issuer"`
	Login    map[string]string `json:"login"`
	Username string            `json:"username"`
	Password string            `json:"password"`
}

// User is a static user the configuration declares: a person.
type User struct {
	Email    string `json:"email"`    // want Email:"pii user.contact.email by tag"
	Username string `json:"username"` // want Username:"pii user.account.username by tag"
}

// Session is a run-time session no configuration holds: the client's
// address and the login are the person's.
type Session struct {
	ClientRemoteIP string `json:"clientRemoteIP"` // want ClientRemoteIP:"pii user.device.ip_address by tag"
	Username       string `json:"username"`       // want Username:"pii user.account.username by tag"
	Password       string `json:"password"`       // want Password:"pii user.authorization.password by tag"
}

// LookupConfig is the configuration of a person's lookup-secret
// credential, stored with the person's identity.
type LookupConfig struct {
	RecoveryCodes []RecoveryCode `json:"recovery_codes"`
}

// RecoveryCode is named for a credential: it holds the person's recovery
// code wherever it is held, no section of a configuration.
type RecoveryCode struct {
	Code string `json:"code"` // want Code:"pii user.authorization.credentials by name"
}

// FileOptions are the options of a call that commits a file: a request's
// parameters, not configuration, so the types it holds are no sections.
type FileOptions struct {
	Message string   `json:"message"`
	Author  Identity `json:"author"`
}

// Identity is a commit's author or committer.
type Identity struct {
	Name  string `json:"name"`  // want Name:"pii user.name by tag"
	Email string `json:"email"` // want Email:"pii user.contact.email by tag"
}
