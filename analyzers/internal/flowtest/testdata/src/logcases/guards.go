package logcases

import (
	"log"
	"strings"

	"model"
)

// A value logged only where it was found equal to a constant is that
// constant: the invalid names are "", "-" and ".".
func invalidName(email string) {
	email = strings.TrimSpace(email)
	if email == "" || email == "-" || email == "." {
		log.Printf("invalid address: [%s]", email) // ok: email is "", "-" or "." here
		return
	}
	if email != "" {
		log.Printf("mail for %s", email) // want `PL102 user\.contact\.email from parameter email of invalidName is written to the log \(log\.Printf\)`
	}
}

func noAddress(email string) {
	if email != "" {
		log.Printf("mail to %s", email) // want `PL102 user\.contact\.email from parameter email of noAddress is written to the log \(log\.Printf\)`
	} else {
		log.Printf("no address: %q", email) // ok: email is "" here
	}
}

// Only a test of equality with constants on every way in counts.
func mixedGuards(email, admin string) {
	if email == "" || strings.HasPrefix(email, "-") {
		log.Printf("bad name %q", email) // want `PL102 user\.contact\.email from parameter email of mixedGuards is written to the log \(log\.Printf\)`
	}
	if email == admin {
		log.Printf("admin %s", email) // want `PL102 user\.contact\.email from parameter email of mixedGuards is written to the log \(log\.Printf\)`
	}
	if email == "" {
		email = "nobody"
	}
	log.Printf("as %s", email) // want `PL102 user\.contact\.email from parameter email of mixedGuards is written to the log \(log\.Printf\)`
}

// A helper that logs its parameter only when it is a constant logs
// nothing of its callers'.
func callsGuarded(u *model.User) {
	invalidName2(u.Email)
}

func invalidName2(s string) {
	if s == "-" {
		log.Printf("invalid: %s", s) // ok: s is "-" here
	}
}
