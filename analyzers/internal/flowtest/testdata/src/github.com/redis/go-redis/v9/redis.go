// Package redis is a stand-in for github.com/redis/go-redis/v9.
package redis

import (
	"context"
	"time"
)

type StatusCmd struct{}
type IntCmd struct{}
type StringCmd struct{}
type Client struct{}

func (c *Client) Set(ctx context.Context, key string, value any, exp time.Duration) *StatusCmd {
	return nil
}
func (c *Client) HSet(ctx context.Context, key string, values ...any) *IntCmd { return nil }
func (c *Client) Get(ctx context.Context, key string) *StringCmd              { return nil }
func (c *Client) Incr(ctx context.Context, key string) *IntCmd                { return nil }
