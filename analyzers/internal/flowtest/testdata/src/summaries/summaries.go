// Package summaries checks the summaries the flow analyzer exports as
// facts for other packages.
package summaries

import (
	"context"
	"crypto/md5"
	"database/sql"
	"encoding/hex"
	"fmt"
	"log"
	"net/http"
	"strings"

	"github.com/redis/go-redis/v9"

	"model"
)

func Logs(s string) { log.Println(s) } // want Logs:"summary param 0 → log the log"

func Stores(db *sql.DB, k, v string) { db.Exec("INSERT INTO t VALUES($1, $2)", k, v) } // want Stores:"summary param 1 → storage a SQL database; param 2 → storage a SQL database$"

func Passes(s string) string { return strings.TrimSpace(s) } // want Passes:"summary param 0 → result 0"

func Formats(a, b string) string { return fmt.Sprintf("%s=%s", a, b) } // want Formats:"summary param 0 → result 0; param 1 → result 0"

func Email(u *model.User) string { return u.Email } // want Email:"summary result 0 ← user.contact.email User.Email"

func Sends(s string) { http.Get("https://api.example.com/x?q=" + s) } // want Sends:"summary param 0 → thirdparty api.example.com; param 0 → url a request URL"

func Via(s string) { Logs("via " + s) } // want Via:"summary param 0 → log the log"

func Length(s string) int { return len(s) } // want Length:"summary param 0 used$"

func Drops(s string) {} // want Drops:"summary \\(nothing flows\\)"

//privlint:encrypts
func Seal(s string) []byte { return []byte(s) } // want Seal:"summary encrypts; param 0 → result 0"

//privlint:sink storage
func Put(key string, v any) {} // want Put:"summary sink storage"

// Recursion: the chain of calls in a summary does not grow round after
// round (RecA → RecB → RecA → …): each sink is named by the helper and the
// call inside it.
func RecA(s string, n int) { // want RecA:"summary param 0 → log the log; param 0 → log the log; param 1 used$"
	if n > 0 {
		RecB(s, n-1)
	}
	log.Println(s)
}

func RecB(s string, n int) { // want RecB:"summary param 0 → log the log; param 1 used$"
	if n > 0 {
		RecA(s, n-1)
	}
}

// Weak protection travels in summaries: which parameter is hashed on its
// way to a result or a sink, and which reaches a sink only as a key.

func Hashes(s string) string { h := md5.Sum([]byte(s)); return hex.EncodeToString(h[:]) } // want Hashes:"summary param 0 via hash crypto/md5.Sum → result 0"

func StoresHash(db *sql.DB, s string) { db.Exec("INSERT INTO t VALUES($1)", Hashes(s)) } // want StoresHash:"summary param 1 via hash crypto/md5.Sum → storage a SQL database"

func Caches(ctx context.Context, r *redis.Client, k, v string) { r.Set(ctx, k, v, 0) } // want Caches:"summary param 0 → storage a Redis cache; param 2 → storage a Redis cache as a key; param 3 → storage a Redis cache"

func HashedEmail(u *model.User) string { // want HashedEmail:"summary result 0 ← hashed data via hash crypto/md5.Sum; result 0 ← user.contact.email User.Email via hash crypto/md5.Sum$"
	h := md5.Sum([]byte(u.Email))
	return hex.EncodeToString(h[:])
}

// A parameter named for personal data, hashed and returned: callers that
// pass nothing they can place fall back on the name.
func PseudonymOf(email string) string { // want PseudonymOf:"summary param 0 via hash crypto/md5.Sum → result 0; result 0 ← hashed data via hash crypto/md5.Sum; result 0 ← user.contact.email parameter email of PseudonymOf via hash crypto/md5.Sum unless param 0 carries data$"
	h := md5.Sum([]byte(email))
	return hex.EncodeToString(h[:])
}

// Uses: a parameter the function uses otherwise than carrying it to a
// sink or a result (compared, computed with, looked up, handed to a call
// nothing models), directly, through a helper's summary, read from a
// receiver's field or captured by a closure. Formatting and joining
// strings only carry it; comparing a pointer with nil tests no data.

func Checks(db *sql.DB, e string) error { // want Checks:"summary param 1 → storage a SQL database; param 1 used$"
	if e == "admin@example.com" {
		return nil
	}
	_, err := db.Exec("INSERT INTO t VALUES($1)", e)
	return err
}

func LooksUp(db *sql.DB, e string) { // want LooksUp:"summary param 1 → storage a SQL database; param 1 used$"
	db.Exec("INSERT INTO t VALUES($1)", e)
	find(strings.ToLower(e))
}

func find(string) {} // want find:"summary \\(nothing flows\\)"

func Indexes(m map[string]int, k string) int { return m[k] } // want Indexes:"summary param 1 used$"

func Formatted(db *sql.DB, e string) { // want Formatted:"summary param 1 → storage a SQL database$"
	db.Exec("INSERT INTO t VALUES($1)", fmt.Sprintf("<%s>", e)+"!")
}

func NotNil(db *sql.DB, e *string) { // want NotNil:"summary param 1 → storage a SQL database$"
	if e != nil {
		db.Exec("INSERT INTO t VALUES($1)", *e)
	}
}

func ViaChecks(db *sql.DB, e string) { Checks(db, "x"+e) } // want ViaChecks:"summary param 1 → storage a SQL database; param 1 used$"

func ViaLogs(e string) { Via(e) } // want ViaLogs:"summary param 0 → log the log$"

func ViaStores(db *sql.DB, e string) { Formatted(db, e) } // want ViaStores:"summary param 1 → storage a SQL database$"

type Owner struct{ name string }

func (o *Owner) Check() bool { return o.name == "root" } // want Check:"summary param 0 used$"

func Keeps(db *sql.DB, name string) { // want Keeps:"summary param 1 → storage a SQL database; param 1 used$"
	o := &Owner{name: name}
	db.Exec("INSERT INTO t VALUES($1)", o.name)
	o.Check()
}

func Captures(db *sql.DB, e string) { // want Captures:"summary param 1 → storage a SQL database; param 1 used$"
	db.Exec("INSERT INTO t VALUES($1)", e)
	func() {
		if e == "" {
			panic("empty")
		}
	}()
}

type Uploader struct{ owner string }

func NewUploader(owner string) *Uploader { return &Uploader{owner: owner} } // want NewUploader:"summary param 0 → result 0; param 0 → result 0 field 0$"

func (u *Uploader) Create(db *sql.DB) error { // want Create:"summary param 0 used$"
	_, err := db.Query("SELECT id FROM users WHERE name = $1", u.owner)
	return err
}

func Restore(db *sql.DB, owner string) error { // want Restore:"summary param 1 used$"
	up := NewUploader(owner)
	return up.Create(db)
}

// StoresUnless stores s as given only when hashed is false: a caller
// passing a constant true stores nothing of it.
func StoresUnless(db *sql.DB, s string, hashed bool) { // want StoresUnless:"summary param 1 → storage a SQL database; if param 2 is true: \\[\\]$"
	if !hashed {
		db.Exec("INSERT INTO t VALUES($1)", s)
	}
}

// LogsEither logs s on both ways of verbose (two log calls, two sinks):
// either value leaves one of them, so no variant.
func LogsEither(s string, verbose bool) { // want LogsEither:"summary param 0 → log the log; param 0 → log the log$"
	if verbose {
		log.Println("verbose:", s)
	} else {
		log.Println(s)
	}
}
