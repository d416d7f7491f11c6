// Package diverge reproduces the shape of blakehulett7/diverge (main.go,
// create_site.go, parse_r.go, generate_author_yaml.go, ask_gemini.go): a
// visitor uploads their resume as a PDF, the server keeps it, and the
// site generator sends the PDF's bytes with a mapping instruction to
// Gemini to fill the personal site's author page (name, e-mail, phone,
// links, summary).
package diverge

import (
	"context"
	"fmt"
	"io"
	"log"
	"net/http"
	"os"

	"google.golang.org/genai"
)

// Upload keeps the resume a visitor posts in the form field "resume".
func Upload(w http.ResponseWriter, r *http.Request) {
	file, _, err := r.FormFile("resume")
	if err != nil {
		http.Error(w, "no resume", http.StatusBadRequest)
		return
	}
	defer file.Close()
	out, err := os.Create("uploads/resume.pdf")
	if err != nil {
		http.Error(w, "cannot keep the upload", http.StatusInternalServerError)
		return
	}
	defer out.Close()
	if _, err := io.Copy(out, file); err != nil {
		log.Print(err)
	}
	http.Redirect(w, r, "/done.html", http.StatusSeeOther)
}

// CreateSite builds a personal site from the uploaded resume.
func CreateSite() error {
	pdf, err := os.ReadFile("uploads/resume.pdf")
	if err != nil {
		return fmt.Errorf("reading the upload: %w", err)
	}
	authorPage(pdf) // corpus-via:diverge-resume-pdf
	return nil
}

func authorPage(pdf []byte) {
	answer := askGemini(pdf, genai.NewPartFromText("Map the attached resume to this YAML: name, nickname, contactInfo (email, phone, github, linkedin), summary."))
	if err := os.WriteFile("author.yaml", []byte(answer), 0o644); err != nil {
		log.Print(err)
	}
}

func askGemini(pdf []byte, instruction *genai.Part) string {
	ctx := context.Background()
	client, err := genai.NewClient(ctx, nil)
	if err != nil {
		log.Fatal(err)
	}
	prompt := genai.NewContentFromParts([]*genai.Part{genai.NewPartFromBytes(pdf, "application/pdf"), instruction}, "")
	resp, err := client.Models.GenerateContent(ctx, "gemini-2.0-flash", []*genai.Content{prompt}, nil) // corpus:diverge-resume-pdf
	if err != nil {
		log.Fatal(err)
	}
	return resp.Text()
}
