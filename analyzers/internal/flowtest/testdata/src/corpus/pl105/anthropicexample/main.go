// Package anthropicexample reproduces the shape of
// anthropics/anthropic-sdk-go examples/message/main.go.
package anthropicexample

import (
	"context"

	"github.com/anthropics/anthropic-sdk-go"
)

// Demo asks Claude for code.
func Demo() {
	client := anthropic.NewClient()
	content := "Write me a function to call the Anthropic message API in Node.js."
	println("[user]: " + content)
	message, err := client.Messages.New(context.TODO(), anthropic.MessageNewParams{ // corpus:anthropic-example
		MaxTokens: 1024,
		Messages:  []anthropic.MessageParam{anthropic.NewUserMessage(anthropic.NewTextBlock(content))},
		Model:     anthropic.ModelClaudeSonnet4_20250514,
	})
	if err != nil {
		panic(err)
	}
	println("[assistant]: " + message.Content[0].Text)
}
