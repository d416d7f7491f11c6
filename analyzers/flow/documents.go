package flow

import (
	"go/types"
	"path"
	"strings"
	"unicode"
)

// personDocuments maps the name of a document a person hands over about
// themselves to the category its contents are reported as. A résumé or
// CV carries its owner's name, contact details and work history; the
// others carry the identifier or record they are named for. Only whole
// names count: a "resume_token" or an "invoice_template" is no person's
// document.
var personDocuments = map[string]string{
	"resume":            "user.name",
	"cv":                "user.name",
	"curriculum_vitae":  "user.name",
	"lebenslauf":        "user.name",
	"passport":          "user.government_id.passport_number",
	"id_card":           "user.government_id.national_identification_number",
	"identity_card":     "user.government_id.national_identification_number",
	"national_id":       "user.government_id.national_identification_number",
	"driving_licence":   "user.government_id.drivers_license_number",
	"driving_license":   "user.government_id.drivers_license_number",
	"drivers_license":   "user.government_id.drivers_license_number",
	"drivers_licence":   "user.government_id.drivers_license_number",
	"birth_certificate": "user.government_id.birth_certificate",
	"payslip":           "user.financial.income",
	"pay_slip":          "user.financial.income",
	"paystub":           "user.financial.income",
	"pay_stub":          "user.financial.income",
	"bank_statement":    "user.financial.bank_account",
	"medical_record":    "user.health_and_medical",
	"medical_records":   "user.health_and_medical",
	"medical_report":    "user.health_and_medical",
}

// documentWrappers are words around a document's name that say only how
// it arrives ("resume_file", "uploaded_cv", "passport_scan").
var documentWrappers = map[string]bool{
	"file": true, "pdf": true, "doc": true, "docx": true, "upload": true, "uploaded": true,
	"scan": true, "document": true, "attachment": true, "my": true, "user": true,
	"applicant": true, "candidate": true,
}

// personDocument returns the category of a file input's key or path that
// names a person's document: r.FormFile("resume"), c.FormFile("cv"),
// os.ReadFile("uploads/resume.pdf").
func personDocument(key string) (string, bool) {
	key = strings.Trim(key, "\"`")
	if key == "" || len(key) > 128 {
		return "", false
	}
	base := path.Base(strings.ReplaceAll(key, "\\", "/"))
	if i := strings.IndexByte(base, '.'); i > 0 {
		base = base[:i]
	}
	words := splitWords(base)
	for len(words) > 1 && documentWrappers[words[0]] {
		words = words[1:]
	}
	for len(words) > 1 && documentWrappers[words[len(words)-1]] {
		words = words[:len(words)-1]
	}
	cat, ok := personDocuments[strings.Join(words, "_")]
	return cat, ok
}

// splitWords lowercases a name and splits it at separators and case
// changes: "resumeFile" and "resume-file" give [resume file].
func splitWords(s string) []string {
	var words []string
	var cur []rune
	flush := func() {
		if len(cur) > 0 {
			words = append(words, string(cur))
			cur = cur[:0]
		}
	}
	rs := []rune(s)
	for i, r := range rs {
		switch {
		case r == '_' || r == '-' || r == ' ':
			flush()
		case unicode.IsUpper(r):
			if i > 0 && unicode.IsLower(rs[i-1]) {
				flush()
			}
			cur = append(cur, unicode.ToLower(r))
		default:
			cur = append(cur, r)
		}
	}
	flush()
	return words
}

// fileInput reports whether a source call's result is a file or a file's
// contents (multipart.File, *multipart.FileHeader, *os.File, []byte)
// rather than a form's text: such an input is judged by the document it
// names, not by the personal-data field its key would name as text.
func fileInput(t types.Type) bool {
	if tup, ok := t.(*types.Tuple); ok {
		if tup.Len() == 0 {
			return false
		}
		t = tup.At(0).Type()
	}
	if s, ok := t.Underlying().(*types.Slice); ok {
		if b, ok := s.Elem().Underlying().(*types.Basic); ok && b.Kind() == types.Byte {
			return true
		}
	}
	if p, ok := t.(*types.Pointer); ok {
		t = p.Elem()
	}
	n, ok := t.(*types.Named)
	if !ok || n.Obj().Pkg() == nil {
		return false
	}
	switch n.Obj().Pkg().Path() + "." + n.Obj().Name() {
	case "mime/multipart.File", "mime/multipart.FileHeader", "os.File":
		return true
	}
	return false
}
