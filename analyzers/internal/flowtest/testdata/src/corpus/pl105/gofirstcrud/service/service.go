// Package service reproduces the shape of go-first-crud's
// src/model/service/create_user.go: the password is "encrypted" through
// the domain's interface, then the repository stores the user.
package service

import (
	"corpus/pl105/gofirstcrud/model"
	"corpus/pl105/gofirstcrud/repository"
)

// UserService creates users.
type UserService struct{ repo repository.UserRepository }

// CreateUser hashes the password and stores the user.
func (s *UserService) CreateUser(d model.UserDomainInterface) error {
	d.EncryptPassword() // corpus:gofirstcrud-encrypt-password
	return s.repo.CreateUser(d)
}
