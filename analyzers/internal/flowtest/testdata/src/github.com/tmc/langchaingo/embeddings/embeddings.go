// Package embeddings is a stand-in for github.com/tmc/langchaingo/embeddings.
package embeddings

import "context"

type EmbedderClient interface {
	CreateEmbedding(ctx context.Context, texts []string) ([][]float32, error)
}

type Option func(*EmbedderImpl)

type EmbedderImpl struct{ client EmbedderClient }

func NewEmbedder(client EmbedderClient, opts ...Option) (*EmbedderImpl, error) {
	return &EmbedderImpl{client: client}, nil
}

func (ei *EmbedderImpl) EmbedQuery(ctx context.Context, text string) ([]float32, error) {
	return nil, nil
}

func (ei *EmbedderImpl) EmbedDocuments(ctx context.Context, texts []string) ([][]float32, error) {
	return nil, nil
}
