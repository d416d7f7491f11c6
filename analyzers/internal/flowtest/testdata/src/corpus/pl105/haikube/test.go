// Package haikube reproduces the shape of jakefurlong/haikube
// gist-stuff/test.go.
package haikube

import (
	"context"

	"github.com/openai/openai-go"
)

// Demo asks for a haiku.
func Demo() {
	client := openai.NewClient()
	chatCompletion, err := client.Chat.Completions.New(context.TODO(), openai.ChatCompletionNewParams{ // corpus:haikube-openai
		Messages: []openai.ChatCompletionMessageParamUnion{openai.UserMessage("Write a humorous devops haiku.")},
		Model:    openai.ChatModelGPT4o,
	})
	if err != nil {
		panic(err.Error())
	}
	println(chatCompletion.Choices[0].Message.Content)
}
