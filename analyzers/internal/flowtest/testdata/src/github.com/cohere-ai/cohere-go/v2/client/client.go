// Package client is a stand-in for github.com/cohere-ai/cohere-go/v2/client.
package client

import (
	"context"

	v2 "github.com/cohere-ai/cohere-go/v2"
)

type Option func(*Client)

func WithToken(token string) Option { return func(*Client) {} }

type Client struct{}

func NewClient(opts ...Option) *Client { return &Client{} }

func (c *Client) Chat(ctx context.Context, request *v2.ChatRequest) (*v2.NonStreamedChatResponse, error) {
	return nil, nil
}

func (c *Client) Embed(ctx context.Context, request *v2.EmbedRequest) (*v2.EmbedResponse, error) {
	return nil, nil
}
