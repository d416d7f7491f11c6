// Package sessions is an application's session store: a session prints
// only whether it holds a token.
package sessions

import "model"

// Session is a signed-in user's session.
type Session struct {
	Email       string
	AccessToken string
}

// New starts a session for u with token.
func New(u *model.User, token string) *Session {
	return &Session{Email: u.Email, AccessToken: token}
}

// String shows whether the session holds a token, never the token.
func (s *Session) String() string {
	if s.AccessToken != "" {
		return "session{token:true}"
	}
	return "session{}"
}

// Raw is a session without a String method.
type Raw struct {
	Email string
}

// NewRaw copies u's e-mail address.
func NewRaw(u *model.User) *Raw { return &Raw{Email: u.Email} }
