// Package mistral is a stand-in for github.com/gage-technologies/mistral-go.
package mistral

const (
	RoleUser                = "user"
	RoleSystem              = "system"
	ModelMistralSmallLatest = "mistral-small-latest"
)

type MistralClient struct{ apiKey string }

func NewMistralClientDefault(apiKey string) *MistralClient { return &MistralClient{apiKey: apiKey} }

type ChatMessage struct {
	Role    string
	Content string
}

type ChatRequestParams struct{ Temperature float64 }

var DefaultChatRequestParams = ChatRequestParams{Temperature: 1}

type ChatCompletionResponse struct{}

func (c *MistralClient) Chat(model string, messages []ChatMessage, params *ChatRequestParams) (*ChatCompletionResponse, error) {
	return nil, nil
}

type EmbeddingResponse struct{}

func (c *MistralClient) Embeddings(model string, input []string) (*EmbeddingResponse, error) {
	return nil, nil
}
