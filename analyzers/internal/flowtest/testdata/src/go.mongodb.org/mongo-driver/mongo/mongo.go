// Package mongo is a stand-in for go.mongodb.org/mongo-driver/mongo.
package mongo

import "context"

type Collection struct{}
type InsertOneResult struct{ InsertedID any }
type UpdateResult struct{ MatchedCount int64 }
type SingleResult struct{}

func (c *Collection) InsertOne(ctx context.Context, doc any) (*InsertOneResult, error) {
	return nil, nil
}
func (c *Collection) UpdateOne(ctx context.Context, filter, update any) (*UpdateResult, error) {
	return nil, nil
}
func (c *Collection) FindOne(ctx context.Context, filter any) *SingleResult { return nil }
