// Package overwrites holds PL101 cases where a field is overwritten (with
// its hash, or cleared) before the struct reaches storage: only what the
// field holds at the sink counts.
package overwrites

import (
	"strings"

	"golang.org/x/crypto/argon2"
	"golang.org/x/crypto/bcrypt"
	"gorm.io/gorm"

	"accounts"
)

func hash(p string) string {
	h, _ := bcrypt.GenerateFromPassword([]byte(p), bcrypt.DefaultCost)
	return string(h)
}

func hashedBefore(g *gorm.DB, m *accounts.Member) {
	m.Password = hash(m.Password)
	g.Create(m) // ok: the password was replaced by its hash
}

func clearedBefore(g *gorm.DB, m *accounts.Member) {
	m.Password = ""
	g.Save(m) // ok: the password was cleared
}

func hashedAfter(g *gorm.DB, m *accounts.Member) {
	g.Create(m) // want `PL101 user\.authorization\.password from Member\.Password is written to a database \(gorm\) unencrypted \(g\.Create\)`
	m.Password = hash(m.Password)
}

func hashedOnOneBranch(g *gorm.DB, m *accounts.Member, strict bool) {
	if strict {
		m.Password = hash(m.Password)
	}
	g.Create(m) // want `PL101 user\.authorization\.password from Member\.Password is written to a database \(gorm\) unencrypted \(g\.Create\)`
}

func trimmedOnly(g *gorm.DB, m *accounts.Member) {
	m.Password = strings.TrimSpace(m.Password)
	g.Create(m) // want `PL101 user\.authorization\.password from Member\.Password is written to a database \(gorm\) unencrypted \(g\.Create\)`
}

func viaSetter(g *gorm.DB, m *accounts.Member, p string) error {
	if err := m.SetPassword(p); err != nil {
		return err
	}
	g.Create(m) // ok: SetPassword hashes the password into the field
	return nil
}

func viaPlainSetter(g *gorm.DB, m *accounts.Member, p string) {
	m.KeepPassword(p)
	g.Create(m) // want `PL101 user\.authorization\.password from Member\.Password is written to a database \(gorm\) unencrypted \(g\.Create\)`
}

func viaConditionalSetter(g *gorm.DB, m *accounts.Member) {
	_ = m.MaybeHash(false)
	g.Create(m) // want `PL101 user\.authorization\.password from Member\.Password is written to a database \(gorm\) unencrypted \(g\.Create\)`
}

// insert stores a member; callers that hash first store no password.
func insert(g *gorm.DB, m *accounts.Member) {
	g.Create(m) // want `PL101 user\.authorization\.password from Member\.Password is written to a database \(gorm\) unencrypted \(g\.Create\)`
}

func literalThenSetter(g *gorm.DB, form *accounts.Member) error {
	m := &accounts.Member{Login: form.Login, Password: form.Password}
	if err := m.SetPassword(m.Password); err != nil {
		return err
	}
	insert(g, m) // ok: the password was hashed before insert stores it
	return nil
}

func literalNoSetter(g *gorm.DB, form *accounts.Member) {
	m := &accounts.Member{Login: form.Login, Password: form.Password}
	insert(g, m) // want `PL101 user\.authorization\.password from Member\.Password is written to a database \(gorm\) unencrypted \(insert → g\.Create\)`
}

// Account is a member type of this package with a setter of its own.
type Account struct {
	ID       int64
	Login    string `purpose:"account"`
	Password string `purpose:"account"`
}

func (l *Account) setPassword(p string) { l.Password = hash(p) }

func localSetter(g *gorm.DB, l *Account, p string) {
	l.setPassword(p)
	g.Create(l) // ok: setPassword hashes into the field
}

func (l *Account) setPlain(p string) { l.Password = p }

func localPlainSetter(g *gorm.DB, l *Account, p string) {
	l.setPlain(p)
	g.Create(l) // want `PL101 user\.authorization\.password from Account\.Password is written to a database \(gorm\) unencrypted \(g\.Create\)`
}

func guardedSetter(g *gorm.DB, m *accounts.Member) error {
	if m.Password != "" {
		if err := m.SetPassword(m.Password); err != nil {
			return err
		}
	}
	g.Create(m) // ok: hashed whenever it is not empty
	return nil
}

func guardedByOtherField(g *gorm.DB, m *accounts.Member) {
	if m.Login != "" {
		_ = m.SetPassword(m.Password)
	}
	g.Create(m) // want `PL101 user\.authorization\.password from Member\.Password is written to a database \(gorm\) unencrypted \(g\.Create\)`
}

func guardedPartly(g *gorm.DB, m *accounts.Member, strict bool) {
	if len(m.Password) > 0 {
		if strict {
			_ = m.SetPassword(m.Password)
		}
	}
	g.Create(m) // want `PL101 user\.authorization\.password from Member\.Password is written to a database \(gorm\) unencrypted \(g\.Create\)`
}

// Hasher hashes passwords; most implementations do.
type Hasher interface{ HashPassword(p string) string }

type bcryptHasher struct{}

func (bcryptHasher) HashPassword(p string) string { return hash(p) }

type argonHasher struct{}

func (argonHasher) HashPassword(p string) string {
	return string(argon2.IDKey([]byte(p), []byte("salt"), 1, 64*1024, 4, 32))
}

// plainHasher is a test double that keeps the password.
type plainHasher struct{}

func (plainHasher) HashPassword(p string) string { return p }

func viaHasher(g *gorm.DB, m *accounts.Member, h Hasher) {
	m.Password = h.HashPassword(m.Password)
	g.Create(m) // ok: a hashing interface most of whose implementations hash
}

// Trimmer cleans up input; most implementations drop it.
type Trimmer interface{ Trim(p string) string }

type dropTrimmer struct{}

func (dropTrimmer) Trim(p string) string { return "" }

type fixedTrimmer struct{}

func (fixedTrimmer) Trim(p string) string { return "x" }

type keepTrimmer struct{}

func (keepTrimmer) Trim(p string) string { return strings.TrimSpace(p) }

func viaTrimmer(g *gorm.DB, m *accounts.Member, t Trimmer) {
	m.Password = t.Trim(m.Password)
	g.Create(m) // want `PL101 user\.authorization\.password from Member\.Password is written to a database \(gorm\) unencrypted \(g\.Create\)`
}
