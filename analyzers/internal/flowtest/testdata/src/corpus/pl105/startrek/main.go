// Package startrek reproduces the shape of ollama-tlms-golang/09-reasoning
// 02-star-trek/main.go: an Ollama host from OLLAMA_HOST, a fictional case.
package startrek

import (
	"context"
	"log"
	"net/http"
	"net/url"
	"os"

	"github.com/ollama/ollama/api"
)

// Main asks a model for a diagnosis of a fictional patient.
func Main() {
	ctx := context.Background()
	ollamaUrl := os.Getenv("OLLAMA_HOST")
	if ollamaUrl == "" {
		ollamaUrl = "http://0.0.0.0:11434"
	}
	u, _ := url.Parse(ollamaUrl)
	client := api.NewClient(u, http.DefaultClient)
	systemInstructions, err := os.ReadFile("system-instructions.md")
	if err != nil {
		log.Fatal(err)
	}
	userContent := `The symptoms of the patient are: progressive skin crystallization, antennae necrosis. Make a diagnosis.`
	messages := []api.Message{
		{Role: "system", Content: string(systemInstructions)},
		{Role: "user", Content: userContent},
	}
	err = client.Chat(ctx, &api.ChatRequest{Model: "deepseek-r1:1.5b", Messages: messages}, func(resp api.ChatResponse) error { // corpus:startrek-ollama
		log.Print(resp.Message.Content)
		return nil
	})
	if err != nil {
		log.Fatal(err)
	}
}
