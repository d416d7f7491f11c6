// Package credcases holds PL101 cases for credentials held for a user:
// TOTP secrets, recovery codes and OAuth tokens stored in the clear.
package credcases

import (
	"crypto/cipher"
	"database/sql"
	"strings"
)

// TwoFactor is a user's enrolled second factor.
type TwoFactor struct {
	UID           int64
	Secret        string   `purpose:"account"`
	RecoveryCodes []string `purpose:"account"`
}

// ExternalLoginUser links a user to an OAuth provider.
type ExternalLoginUser struct {
	UserID       int64
	Email        string `purpose:"account"`
	AccessToken  string `purpose:"account"`
	RefreshToken string `purpose:"account"`
}

// OAuthConfig is the application's own OAuth client.
type OAuthConfig struct {
	ClientID     string
	ClientSecret string
}

func enroll(db *sql.DB, tf *TwoFactor) {
	db.Exec("INSERT INTO two_factor(uid, secret) VALUES($1, $2)", tf.UID, tf.Secret)                    // want `PL101 user\.authorization\.credentials from TwoFactor\.Secret is written to a SQL database unencrypted \(db\.Exec\)`
	db.Exec("UPDATE two_factor SET codes=$1 WHERE uid=$2", strings.Join(tf.RecoveryCodes, ","), tf.UID) // want `PL101 user\.authorization\.credentials from TwoFactor\.RecoveryCodes is written to a SQL database unencrypted \(db\.Exec\)`
}

// link stores both tokens in one call: one finding for the place and the
// category (SPEC §5), the other token a second path of it.
func link(db *sql.DB, u *ExternalLoginUser) {
	db.Exec("INSERT INTO external_login(uid, access, refresh) VALUES($1, $2, $3)", u.UserID, u.AccessToken, u.RefreshToken) // want `PL101 user\.authorization\.credentials from ExternalLoginUser\.AccessToken is written to a SQL database unencrypted \(db\.Exec\)`
}

func linkSealed(db *sql.DB, aead cipher.AEAD, nonce []byte, u *ExternalLoginUser) {
	db.Exec("INSERT INTO external_login(uid, access) VALUES($1, $2)", u.UserID, aead.Seal(nil, nonce, []byte(u.AccessToken), nil)) // ok: encrypted
}

func saveClient(db *sql.DB, cfg *OAuthConfig) {
	db.Exec("INSERT INTO settings(id, secret) VALUES($1, $2)", cfg.ClientID, cfg.ClientSecret) // ok: the application's own secret is system.authentication
}
