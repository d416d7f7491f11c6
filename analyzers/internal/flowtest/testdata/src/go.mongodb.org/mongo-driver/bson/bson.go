// Package bson is a stand-in for go.mongodb.org/mongo-driver/bson.
package bson

type E struct {
	Key   string
	Value any
}
type D []E
type M map[string]any
