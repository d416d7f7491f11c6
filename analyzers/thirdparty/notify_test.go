package thirdparty_test

import (
	"testing"

	"github.com/privlint/privlint/analyzers/internal/flowtest"

	"golang.org/x/tools/go/analysis/analysistest"
)

// TestGoPkgzNotify checks go-pkgz/notify's notifiers: what an app sends
// through Telegram, Slack or an SMTP server, also through a notifier it
// embeds, is PL103, and a text with nothing personal is not (notifycases).
func TestGoPkgzNotify(t *testing.T) {
	analysistest.Run(t, flowtest.TestData(), flowtest.Analyzers().Thirdparty, "notifycases")
}
