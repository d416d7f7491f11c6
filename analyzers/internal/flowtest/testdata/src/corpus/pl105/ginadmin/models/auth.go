// Package models reproduces the shape of gin-web-admin's gorm models.
package models

import "gorm.io/gorm"

var db *gorm.DB

// Auth is a login account.
type Auth struct {
	ID       uint
	Username string
	Password string
	RoleId   int
}

// CreatUser inserts an account.
func CreatUser(user Auth) error { return db.Create(&user).Error }

// Update applies updates to the rows matching wheres.
func Update(model interface{}, wheres, updates map[string]interface{}) (error, int64) {
	res := db.Model(model).Where(wheres).Updates(updates)
	return res.Error, 1
}
