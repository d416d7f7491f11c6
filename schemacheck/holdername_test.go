package schemacheck

import "testing"

// TestHolderName: the last literal segment of a path template names the
// object of an operation's parameters.
func TestHolderName(t *testing.T) {
	for tm, want := range map[string]string{
		"": "", "/": "", "//": "", "{id}": "", "/{a}/{b}": "",
		"users": "users", "/users": "users", "/users/": "users", "/users/{id}": "users", "/users/{id}/": "users",
		"/a/{b}/c/{d}": "c", "a//b": "b", "x/{y}/": "x", "/v1/users/{id}/emails": "emails",
	} {
		if got := holderName(tm); got != want {
			t.Errorf("holderName(%q) = %q, want %q", tm, got, want)
		}
	}
}
