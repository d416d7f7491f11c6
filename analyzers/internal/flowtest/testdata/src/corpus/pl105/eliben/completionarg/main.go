// Package completionarg reproduces the shape of eliben/code-for-blog
// 2023/ollama-go-langchain/ollama-completion-arg.go: the query is a
// command-line argument.
package completionarg

import (
	"context"
	"flag"
	"fmt"
	"log"

	"github.com/tmc/langchaingo/llms"
	"github.com/tmc/langchaingo/llms/ollama"
)

// Main runs the query given on the command line.
func Main() {
	modelName := flag.String("model", "", "ollama model name")
	flag.Parse()
	llm, err := ollama.New(ollama.WithModel(*modelName))
	if err != nil {
		log.Fatal(err)
	}
	query := flag.Args()[0]
	completion, err := llms.GenerateFromSinglePrompt(context.Background(), llm, query) // corpus:eliben-completion-arg
	if err != nil {
		log.Fatal(err)
	}
	fmt.Println("Response:\n", completion)
}
