// Package podcastsummary reproduces the shape of ky7i/podcast-summary
// src/callGeminiAPI.go.
package podcastsummary

import (
	"context"
	"log"
	"os"

	"google.golang.org/genai"
)

// CallGeminiAPI greets Gemini.
func CallGeminiAPI() {
	ctx := context.Background()
	client, err := genai.NewClient(ctx, &genai.ClientConfig{APIKey: os.Getenv("GEMINI_API_KEY"), Backend: genai.BackendGeminiAPI})
	if err != nil {
		log.Fatal(err)
	}
	_, err = client.Models.GenerateContent(ctx, "gemini-2.0-flash", genai.Text("good morning"), nil) // corpus:podcastsummary-gemini
	if err != nil {
		log.Fatal(err)
	}
}
