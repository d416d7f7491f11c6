// Package ollama is a stand-in for github.com/tmc/langchaingo/llms/ollama.
package ollama

import (
	"context"

	"github.com/tmc/langchaingo/llms"
)

type options struct{ url, model string }

type Option func(*options)

func WithServerURL(u string) Option { return func(o *options) { o.url = u } }

func WithModel(m string) Option { return func(o *options) { o.model = m } }

type LLM struct{ opts options }

func New(opts ...Option) (*LLM, error) { return &LLM{}, nil }

func (o *LLM) GenerateContent(ctx context.Context, messages []llms.MessageContent, options ...llms.CallOption) (*llms.ContentResponse, error) {
	return nil, nil
}

func (o *LLM) Call(ctx context.Context, prompt string, options ...llms.CallOption) (string, error) {
	return "", nil
}

func (o *LLM) CreateEmbedding(ctx context.Context, inputTexts []string) ([][]float32, error) {
	return nil, nil
}
