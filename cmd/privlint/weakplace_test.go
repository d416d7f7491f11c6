package main_test

import (
	"strings"
	"testing"
)

// weakPlaceModule hashes e-mail addresses with MD5 in one helper package
// and stores the hash from two callers in another.
var weakPlaceModule = map[string]string{
	"go.mod": "module example.com/weakplace\n\ngo 1.26\n",
	"avatar/avatar.go": `// Package avatar names avatars after a hash of the e-mail address.
package avatar

import (
	"crypto/md5"
	"encoding/hex"
)

// Hash returns the avatar hash of email.
func Hash(email string) string {
	sum := md5.Sum([]byte(email))
	return hex.EncodeToString(sum[:])
}
`,
	"hooks/hooks.go": `// Package hooks stores what webhooks send.
package hooks

import (
	"database/sql"

	"example.com/weakplace/avatar"
)

// User is a user.
type User struct {
	ID    int64
	Email string
}

// Pushed records a push by u.
func Pushed(db *sql.DB, u *User) {
	db.Exec("INSERT INTO hook_task (avatar) VALUES ($1)", avatar.Hash(u.Email))
}

// Starred records a star by u.
func Starred(db *sql.DB, u *User) {
	db.Exec("INSERT INTO hook_task (avatar) VALUES ($1)", avatar.Hash(u.Email))
}
`,
}

// TestWeakProtectionOnePlace checks that PL105 reports a weak hash in a
// helper package once, however many callers in other packages store its
// output: one place, one finding (at the first caller, the helper having
// no sink of its own), whose SARIF code flows list both callers' paths.
func TestWeakProtectionOnePlace(t *testing.T) {
	dir := t.TempDir()
	writeFiles(t, dir, weakPlaceModule)
	res := runIn(t, dir, nil, privlint, "check", "./...")
	var got []string
	for _, l := range strings.Split(res.stdout, "\n") {
		if strings.Contains(l, " PL105 ") {
			got = append(got, l[:strings.Index(l, " PL105 ")])
		}
	}
	if want := []string{"hooks/hooks.go:18:56:"}; strings.Join(got, "\n") != strings.Join(want, "\n") {
		t.Errorf("PL105 reported at\n%s\nwant\n%s\nstdout:\n%s\nstderr:\n%s", strings.Join(got, "\n"), strings.Join(want, "\n"), res.stdout, res.stderr)
	}
	sarif := runIn(t, dir, nil, privlint, "check", "--format", "sarif", "./...")
	if n := strings.Count(sarif.stdout, `"threadFlows"`); n < 2 {
		t.Errorf("the SARIF report lists %d thread flows, want the callers' paths (2 or more):\n%s", n, sarif.stdout)
	}
}
