package main_test

import "testing"

// hashedModule stores users whose password is hashed in a service and
// that the rest of the module only moves around: through an interface of
// the module (Users.Save), a function value (Handler), sort.Slice and
// reflect.ValueOf; read back from the store (kv.DB.Get, a method of the
// storage type that the policy lists Put of) and through the store's
// codec. The hash comes from a helper of another package returning "" or
// the hash. Member's password is decoded by a helper of the module taking
// any value; Visitor's is stored hashed or as given.
var hashedModule = map[string]string{
	"go.mod": `module example.com/hashed

go 1.26

require example.com/kv v0.0.0

replace example.com/kv => ./kv
`,
	"privlint.yaml": `version: 1
sinks:
  storage:
    - "example.com/kv.(*DB).Put"
`,
	"kv/go.mod": `module example.com/kv

go 1.26
`,
	"kv/kv.go": `// Package kv is a key-value store.
package kv

import "encoding/json"

// DB is a store.
type DB struct{ m map[string][]byte }

// Put writes v under key.
func (db *DB) Put(key string, v any) error {
	b, err := json.Marshal(v)
	db.m[key] = b
	return err
}

// Get reads what key holds into to.
func (db *DB) Get(key string, to any) error { return json.Unmarshal(db.m[key], to) }

// Codec returns the store's codec.
func (db *DB) Codec() Codec { return jsonCodec{} }

// Codec decodes what the store holds.
type Codec interface{ Unmarshal(b []byte, to any) error }

type jsonCodec struct{}

func (jsonCodec) Unmarshal(b []byte, to any) error { return json.Unmarshal(b, to) }
`,
	"model/model.go": `// Package model declares the stored records.
package model

// User is an account, stored with a hash of its password.
type User struct {
	Username string
	Password string
}

// Member is a member, whose password a request fills.
type Member struct {
	Password string
}

// Visitor is a visitor, whose password one path keeps as given.
type Visitor struct {
	Password string
}
`,
	"pw/pw.go": `// Package pw hashes passwords.
package pw

import (
	"crypto/pbkdf2"
	"crypto/sha256"
	"encoding/hex"
	"errors"
)

// Hash returns the password's hash, or "" and an error.
func Hash(password string) (string, error) {
	if len(password) < 8 {
		return "", errors.New("too short")
	}
	h, err := pbkdf2.Key(sha256.New, password, []byte("salt"), 600000, 32)
	if err != nil {
		return "", err
	}
	return hex.EncodeToString(h), nil
}
`,
	"store/store.go": `// Package store keeps the records.
package store

import (
	"example.com/hashed/model"
	"example.com/kv"
)

// Users keeps users.
type Users interface {
	Save(u *model.User) error
	Get(name string) (*model.User, error)
}

// Store keeps the records in a kv.DB.
type Store struct{ DB *kv.DB }

// Save writes u.
func (s Store) Save(u *model.User) error { return s.DB.Put(u.Username, u) }

// Get reads a user back.
func (s Store) Get(name string) (*model.User, error) {
	var u model.User
	err := s.DB.Get(name, &u)
	return &u, err
}

// All reads every user back through the store's codec.
func (s Store) All(raw [][]byte) ([]model.User, error) {
	var out []model.User
	for _, b := range raw {
		var u model.User
		if err := s.DB.Codec().Unmarshal(b, &u); err != nil {
			return nil, err
		}
		out = append(out, u)
	}
	return out, nil
}

// SaveMember writes m.
func (s Store) SaveMember(m *model.Member) error { return s.DB.Put("m", m) }

// SaveVisitor writes v.
func (s Store) SaveVisitor(v *model.Visitor) error { return s.DB.Put("v", v) }
`,
	"util/util.go": `// Package util decodes requests.
package util

import (
	"encoding/json"
	"io"
)

// Decode fills v from r.
func Decode(r io.Reader, v any) error { return json.NewDecoder(r).Decode(v) }
`,
	"service/service.go": `// Package service hashes what it stores.
package service

import (
	"io"
	"reflect"
	"sort"

	"example.com/hashed/model"
	"example.com/hashed/pw"
	"example.com/hashed/store"
	"example.com/hashed/util"
)

// Handler handles a user.
type Handler func(u *model.User) error

// Register stores a user with the password's hash, through the Users
// interface.
func Register(s store.Users, name, password string) error {
	h, err := pw.Hash(password)
	if err != nil {
		return err
	}
	return s.Save(&model.User{Username: name, Password: h})
}

// With reads a user and hands it to fn.
func With(s store.Users, name string, fn Handler) error {
	u, err := s.Get(name)
	if err != nil {
		return err
	}
	return fn(u)
}

// Sorted returns the users by name.
func Sorted(us []model.User) []model.User {
	sort.Slice(us, func(i, j int) bool { return us[i].Username < us[j].Username })
	return us
}

// Field returns a user's field by name.
func Field(u *model.User, name string) any {
	return reflect.ValueOf(u).Elem().FieldByName(name).Interface()
}

// Join stores a member as the request sent it, decoded by a helper of
// the module that takes any value.
func Join(s store.Store, r io.Reader) error {
	var m model.Member
	if err := util.Decode(r, &m); err != nil {
		return err
	}
	return s.SaveMember(&m)
}

// Visit stores a visitor with the password's hash, or as given.
func Visit(s store.Store, password string, hashed bool) error {
	p := password
	if !hashed {
		h, err := pw.Hash(password)
		if err != nil {
			return err
		}
		p = h
	}
	return s.SaveVisitor(&model.Visitor{Password: p})
}
`,
}

// TestProtectedByWritersMoves checks that privlint check drops PL101 on a
// field written only with a hash when the module's other uses of its
// struct only move or read it back (User.Password), and keeps it on a
// field a module's helper taking any value decodes into (Member.Password)
// or one path stores as given (Visitor.Password).
func TestProtectedByWritersMoves(t *testing.T) {
	dir := t.TempDir()
	writeFiles(t, dir, hashedModule)
	checkPL101(t, dir, "./...", []string{
		"store/store.go:42:59: PL101 user.authorization.password from Member.Password",
		"store/store.go:45:61: PL101 user.authorization.password from Visitor.Password",
	})
}
