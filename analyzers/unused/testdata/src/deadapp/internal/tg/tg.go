// Package tg is an internal client package of the deadapp program: only
// the program can call it.
package tg

import (
	"encoding/json"
	"io"
)

// Client talks to a chat service.
type Client struct{}

// Profile is what GetMe decodes; GetMe is never called, so nothing is
// collected into it.
//
//privlint:purpose account
type Profile struct {
	FirstName string `pii:"user.name"`
}

// GetMe decodes the bot's own profile. Nothing in the program calls it.
func (c *Client) GetMe(r io.Reader) (*Profile, error) {
	var p Profile
	if err := json.NewDecoder(r).Decode(&p); err != nil {
		return nil, err
	}
	return &p, nil
}

// Member is decoded by Join, which the program calls, and never read.
//
//privlint:purpose account
type Member struct {
	Email string `pii:"email"`
}

// Join decodes a member.
func Join(r io.Reader) (*Member, error) {
	var m Member
	err := json.NewDecoder(r).Decode(&m)
	return &m, err
}

// Account is decoded by Fetch, which the program calls only through an
// interface, and never read.
//
//privlint:purpose account
type Account struct {
	Phone string `pii:"phone"`
}

// Fetch decodes an account.
func (c *Client) Fetch(r io.Reader) error {
	var a Account
	return json.NewDecoder(r).Decode(&a)
}

// Note is written by newNote, called by nothing but itself.
//
//privlint:purpose account
type Note struct {
	Author string `pii:"user.name"`
}

func newNote(author string) Note {
	if author == "" {
		return newNote("x")
	}
	return Note{Author: author}
}
