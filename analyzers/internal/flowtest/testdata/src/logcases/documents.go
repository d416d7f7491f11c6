package logcases

import (
	"io"
	"log"
	"net/http"
)

// uploadedDocuments logs what a visitor uploads: the contents of a file
// named for a person's document are that person's data.
func uploadedDocuments(r *http.Request) {
	cv, _, _ := r.FormFile("cv")
	text, _ := io.ReadAll(cv)
	log.Printf("cv: %s", text) // want `PL102 user\.name from r\.FormFile\("cv"\) is written to the log \(log\.Printf\)`

	scan, h, _ := r.FormFile("passport_scan")
	log.Printf("upload %s", h.Filename) // ok: the upload's header, not the document
	data, _ := io.ReadAll(scan)
	log.Printf("scan: %x", data) // want `PL102 user\.government_id\.passport_number from r\.FormFile\("passport_scan"\) is written to the log \(log\.Printf\)`

	logo, _, _ := r.FormFile("logo")
	img, _ := io.ReadAll(logo)
	log.Printf("logo: %x", img) // ok: a logo is no person's document

	log.Printf("token %s", r.FormValue("resume_token")) // ok: a resume token is no résumé
}
