// Package service reproduces the shape of go-gcs's service/user_service.go.
package service

import (
	"context"
	"encoding/json"
	"errors"
	"time"

	"github.com/jinzhu/copier"
	"github.com/redis/go-redis/v9"

	"corpus/pl105/gogcs/dao"
	"corpus/pl105/gogcs/model"
	"corpus/pl105/gogcs/utils"
)

// UserService runs account operations.
type UserService struct {
	DAO   *dao.UserDB
	Redis *redis.Client
}

// CreateUser signs a user up.
func (r *UserService) CreateUser(ctx context.Context, req *model.UserDTO) error {
	req.Password = utils.Encrypt(req.Password) // corpus:gogcs-create-user
	userDO := &model.UserDO{}
	_ = copier.Copy(userDO, req)
	return r.DAO.CreateUser(ctx, r.DAO.DB, userDO)
}

// UpdatePasswordWithOldPassword checks the old password and stores the new.
func (r *UserService) UpdatePasswordWithOldPassword(ctx context.Context, req *model.UpdatePasswordWithOldPasswordDTO, id int64) error {
	user, err := r.DAO.GetUserByUserId(ctx, nil, id)
	if err != nil {
		return err
	}
	req.OldPassword = utils.Encrypt(req.OldPassword) // corpus:gogcs-check-old-password
	if req.OldPassword != user.Password {
		return errors.New("wrong password")
	}
	updateUserDO := model.UpdateUserDO{}
	updateUserDO.Password = utils.LiteralPtr(utils.Encrypt(req.NewPassword)) // corpus:gogcs-update-password
	return r.DAO.UpdateUser(ctx, nil, utils.StructToMap(updateUserDO, "gorm"), id)
}

// SendVerificationCode keeps a code under the address in Redis.
func (r *UserService) SendVerificationCode(ctx context.Context, req *model.SendEmailDTO, code string) error {
	data, err := json.Marshal(map[string]interface{}{"code": code, "created_at": time.Now()})
	if err != nil {
		return err
	}
	redisKey := "verify_code:" + req.Email
	r.Redis.Set(ctx, redisKey, data, 10*time.Minute) // corpus:gogcs-verify-code-key
	return nil
}
