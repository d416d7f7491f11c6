// Package providers holds the services a handler reaches through
// interfaces declared elsewhere (notifier.Notifier) or here (Archiver).
package providers

import "notifier"

// Archiver archives data; its implementation lives in package spool.
type Archiver interface {
	Archive(data any) error
}

// Providers are a request's services.
type Providers struct {
	Notifier notifier.Notifier
	Archiver Archiver
}
