// Package repository reproduces the shape of go-first-crud's
// src/model/repository: the user is converted and inserted into MongoDB.
package repository

import (
	"context"

	"go.mongodb.org/mongo-driver/mongo"

	"corpus/pl105/gofirstcrud/converter"
	"corpus/pl105/gofirstcrud/model"
)

// UserRepository stores users.
type UserRepository interface {
	CreateUser(d model.UserDomainInterface) error
}

type userRepository struct{ coll *mongo.Collection }

// New returns the MongoDB repository.
func New(coll *mongo.Collection) UserRepository { return &userRepository{coll: coll} }

func (r *userRepository) CreateUser(d model.UserDomainInterface) error {
	_, err := r.coll.InsertOne(context.Background(), converter.ConvertDomainToEntity(d))
	return err
}
