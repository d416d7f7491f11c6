package main_test

import (
	"strings"
	"testing"
)

// layeredModule stores accounts the way a service and a repository layer
// do: the service hashes the password, the repository writes the struct
// it is given. Member's password is hashed too, but also decoded from a
// request body into the struct; Visitor's is hashed in one place and set
// from a plain string in another.
var layeredModule = map[string]string{
	"go.mod": "module example.com/layered\n\ngo 1.26\n",
	"model/model.go": `// Package model declares the stored records.
package model

// Account is a user's account, stored with a hash of the password.
type Account struct {
	Username string
	Password string
}

// Member is a member, whose password a request may fill.
type Member struct {
	Password string
}

// Visitor is a visitor, whose password one path sets as it is.
type Visitor struct {
	Password string
}

// Guest is a guest, whose password is set and then hashed in place.
type Guest struct {
	Password string
}

// Host is a host, whose password is hashed in place only when asked.
type Host struct {
	Password string
}

// Clerk is a clerk, whose password a helper returns as given on one path.
type Clerk struct {
	Password string
}
`,
	"store/store.go": `// Package store writes the records.
package store

import (
	"context"
	"database/sql"

	"example.com/layered/model"
)

// SaveAccount writes a.
func SaveAccount(ctx context.Context, db *sql.DB, a model.Account) error {
	_, err := db.ExecContext(ctx, "INSERT INTO account (username, password) VALUES (?, ?)", a.Username, a.Password)
	return err
}

// SaveMember writes m.
func SaveMember(ctx context.Context, db *sql.DB, m model.Member) error {
	_, err := db.ExecContext(ctx, "INSERT INTO member (password) VALUES (?)", m.Password)
	return err
}

// SaveVisitor writes v.
func SaveVisitor(ctx context.Context, db *sql.DB, v model.Visitor) error {
	_, err := db.ExecContext(ctx, "INSERT INTO visitor (password) VALUES (?)", v.Password)
	return err
}

// SaveGuest writes g.
func SaveGuest(ctx context.Context, db *sql.DB, g *model.Guest) error {
	_, err := db.ExecContext(ctx, "INSERT INTO guest (password) VALUES (?)", g.Password)
	return err
}

// SaveHost writes h.
func SaveHost(ctx context.Context, db *sql.DB, h *model.Host) error {
	_, err := db.ExecContext(ctx, "INSERT INTO host (password) VALUES (?)", h.Password)
	return err
}

// SaveClerk writes c.
func SaveClerk(ctx context.Context, db *sql.DB, c model.Clerk) error {
	_, err := db.ExecContext(ctx, "INSERT INTO clerk (password) VALUES (?)", c.Password)
	return err
}
`,
	"service/service.go": `// Package service hashes what it stores.
package service

import (
	"context"
	"crypto/pbkdf2"
	"crypto/sha256"
	"database/sql"
	"encoding/hex"
	"encoding/json"

	"example.com/layered/model"
	"example.com/layered/store"
)

func hash(password string) ([]byte, error) {
	return pbkdf2.Key(sha256.New, password, []byte("salt"), 600000, 32)
}

// Register stores an account with the password's hash.
func Register(ctx context.Context, db *sql.DB, name, password string) error {
	h, err := pbkdf2.Key(sha256.New, password, []byte("salt"), 600000, 32)
	if err != nil {
		return err
	}
	return store.SaveAccount(ctx, db, model.Account{Username: name, Password: hex.EncodeToString(h)})
}

// TestAccount is an account for tests: a constant is no person's data.
func TestAccount() model.Account {
	return model.Account{Username: "test", Password: "test"}
}

// Join stores a member with the password's hash.
func Join(ctx context.Context, db *sql.DB, password string) error {
	h, err := pbkdf2.Key(sha256.New, password, []byte("salt"), 600000, 32)
	if err != nil {
		return err
	}
	return store.SaveMember(ctx, db, model.Member{Password: string(h)})
}

// Import stores a member as the request sent it.
func Import(ctx context.Context, db *sql.DB, body []byte) error {
	var m model.Member
	if err := json.Unmarshal(body, &m); err != nil {
		return err
	}
	return store.SaveMember(ctx, db, m)
}

// Visit stores a visitor with the password's hash, or as given.
func Visit(ctx context.Context, db *sql.DB, password string, hashed bool) error {
	v := model.Visitor{}
	if hashed {
		h, err := pbkdf2.Key(sha256.New, password, []byte("salt"), 600000, 32)
		if err != nil {
			return err
		}
		v.Password = string(h)
	} else {
		v.Password = password
	}
	return store.SaveVisitor(ctx, db, v)
}

// Invite sets the guest's password and hashes it where it lies; only a
// failed hash skips that, and then nothing is stored.
func Invite(ctx context.Context, db *sql.DB, password string) error {
	g := &model.Guest{}
	g.Password = password
	if h, err := hash(g.Password); err != nil {
		return err
	} else {
		g.Password = hex.EncodeToString(h)
	}
	return store.SaveGuest(ctx, db, g)
}

// Host stores the password hashed in place only when secure is set.
func Host(ctx context.Context, db *sql.DB, password string, secure bool) error {
	h := &model.Host{Password: password}
	if secure {
		d, err := hash(h.Password)
		if err != nil {
			return err
		}
		h.Password = string(d)
	}
	return store.SaveHost(ctx, db, h)
}

// maybeHash hashes the password unless told not to: no hash helper.
func maybeHash(password string, plain bool) string {
	if plain {
		return password
	}
	h, err := hash(password)
	if err != nil {
		return ""
	}
	return hex.EncodeToString(h)
}

// Hire stores a clerk with what maybeHash returns.
func Hire(ctx context.Context, db *sql.DB, password string, plain bool) error {
	return store.SaveClerk(ctx, db, model.Clerk{Password: maybeHash(password, plain)})
}
`,
}

// checkPL101 runs privlint check on pattern in dir and checks the PL101
// findings it prints, each cut before " is written", against want.
//
// It checks the same with --enable PL101, which runs only the analyzers
// PL101 needs: the whole-module judgement of the field's writers must not
// be lost with the others.
func checkPL101(t *testing.T, dir, pattern string, want []string) {
	t.Helper()
	for _, args := range [][]string{{"check", pattern}, {"check", "--enable", "PL101", pattern}} {
		r := runIn(t, dir, nil, privlint, args...)
		if got := writtenHeads(r.stdout, "PL101"); strings.Join(got, "\n") != strings.Join(want, "\n") {
			t.Errorf("privlint %s: PL101 findings\n%s\nwant\n%s\nstdout:\n%s\nstderr:\n%s", strings.Join(args, " "), strings.Join(got, "\n"), strings.Join(want, "\n"), r.stdout, r.stderr)
		}
	}
}

// writtenHeads returns the lines of out that report rule, each cut before
// " is written": the place and what was written.
func writtenHeads(out, rule string) []string {
	var got []string
	for _, l := range strings.Split(out, "\n") {
		if i := strings.Index(l, " is written"); i > 0 && strings.Contains(l, " "+rule+" ") {
			got = append(got, l[:i])
		}
	}
	return got
}

// TestProtectedByWriters checks that privlint check drops PL101 on a
// field that the whole module writes only with a sanitizer's output
// (Account.Password, hashed in the service layer and stored by the
// repository layer), and keeps it on a field that a decoder may fill
// (Member.Password) or that one path sets as it is (Visitor.Password,
// Host.Password, hashed in place only on one branch); a password set and
// then hashed where it lies (Guest.Password) counts as hashed,
// and on every field when the packages analyzed are not the whole module.
func TestProtectedByWriters(t *testing.T) {
	dir := t.TempDir()
	writeFiles(t, dir, layeredModule)
	checkPL101(t, dir, "./...", []string{
		"store/store.go:19:12: PL101 user.authorization.password from Member.Password",
		"store/store.go:25:12: PL101 user.authorization.password from Visitor.Password",
		"store/store.go:37:12: PL101 user.authorization.password from Host.Password",
		"store/store.go:43:12: PL101 user.authorization.password from Clerk.Password",
	})
	checkPL101(t, dir, "./store", []string{
		"store/store.go:13:12: PL101 user.authorization.password from Account.Password",
		"store/store.go:19:12: PL101 user.authorization.password from Member.Password",
		"store/store.go:25:12: PL101 user.authorization.password from Visitor.Password",
		"store/store.go:31:12: PL101 user.authorization.password from Guest.Password",
		"store/store.go:37:12: PL101 user.authorization.password from Host.Password",
		"store/store.go:43:12: PL101 user.authorization.password from Clerk.Password",
	})
}
