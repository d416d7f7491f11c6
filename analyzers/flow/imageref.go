package flow

import (
	"go/types"

	"github.com/privlint/privlint/rules"
)

// A category whose datum is itself a file — a photo, a scan, a biometric
// enrolment (the taxonomy's lexicon file_data) — is held as bytes, a
// reader or an image. A string or a URL of such a category (an avatar's
// storage key, a photo's URL, a portrait's path) holds where the file
// lies, not the file: the classifier files it under the file's category,
// since a name such as PhotoPath or AvatarURL says whose image it points
// to, but writing it to a log shows a name or an address, never the
// image. Such a source is marked Ref; PL102 does not count it, the other
// rules do (a link handed to a third party hands it the image, and an
// image's key kept in storage is judged as the storage's).

// reference reports whether a value of type t read as category cat names
// where a file-data datum lies rather than holding it: a string (or a
// named string type, or a pointer to one) or a net/url.URL of a file-data
// category.
func (a *analysis_) reference(cat string, t types.Type) bool {
	if !a.fileDataCategory(cat) {
		return false
	}
	for i := 0; i < 2; i++ {
		p, ok := types.Unalias(t).Underlying().(*types.Pointer)
		if !ok {
			break
		}
		t = p.Elem()
	}
	if n, ok := types.Unalias(t).(*types.Named); ok && n.Obj().Pkg() != nil &&
		n.Obj().Pkg().Path() == "net/url" && n.Obj().Name() == "URL" {
		return true
	}
	b, ok := types.Unalias(t).Underlying().(*types.Basic)
	return ok && b.Info()&types.IsString != 0
}

// fileDataCategory reports whether cat is, or descends from, a category
// of the taxonomy's lexicon file_data.
func (a *analysis_) fileDataCategory(cat string) bool {
	if a.fileData == nil {
		a.fileData = []string{}
		if tax := a.env.Policy.Taxonomy; tax != nil {
			a.fileData = append(a.fileData, tax.Lexicon().FileData...)
		}
	}
	for _, k := range a.fileData {
		if rules.Covers(k, cat) {
			return true
		}
	}
	return false
}
