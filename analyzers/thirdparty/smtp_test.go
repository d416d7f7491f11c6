package thirdparty_test

import (
	"testing"

	"github.com/privlint/privlint/analyzers/internal/flowtest"

	"golang.org/x/tools/go/analysis/analysistest"
)

// TestSMTP checks the PL103 cases of smtpcases: the recipients and the
// message of mail sent through an SMTP server (net/smtp, mailyak, go-mail,
// gomail, smtppool, jordan-wright/email) reach that server; constant
// addresses, a message only shown and the login that authenticates to the
// server do not.
func TestSMTP(t *testing.T) {
	analysistest.Run(t, flowtest.TestData(), flowtest.Analyzers().Thirdparty, "smtpcases")
}
