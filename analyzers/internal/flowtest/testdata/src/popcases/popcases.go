// Package popcases holds PL101 cases of records written through
// gobuffalo/pop: models created, updated and saved, writes limited to
// named columns (UpdateColumns) or leaving some out (the excluded columns
// of Create, Update and Save), and SQL run through RawQuery.
package popcases

import (
	"github.com/gobuffalo/pop/v5"
	orypop "github.com/ory/pop/v6"
	"golang.org/x/crypto/bcrypt"

	"popcases/models"
)

// User is an account.
type User struct {
	ID       int64
	Name     string `purpose:"account" db:"name"`
	Passwd   string `purpose:"account" db:"passwd"`
	Language string `db:"language"`
}

// SetPassword replaces the password by its hash.
func (u *User) SetPassword(passwd string) error {
	h, err := bcrypt.GenerateFromPassword([]byte(passwd), bcrypt.DefaultCost)
	u.Passwd = string(h)
	return err
}

// SignInForm is what a person types to sign in.
type SignInForm struct {
	UserName string
	Password string
}

func createPlain(tx *pop.Connection, f *SignInForm) error {
	u := &User{Name: f.UserName, Passwd: f.Password}
	return tx.Create(u) // want `PL101 user\.authorization\.password from SignInForm\.Password is written to a database \(pop\) unencrypted \(tx\.Create\)`
}

func createHashed(tx *pop.Connection, f *SignInForm) error {
	u := &User{Name: f.UserName}
	if err := u.SetPassword(f.Password); err != nil {
		return err
	}
	return tx.Create(u) // ok: SetPassword hashed it
}

func eagerValidateAndCreate(tx *pop.Connection, f *SignInForm) error {
	u := &User{Name: f.UserName, Passwd: f.Password}
	_, err := tx.Eager().ValidateAndCreate(u) // want `PL101 user\.authorization\.password from SignInForm\.Password is written to a database \(pop\) unencrypted \(tx\.Eager\(\)\.ValidateAndCreate\)`
	return err
}

func updateOtherColumn(tx *pop.Connection, f *SignInForm) error {
	u := &User{Name: f.UserName, Passwd: f.Password}
	u.Language = "en"
	return tx.UpdateColumns(u, "language") // ok: only the language column is written
}

func updateNamedColumn(tx *pop.Connection, f *SignInForm) error {
	u := &User{Name: f.UserName}
	u.Passwd = f.Password
	return tx.UpdateColumns(u, "language", "passwd") // want `PL101 user\.authorization\.password from SignInForm\.Password is written to a database \(pop\) unencrypted \(tx\.UpdateColumns\)`
}

func updateValueIntoColumn(tx *pop.Connection, f *SignInForm) error {
	u := &User{Name: f.UserName}
	u.Language = f.Password
	return tx.UpdateColumns(u, "language") // want `PL101 user\.authorization\.password from SignInForm\.Password is written to a database \(pop\) unencrypted`
}

func updateEveryColumn(tx *pop.Connection, f *SignInForm) error {
	u := &User{Name: f.UserName, Passwd: f.Password}
	return tx.UpdateColumns(u) // want `PL101 user\.authorization\.password from SignInForm\.Password is written to a database \(pop\) unencrypted`
}

func excludeColumn(tx *pop.Connection, u *User) {
	tx.Update(u, "passwd")              // ok: the password column is left out
	tx.ValidateAndSave(u, "passwd")     // ok: the password column is left out
	tx.Update(u, "language")            // want `PL101 user\.authorization\.password from User\.Passwd is written to a database \(pop\) unencrypted`
	tx.Save(u)                          // want `PL101 user\.authorization\.password from User\.Passwd is written to a database \(pop\) unencrypted`
	tx.ValidateAndUpdate(u, "language") // want `PL101 user\.authorization\.password from User\.Passwd is written to a database \(pop\) unencrypted`
}

// Member is an account whose password is only ever stored hashed.
type Member struct {
	ID       int64
	Name     string `purpose:"account"`
	Passwd   string `purpose:"account"`
	Language string
}

// SetPassword replaces the password by its hash.
func (m *Member) SetPassword(passwd string) error {
	h, err := bcrypt.GenerateFromPassword([]byte(passwd), bcrypt.DefaultCost)
	m.Passwd = string(h)
	return err
}

// updateMemberColumns updates the columns its callers name.
func updateMemberColumns(tx *pop.Connection, m *Member, cols ...string) error {
	// Which columns is not known here: each field counts as what the
	// program writes into it (this test, of one package, reports the
	// field).
	return tx.UpdateColumns(m, cols...) // want `PL101 user\.authorization\.password from Member\.Passwd is written to a database \(pop\) unencrypted`
}

func memberLanguage(tx *pop.Connection, m *Member, f *SignInForm) error {
	m.Language = f.Password
	return updateMemberColumns(tx, m, "language") // want `PL101 user\.authorization\.password from SignInForm\.Password is written to a database \(pop\) unencrypted \(updateMemberColumns → tx\.UpdateColumns\)`
}

func memberOtherColumn(tx *pop.Connection, m *Member, f *SignInForm) error {
	m.Passwd = f.Password
	return updateMemberColumns(tx, m, "language") // ok: the password column is not written
}

func memberEveryColumn(tx *pop.Connection, m *Member, f *SignInForm) error {
	m.Passwd = f.Password
	return updateMemberColumns(tx, m) // want `PL101 user\.authorization\.password from SignInForm\.Password is written to a database \(pop\) unencrypted \(updateMemberColumns → tx\.UpdateColumns\)`
}

func rawQueries(tx *pop.Connection, f *SignInForm) error {
	if err := tx.RawQuery("INSERT INTO users (name, passwd) VALUES (?, ?)", f.UserName, f.Password).Exec(); err != nil { // want `PL101 user\.authorization\.password from SignInForm\.Password is written to a database \(pop\) unencrypted \(tx\.RawQuery\)`
		return err
	}
	u := &User{}
	if err := tx.RawQuery("SELECT * FROM users WHERE name = ? AND passwd = ?", f.UserName, f.Password).First(u); err != nil { // ok: a lookup
		return err
	}
	return tx.RawQuery("DELETE FROM users WHERE name = ?", f.UserName).Exec() // ok: a deletion stores nothing
}

// Store wraps a connection with updates of named columns.
type Store struct {
	*pop.Connection
}

// userColumns are the columns of User.
var userColumns = []string{"name", "passwd", "language"}

// others returns the columns of User not in cols.
func others(model any, cols ...string) ([]string, error) {
	var out []string
	for _, c := range userColumns {
		keep := true
		for _, n := range cols {
			keep = keep && n != c
		}
		if keep {
			out = append(out, c)
		}
	}
	return out, nil
}

// UpdateOnly writes only the columns includeColumns names: it leaves out
// every other.
func (s *Store) UpdateOnly(model any, includeColumns ...string) error {
	xcols, err := others(model, includeColumns...)
	if err != nil {
		return err
	}
	return s.Update(model, xcols...)
}

// UpdateExcept writes every column but those excludeColumns names and
// the name.
func (s *Store) UpdateExcept(model any, excludeColumns ...string) error {
	return s.Update(model, append(excludeColumns, "name")...)
}

func onlyOtherColumn(s *Store, f *SignInForm) error {
	u := &User{Name: f.UserName}
	u.Passwd = f.Password
	u.Language = "en"
	return s.UpdateOnly(u, "language") // ok: only the language column is written
}

func onlyNamedColumn(s *Store, f *SignInForm) error {
	u := &User{Name: f.UserName}
	u.Passwd = f.Password
	return s.UpdateOnly(u, "passwd") // want `PL101 user\.authorization\.password from SignInForm\.Password is written to a database \(pop\) unencrypted \(s\.UpdateOnly → s\.Update\)`
}

func exceptOtherColumn(s *Store, f *SignInForm) error {
	u := &User{Name: f.UserName}
	u.Passwd = f.Password
	return s.UpdateExcept(u, "language") // want `PL101 user\.authorization\.password from SignInForm\.Password is written to a database \(pop\) unencrypted`
}

func createBuilt(c *pop.Connection, f *SignInForm) error {
	a, err := models.NewAccount(f.UserName, f.Password)
	if err != nil {
		return err
	}
	return c.Transaction(func(tx *pop.Connection) error {
		return tx.Create(a) // ok: NewAccount built it, with the password hashed
	})
}

func createBuiltReset(c *pop.Connection, f *SignInForm) error {
	a, err := models.NewAccount(f.UserName, f.Password)
	if err != nil {
		return err
	}
	a.Reset(f.Password)
	return c.Transaction(func(tx *pop.Connection) error {
		return tx.Create(a) // want `PL101 user\.authorization\.password from Account\.Passwd is written to a database \(pop\) unencrypted`
	})
}

func saveLookedUp(c *pop.Connection, f *SignInForm) error {
	a, err := models.Lookup(f.UserName)
	if err != nil {
		return err
	}
	return c.Transaction(func(tx *pop.Connection) error {
		return tx.Save(a) // want `PL101 user\.authorization\.password from Account\.Passwd is written to a database \(pop\) unencrypted`
	})
}

// Enrollment keeps the password it was submitted with in memory only:
// db:"-" leaves the field out of what pop writes.
type Enrollment struct {
	ID       int64
	Name     string `purpose:"account" db:"name"`
	Password string `purpose:"account" db:"-"`
}

func createUnmapped(tx *pop.Connection, e *Enrollment) error {
	return tx.Create(e) // ok: the password is no column
}

func createMapped(tx *pop.Connection, f *SignInForm) error {
	u := &User{Name: f.UserName, Passwd: f.Password}
	_ = tx.Create(&Enrollment{Name: f.UserName})
	return tx.Save(u) // want `PL101 user\.authorization\.password from SignInForm\.Password is written to a database \(pop\) unencrypted \(tx\.Save\)`
}

func oryCreate(tx *orypop.Connection, f *SignInForm) error {
	u := &User{Name: f.UserName, Passwd: f.Password}
	return tx.Create(u) // want `PL101 user\.authorization\.password from SignInForm\.Password is written to a database \(pop\) unencrypted \(tx\.Create\)`
}

func oryCreateUnmapped(tx *orypop.Connection, e *Enrollment) error {
	return tx.Create(e) // ok: the password is no column
}
