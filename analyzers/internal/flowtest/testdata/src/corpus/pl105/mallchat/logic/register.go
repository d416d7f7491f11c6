// Package logic reproduces the shape of MallChat-Go's registerlogic.go.
package logic

import (
	"context"
	"database/sql"
	"time"

	"corpus/pl105/mallchat/model"
	"corpus/pl105/mallchat/utils"
)

// UserRegisterReq is the sign-up request.
type UserRegisterReq struct {
	Mobile   string `json:"mobile"`
	Password string `json:"password"`
	Code     string `json:"code"`
}

// Register creates the user.
func Register(ctx context.Context, users *model.UserModel, req *UserRegisterReq) (int64, error) {
	user := &model.User{
		Mobile:     req.Mobile,
		Password:   utils.EncryptPassword(req.Password), // corpus:mallchat-register
		Nickname:   sql.NullString{String: "user", Valid: true},
		CreateTime: time.Now().Unix(),
	}
	res, err := users.Insert(ctx, user)
	if err != nil {
		return 0, err
	}
	return res.LastInsertId()
}
