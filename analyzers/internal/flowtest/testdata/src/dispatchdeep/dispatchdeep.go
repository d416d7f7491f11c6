// Package dispatchdeep holds PL101 cases of a call through an interface
// whose implementations this package does not import: the implementation
// beside the interface's declaration counts (a notifier package's file
// notifier), one in a package neither imports does not.
package dispatchdeep

import (
	"model"
	"providers"
)

type codeMail struct {
	DisplayName string
	OneTimeCode string
}

func notify(p *providers.Providers, u *model.User, m codeMail) {
	p.Notifier.Send(u.Email, m) // want `PL101 user\.authorization\.credentials from codeMail\.OneTimeCode is written to a file unencrypted \(p\.Notifier\.Send → fmt\.Fprintf\)`
	p.Archiver.Archive(m)       // ok: spool, the only implementation, is in no package this one or the interface's imports
}
