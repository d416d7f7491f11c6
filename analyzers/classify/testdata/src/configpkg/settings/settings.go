// Package settings is a configuration package: the operator's upstream
// credentials in its types are the system's own, not a person's.
package settings

// Account is configuration by its package, whatever its name.
type Account struct {
	Host         string
	Username     string
	Password     string
	SharedSecret string
}

// Repository is the instance's repository configuration, an anonymous
// struct of a package-level variable: the e-mail address its commits are
// signed with is named for that job, the instance's own.
var Repository = struct {
	Signing struct {
		SigningName  string
		SigningEmail string
	}
}{}

// Notify names an address by nothing: a bare e-mail in configuration may
// be the operator's own, and is flagged.
type Notify struct {
	Email string // want Email:"pii user.contact.email by name"
}
