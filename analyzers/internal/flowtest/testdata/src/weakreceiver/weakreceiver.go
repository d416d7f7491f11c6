// Package weakreceiver holds PL105 cases where the weak protection is
// written into a struct's field by a method or a helper of another shape
// than a returned hash: a method replacing its receiver's password with
// its SHA-1, a credential-named parameter hashed and logged, a hashed
// e-mail address put into a url.URL. Lines with a want comment must be
// reported with that message; lines marked `// ok: <why>` must not.
package weakreceiver

import (
	"crypto/hmac"
	"crypto/md5"
	"crypto/sha1"
	"crypto/sha256"
	"encoding/hex"
	"fmt"
	"log"
	"net/url"
	"strings"

	"golang.org/x/crypto/bcrypt"
	"gorm.io/gorm"

	"weakreceiver/member"
)

// memberRow is the table row a member is stored as.
type memberRow struct {
	Email    string `gorm:"column:email"`
	Password string `gorm:"column:password"`
	Nickname string `gorm:"column:nickname"`
}

func toRow(m *member.MemberDomain) *memberRow {
	return &memberRow{Email: m.Email, Password: m.Password, Nickname: m.Nickname}
}

func register(db *gorm.DB, m *member.MemberDomain) {
	m.ScramblePassword() // want `PL105 user\.authorization\.password from MemberDomain\.Password is hashed with sha1\.New, a fast hash, not a password hash, and written to a database \(gorm\) \(db\.Create\)`
	db.Create(toRow(m))
}

func registerDirect(db *gorm.DB, m *member.MemberDomain) {
	m.ScramblePassword() // want `PL105 user\.authorization\.password from MemberDomain\.Password is hashed with sha1\.New, a fast hash, not a password hash, and written to a database \(gorm\) \(db\.Create\)`
	db.Create(m)
}

func registerSafely(db *gorm.DB, m *member.MemberDomain) error {
	if err := m.SecurePassword(); err != nil { // ok: bcrypt in the method
		return err
	}
	db.Create(toRow(m))
	return nil
}

func login(m *member.MemberDomain, stored string) bool {
	m.ScramblePassword() // ok: the hash is only compared
	return m.Password == stored
}

// digestSecret hashes what its caller calls a password and logs it.
func digestSecret(password string) string {
	sum := md5.Sum([]byte(password)) // want `PL105 user\.authorization\.password from parameter password of digestSecret is hashed with md5\.Sum, a fast hash, not a password hash, and written to the log \(log\.Printf\)`
	log.Printf("digest %x", sum)
	return hex.EncodeToString(sum[:])
}

func checkSecret(password, stored string) bool {
	sum := md5.Sum([]byte(password)) // ok: only compared
	return hex.EncodeToString(sum[:]) == stored
}

func logSecretHash(password string) {
	h, _ := bcrypt.GenerateFromPassword([]byte(password), 12) // ok: a password hash
	log.Printf("hash %s", h)
}

func hashOf(password string) string {
	sum := sha1.Sum([]byte(password)) // ok: every caller passes a literal
	return hex.EncodeToString(sum[:])
}

func demoDigest() {
	log.Print(hashOf("Password123")) // ok: a literal is nobody's password
}

func avatarLink(email string) *url.URL {
	sum := md5.Sum([]byte(strings.ToLower(email))) // want `PL105 user\.contact\.email from parameter email of avatarLink is pseudonymised with md5\.Sum, an unkeyed fast hash that hashing every likely value reverses, and put into the Path of a URL \(url\.URL\.Path\)`
	return &url.URL{Scheme: "https", Host: "avatars.example.com", Path: "/a/" + hex.EncodeToString(sum[:])}
}

func avatarKeyed(email string, key []byte) *url.URL {
	mac := hmac.New(sha256.New, key) // ok: keyed with a key from the caller
	mac.Write([]byte(email))
	return &url.URL{Scheme: "https", Host: "avatars.example.com", Path: "/a/" + hex.EncodeToString(mac.Sum(nil))}
}

func avatarCached(email string, cache map[string]*url.URL) {
	sum := md5.Sum([]byte(email)) // ok: only a map key
	cache[hex.EncodeToString(sum[:])] = &url.URL{Scheme: "https", Host: "avatars.example.com", Path: "/static/default.png"}
}

func phoneQuery(u *url.URL, phone string) {
	sum := sha256.Sum256([]byte(phone)) // want `PL105 user\.contact\.phone_number from parameter phone of phoneQuery is pseudonymised with sha256\.Sum256, an unkeyed fast hash that hashing every likely value reverses, and put into the RawQuery of a URL \(url\.URL\.RawQuery\)`
	u.RawQuery = "p=" + hex.EncodeToString(sum[:])
}

func badgeLink(email string) string {
	h := md5.New() // want `PL105 user\.contact\.email from parameter email of badgeLink is pseudonymised with md5\.New, an unkeyed fast hash that hashing every likely value reverses, and put into a URL to badges\.example\.com \(a URL to badges\.example\.com\)`
	h.Write([]byte(strings.TrimSpace(email)))
	return fmt.Sprintf("https://badges.example.com/u/%x?size=%d", h.Sum(nil), 64)
}

func badgePath(phone string) string {
	sum := sha1.Sum([]byte(phone)) // want `PL105 user\.contact\.phone_number from parameter phone of badgePath is pseudonymised with sha1\.Sum, an unkeyed fast hash that hashing every likely value reverses, and put into a URL to badges\.example\.com \(a URL to badges\.example\.com\)`
	return "https://badges.example.com/p/" + hex.EncodeToString(sum[:]) + "?v=1"
}

func rangeLink(email string) string {
	sum := sha1.Sum([]byte(email)) // ok: only a five-digit prefix, a k-anonymity range
	return "https://ranges.example.com/range/" + hex.EncodeToString(sum[:])[:5]
}

func relativeLink(email string) string {
	sum := md5.Sum([]byte(email)) // ok: a relative path names no host here (its use decides)
	return "/avatars/" + hex.EncodeToString(sum[:])
}

// Auth is a sign-in account: its username names a person, so its bare
// Password is that person's credential.
type Auth struct {
	ID       uint
	Username string
	Password string
}

// MailerSettings is the mail relay's configuration.
type MailerSettings struct {
	Username string
	Password string
}

func createAuth(db *gorm.DB, name, secret string) {
	sum := md5.Sum([]byte(secret)) // want `PL105 user\.authorization\.password in Auth\.Password receives a value hashed with md5\.Sum, not a password hash`
	db.Create(&Auth{Username: name, Password: hex.EncodeToString(sum[:])})
}

func saveMailer(db *gorm.DB, secret string) {
	sum := md5.Sum([]byte(secret)) // ok: the relay's own credential, configuration
	db.Create(&MailerSettings{Username: "relay", Password: hex.EncodeToString(sum[:])})
}

func logPinDigest(pin string) {
	sum := sha256.Sum256([]byte(pin)) // want `PL105 user\.authorization\.credentials from parameter pin of logPinDigest is hashed with sha256\.Sum256, a fast hash, not a password hash, and written to the log \(log\.Printf\)`
	log.Printf("pin digest %x", sum)
}

func logSecretDigest(secret string) {
	sum := sha256.Sum256([]byte(secret)) // ok: a secret of unknown owner, not a credential a person chooses
	log.Printf("secret digest %x", sum)
}
