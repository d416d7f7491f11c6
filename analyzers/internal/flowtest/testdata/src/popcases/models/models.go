// Package models builds the accounts popcases stores: a constructor that
// hashes the password, a setter that does not, and a lookup.
package models

import (
	"errors"

	"golang.org/x/crypto/bcrypt"
)

// Account is an account.
type Account struct {
	ID       int64
	Name     string `purpose:"account"`
	Passwd   string `purpose:"account"`
	Language string
}

// NewAccount builds an account whose password is hashed.
func NewAccount(name, password string) (*Account, error) {
	if name == "" {
		return nil, errors.New("no name")
	}
	h, err := bcrypt.GenerateFromPassword([]byte(password), bcrypt.DefaultCost)
	if err != nil {
		return nil, err
	}
	return &Account{Name: name, Passwd: string(h)}, nil
}

// Reset sets the password as it is.
func (a *Account) Reset(password string) {
	a.Passwd = password
}

var accounts = map[string]*Account{}

// Lookup returns the account of name.
func Lookup(name string) (*Account, error) {
	a, ok := accounts[name]
	if !ok {
		return nil, errors.New("no account")
	}
	return a, nil
}
