package thirdparty_test

import (
	"testing"

	"github.com/privlint/privlint/analyzers/internal/flowtest"

	"golang.org/x/tools/go/analysis/analysistest"
)

// TestThirdparty checks the PL103 third-party cases in tpcases: every line with a `// want`
// must be reported with that message, and every other line (those marked
// `// ok: <why>` are the must-not-flag cases) must not.
func TestThirdparty(t *testing.T) {
	analysistest.Run(t, flowtest.TestData(), flowtest.Analyzers().Thirdparty, "tpcases")
}

// TestAIRecipients checks the PL103 cases for AI/LLM services in aicases:
// OpenAI, Anthropic, Google Gemini and Vertex AI, Amazon Bedrock, Cohere,
// Mistral, LangChainGo and Ollama, with local and configured hosts.
func TestAIRecipients(t *testing.T) {
	analysistest.Run(t, flowtest.TestData(), flowtest.Analyzers().Thirdparty, "aicases")
}

// TestAuthCredentials checks the PL103 cases of authcases: a credential
// sent as a request's own authentication (an auth_token or api_key
// parameter, an Authorization or API-key header, directly or through a
// helper) is not a disclosure; the same credential sent as data, or
// other data under an authentication key, is.
func TestAuthCredentials(t *testing.T) {
	analysistest.Run(t, flowtest.TestData(), flowtest.Analyzers().Thirdparty, "authcases")
}
