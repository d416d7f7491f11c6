package weakprotect

import (
	"strings"
	"testing"

	"github.com/privlint/privlint/analyzers/flow"
	"github.com/privlint/privlint/rules"
)

// TestSQLHashMessages checks the advice for hashes the database applies
// (the flow engine reads them from the statement's text: a value bound to
// md5($1), SHA2(?, 256), digest($1, 'sha1') or crypt($1, gen_salt('md5'))):
// the fix is in the statement — crypt with a Blowfish salt for a
// credential, hmac with a key from configuration for an identifier — and
// the same weaknesses in Go code keep the Go advice.
func TestSQLHashMessages(t *testing.T) {
	db := &flow.Flow{Sink: flow.SinkRef{Kind: flow.KindStorage, What: "a SQL database", Call: "db.Exec"}}
	cases := []struct {
		name       string
		src        *flow.Source
		want, fail []string
	}{
		{"password through md5() in SQL",
			&flow.Source{Category: "user.authorization.password", Symbol: "User.Password",
				Weak: &flow.Weakness{Kind: rules.WeakHash, Func: "sql.md5", Call: "the database's md5()", Why: "an unkeyed fast hash"}},
			[]string{"is hashed with the database's md5(), a fast hash, not a password hash, and written to a SQL database (db.Exec)",
				"bind it to crypt($1, gen_salt('bf')) in the statement"},
			nil},
		{"password through crypt() with an MD5 salt",
			&flow.Source{Category: "user.authorization.password", Symbol: "User.Password",
				Weak: &flow.Weakness{Kind: rules.WeakHash, Func: "sql.crypt", Call: "the database's crypt() with gen_salt('md5')", Why: "a fast hash"}},
			[]string{"hashed with the database's crypt() with gen_salt('md5')", "gen_salt('bf')"},
			nil},
		{"e-mail through SHA2() in SQL",
			&flow.Source{Category: "user.contact.email", Symbol: "User.Email",
				Weak: &flow.Weakness{Kind: rules.WeakHash, Func: "sql.sha2", Call: "the database's sha2()", Why: "an unkeyed fast hash"}},
			[]string{"is pseudonymised with the database's sha2(), an unkeyed fast hash", "hmac($1, key, 'sha256') in the statement"},
			nil},
		{"password through md5.Sum in Go",
			&flow.Source{Category: "user.authorization.password", Symbol: "User.Password",
				Weak: &flow.Weakness{Kind: rules.WeakHash, Func: "crypto/md5.Sum", Call: "md5.Sum", Why: "an unkeyed fast hash"}},
			[]string{"is hashed with md5.Sum, a fast hash", "hash it with bcrypt, scrypt, argon2id or pbkdf2"},
			[]string{"gen_salt", "in the statement"}},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			if !c.src.WeakProtection() {
				t.Fatalf("the source is not judged weak")
			}
			got := message(db, c.src)
			for _, w := range c.want {
				if !strings.Contains(got, w) {
					t.Errorf("message %q lacks %q", got, w)
				}
			}
			for _, f := range c.fail {
				if strings.Contains(got, f) {
					t.Errorf("message %q says %q", got, f)
				}
			}
		})
	}
}
