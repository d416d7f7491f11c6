// Package aicases holds PL103 cases for AI/LLM services: prompts,
// messages, embedding inputs and tool results carrying personal data are
// data sent to the provider. Lines with a want comment must be reported;
// lines marked `// ok: <why>` must not.
package aicases

import (
	"context"
	"encoding/json"
	"net/http"
	"net/url"
	"strings"

	vertex "cloud.google.com/go/vertexai/genai"
	"github.com/anthropics/anthropic-sdk-go"
	"github.com/aws/aws-sdk-go-v2/aws"
	"github.com/aws/aws-sdk-go-v2/service/bedrockruntime"
	"github.com/aws/aws-sdk-go-v2/service/bedrockruntime/types"
	cohere "github.com/cohere-ai/cohere-go/v2"
	cohereclient "github.com/cohere-ai/cohere-go/v2/client"
	"github.com/gage-technologies/mistral-go"
	"github.com/ollama/ollama/api"
	"github.com/openai/openai-go"
	"github.com/openai/openai-go/option"
	goopenai "github.com/sashabaranov/go-openai"
	"github.com/tmc/langchaingo/embeddings"
	"github.com/tmc/langchaingo/llms"
	lcollama "github.com/tmc/langchaingo/llms/ollama"
	lcopenai "github.com/tmc/langchaingo/llms/openai"
	"google.golang.org/genai"

	"model"
)

func openaiGo(ctx context.Context, u *model.User, p *model.Patient) {
	client := openai.NewClient()
	client.Chat.Completions.New(ctx, openai.ChatCompletionNewParams{ // ok: OpenAI is declared for account and may receive e-mail addresses
		Messages: []openai.ChatCompletionMessageParamUnion{
			openai.SystemMessage("You answer support tickets."),
			openai.UserMessage("Draft a reply to " + u.Email),
		},
		Model: openai.ChatModelGPT4o,
	})
	client.Chat.Completions.New(ctx, openai.ChatCompletionNewParams{ // want `PL103 user\.government_id\.national_identification_number from User\.SSN is sent to OpenAI \(client\.Chat\.Completions\.New\), but privlint\.yaml lets openai receive only user\.contact, user\.name`
		Messages: []openai.ChatCompletionMessageParamUnion{openai.UserMessage("Check the SSN " + u.SSN)},
	})
	client.Embeddings.New(ctx, openai.EmbeddingNewParams{ // want `PL103 user\.health_and_medical from Patient\.Diagnosis is sent to OpenAI \(client\.Embeddings\.New\) for care, but privlint\.yaml declares openai for purposes account`
		Input: openai.EmbeddingNewParamsInputUnion{OfString: openai.String(p.Diagnosis)},
	})
	client.Chat.Completions.New(ctx, openai.ChatCompletionNewParams{ // want `PL103 user\.health_and_medical from Patient\.Diagnosis is sent to OpenAI \(client\.Chat\.Completions\.New\) for care, but privlint\.yaml declares openai for purposes account`
		Messages: []openai.ChatCompletionMessageParamUnion{openai.ToolMessage(lookup(p), "call_1")},
	})
	client.Chat.Completions.New(ctx, openai.ChatCompletionNewParams{ // ok: no personal data
		Messages: []openai.ChatCompletionMessageParamUnion{openai.UserMessage("Write a haiku")},
	})

	local := openai.NewClient(option.WithBaseURL("http://localhost:11434/v1"))
	local.Chat.Completions.New(ctx, openai.ChatCompletionNewParams{ // ok: a local OpenAI-compatible server
		Messages: []openai.ChatCompletionMessageParamUnion{openai.UserMessage("Check the SSN " + u.SSN)},
	})
	hosted := openai.NewClient(option.WithBaseURL("https://llm.example.com/v1"))
	hosted.Chat.Completions.New(ctx, openai.ChatCompletionNewParams{ // want `PL103 user\.contact\.email from User\.Email is sent to OpenAI at llm\.example\.com \(hosted\.Chat\.Completions\.New\), a recipient privlint\.yaml does not declare`
		Messages: []openai.ChatCompletionMessageParamUnion{openai.UserMessage(u.Email)},
	})
}

// lookup is a tool whose result goes back to the model.
func lookup(p *model.Patient) string { return "diagnosis: " + p.Diagnosis }

func sashabaranov(ctx context.Context, u *model.User, p *model.Patient, token string) {
	c := goopenai.NewClient(token)
	c.CreateChatCompletion(ctx, goopenai.ChatCompletionRequest{ // want `PL103 user\.health_and_medical from Patient\.Diagnosis is sent to OpenAI \(c\.CreateChatCompletion\) for care, but privlint\.yaml declares openai for purposes account`
		Model: goopenai.GPT4o,
		Messages: []goopenai.ChatCompletionMessage{
			{Role: goopenai.ChatMessageRoleSystem, Content: "You are a triage nurse."},
			{Role: goopenai.ChatMessageRoleUser, Content: "Symptoms: " + p.Diagnosis},
		},
	})
	c.CreateEmbeddings(ctx, goopenai.EmbeddingRequest{Input: []string{u.SSN}}) // want `PL103 user\.government_id\.national_identification_number from User\.SSN is sent to OpenAI \(c\.CreateEmbeddings\), but privlint\.yaml lets openai receive only user\.contact, user\.name`
	cfg := goopenai.DefaultConfig(token)
	cfg.BaseURL = "http://127.0.0.1:8000/v1"
	vllm := goopenai.NewClientWithConfig(cfg)
	vllm.CreateChatCompletion(ctx, goopenai.ChatCompletionRequest{ // ok: a local server
		Messages: []goopenai.ChatCompletionMessage{{Role: goopenai.ChatMessageRoleUser, Content: p.Diagnosis}},
	})
}

func claude(ctx context.Context, u *model.User) {
	client := anthropic.NewClient()
	client.Messages.New(ctx, anthropic.MessageNewParams{ // want `PL103 user\.contact\.email from User\.Email is sent to Anthropic \(client\.Messages\.New\), which privlint\.yaml declares without dpa: true`
		MaxTokens: 1024,
		Model:     anthropic.ModelClaudeSonnet4_0,
		Messages: []anthropic.MessageParam{
			anthropic.NewUserMessage(anthropic.NewTextBlock("Summarise the account of " + u.Email)),
		},
	})
	client.Messages.New(ctx, anthropic.MessageNewParams{ // want `PL103 user\.contact\.phone_number from User\.Phone is sent to Anthropic \(client\.Messages\.New\), which privlint\.yaml declares without dpa: true`
		Messages: []anthropic.MessageParam{
			anthropic.NewUserMessage(anthropic.NewToolResultBlock("toolu_1", `{"phone":"`+u.Phone+`"}`, false)),
		},
	})
}

func google(ctx context.Context, u *model.User, p *model.Patient) {
	client, _ := genai.NewClient(ctx, &genai.ClientConfig{Backend: genai.BackendGeminiAPI})
	client.Models.GenerateContent(ctx, "gemini-2.5-flash", genai.Text("Write a birthday card for "+u.Name), nil) // want `PL103 user\.name from User\.Name is sent to Google Gemini \(client\.Models\.GenerateContent\), a recipient privlint\.yaml does not declare`
	chat, _ := client.Chats.Create(ctx, "gemini-2.5-flash", nil, nil)
	chat.SendMessage(ctx, genai.Part{Text: "my email is " + u.Email})                        // want `PL103 user\.contact\.email from User\.Email is sent to Google Gemini \(chat\.SendMessage\), a recipient privlint\.yaml does not declare`
	client.Models.GenerateContent(ctx, "gemini-2.5-flash", genai.Text("Write a haiku"), nil) // ok: no personal data

	vc, _ := vertex.NewClient(ctx, "project", "europe-west4")
	m := vc.GenerativeModel("gemini-2.5-pro")
	m.GenerateContent(ctx, vertex.Text("Explain "+p.Diagnosis)) // want `PL103 user\.health_and_medical from Patient\.Diagnosis is sent to Google Vertex AI \(m\.GenerateContent\), a recipient privlint\.yaml does not declare`
}

func bedrock(ctx context.Context, u *model.User, p *model.Patient, cfg aws.Config) {
	br := bedrockruntime.NewFromConfig(cfg)
	br.Converse(ctx, &bedrockruntime.ConverseInput{ // want `PL103 user\.contact\.phone_number from User\.Phone is sent to Amazon Bedrock \(br\.Converse\) for account, but privlint\.yaml declares aws-bedrock for purposes care`
		ModelId: aws.String("anthropic.claude-3-haiku"),
		Messages: []types.Message{{
			Role:    types.ConversationRoleUser,
			Content: []types.ContentBlock{&types.ContentBlockMemberText{Value: "Call me at " + u.Phone}},
		}},
	})
	body, _ := json.Marshal(map[string]string{"prompt": "Patient reports " + p.Diagnosis})
	br.InvokeModel(ctx, &bedrockruntime.InvokeModelInput{ModelId: aws.String("meta.llama3"), Body: body}) // ok: Bedrock is declared for care
}

func cohereAndMistral(ctx context.Context, u *model.User) {
	co := cohereclient.NewClient(cohereclient.WithToken("key"))
	co.Chat(ctx, &cohere.ChatRequest{Message: "Who is " + u.Name + "?"}) // want `PL103 user\.name from User\.Name is sent to Cohere \(co\.Chat\), a recipient privlint\.yaml does not declare`
	co.Embed(ctx, &cohere.EmbedRequest{Texts: []string{u.Email}})        // want `PL103 user\.contact\.email from User\.Email is sent to Cohere \(co\.Embed\), a recipient privlint\.yaml does not declare`

	mc := mistral.NewMistralClientDefault("key")
	mc.Chat(mistral.ModelMistralSmallLatest, []mistral.ChatMessage{{Role: mistral.RoleUser, Content: u.Email}}, &mistral.DefaultChatRequestParams) // ok: Mistral is declared for e-mail addresses
	mc.Embeddings("mistral-embed", []string{u.SSN})                                                                                                // want `PL103 user\.government_id\.national_identification_number from User\.SSN is sent to Mistral AI \(mc\.Embeddings\), but privlint\.yaml lets mistral receive only user\.contact\.email`
}

func langchain(ctx context.Context, u *model.User, p *model.Patient, m llms.Model) {
	llm, _ := lcopenai.New(lcopenai.WithModel("gpt-4o"))
	llms.GenerateFromSinglePrompt(ctx, llm, "Summarise "+u.SSN)                                                          // want `PL103 user\.government_id\.national_identification_number from User\.SSN is sent to OpenAI \(llms\.GenerateFromSinglePrompt\), but privlint\.yaml lets openai receive only user\.contact, user\.name`
	llm.GenerateContent(ctx, []llms.MessageContent{llms.TextParts(llms.ChatMessageTypeHuman, "Symptoms: "+p.Diagnosis)}) // want `PL103 user\.health_and_medical from Patient\.Diagnosis is sent to OpenAI \(llm\.GenerateContent\) for care, but privlint\.yaml declares openai for purposes account`
	emb, _ := embeddings.NewEmbedder(llm)
	emb.EmbedQuery(ctx, p.Diagnosis) // want `PL103 user\.health_and_medical from Patient\.Diagnosis is sent to OpenAI \(emb\.EmbedQuery\) for care, but privlint\.yaml declares openai for purposes account`

	local, _ := lcollama.New(lcollama.WithServerURL("http://localhost:11434"), lcollama.WithModel("llama3"))
	llms.GenerateFromSinglePrompt(ctx, local, "Summarise "+u.SSN) // ok: a local Ollama
	local.Call(ctx, p.Diagnosis)                                  // ok: a local Ollama

	m.GenerateContent(ctx, []llms.MessageContent{llms.TextParts(llms.ChatMessageTypeHuman, u.Email)}) // want `PL103 user\.contact\.email from User\.Email is sent to a language model \(LangChainGo\) \(m\.GenerateContent\), a recipient privlint\.yaml does not declare`
}

func ollama(ctx context.Context, u *model.User, p *model.Patient) {
	env, _ := api.ClientFromEnvironment()
	env.Chat(ctx, &api.ChatRequest{Model: "llama3", Messages: []api.Message{{Role: "user", Content: u.Email}}}, nil) // want `PL103 user\.contact\.email from User\.Email is sent to Ollama at the host OLLAMA_HOST names \(env\.Chat\), a recipient privlint\.yaml does not declare`

	local := api.NewClient(&url.URL{Scheme: "http", Host: "localhost:11434"}, http.DefaultClient)
	local.Generate(ctx, &api.GenerateRequest{Model: "llama3", Prompt: "Explain " + p.Diagnosis}, nil) // ok: a local Ollama

	base, _ := url.Parse("http://gpu.internal.example.com:11434")
	internal := api.NewClient(base, http.DefaultClient)
	internal.Embed(ctx, &api.EmbedRequest{Model: "nomic-embed-text", Input: u.SSN}) // ok: an internal host

	remote := api.NewClient(&url.URL{Scheme: "https", Host: "ollama.example.net"}, http.DefaultClient)
	remote.Embed(ctx, &api.EmbedRequest{Input: []string{u.Name}}) // want `PL103 user\.name from User\.Name is sent to Ollama at ollama\.example\.net \(remote\.Embed\), a recipient privlint\.yaml does not declare`
}

func rest(u *model.User) {
	http.Post("https://api.openai.com/v1/chat/completions", "application/json", strings.NewReader(`{"messages":[{"role":"user","content":"`+u.SSN+`"}]}`))   // want `PL103 user\.government_id\.national_identification_number from User\.SSN is sent to OpenAI at api\.openai\.com \(http\.Post\), but privlint\.yaml lets openai receive only user\.contact, user\.name`
	http.Post("https://api.openai.com/v1/chat/completions", "application/json", strings.NewReader(`{"messages":[{"role":"user","content":"`+u.Email+`"}]}`)) // ok: OpenAI is declared by name, its host is known
	http.Post("https://api.mistral.ai/v1/embeddings", "application/json", strings.NewReader(u.Name))                                                         // want `PL103 user\.name from User\.Name is sent to Mistral AI at api\.mistral\.ai \(http\.Post\), but privlint\.yaml lets mistral receive only user\.contact\.email`
}

// chatHistory and cannedHistory are package-level conversation stores, as
// chat bots keep them per channel: what one message appends is sent with
// the whole history when the bot is asked.
var (
	chatHistory   = map[string][]*genai.Content{}
	cannedHistory = map[string][]*genai.Content{}
)

func channelHistory(ctx context.Context, u *model.User, channel string) {
	client, _ := genai.NewClient(ctx, &genai.ClientConfig{Backend: genai.BackendGeminiAPI})
	chatHistory[channel] = append(chatHistory[channel], genai.NewContentFromText(u.Name+": see you tomorrow", genai.RoleUser))
	client.Models.GenerateContent(ctx, "gemini-2.5-flash", chatHistory[channel], nil) // want `PL103 user\.name from User\.Name is sent to Google Gemini \(client\.Models\.GenerateContent\), a recipient privlint\.yaml does not declare`
	cannedHistory[channel] = append(cannedHistory[channel], genai.NewContentFromText("Write a haiku", genai.RoleUser))
	client.Models.GenerateContent(ctx, "gemini-2.5-flash", cannedHistory[channel], nil) // ok: another package map, holding a fixed prompt
}
