package storage_test

import (
	"testing"

	"github.com/privlint/privlint/analyzers/internal/flowtest"

	"golang.org/x/tools/go/analysis/analysistest"
)

// TestCredentialsStored checks that a TOTP secret, recovery codes and
// OAuth access and refresh tokens held for a user are credentials whose
// plaintext storage is PL101, and that the application's own OAuth client
// secret and an encrypted token are not (credcases).
func TestCredentialsStored(t *testing.T) {
	analysistest.Run(t, flowtest.TestData(), flowtest.Analyzers().Storage, "credcases")
}
