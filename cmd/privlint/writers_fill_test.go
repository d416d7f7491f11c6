package main_test

import "testing"

// filledModule hashes every account's password in one place and then
// hands the accounts to code privlint does not analyze that cannot, or
// does not, put a value into them: a sync.Map keeps one (Store), a heap
// orders a roster through its methods (heap.Init takes a heap.Interface),
// a template reads one (Execute), and encoding/json decodes into a
// request that holds one under json:"-". Only Opened's password, which
// encoding/json may fill, keeps its PL101.
var filledModule = map[string]string{
	"go.mod": "module example.com/filled\n\ngo 1.26\n",
	"model/model.go": `// Package model declares the stored accounts.
package model

// Kept is kept in a sync.Map.
type Kept struct{ Password string }

// Ranked is ordered in a heap.
type Ranked struct{ Password string }

// Shown is shown by a template.
type Shown struct{ Password string }

// Hidden is carried, never decoded, by a JSON request.
type Hidden struct{ Password string }

// Opened is decoded from a JSON request.
type Opened struct{ Password string }
`,
	"store/store.go": `// Package store writes the accounts.
package store

import (
	"database/sql"

	"example.com/filled/model"
)

// Save writes the five passwords.
func Save(db *sql.DB, k *model.Kept, r *model.Ranked, s *model.Shown, h *model.Hidden, o *model.Opened) {
	db.Exec("INSERT INTO kept (password) VALUES (?)", k.Password)
	db.Exec("INSERT INTO ranked (password) VALUES (?)", r.Password)
	db.Exec("INSERT INTO shown (password) VALUES (?)", s.Password)
	db.Exec("INSERT INTO hidden (password) VALUES (?)", h.Password)
	db.Exec("INSERT INTO opened (password) VALUES (?)", o.Password)
}
`,
	"service/service.go": `// Package service hashes the passwords and moves the accounts.
package service

import (
	"container/heap"
	"crypto/pbkdf2"
	"crypto/sha256"
	"database/sql"
	"encoding/hex"
	"encoding/json"
	"os"
	"sync"
	"text/template"

	"example.com/filled/model"
	"example.com/filled/store"
)

func hash(p string) string {
	h, err := pbkdf2.Key(sha256.New, p, []byte("salt"), 600000, 32)
	if err != nil {
		return ""
	}
	return hex.EncodeToString(h)
}

var cache sync.Map

// roster orders accounts through heap.Interface's methods.
type roster []*model.Ranked

func (r roster) Len() int           { return len(r) }
func (r roster) Less(i, j int) bool { return i < j }
func (r roster) Swap(i, j int)      { r[i], r[j] = r[j], r[i] }
func (r *roster) Push(x any)        { *r = append(*r, x.(*model.Ranked)) }
func (r *roster) Pop() any          { old := *r; x := old[len(old)-1]; *r = old[:len(old)-1]; return x }

var page = template.Must(template.New("p").Parse("{{.Password}}"))

// request carries an account the JSON body never sets.
type request struct {
	Note    string
	Account *model.Hidden ` + "`json:\"-\"`" + `
}

// opened is a JSON request that sets the account's fields.
type opened struct {
	Account *model.Opened
}

// Run hashes, moves and stores.
func Run(db *sql.DB, pw string, body []byte) error {
	k := &model.Kept{Password: hash(pw)}
	cache.Store("k", k)
	r := &model.Ranked{Password: hash(pw)}
	rs := roster{r}
	heap.Init(&rs)
	s := &model.Shown{Password: hash(pw)}
	if err := page.Execute(os.Stdout, s); err != nil {
		return err
	}
	req := request{Account: &model.Hidden{Password: hash(pw)}}
	if err := json.Unmarshal(body, &req); err != nil {
		return err
	}
	o := opened{Account: &model.Opened{Password: hash(pw)}}
	if err := json.Unmarshal(body, &o); err != nil {
		return err
	}
	store.Save(db, k, r, s, req.Account, o.Account)
	return nil
}
`,
}

// TestProtectedByWritersFills checks that a struct handed to code that
// keeps it (sync.Map's Store), reaches it through an interface's methods
// (heap.Init), reads it (a template's Execute) or decodes only some of
// its fields (encoding/json, not the json:"-" ones) is not filled with a
// plain value: only Opened's password, which encoding/json may set,
// keeps its PL101.
func TestProtectedByWritersFills(t *testing.T) {
	dir := t.TempDir()
	writeFiles(t, dir, filledModule)
	checkPL101(t, dir, "./...", []string{"store/store.go:16:2: PL101 user.authorization.password from Opened.Password"})
}
