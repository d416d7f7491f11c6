// Package cohere is a stand-in for github.com/cohere-ai/cohere-go/v2.
package cohere

type Message struct {
	Role    string
	Message string
}

type ChatRequest struct {
	Message     string
	ChatHistory []*Message
	Preamble    *string
}

type NonStreamedChatResponse struct{ Text string }

type EmbedRequest struct {
	Texts []string
	Model *string
}

type EmbedResponse struct{}
