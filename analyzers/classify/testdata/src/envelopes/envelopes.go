// Package envelopes holds fields whose type is an API message, a request
// or a response object: the field is an envelope of settings or results,
// not the value its name (or its JSON tag) names.
package envelopes

// passwordResponse tells a client whether password sign-in is on.
type passwordResponse struct {
	IdentityFields []string `json:"identityFields"`
	Enabled        bool     `json:"enabled"`
}

// otpResponse tells a client whether one-time passwords are on.
type otpResponse struct {
	Enabled  bool  `json:"enabled"`
	Duration int64 `json:"duration"`
}

// emailAddress is an address and whether it was verified.
type emailAddress struct {
	Value    string `json:"value"` // want Value:"pii user.contact.email by name"
	Verified bool   `json:"verified"`
}

// authMethodsResponse lists the sign-in methods of an account.
type authMethodsResponse struct {
	Password passwordResponse `json:"password"`
	OTP      *otpResponse     `json:"otp"`
}

// SignInForm is a person's sign-in.
type SignInForm struct {
	Email    emailAddress `json:"email"`    // want Email:"pii user.contact.email by tag"
	Password string       `json:"password"` // want Password:"pii user.authorization.password by tag"
	Backup   *emailAddress
	Secret   passwordResponse `pii:"user.authorization.password"` // want Secret:"pii user.authorization.password by annotation"
}

// accountTokenResponse is one of an account's access tokens.
type accountTokenResponse struct {
	Token      string `json:"token"`
	Label      string `json:"label,omitempty"`
	LastAccess int64  `json:"last_access,omitempty"`
}

// accountResponse is a person's account, with the access tokens it holds.
type accountResponse struct {
	Username string                  `json:"username"` // want Username:"pii user.account.username by tag"
	Tokens   []*accountTokenResponse `json:"tokens"`   // want Tokens:"pii user.authorization.credentials by tag"
}
