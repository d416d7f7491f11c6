// Package xormweak holds PL105 cases of an e-mail address hashed with a
// fast hash into a column that an xorm update names (or does not).
package xormweak

import (
	"crypto/md5"
	"encoding/hex"

	"xorm.io/xorm"
)

// User is an account whose avatar is named after its e-mail address.
type User struct {
	ID     int64
	Email  string `purpose:"account"`
	Avatar string
	Theme  string
}

func avatarColumn(e *xorm.Engine, u *User) error {
	sum := md5.Sum([]byte(u.Email)) // want `PL105 user\.contact\.email from User\.Email is pseudonymised with md5\.Sum, an unkeyed fast hash that hashing every likely value reverses, and written to storage \(e\.ID\(u\.ID\)\.Cols\("avatar"\)\.Update\)`
	u.Avatar = hex.EncodeToString(sum[:])
	_, err := e.ID(u.ID).Cols("avatar").Update(u)
	return err
}

func otherColumn(e *xorm.Engine, u *User) error {
	sum := md5.Sum([]byte(u.Email))
	u.Avatar = hex.EncodeToString(sum[:])
	u.Theme = "dark"
	_, err := e.ID(u.ID).Cols("theme").Update(u) // ok: the avatar column is not written
	return err
}
