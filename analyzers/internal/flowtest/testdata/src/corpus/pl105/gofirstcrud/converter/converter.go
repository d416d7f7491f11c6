// Package converter reproduces the shape of go-first-crud's
// src/model/repository/entity/converter: the domain, read through its
// getters, becomes the stored document.
package converter

import "corpus/pl105/gofirstcrud/model"

// UserEntity is the document stored.
type UserEntity struct {
	Name     string `bson:"name"`
	Email    string `bson:"email"`
	Password string `bson:"password"`
	Age      int8   `bson:"age"`
}

// ConvertDomainToEntity copies the domain's values into a document.
func ConvertDomainToEntity(d model.UserDomainInterface) *UserEntity {
	return &UserEntity{Name: d.GetName(), Email: d.GetEmail(), Password: d.GetPassword(), Age: d.GetAge()}
}
