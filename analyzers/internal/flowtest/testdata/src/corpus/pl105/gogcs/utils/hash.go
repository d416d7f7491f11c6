// Package utils reproduces the shape of ajiankexx/go-gcs utils/hash.go
// and its helpers.
package utils

import (
	"crypto/md5"
	"encoding/hex"
	"reflect"
)

// Encrypt hex-encodes the MD5 of password.
func Encrypt(password string) string {
	hash := md5.Sum([]byte(password))
	return hex.EncodeToString(hash[:])
}

// LiteralPtr returns a pointer to a copy of v.
func LiteralPtr[T any](v T) *T { return &v }

// StructToMap maps the non-nil fields of v by their tag.
func StructToMap(v any, tag string) map[string]interface{} {
	out := map[string]interface{}{}
	rv := reflect.ValueOf(v)
	for i := 0; i < rv.NumField(); i++ {
		out[rv.Type().Field(i).Tag.Get(tag)] = rv.Field(i).Interface()
	}
	return out
}
