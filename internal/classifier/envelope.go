package classifier

import "strings"

// envelopeWords are the last words of a type's name that make it an API
// message: a request or a response.
var envelopeWords = []string{"request", "response"}

// Envelope reports whether a type's name names an API message
// (passwordResponse, FaxResponse, create_user_request): its last word is
// request or response, after a lower-case letter or a separator. A field
// holding one is an envelope of settings or results, not the value its
// name names (authMethodsResponse.Password of type passwordResponse says
// whether password sign-in is on).
func Envelope(name string) bool {
	for _, e := range envelopeWords {
		if len(name) <= len(e) || !strings.EqualFold(name[len(name)-len(e):], e) {
			continue
		}
		prev := name[len(name)-len(e)-1]
		first := name[len(name)-len(e)]
		if prev == '_' || prev == '-' || prev == '.' || (prev >= 'a' && prev <= 'z' && first >= 'A' && first <= 'Z') {
			return true
		}
	}
	return false
}
