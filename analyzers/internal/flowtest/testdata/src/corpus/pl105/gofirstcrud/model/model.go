// Package model reproduces the shape of matheustrres/go-first-crud
// src/model: an unexported user domain behind an interface, with getters
// and a method that replaces the password with its MD5 in place.
package model

import (
	"crypto/md5"
	"encoding/hex"
)

type userDomain struct {
	ID       string
	Name     string
	Email    string
	Password string
	Age      int8
}

// UserDomainInterface is what the other layers see of a user.
type UserDomainInterface interface {
	GetName() string
	GetEmail() string
	GetPassword() string
	GetAge() int8
	EncryptPassword()
}

// NewUserDomain makes a user from the sign-up form's values.
func NewUserDomain(email, password, name string, age int8) UserDomainInterface {
	return &userDomain{Email: email, Password: password, Name: name, Age: age}
}

func (u *userDomain) GetName() string     { return u.Name }
func (u *userDomain) GetEmail() string    { return u.Email }
func (u *userDomain) GetPassword() string { return u.Password }
func (u *userDomain) GetAge() int8        { return u.Age }

// EncryptPassword replaces the password with the hex of its MD5.
func (u *userDomain) EncryptPassword() {
	h := md5.New()
	defer h.Reset()
	h.Write([]byte(u.Password))
	u.Password = hex.EncodeToString(h.Sum(nil))
}
