package logcases

import (
	log "github.com/go-pkgz/lgr"
)

// Commenter is a person who writes comments.
type Commenter struct {
	ID    string
	Name  string
	Email string
}

// lgrLines logs through go-pkgz/lgr: its package-level functions and any
// L (a *Logger or a Func) write to the log.
func lgrLines(c Commenter, l log.L, smtpPassword string) {
	log.Printf("[WARN] can't send verification for %s", c.Email) // want `PL102 user\.contact\.email from Commenter\.Email is written to the log \(log\.Printf\)`
	log.Print("[INFO] new commenter " + c.Name)                  // want `PL102 user\.name from Commenter\.Name is written to the log \(log\.Print\)`
	l.Logf("[DEBUG] blocked %s", c.Email)                        // want `PL102 user\.contact\.email from Commenter\.Email is written to the log \(l\.Logf\)`
	log.New().Logf("[DEBUG] email %s", c.Email)                  // want `PL102 user\.contact\.email from Commenter\.Email is written to the log \(log\.New\(\)\.Logf\)`

	log.Printf("[DEBUG] comments of user %s", c.ID) // ok: an opaque identifier
	log.Setup(log.Secret(smtpPassword))             // ok: a secret handed over to be hidden, nothing logged
}
