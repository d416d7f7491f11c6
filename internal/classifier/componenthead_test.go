package classifier

import "testing"

// TestComponentHead covers a field that holds a component of the program
// named for the data it works on (apiKeyService, EmailRepo, TokenHandler):
// the head names the component (lexicon non_data_heads), not the datum.
// The datum itself beside it is still found.
func TestComponentHead(t *testing.T) {
	c := testClassifier(t)
	cases := []evidenceCase{
		// Not: a service, a repository, a controller, a handler.
		{"service of API keys", "AdminAPIKeyController", Member{Name: "apiKeyService"}, []Member{{Name: "siteInfoService"}}, ""},
		{"e-mail repository", "UserHandler", Member{Name: "EmailRepo"}, []Member{{Name: "Logger"}}, ""},
		{"password controller", "Router", Member{Name: "PasswordController"}, nil, ""},
		{"token handlers", "Server", Member{Name: "AccessTokenHandlers"}, nil, ""},
		// Still: the data itself.
		{"an account's API key", "Account", Member{Name: "APIKey"}, []Member{{Name: "apiKeyService"}}, "user.authorization.credentials"},
		{"a customer's e-mail", "Customer", Member{Name: "Email"}, []Member{{Name: "EmailService"}}, "user.contact.email"},
	}
	checkEvidenceCases(t, c, cases)
}
