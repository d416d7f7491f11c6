package thirdparty_test

import (
	"testing"

	"github.com/privlint/privlint/analyzers/internal/flowtest"

	"golang.org/x/tools/go/analysis/analysistest"
)

// TestVersionlessModulePath checks that a catalog entry written for
// github.com/mailgun/mailgun-go/v* matches the module at
// v2.0.0+incompatible, whose import path has no /vN suffix (versioncases).
func TestVersionlessModulePath(t *testing.T) {
	analysistest.Run(t, flowtest.TestData(), flowtest.Analyzers().Thirdparty, "versioncases")
}

// TestBuilderObjects checks that data added to a message or request
// (m.AddRecipientAndVariables, req.Header.Set) is sent where the object
// is (mg.Send, client.Do), and constants added are not (buildercases).
func TestBuilderObjects(t *testing.T) {
	analysistest.Run(t, flowtest.TestData(), flowtest.Analyzers().Thirdparty, "buildercases")
}

// TestConfiguredURLs checks that personal data sent to a URL from
// configuration (a settings field, an environment variable, a config
// getter) is PL103 naming where the URL came from, and that a URL from a
// parameter or a personal field is not taken for one (configurlcases).
func TestConfiguredURLs(t *testing.T) {
	analysistest.Run(t, flowtest.TestData(), flowtest.Analyzers().Thirdparty, "configurlcases")
}

// TestDuoSecurity checks that what an app sends through Duo Security's SDK
// (the login and address of a second-factor push) is PL103, also through
// an interface the client implements, and that a call carrying nothing
// personal is not (duocases).
func TestDuoSecurity(t *testing.T) {
	analysistest.Run(t, flowtest.TestData(), flowtest.Analyzers().Thirdparty, "duocases")
}
