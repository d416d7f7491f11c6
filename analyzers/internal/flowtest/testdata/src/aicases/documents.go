package aicases

import (
	"context"
	"io"
	"net/http"
	"os"

	"google.golang.org/genai"
)

// uploads are files a visitor posts: one named for a person's document
// (a CV, a passport scan) holds that person's data; a logo, a thumbnail
// or a template does not.
func uploads(w http.ResponseWriter, r *http.Request) {
	ctx := r.Context()
	client, _ := genai.NewClient(ctx, &genai.ClientConfig{Backend: genai.BackendGeminiAPI})

	cv, _, _ := r.FormFile("cv")
	data, _ := io.ReadAll(cv)
	client.Models.GenerateContent(ctx, "gemini-2.5-flash", []*genai.Content{genai.NewContentFromParts([]*genai.Part{genai.NewPartFromBytes(data, "application/pdf")}, "")}, nil) // want `PL103 user\.name from r\.FormFile\("cv"\) is sent to Google Gemini \(client\.Models\.GenerateContent\), a recipient privlint\.yaml does not declare`

	logo, _, _ := r.FormFile("logo")
	img, _ := io.ReadAll(logo)
	client.Models.GenerateContent(ctx, "gemini-2.5-flash", []*genai.Content{genai.NewContentFromParts([]*genai.Part{genai.NewPartFromBytes(img, "image/png")}, "")}, nil) // ok: a logo is no person's document

	thumb, _, _ := r.FormFile("avatar_thumbnail")
	small, _ := io.ReadAll(thumb)
	client.Models.GenerateContent(ctx, "gemini-2.5-flash", []*genai.Content{genai.NewContentFromParts([]*genai.Part{genai.NewPartFromBytes(small, "image/png")}, "")}, nil) // ok: a thumbnail is judged by its name, not a document's

	tmpl, _, _ := r.FormFile("invoice_template")
	layout, _ := io.ReadAll(tmpl)
	client.Models.GenerateContent(ctx, "gemini-2.5-flash", []*genai.Content{genai.NewContentFromParts([]*genai.Part{genai.NewPartFromBytes(layout, "application/pdf")}, "")}, nil) // ok: a template is no person's document

	client.Models.GenerateContent(ctx, "gemini-2.5-flash", genai.Text("continue from "+r.FormValue("resume_token")), nil) // ok: a resume token is no résumé
}

// savedResume reads back an upload kept on disk by a path named for the
// document.
func savedResume(ctx context.Context) {
	client, _ := genai.NewClient(ctx, &genai.ClientConfig{Backend: genai.BackendGeminiAPI})
	pdf, _ := os.ReadFile("uploads/resume.pdf")
	client.Models.GenerateContent(ctx, "gemini-2.5-flash", []*genai.Content{genai.NewContentFromParts([]*genai.Part{genai.NewPartFromBytes(pdf, "application/pdf")}, "")}, nil) // want `PL103 user\.name from os\.ReadFile\("uploads/resume\.pdf"\) is sent to Google Gemini`
	tmpl, _ := os.ReadFile("templates/site.html")
	client.Models.GenerateContent(ctx, "gemini-2.5-flash", []*genai.Content{genai.NewContentFromParts([]*genai.Part{genai.NewPartFromBytes(tmpl, "text/html")}, "")}, nil) // ok: a site template
}
