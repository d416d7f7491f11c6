// Package model reproduces the shape of mfcbentes/meu-primeiro-crud-go
// src/model: the user domain "encrypts" its password in place with MD5
// before the service hands it to the repository.
package model

import (
	"crypto/md5"
	"encoding/hex"
)

// UserDomain is a user of the API.
type UserDomain struct {
	ID       string
	Email    string
	Password string
	Name     string
	Age      int8
}

// EncryptPassword replaces the password with the hex of its MD5.
func (u *UserDomain) EncryptPassword() {
	hash := md5.New()
	defer hash.Reset()
	hash.Write([]byte(u.Password))
	u.Password = hex.EncodeToString(hash.Sum(nil))
}
