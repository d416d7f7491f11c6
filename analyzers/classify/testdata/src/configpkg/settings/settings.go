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
