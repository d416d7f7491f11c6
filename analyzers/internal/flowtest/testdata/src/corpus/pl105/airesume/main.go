// Package airesume reproduces the shape of Andrew-Wichmann/AI-Resume
// cmd/api/main.go: the author's own profile, written into the program.
package airesume

import (
	"context"
	"fmt"
	"os"

	openai "github.com/sashabaranov/go-openai"
)

// Main briefs the assistant about its author.
func Main() {
	token, set := os.LookupEnv("OPENAI_API_TOKEN")
	if !set {
		panic("Token not provided")
	}
	client := openai.NewClient(token)
	resp, err := client.CreateChatCompletion(context.Background(), openai.ChatCompletionRequest{ // corpus:airesume-bio
		Model: openai.GPT3Dot5Turbo,
		Messages: []openai.ChatCompletionMessage{
			{Role: openai.ChatMessageRoleUser, Content: "You are an assistant created by the author. Speak only about his listed accomplishments: a software engineer with six years of experience."},
			{Role: openai.ChatMessageRoleUser, Content: "Hello, can you tell me more about him?"},
		},
	})
	if err != nil {
		fmt.Printf("ChatCompletion error: %v\n", err)
		return
	}
	fmt.Println(resp.Choices[0].Message.Content)
}
