// Package api is a stand-in for github.com/ollama/ollama/api.
package api

import (
	"context"
	"net/http"
	"net/url"
)

type Client struct {
	base *url.URL
	http *http.Client
}

func ClientFromEnvironment() (*Client, error) { return &Client{}, nil }

func NewClient(base *url.URL, http *http.Client) *Client { return &Client{base: base, http: http} }

type Message struct {
	Role     string
	Content  string
	ToolName string
}

type ChatRequest struct {
	Model    string
	Messages []Message
}

type ChatResponse struct{ Message Message }

type ChatResponseFunc func(ChatResponse) error

func (c *Client) Chat(ctx context.Context, req *ChatRequest, fn ChatResponseFunc) error { return nil }

type GenerateRequest struct {
	Model  string
	Prompt string
	System string
}

type GenerateResponse struct{ Response string }

type GenerateResponseFunc func(GenerateResponse) error

func (c *Client) Generate(ctx context.Context, req *GenerateRequest, fn GenerateResponseFunc) error {
	return nil
}

type EmbedRequest struct {
	Model string
	Input any
}

type EmbedResponse struct{ Embeddings [][]float32 }

func (c *Client) Embed(ctx context.Context, req *EmbedRequest) (*EmbedResponse, error) {
	return nil, nil
}
