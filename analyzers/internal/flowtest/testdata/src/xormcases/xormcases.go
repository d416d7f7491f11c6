// Package xormcases holds PL101 cases of records written through xorm:
// beans inserted and updated, updates limited to named columns, and
// passwords hashed through an interface of hashers one of which (for
// tests) keeps its input.
package xormcases

import (
	"xorm.io/xorm"

	"xormcases/hash"
)

// User is an account.
type User struct {
	ID       int64
	Name     string `purpose:"account"`
	Passwd   string `purpose:"account"`
	Salt     string
	Language string
}

// SetPassword replaces the password by its hash.
func (u *User) SetPassword(passwd string) (err error) {
	u.Passwd, err = hash.Parse("argon2").Hash(passwd, u.Salt)
	return err
}

// SignInForm is what a person types to sign in.
type SignInForm struct {
	UserName string
	Password string
}

func insertPlain(e *xorm.Engine, f *SignInForm) {
	u := &User{Name: f.UserName, Passwd: f.Password}
	e.Insert(u) // want `PL101 user\.authorization\.password from SignInForm\.Password is written to storage unencrypted \(e\.Insert\)`
}

func insertHashed(e *xorm.Engine, f *SignInForm) error {
	u := &User{Name: f.UserName}
	if err := u.SetPassword(f.Password); err != nil {
		return err
	}
	_, err := e.Insert(u) // ok: SetPassword hashed it
	return err
}

func updateOtherColumn(e *xorm.Engine, f *SignInForm) {
	u := &User{Name: f.UserName, Passwd: f.Password}
	u.Language = "en"
	e.ID(u.ID).Cols("language").Update(u) // ok: only the language column is written
}

func updateNamedColumn(e *xorm.Engine, f *SignInForm) {
	u := &User{Name: f.UserName}
	u.Passwd = f.Password
	e.ID(u.ID).Cols("language, passwd").Update(u) // want `PL101 user\.authorization\.password from SignInForm\.Password is written to storage unencrypted \(e\.ID\(u\.ID\)\.Cols\("language, passwd"\)\.Update\)`
}

func updateValueIntoColumn(e *xorm.Engine, f *SignInForm) {
	u := &User{Name: f.UserName}
	u.Language = f.Password
	e.ID(u.ID).Cols("language").Update(u) // want `PL101 user\.authorization\.password from SignInForm\.Password is written to storage unencrypted`
}

func copyIntoColumn(e *xorm.Engine, u *User) {
	u.Language = u.Passwd
	e.ID(u.ID).Cols("language").Update(u) // want `PL101 user\.authorization\.password from User\.Passwd is written to storage unencrypted`
}

func updateAllColumns(e *xorm.Engine, f *SignInForm) {
	u := &User{Name: f.UserName, Passwd: f.Password}
	e.ID(u.ID).Cols("language").AllCols().Update(u) // want `PL101 user\.authorization\.password from SignInForm\.Password is written to storage unencrypted`
}

func updateMustColumns(e *xorm.Engine, f *SignInForm) {
	u := &User{Name: f.UserName, Passwd: f.Password}
	e.ID(u.ID).MustCols("language").Update(u) // want `PL101 user\.authorization\.password from SignInForm\.Password is written to storage unencrypted`
}

// Member is an account whose password is only ever stored hashed.
type Member struct {
	ID       int64
	Name     string `purpose:"account"`
	Passwd   string `purpose:"account"`
	Salt     string
	Language string
}

// SetPassword replaces the password by its hash.
func (m *Member) SetPassword(passwd string) (err error) {
	m.Passwd, err = hash.Parse("argon2").Hash(passwd, m.Salt)
	return err
}

// updateMemberCols updates the columns its callers name.
func updateMemberCols(e *xorm.Engine, m *Member, cols ...string) error {
	// Which columns is not known here: each field counts as what the
	// program writes into it (privlint check's judgement; this test, of
	// one package, reports the field).
	_, err := e.ID(m.ID).Cols(cols...).Update(m) // want `PL101 user\.authorization\.password from Member\.Passwd is written to storage unencrypted`
	return err
}

// signIn re-hashes the password, remembers what the person typed for the
// session (not a column), and updates the language column.
func signIn(e *xorm.Engine, m *Member, f *SignInForm) error {
	if err := m.SetPassword(f.Password); err != nil {
		return err
	}
	m.Language = "en"
	return updateMemberCols(e, m, "language") // ok: only the language column is written
}

// Profile is a person's public profile with a private note the update
// leaves out.
type Profile struct {
	ID     int64
	Bio    string
	Secret string `purpose:"account"`
}

func omitColumn(e *xorm.Engine, u *User) {
	e.ID(u.ID).Omit("passwd").Update(u)   // ok: the password column is left out
	e.ID(u.ID).Omit("language").Update(u) // want `PL101 user\.authorization\.password from User\.Passwd is written to storage unencrypted`
}

func memberLanguage(e *xorm.Engine, m *Member, f *SignInForm) error {
	m.Language = f.Password
	return updateMemberCols(e, m, "language") // want `PL101 user\.authorization\.password from SignInForm\.Password is written to storage unencrypted \(updateMemberCols → e\.ID\(m\.ID\)\.Cols\(cols\.\.\.\)\.Update\)`
}

func memberOtherColumn(e *xorm.Engine, m *Member, f *SignInForm) error {
	m.Passwd = f.Password
	return updateMemberCols(e, m, "language") // ok: the password column is not written
}

// setLanguage stores lang into the language column.
func setLanguage(e *xorm.Engine, m *Member, lang string) error {
	m.Language = lang
	return updateMemberCols(e, m, "language")
}

// updateVia updates the columns its callers name through another helper.
func updateVia(e *xorm.Engine, m *Member, cols ...string) error {
	return updateMemberCols(e, m, cols...)
}

func throughHelpers(e *xorm.Engine, m *Member, f *SignInForm) {
	setLanguage(e, m, f.Password) // want `PL101 user\.authorization\.password from SignInForm\.Password is written to storage unencrypted \(setLanguage → e\.ID\(m\.ID\)\.Cols\(cols\.\.\.\)\.Update\)`
	m.Language = f.Password
	updateVia(e, m, "language") // want `PL101 user\.authorization\.password from SignInForm\.Password is written to storage unencrypted \(updateVia → e\.ID\(m\.ID\)\.Cols\(cols\.\.\.\)\.Update\)`
	m.Passwd = f.Password
	updateVia(e, m, "name") // ok: the password column is not written
}
