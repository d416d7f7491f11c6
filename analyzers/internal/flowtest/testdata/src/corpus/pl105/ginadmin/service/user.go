// Package service reproduces the shape of gin-web-admin's
// app/service/v1/user/user_service.go.
package service

import (
	"strings"

	"corpus/pl105/ginadmin/models"
	"corpus/pl105/ginadmin/utils"
)

// AuthStruct is the login form.
type AuthStruct struct {
	Username string `json:"user_name"`
	Password string `json:"password"`
}

// AddUserStruct is the form that adds a user.
type AddUserStruct struct {
	AuthStruct
	RoleId int `json:"role_id"`
}

// ChangeUserPassword stores a new password.
func ChangeUserPassword(userId uint, newPassword string) bool {
	wheres := map[string]interface{}{"id": userId}
	updates := make(map[string]interface{})
	updates["password"] = utils.EncodeUserPassword(newPassword) // corpus:ginadmin-change-password
	_, rows := models.Update(&models.Auth{}, wheres, updates)
	return rows > 0
}

// CreateUser adds an account.
func CreateUser(newUser AddUserStruct) error {
	return models.CreatUser(models.Auth{
		Username: strings.TrimSpace(newUser.Username),
		Password: utils.EncodeUserPassword(newUser.Password), // corpus:ginadmin-create-user
		RoleId:   newUser.RoleId,
	})
}
