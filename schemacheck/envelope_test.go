package schemacheck

import (
	"os"
	"path/filepath"
	"slices"
	"testing"

	"github.com/privlint/privlint/internal/classifier"
)

// reportedSymbols checks the OpenAPI document doc, which must load
// without errors, and returns the symbols of its findings in order.
func reportedSymbols(t *testing.T, doc string) []string {
	t.Helper()
	p := filepath.Join(t.TempDir(), "api.json")
	if err := os.WriteFile(p, []byte(doc), 0o644); err != nil {
		t.Fatal(err)
	}
	fs, errs := Check([]string{p}, Options{})
	if len(errs) > 0 {
		t.Fatalf("errors: %v", errs)
	}
	var got []string
	for _, f := range fs {
		got = append(got, f.Symbol)
	}
	return got
}

// TestEnvelopeProperty: a property whose value is a request or response
// object is an envelope, not the value its name names; an object named
// for a value (a Phone) still is that value by its property's name.
func TestEnvelopeProperty(t *testing.T) {
	const doc = `{"openapi": "3.0.3", "info": {"title": "t", "version": "1"}, "paths": {},
 "components": {"schemas": {
  "LetterGetResponse": {"type": "object", "properties": {
    "letter_fax": {"$ref": "#/components/schemas/FaxDocumentResponse"}}},
  "Applicant": {"type": "object", "properties": {
    "mobilePhone": {"$ref": "#/components/schemas/Phone"}}},
  "FaxDocumentResponse": {"type": "object", "properties": {"title": {"type": "string"}, "pages": {"type": "integer"}}},
  "Phone": {"type": "object", "properties": {"kind": {"type": "string"}, "note": {"type": "string"}}}}}}`
	got := reportedSymbols(t, doc)
	if want := []string{"/components/schemas/Applicant/properties/mobilePhone"}; !slices.Equal(got, want) {
		t.Errorf("reported %v, want %v", got, want)
	}
	for name, want := range map[string]bool{
		"FaxResponse": true, "create_user_request": true, "Fax-Request": true, "api.v1.GetResponse": true,
		"Phone": false, "Request": false, "Correspondence": false, "FreeResponse": true, "Lodgerequest": false,
	} {
		if got := classifier.Envelope(name); got != want {
			t.Errorf("envelope(%q) = %v, want %v", name, got, want)
		}
	}
}
