// Package golearning reproduces the shape of JirikJan/go-learning
// AI/main.go.
package golearning

import (
	"context"
	"fmt"
	"log"

	"github.com/tmc/langchaingo/llms"
	"github.com/tmc/langchaingo/llms/openai"
)

// Demo asks a fixed question.
func Demo() {
	ctx := context.Background()
	llm, err := openai.New()
	if err != nil {
		log.Fatal(err)
	}
	completion, err := llm.GenerateContent(ctx, []llms.MessageContent{ // corpus:golearning-langchaingo
		llms.TextParts(llms.ChatMessageTypeHuman, "What is the capital of France?"),
	})
	if err != nil {
		log.Fatal(err)
	}
	fmt.Println(completion)
}
