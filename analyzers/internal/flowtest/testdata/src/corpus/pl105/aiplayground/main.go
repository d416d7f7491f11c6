// Package aiplayground reproduces the shape of prajjwal-07/ai-playground
// main.go.
package aiplayground

import (
	"context"
	"log"

	"google.golang.org/genai"
)

// Demo asks a fixed question; the key comes from GEMINI_API_KEY.
func Demo() {
	ctx := context.Background()
	client, err := genai.NewClient(ctx, nil)
	if err != nil {
		log.Fatal(err)
	}
	result, err := client.Models.GenerateContent(ctx, "gemini-2.5-flash", genai.Text("What is life"), nil) // corpus:aiplayground-gemini
	if err != nil {
		log.Fatal(err)
	}
	log.Println(result.Text())
}
