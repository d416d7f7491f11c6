// Package oasisdb reproduces the shape of lizzy-0323/oasisdb gemini.go.
package oasisdb

import (
	"context"
	"fmt"
	"log"
	"os"

	"google.golang.org/genai"
)

// Demo asks Gemini a fixed question.
func Demo() {
	ctx := context.Background()
	client, err := genai.NewClient(ctx, &genai.ClientConfig{APIKey: os.Getenv("GEMINI_API_KEY"), Backend: genai.BackendGeminiAPI})
	if err != nil {
		log.Fatal(err)
	}
	result, err := client.Models.GenerateContent(ctx, "gemini-2.0-flash", genai.Text("Explain how AI works in a few words"), nil) // corpus:oasisdb-gemini
	if err != nil {
		log.Fatal(err)
	}
	fmt.Println(result.Text())
}
