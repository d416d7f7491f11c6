package classify

import (
	"go/ast"
	"strings"
	"unicode"
)

// maxDocText bounds the bytes of a comment handed to the classifier; the
// description reader looks at the first sentence only.
const maxDocText = 512

// docLinks are the words that join a field's name to what it holds at the
// start of a Go doc comment ("Email is the …", "Owner holds the …").
var docLinks = map[string]bool{
	"is": true, "are": true, "holds": true, "contains": true, "stores": true, "keeps": true,
	"records": true, "has": true, "was": true, "gives": true, "names": true, "lists": true,
	"-": true, "–": true, "—": true,
}

// docText returns a field's doc comment, or its line comment when it has
// none, as the description the classifier weighs (SPEC §1.1: text about a
// field is evidence, as a schema's description is). Directives
// (//privlint:…, //go:…) are left out by ast.CommentGroup.Text; only the
// first paragraph counts; a leading "Name is" or "Name:" that names the
// field itself is dropped, so that the subject is what the comment says
// the field holds ("Owner is the customer's email address" → "the
// customer's email address").
func docText(fld *ast.Field, name string) string {
	cg := fld.Doc
	if cg == nil || strings.TrimSpace(cg.Text()) == "" {
		cg = fld.Comment
	}
	if cg == nil {
		return ""
	}
	text := cg.Text()
	if len(text) > maxDocText {
		text = text[:maxDocText]
	}
	if para, _, ok := strings.Cut(text, "\n\n"); ok {
		text = para
	}
	words := strings.Fields(text)
	if len(words) == 0 || isExpectation(words) {
		return ""
	}
	if isCodeNote(words) {
		return ""
	}
	if name != "" && len(words) > 1 {
		first, next := words[0], words[1]
		switch {
		case strings.HasSuffix(first, ":") && strings.EqualFold(strings.TrimSuffix(first, ":"), name):
			words = words[1:] // "Name: the …"
		case !strings.EqualFold(first, name):
		case docLinks[strings.ToLower(next)]:
			words = words[2:] // "Name is the …"
		case isVerb(next):
			words = words[1:] // "Name indicates whether …"
		}
	}
	return strings.Join(words, " ")
}

// isVerb reports whether w looks like a verb in the third person
// (indicates, tells, specifies): lower case, ending in a single s.
func isVerb(w string) bool {
	return len(w) > 3 && w == strings.ToLower(w) && strings.HasSuffix(w, "s") && !strings.HasSuffix(w, "ss")
}

// isExpectation reports whether a comment is a go/analysis test
// expectation (// want "regexp", // want Name:"fact"): it speaks of the
// analyzer's output, not of the field.
func isExpectation(words []string) bool {
	return words[0] == "want" && len(words) > 1 && strings.ContainsAny(words[1], "\"`")
}

// isCodeNote reports whether a comment's opening words are code, not
// prose: a selector (User.Email, r.FormValue), a quoted string or an
// operator among its first words ("path + "." + Type.Field", "Transfer
// is "country (mechanism)""). Such a comment gives examples of values or
// says how a value is built; it does not describe what the field holds.
func isCodeNote(words []string) bool {
	for i, w := range words {
		if i == 8 {
			break
		}
		if strings.ContainsAny(w, "\"`=+;{}[]") {
			return true
		}
		if a, b, ok := strings.Cut(strings.TrimRight(w, ",.:)"), "."); ok && isIdent(a) && len(b) > 1 && isIdent(b) {
			return true
		}
	}
	return false
}

// isIdent reports whether s is a Go identifier of at least one letter.
func isIdent(s string) bool {
	if s == "" {
		return false
	}
	for i, r := range s {
		if !(r == '_' || unicode.IsLetter(r) || (i > 0 && unicode.IsDigit(r))) {
			return false
		}
	}
	return true
}
