// Package genai is a stand-in for cloud.google.com/go/vertexai/genai.
package genai

import "context"

type Client struct{}

func NewClient(ctx context.Context, projectID, location string) (*Client, error) {
	return &Client{}, nil
}

type Part interface{ part() }

type Text string

func (Text) part() {}

type GenerativeModel struct{}

func (c *Client) GenerativeModel(name string) *GenerativeModel { return &GenerativeModel{} }

type GenerateContentResponse struct{}

func (m *GenerativeModel) GenerateContent(ctx context.Context, parts ...Part) (*GenerateContentResponse, error) {
	return nil, nil
}

type ChatSession struct{}

func (m *GenerativeModel) StartChat() *ChatSession { return &ChatSession{} }

func (cs *ChatSession) SendMessage(ctx context.Context, parts ...Part) (*GenerateContentResponse, error) {
	return nil, nil
}
