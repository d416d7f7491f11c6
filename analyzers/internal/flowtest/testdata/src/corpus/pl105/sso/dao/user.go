// Package dao reproduces the shape of sso/dao/mysql/user/user.go.
package dao

import (
	"database/sql"
	"errors"

	"corpus/pl105/sso/utils"
)

// User is an account.
type User struct {
	UserId   int64
	Username string
	Password string
}

// GetUserIdByNamePwd checks a login.
func GetUserIdByNamePwd(db *sql.DB, user *User) (int64, error) {
	currentPassword := user.Password
	row := db.QueryRow("select user_id, username, password from user where username = ?", user.Username)
	if err := row.Scan(&user.UserId, &user.Username, &user.Password); err != nil {
		return 0, err
	}
	password := utils.EncryptPassword(currentPassword) // corpus:sso-login-compare
	if password != user.Password {
		return 0, errors.New("invalid password")
	}
	return user.UserId, nil
}
