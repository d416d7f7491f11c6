// Package anthropic is a stand-in for github.com/anthropics/anthropic-sdk-go.
package anthropic

import (
	"context"

	"github.com/anthropics/anthropic-sdk-go/option"
)

type Client struct {
	Options  []option.RequestOption
	Messages MessageService
}

func NewClient(opts ...option.RequestOption) (r Client) { r.Options = opts; return }

type MessageService struct{ Options []option.RequestOption }

type Model = string

const ModelClaudeSonnet4_0 Model = "claude-sonnet-4-0"

type TextBlockParam struct{ Text string }

type ToolResultBlockParam struct {
	ToolUseID string
	Content   string
	IsError   bool
}

type ContentBlockParamUnion struct {
	OfText       *TextBlockParam
	OfToolResult *ToolResultBlockParam
}

type MessageParam struct {
	Role    string
	Content []ContentBlockParamUnion
}

type MessageNewParams struct {
	MaxTokens int64
	Messages  []MessageParam
	Model     Model
	System    []TextBlockParam
}

func NewUserMessage(blocks ...ContentBlockParamUnion) MessageParam {
	return MessageParam{Role: "user", Content: blocks}
}

func NewTextBlock(text string) ContentBlockParamUnion {
	return ContentBlockParamUnion{OfText: &TextBlockParam{Text: text}}
}

func NewToolResultBlock(toolUseID string, content string, isError bool) ContentBlockParamUnion {
	return ContentBlockParamUnion{OfToolResult: &ToolResultBlockParam{ToolUseID: toolUseID, Content: content, IsError: isError}}
}

type Message struct{ Content []struct{ Text string } }

func (r *MessageService) New(ctx context.Context, body MessageNewParams, opts ...option.RequestOption) (*Message, error) {
	return nil, nil
}

const ModelClaudeSonnet4_20250514 Model = "claude-sonnet-4-20250514"
