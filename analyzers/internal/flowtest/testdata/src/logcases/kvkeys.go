package logcases

import (
	"log/slog"
	"net/http"

	"github.com/rs/zerolog/log"
	"github.com/sirupsen/logrus"
	"go.uber.org/zap"

	"model"
)

// The key/value logging APIs name a value by the constant key passed
// beside it, as a map key does.

func kvSlog(r *http.Request) {
	to := header(r, "x-to")
	slog.Info("mail sent", "email", to) // want `PL102 user\.contact\.email from log key "email" is written to the log \(slog\.Info\)`
}

func kvSlogAttr(r *http.Request, l *slog.Logger) {
	phone := header(r, "x-phone")
	l.Info("sms", slog.String("phone_number", phone)) // want `PL102 user\.contact\.phone_number from log key "phone_number" is written to the log \(l\.Info\)`
}

func kvSlogWith(r *http.Request, l *slog.Logger) {
	addr := header(r, "x-forwarded-for")
	l.With("client_ip", addr).Info("request") // want `PL102 user\.device\.ip_address from log key "client_ip" is written to the log \(l\.With\)`
}

func kvZap(r *http.Request, l *zap.Logger) {
	to := header(r, "x-to")
	l.Info("mail", zap.String("email", to)) // want `PL102 user\.contact\.email from log key "email" is written to the log \(l\.Info\)`
	s := l.Sugar()
	s.Infow("mail", "phone", to) // want `PL102 user\.contact\.phone_number from log key "phone" is written to the log \(s\.Infow\)`
}

func kvLogrus(r *http.Request) {
	to := header(r, "x-to")
	logrus.WithField("email", to).Info("mail") // want `PL102 user\.contact\.email from log key "email" is written to the log \(logrus\.WithField\("email", to\)\.Info\)`
}

func kvZerolog(r *http.Request) {
	to := header(r, "x-to")
	log.Info().Str("email", to).Msg("mail") // want `PL102 user\.contact\.email from log key "email" is written to the log`
}

// kvParam logs its parameter under a personal key: the log call is
// where the value goes, whatever its callers pass.
func kvParam(v string) {
	slog.Info("signup", "email", v) // want `PL102 user\.contact\.email from log key "email" is written to the log \(slog\.Info\)`
}

// kvNamedValue logs values under a personal key whose variables' own
// names say whose they are: a service account's or a support desk's
// address is the program's (the qualifier vetoes the category the key
// names); a user's, or a new one, is the key's.
func kvNamedValue(lookup func() string, l *zap.Logger) {
	serviceAccountEmail := lookup()
	slog.Info("discovered", "email", serviceAccountEmail) // ok: the service account's address
	supportEmail := lookup()
	l.Info("x", zap.String("email", supportEmail)) // ok: the support desk's address
	userEmail := lookup()
	slog.Info("signed in", "email", userEmail) // want `PL102 user\.contact\.email from log key "email" is written to the log \(slog\.Info\)`
	newEmail := lookup()
	slog.Info("changed", "email", newEmail) // want `PL102 user\.contact\.email from log key "email" is written to the log \(slog\.Info\)`
}

// emailField hands its field back: its callers' sources name what it holds.
func emailField(v string) zap.Field {
	return zap.String("email", v)
}

func kvLookAlikes(r *http.Request, l *zap.Logger, s string, n int, ok bool, u *model.User) {
	slog.Info("x", "email_template", s)             // ok: a template, not an address
	slog.Info("x", "count", s)                      // ok: not personal
	slog.Info("x", "user_id", s)                    // ok: an identifier of anything
	slog.Info("x", "name", s)                       // ok: too general to name a person's data
	slog.Info("x", "email", n)                      // ok: a number is no address
	slog.Info("x", "phone", ok)                     // ok: a boolean is no number
	slog.Info("x", "email", "ops@x.test")           // ok: a constant is the program's
	slog.Info("x", "msg", s, "email_hash", s)       // ok: the key says the value is protected
	l.Info("x", zap.Int("phone", n))                // ok: a number
	l.Info("x", zap.String("email_count", s))       // ok: a count
	logrus.WithField("name", s).Info("x")           // ok: too general
	log.Info().Str("user_id", s).Msg("x")           // ok: an identifier
	slog.Info("x", "email", u.Name)                 // want `PL102 user\.name from User\.Name is written to the log \(slog\.Info\)`
	l.Info("x", emailField(s))                      // ok: the field's maker hands it back; s has no source here
	slog.Info("x", "email", header(r, "x"), "n", n) // want `PL102 user\.contact\.email from log key "email" is written to the log \(slog\.Info\)`
}

// proxySettings is configuration: its list holds the CIDRs of trusted
// proxies, which the classifier does not take for personal data.
type proxySettings struct {
	TrustedProxies []string
	Host           string
}

// loadProxySettings reads the configuration.
func loadProxySettings() *proxySettings { return &proxySettings{} }

// kvFromFields: a value read out of a struct field is judged by the
// field's name, not by the key it is logged under.
func kvFromFields() {
	cfg := loadProxySettings()
	for _, ip := range cfg.TrustedProxies {
		logrus.WithField("ip", ip).Error("bad trusted proxy") // ok: a configured CIDR, not a client's address
	}
	slog.Info("x", "ip", cfg.Host)              // ok: a configured host
	slog.Info("x", "ip", cfg.TrustedProxies[0]) // ok: an element of a configured list
}
