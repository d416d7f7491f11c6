// Package openai is a stand-in for github.com/openai/openai-go: request
// structs with nested message unions built by generic helpers.
package openai

import (
	"context"

	"github.com/openai/openai-go/option"
	"github.com/openai/openai-go/packages/param"
)

type Client struct {
	Options     []option.RequestOption
	Chat        ChatService
	Embeddings  EmbeddingService
	Completions CompletionService
}

func NewClient(opts ...option.RequestOption) (r Client) { r.Options = opts; return }

type ChatService struct{ Completions ChatCompletionService }

type ChatCompletionService struct{ Options []option.RequestOption }

type ChatModel = string

const ChatModelGPT4o ChatModel = "gpt-4o"

type ChatCompletionNewParams struct {
	Messages []ChatCompletionMessageParamUnion
	Model    ChatModel
	User     param.Opt[string]
}

type ChatCompletionMessageParamUnion struct {
	OfSystem *ChatCompletionSystemMessageParam
	OfUser   *ChatCompletionUserMessageParam
	OfTool   *ChatCompletionToolMessageParam
}

type ChatCompletionSystemMessageParam struct{ Content string }
type ChatCompletionUserMessageParam struct{ Content string }
type ChatCompletionToolMessageParam struct{ Content, ToolCallID string }

func UserMessage[T string | []string](content T) ChatCompletionMessageParamUnion {
	var s string
	switch v := any(content).(type) {
	case string:
		s = v
	case []string:
		for _, p := range v {
			s += p
		}
	}
	return ChatCompletionMessageParamUnion{OfUser: &ChatCompletionUserMessageParam{Content: s}}
}

func SystemMessage(content string) ChatCompletionMessageParamUnion {
	return ChatCompletionMessageParamUnion{OfSystem: &ChatCompletionSystemMessageParam{Content: content}}
}

func ToolMessage(content, toolCallID string) ChatCompletionMessageParamUnion {
	return ChatCompletionMessageParamUnion{OfTool: &ChatCompletionToolMessageParam{Content: content, ToolCallID: toolCallID}}
}

func String(s string) param.Opt[string] { return param.Opt[string]{Value: s} }

type ChatCompletion struct {
	Choices []struct{ Message struct{ Content string } }
}

func (r *ChatCompletionService) New(ctx context.Context, body ChatCompletionNewParams, opts ...option.RequestOption) (*ChatCompletion, error) {
	return nil, nil
}

type EmbeddingService struct{ Options []option.RequestOption }

type EmbeddingNewParamsInputUnion struct {
	OfString        param.Opt[string]
	OfArrayOfString []string
}

type EmbeddingNewParams struct {
	Input EmbeddingNewParamsInputUnion
	Model string
}

type CreateEmbeddingResponse struct {
	Data []struct{ Embedding []float64 }
}

func (r *EmbeddingService) New(ctx context.Context, body EmbeddingNewParams, opts ...option.RequestOption) (*CreateEmbeddingResponse, error) {
	return nil, nil
}

type CompletionService struct{ Options []option.RequestOption }
