// Package timliu reproduces the shape of TimLiuDream/go-test
// chatGPTDemo/main.go.
package timliu

import (
	"context"
	"fmt"

	openai "github.com/sashabaranov/go-openai"
)

// Demo greets ChatGPT.
func Demo() {
	client := openai.NewClient("sgit")
	resp, err := client.CreateChatCompletion(context.Background(), openai.ChatCompletionRequest{ // corpus:timliu-chatgpt
		Model:    openai.GPT3Dot5Turbo,
		Messages: []openai.ChatCompletionMessage{{Role: openai.ChatMessageRoleUser, Content: "Hello! Gopher!"}},
	})
	if err != nil {
		fmt.Printf("ChatCompletion error: %v\n", err)
		return
	}
	fmt.Println(resp.Choices[0].Message.Content)
}
