// Package models reproduces the shape of ezbookkeeping's user model.
package models

// User is an account of the bookkeeping app.
type User struct {
	Uid      int64
	Username string
	Email    string
	Nickname string
	Password string
}
