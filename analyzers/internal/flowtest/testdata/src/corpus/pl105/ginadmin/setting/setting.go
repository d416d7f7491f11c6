// Package setting holds the configuration read at start-up.
package setting

// AppSettings are the application's settings.
type AppSettings struct{ PasswordSalt string }

// AppSetting is loaded from the configuration file.
var AppSetting = &AppSettings{}
