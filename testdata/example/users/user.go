// Package users keeps the shop's customer accounts.
package users

import (
	"net"
	"time"
)

// User is a customer account.
//
//privlint:purpose account
type User struct {
	ID            int64
	Email         string `json:"email"`
	Name          string `json:"name"`
	PasswordHash  []byte `json:"-"`
	EmailVerified bool
	CreatedAt     time.Time
	// DateOfBirth is asked at sign-up, although no purpose needs it.
	DateOfBirth time.Time `json:"date_of_birth"`
	LastLoginIP net.IP
	// Newsletter consent; the purpose name has a typo.
	MarketingOptIn bool `purpose:"newsleter"`
}

// SignupRequest is the body of POST /signup.
type SignupRequest struct {
	Email    string `json:"email" purpose:"account"`
	Username string `json:"username" purpose:"account"`
	Password string `json:"password" purpose:"account"`
	// DateOfBirth is asked "to personalise offers", which nothing does.
	DateOfBirth time.Time `json:"date_of_birth" purpose:"account"`
	Referrer    string    `json:"referrer"`
}

// Session is a logged-in browser session.
type Session struct {
	Token     string
	UserID    int64
	ExpiresAt time.Time
}
