// Package openai is a stand-in for github.com/sashabaranov/go-openai.
package openai

import "context"

const (
	ChatMessageRoleSystem = "system"
	ChatMessageRoleUser   = "user"
	ChatMessageRoleTool   = "tool"
	GPT4o                 = "gpt-4o"
)

type ClientConfig struct {
	BaseURL string
	OrgID   string
}

func DefaultConfig(authToken string) ClientConfig {
	return ClientConfig{BaseURL: "https://api.openai.com/v1"}
}

type Client struct{ config ClientConfig }

func NewClient(authToken string) *Client { return &Client{config: DefaultConfig(authToken)} }

func NewClientWithConfig(config ClientConfig) *Client { return &Client{config: config} }

type ChatMessagePart struct{ Type, Text string }

type ChatCompletionMessage struct {
	Role         string
	Content      string
	MultiContent []ChatMessagePart
	ToolCallID   string
}

type ChatCompletionRequest struct {
	Model       string
	Messages    []ChatCompletionMessage
	MaxTokens   int
	Temperature float32
	User        string
}

type Usage struct{ PromptTokens, CompletionTokens, TotalTokens int }

type ChatCompletionResponse struct {
	Choices []struct{ Message ChatCompletionMessage }
	Usage   Usage
}

func (c *Client) CreateChatCompletion(ctx context.Context, request ChatCompletionRequest) (response ChatCompletionResponse, err error) {
	return
}

type EmbeddingRequest struct {
	Input any
	Model string
}

func (r EmbeddingRequest) Convert() EmbeddingRequest { return r }

type EmbeddingRequestConverter interface{ Convert() EmbeddingRequest }

type EmbeddingResponse struct {
	Data []struct{ Embedding []float32 }
}

func (c *Client) CreateEmbeddings(ctx context.Context, conv EmbeddingRequestConverter) (res EmbeddingResponse, err error) {
	return
}

const GPT3Dot5Turbo = "gpt-3.5-turbo"

// EmbeddingRequestStrings asks for embeddings of strings.
type EmbeddingRequestStrings struct {
	Input []string
	Model string
	User  string
}

func (r EmbeddingRequestStrings) Convert() EmbeddingRequest {
	return EmbeddingRequest{Input: r.Input, Model: r.Model}
}
