// Package chatbotservices reproduces the shape of pzierahn/chatbot_services
// llm/openai/openai_embeddings.go: document text and the opaque user id.
package chatbotservices

import (
	"context"

	"github.com/sashabaranov/go-openai"
)

// EmbeddingRequest asks for the embedding of a text.
type EmbeddingRequest struct {
	Input  string
	UserId string
}

// Client wraps the OpenAI client.
type Client struct{ client *openai.Client }

// CreateEmbeddings embeds req.Input.
func (c *Client) CreateEmbeddings(ctx context.Context, req *EmbeddingRequest) ([]float32, error) {
	resp, err := c.client.CreateEmbeddings(ctx, openai.EmbeddingRequestStrings{ // corpus:chatbotservices-embeddings
		Model: "text-embedding-3-large",
		Input: []string{req.Input},
		User:  req.UserId,
	})
	if err != nil {
		return nil, err
	}
	return resp.Data[0].Embedding, nil
}
