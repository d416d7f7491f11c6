// Package repository reproduces the shape of meu-primeiro-crud-go's
// service and repository: the service calls EncryptPassword, the
// repository converts the domain to an entity and inserts it.
package repository

import (
	"context"

	"go.mongodb.org/mongo-driver/mongo"

	"corpus/pl105/crudgo/model"
)

// UserEntity is the document stored.
type UserEntity struct {
	Email    string `bson:"email"`
	Password string `bson:"password"`
	Name     string `bson:"name"`
	Age      int8   `bson:"age"`
}

func toEntity(d *model.UserDomain) *UserEntity {
	return &UserEntity{Email: d.Email, Password: d.Password, Name: d.Name, Age: d.Age}
}

// CreateUser hashes the password and stores the user. PL105 reports at
// the call into the model's method, which hashes in another package.
func CreateUser(ctx context.Context, coll *mongo.Collection, d *model.UserDomain) error {
	d.EncryptPassword() // corpus:crudgo-encrypt-password
	_, err := coll.InsertOne(ctx, toEntity(d))
	return err
}
