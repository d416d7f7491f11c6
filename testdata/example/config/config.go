// Package config holds the shop's settings; none of it is personal data.
package config

// Config is the service configuration.
type Config struct {
	HostName     string
	SMTPPassword string
	DatabaseURL  string
	FromEmail    string
	LogFileName  string
}
