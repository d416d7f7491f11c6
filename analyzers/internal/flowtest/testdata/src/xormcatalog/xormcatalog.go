// Package xormcatalog holds PL101 cases of xorm's writes as the default
// catalog knows them: the beans of Insert, InsertOne and InsertMulti and
// the bean of Update (not the beans of its WHERE), through xorm's Engine,
// its Interface, an application's own interface over them, the older
// github.com/go-xorm/xorm and casdoor's fork github.com/xorm-io/xorm.
package xormcatalog

import (
	forkxorm "github.com/xorm-io/xorm"

	goxorm "github.com/go-xorm/xorm"
	"xorm.io/xorm"
)

// Account is a stored account.
type Account struct {
	ID       int64
	Name     string
	Password string
	Language string
}

// Session is a signed-in session, found by its token.
type Session struct {
	ID      int64
	Token   string
	Revoked bool
}

// SignUpForm is what a person types to sign up.
type SignUpForm struct {
	Name     string
	Password string
}

// DB is an application's own interface over xorm's Engine and Session.
type DB interface {
	Insert(beans ...any) (int64, error)
	Update(bean any, condiBeans ...any) (int64, error)
}

var _ DB = (*xorm.Engine)(nil)

func insertOne(e *xorm.Engine, f *SignUpForm) {
	e.InsertOne(&Account{Name: f.Name, Password: f.Password}) // want `PL101 user\.authorization\.password from SignUpForm\.Password is written to a SQL database \(xorm\) unencrypted \(e\.InsertOne\)`
}

func insertMulti(e *xorm.Engine, f *SignUpForm) {
	rows := []Account{{Name: f.Name, Password: f.Password}}
	e.InsertMulti(&rows) // want `PL101 user\.authorization\.password from \w+\.Password is written to a SQL database \(xorm\) unencrypted \(e\.InsertMulti\)`
}

func throughInterface(e xorm.Interface, f *SignUpForm) {
	e.Insert(&Account{Name: f.Name, Password: f.Password}) // want `PL101 user\.authorization\.password from SignUpForm\.Password is written to a SQL database \(xorm\) unencrypted \(e\.Insert\)`
}

func throughOwnInterface(db DB, f *SignUpForm) {
	db.Insert(&Account{Name: f.Name, Password: f.Password}) // want `PL101 user\.authorization\.password from SignUpForm\.Password is written to a SQL database \(xorm\) unencrypted \(db\.Insert\)`
}

// revoke finds the session by the token it was given: the WHERE's bean is
// not written.
func revoke(e *xorm.Engine, token string) {
	e.Update(&Session{Revoked: true}, &Session{Token: token}) // ok: the token only finds the row
}

func rename(db DB, f *SignUpForm) {
	db.Update(&Account{Name: f.Name, Password: f.Password}, &Account{Name: f.Name}) // want `PL101 user\.authorization\.password from SignUpForm\.Password is written to a SQL database \(xorm\) unencrypted \(db\.Update\)`
}

func olderXORM(e *goxorm.Engine, f *SignUpForm) {
	e.Insert(&Account{Name: f.Name, Password: f.Password}) // want `PL101 user\.authorization\.password from SignUpForm\.Password is written to a SQL database \(xorm\) unencrypted \(e\.Insert\)`
}

func fork(e *forkxorm.Engine, f *SignUpForm) {
	e.Insert(&Account{Name: f.Name, Password: f.Password}) // want `PL101 user\.authorization\.password from SignUpForm\.Password is written to a SQL database \(xorm\) unencrypted \(e\.Insert\)`
}

// forkColumns updates only the language column of the fork's statement.
func forkColumns(e *forkxorm.Engine, f *SignUpForm) {
	a := &Account{Name: f.Name, Password: f.Password}
	a.Language = "en"
	e.ID(a.ID).Cols("language").Update(a) // ok: only the language column is written
}

// Grant is an OAuth grant whose access token is shown once and never
// stored: its tag leaves it out of the table.
type Grant struct {
	ID          int64
	AccessToken string `xorm:"-"`
	TokenHash   string
}

func forkUnmapped(e *forkxorm.Engine, g *Grant) {
	e.Insert(g) // ok: the access token is no column
}

// Pending is a grant that keeps its access token.
type Pending struct {
	ID          int64
	AccessToken string
}

func forkMapped(e *forkxorm.Engine, p *Pending) {
	e.Insert(p) // want `PL101 user\.authorization\.credentials from Pending\.AccessToken is written to a SQL database \(xorm\) unencrypted \(e\.Insert\)`
}

// emptyBean updates new beans: each holds what is set here, and its other
// fields are empty.
func emptyBean(e *xorm.Engine, id int64) {
	e.ID(id).Update(&Account{Language: "en"})                 // ok: a new bean holds only what is set here
	e.ID(id).Update(&Account{})                               // ok: nothing is set
	e.ID(id).Cols("password").Update(&Account{Password: "x"}) // ok: a constant
	e.Insert(&Account{Name: "guest"})                         // ok
}

// readBack updates a bean a read filled: its fields hold what the row
// held.
func readBack(e *xorm.Engine, id int64) {
	var a Account
	e.ID(id).Get(&a)
	a.Language = "en"
	e.ID(id).Update(&a) // want `PL101 user\.authorization\.password from Account\.Password is written to a SQL database \(xorm\) unencrypted \(e\.ID\(id\)\.Update\)`
}

// rawSQL runs SQL text: what a write statement sets is written, what its
// WHERE binds and what a query binds find rows.
func rawSQL(e *xorm.Engine, s *xorm.Session, f *SignUpForm, id int64) {
	e.Exec("UPDATE account SET password = ? WHERE id = ?", f.Password, id)                 // want `PL101 user\.authorization\.password from SignUpForm\.Password is written to a SQL database \(xorm\) unencrypted \(e\.Exec\)`
	s.SQL("INSERT INTO account (name, password) VALUES (?, ?)", f.Name, f.Password).Exec() // want `PL101 user\.authorization\.password from SignUpForm\.Password is written to a SQL database \(xorm\) unencrypted \(s\.SQL\)`
	e.Exec("UPDATE account SET language = 'en' WHERE password = ?", f.Password)            // ok: the WHERE finds the row
	e.Query("SELECT id FROM account WHERE password = ?", f.Password)                       // ok: a query
}
