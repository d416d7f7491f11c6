// Package gapicases holds PL104 cases of a generated REST client that
// builds its request URLs from the string arguments of its methods.
package gapicases

import (
	"log"

	"google.golang.org/api/rosters/v2"

	"model"
)

func lookups(svc *rosters.Service, u *model.User, team string) {
	svc.Entries.Get(team, u.Email).Do()                // want `PL104 user\.contact\.email from User\.Email is put into a request URL \(svc\.Entries\.Get\)`
	svc.Entries.Get(team, "x").Region(u.Phone).Do()    // want `PL104 user\.contact\.phone_number from User\.Phone is put into a request URL \(svc\.Entries\.Get\(team, "x"\)\.Region\)`
	svc.Entries.Get(team, "x").Fields("email").Do()    // ok: a constant field selection
	svc.Entries.Insert(&rosters.Entry{Email: u.Email}) // ok: the entry is the request body
	_ = svc.Entries.Describe(u.Email)                  // ok: no call object is built
	svc.Entries.Get(team, byID(u.ID)).Do()             // ok: an internal id
	log.Print(team)
}

func byID(id int64) string { return "id" }
