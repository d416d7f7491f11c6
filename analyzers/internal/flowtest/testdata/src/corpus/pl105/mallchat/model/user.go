// Package model reproduces the shape of MallChat-Go's generated user model.
package model

import (
	"context"
	"database/sql"
)

// User is a row of the user table.
type User struct {
	Id         int64
	Mobile     string
	Password   string
	Nickname   sql.NullString
	CreateTime int64
}

// UserModel reads and writes users.
type UserModel struct{ conn *sql.DB }

// Insert writes a user.
func (m *UserModel) Insert(ctx context.Context, data *User) (sql.Result, error) {
	return m.conn.ExecContext(ctx, "insert into `user` (`mobile`, `password`, `nickname`, `create_time`) values (?, ?, ?, ?)",
		data.Mobile, data.Password, data.Nickname, data.CreateTime)
}
