// Package versioncases holds PL103 cases for catalog entries matched
// modulo a module's major-version suffix: the catalog names
// github.com/mailgun/mailgun-go/v*, and an application still on
// v2.0.0+incompatible imports github.com/mailgun/mailgun-go.
package versioncases

import (
	"github.com/mailgun/mailgun-go"

	"model"
)

func welcome(mg mailgun.Mailgun, u *model.User) {
	m := mg.NewMessage("shop@example.com", "Welcome", "Hello "+u.Name, u.Email) // want `PL103 user\.contact\.email from User\.Email is sent to Mailgun \(mg\.NewMessage\), a recipient privlint\.yaml does not declare` `PL103 user\.name from User\.Name is sent to Mailgun \(mg\.NewMessage\), a recipient privlint\.yaml does not declare`
	mg.Send(m)
}

func notice(mg mailgun.Mailgun) {
	m := mg.NewMessage("shop@example.com", "Maintenance", "We are down tonight.", "ops@example.com") // ok: no personal data
	mg.Send(m)
}
