// Package replies decodes a chat service's replies: what it keeps of them
// is what it reads.
package replies

import (
	"encoding/json"
	"errors"
	"io"
)

// Person is an account of the chat service.
type Person struct {
	FirstName string `json:"first_name"`
	Email     string `json:"email"`
}

// Posted is the message the service posted.
type Posted struct {
	ID     int64  `json:"id"`
	Author Person `json:"author"` // never read: the reply's author is dropped
}

// PostReply is the service's reply to a post.
type PostReply struct {
	OK     bool   `json:"ok"`
	Result Posted `json:"result"`
}

// Post decodes the reply to a post and returns the message; its caller
// keeps only the error. Person's fields are decoded under Posted.Author,
// which nothing reads: not collected here.
func Post(r io.Reader) (*Posted, error) {
	var reply PostReply
	if err := json.NewDecoder(r).Decode(&reply); err != nil {
		return nil, err
	}
	if !reply.OK {
		return nil, errors.New("not posted")
	}
	return &reply.Result, nil
}

// Send posts and drops the reply.
func Send(r io.Reader) error {
	_, err := Post(r)
	return err
}

// Session is the reply to a sign-in: the program keeps it and reads its
// token, so the device id it never reads is collected but unused.
type Session struct {
	Token    string `json:"token"`
	DeviceID string `json:"device_id"`
}

// Contact is a contact of the user.
type Contact struct {
	Phone string `json:"phone"` // read
	Email string `json:"email"` // never read: collected but unused
}

// Book is the reply to an address-book request: its Owner holder is
// read, so what the owner holds is collected.
type Book struct {
	Owner Contact `json:"owner"`
}

// SignIn decodes a session and an address book.
func SignIn(r io.Reader) (string, string, error) {
	var s Session
	if err := json.NewDecoder(r).Decode(&s); err != nil {
		return "", "", err
	}
	var b Book
	if err := json.NewDecoder(r).Decode(&b); err != nil {
		return "", "", err
	}
	owner := b.Owner
	return s.Token, owner.Phone, nil
}
