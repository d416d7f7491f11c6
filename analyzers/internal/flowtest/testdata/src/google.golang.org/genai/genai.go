// Package genai is a stand-in for google.golang.org/genai.
package genai

import "context"

type Backend int

const (
	BackendGeminiAPI Backend = 1
	BackendVertexAI  Backend = 2
)

type ClientConfig struct {
	APIKey  string
	Backend Backend
}

type Client struct {
	Models *Models
	Chats  *Chats
}

func NewClient(ctx context.Context, cc *ClientConfig) (*Client, error) { return &Client{}, nil }

type Role = string

const RoleUser Role = "user"

type Blob struct {
	Data     []byte
	MIMEType string
}

type Part struct {
	Text       string
	InlineData *Blob
}

type Content struct {
	Parts []*Part
	Role  string
}

func Text(text string) []*Content { return []*Content{{Parts: []*Part{{Text: text}}, Role: RoleUser}} }

func NewContentFromText(text string, role Role) *Content {
	return &Content{Parts: []*Part{{Text: text}}, Role: role}
}

func NewPartFromText(text string) *Part { return &Part{Text: text} }

func NewPartFromBytes(data []byte, mimeType string) *Part {
	return &Part{InlineData: &Blob{Data: data, MIMEType: mimeType}}
}

func NewContentFromParts(parts []*Part, role Role) *Content {
	return &Content{Parts: parts, Role: role}
}

type GenerateContentConfig struct{ SystemInstruction *Content }

type GenerateContentResponse struct{}

func (r *GenerateContentResponse) Text() string { return "" }

type EmbedContentConfig struct{}
type EmbedContentResponse struct{}

type Models struct{}

func (m Models) GenerateContent(ctx context.Context, model string, contents []*Content, config *GenerateContentConfig) (*GenerateContentResponse, error) {
	return nil, nil
}

func (m Models) EmbedContent(ctx context.Context, model string, contents []*Content, config *EmbedContentConfig) (*EmbedContentResponse, error) {
	return nil, nil
}

type Chats struct{}

type Chat struct{}

func (c *Chats) Create(ctx context.Context, model string, config *GenerateContentConfig, history []*Content) (*Chat, error) {
	return &Chat{}, nil
}

func (c *Chat) SendMessage(ctx context.Context, parts ...Part) (*GenerateContentResponse, error) {
	return nil, nil
}
