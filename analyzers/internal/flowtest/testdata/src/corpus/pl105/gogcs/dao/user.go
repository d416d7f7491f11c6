// Package dao reproduces the shape of go-gcs's dao/user_dao.go.
package dao

import (
	"context"

	"gorm.io/gorm"

	"corpus/pl105/gogcs/model"
)

// UserDB reads and writes users.
type UserDB struct{ DB *gorm.DB }

// CreateUser inserts a user.
func (d *UserDB) CreateUser(ctx context.Context, tx *gorm.DB, u *model.UserDO) error {
	return tx.Create(u).Error
}

// GetUserByUserId loads a user.
func (d *UserDB) GetUserByUserId(ctx context.Context, tx *gorm.DB, id int64) (*model.UserDO, error) {
	var u model.UserDO
	return &u, d.DB.First(&u, id).Error
}

// UpdateUser updates columns of a user.
func (d *UserDB) UpdateUser(ctx context.Context, tx *gorm.DB, m map[string]interface{}, id int64) error {
	return d.DB.Model(&model.UserDO{}).Where("id = ?", id).Updates(m).Error
}
