// Package llms is a stand-in for github.com/tmc/langchaingo/llms.
package llms

import "context"

type ChatMessageType string

const (
	ChatMessageTypeHuman  ChatMessageType = "human"
	ChatMessageTypeSystem ChatMessageType = "system"
)

type ContentPart interface{ isPart() }

type TextContent struct{ Text string }

func (TextContent) isPart() {}

type MessageContent struct {
	Role  ChatMessageType
	Parts []ContentPart
}

func TextParts(role ChatMessageType, parts ...string) MessageContent {
	mc := MessageContent{Role: role}
	for _, p := range parts {
		mc.Parts = append(mc.Parts, TextContent{Text: p})
	}
	return mc
}

type CallOptions struct{ Model string }

type CallOption func(*CallOptions)

type ContentResponse struct{}

type Model interface {
	GenerateContent(ctx context.Context, messages []MessageContent, options ...CallOption) (*ContentResponse, error)
	Call(ctx context.Context, prompt string, options ...CallOption) (string, error)
}

func GenerateFromSinglePrompt(ctx context.Context, llm Model, prompt string, options ...CallOption) (string, error) {
	return "", nil
}
