// Package airesumebuilder reproduces the shape of
// feijoa-master/ai-resume-builder backend/internal/service/openai_service.go:
// a user's whole profile (full name, e-mail, phone, location, links,
// history) is marshalled to JSON and written into the prompt of a hosted
// OpenAI chat completion that drafts a resume or a cover letter.
package airesumebuilder

import (
	"context"
	"encoding/json"
	"fmt"

	"github.com/sashabaranov/go-openai"
)

// Experience is one job of the profile.
type Experience struct {
	Company, Position, Description string
}

// ProfileData is everything the generator knows about the applicant.
type ProfileData struct {
	FullName    string        `json:"full_name"`
	Email       string        `json:"email"`
	Phone       string        `json:"phone,omitempty"`
	Location    string        `json:"location,omitempty"`
	LinkedInURL string        `json:"linkedin_url,omitempty"`
	Summary     string        `json:"summary,omitempty"`
	Experiences []*Experience `json:"experiences"`
}

// Document is what the model wrote back.
type Document struct {
	Content     string
	TotalTokens int
}

// Writer drafts documents with the hosted model.
type Writer struct {
	client    *openai.Client
	model     string
	maxTokens int
}

// NewWriter builds a Writer on api.openai.com.
func NewWriter(key, model string, maxTokens int) *Writer {
	return &Writer{client: openai.NewClient(key), model: model, maxTokens: maxTokens}
}

// Resume asks the model for a resume tailored to a job posting.
func (w *Writer) Resume(profile *ProfileData, posting string) (*Document, error) {
	prompt := w.resumePrompt(profile, posting)
	resp, err := w.client.CreateChatCompletion(context.Background(), openai.ChatCompletionRequest{ // corpus:airesumebuilder-resume
		Model:     w.model,
		MaxTokens: w.maxTokens,
		Messages: []openai.ChatCompletionMessage{
			{Role: openai.ChatMessageRoleSystem, Content: "Write a concise resume that passes applicant tracking systems."},
			{Role: openai.ChatMessageRoleUser, Content: prompt},
		},
	})
	if err != nil {
		return nil, fmt.Errorf("drafting the resume: %w", err)
	}
	return &Document{Content: resp.Choices[0].Message.Content, TotalTokens: resp.Usage.TotalTokens}, nil
}

// CoverLetter asks the model for a letter to a company.
func (w *Writer) CoverLetter(profile *ProfileData, posting, company string) (*Document, error) {
	prompt := w.letterPrompt(profile, posting, company)
	resp, err := w.client.CreateChatCompletion(context.Background(), openai.ChatCompletionRequest{ // corpus:airesumebuilder-cover-letter
		Model:     w.model,
		MaxTokens: 800,
		Messages: []openai.ChatCompletionMessage{
			{Role: openai.ChatMessageRoleSystem, Content: "Write a short, specific cover letter."},
			{Role: openai.ChatMessageRoleUser, Content: prompt},
		},
	})
	if err != nil {
		return nil, fmt.Errorf("drafting the cover letter: %w", err)
	}
	return &Document{Content: resp.Choices[0].Message.Content, TotalTokens: resp.Usage.TotalTokens}, nil
}

func (w *Writer) resumePrompt(profile *ProfileData, posting string) string {
	data, _ := json.MarshalIndent(profile, "", "  ")
	return fmt.Sprintf("Applicant:\n%s\n\nPosting:\n%s\n\nAnswer with JSON sections.", data, posting)
}

func (w *Writer) letterPrompt(profile *ProfileData, posting, company string) string {
	data, _ := json.MarshalIndent(profile, "", "  ")
	return fmt.Sprintf("Applicant:\n%s\n\nPosting:\n%s\n\nCompany: %s", data, posting, company)
}
