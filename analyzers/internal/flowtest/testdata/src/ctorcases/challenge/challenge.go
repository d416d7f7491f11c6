// Package challenge builds one-time challenges in a package of its own:
// its constructors' summaries are all a caller in another package sees.
package challenge

import (
	"crypto/rand"
	"fmt"
)

// Challenge is a one-time challenge mailed to someone.
type Challenge struct {
	PublicID [16]byte
	Value    []byte
	Username string
	Note     string
}

// New builds a challenge for username: its PublicID and Value are
// random, only Username holds what the caller gave it.
func New(username string, n int) (*Challenge, error) {
	var id [16]byte
	if _, err := rand.Read(id[:]); err != nil {
		return nil, fmt.Errorf("public id: %w", err)
	}
	value := make([]byte, n)
	if _, err := rand.Read(value); err != nil {
		return nil, fmt.Errorf("value: %w", err)
	}
	return &Challenge{PublicID: id, Value: value, Username: username}, nil
}

// Noted builds a challenge whose Note is what the caller gave it.
func Noted(note string) *Challenge {
	return &Challenge{Note: note}
}

// Plain builds a challenge and returns it by value: its Note is what the
// caller gave it.
func Plain(note string) Challenge {
	return Challenge{Note: note}
}
