// Package ollamalangchaingo reproduces the shape of eliben/code-for-blog
// 2024/ollama-go-clients/ollama-langchaingo.go.
package ollamalangchaingo

import (
	"context"
	"fmt"
	"log"

	"github.com/tmc/langchaingo/llms"
	"github.com/tmc/langchaingo/llms/ollama"
)

// Demo asks a local model a fixed question.
func Demo() {
	model := "gemma"
	prompt := "how many planets are there?"
	llm, err := ollama.New(ollama.WithModel(model))
	if err != nil {
		log.Fatal(err)
	}
	completion, err := llms.GenerateFromSinglePrompt(context.Background(), llm, prompt) // corpus:eliben-ollama-langchaingo
	if err != nil {
		log.Fatal(err)
	}
	fmt.Println("Response:\n", completion)
}
