// Package jsonsorter reproduces the shape of qt-ami3/claude-api-json-sorter
// example.go.
package jsonsorter

import (
	"context"
	"fmt"

	"github.com/anthropics/anthropic-sdk-go"
	"github.com/anthropics/anthropic-sdk-go/option"
)

// Demo sends a fixed message.
func Demo() {
	client := anthropic.NewClient(option.WithAPIKey(""))
	message, err := client.Messages.New(context.TODO(), anthropic.MessageNewParams{ // corpus:jsonsorter-claude
		MaxTokens: 1024,
		Messages:  []anthropic.MessageParam{anthropic.NewUserMessage(anthropic.NewTextBlock(`echo "Hello World!"`))},
		Model:     anthropic.ModelClaudeSonnet4_0,
	})
	if err != nil {
		panic(err.Error())
	}
	fmt.Printf("%+v\n", message.Content)
}
