package main_test

import (
	"strings"
	"testing"
)

// configuredAddresses logs, under the key "ip", a value read out of a
// configuration struct (the CIDRs of trusted proxies, whose field the
// classifier does not take for personal data) and, under "client_ip", a
// request header: only the header is a client's address.
var configuredAddresses = map[string]string{
	"go.mod": "module kvt\n\ngo 1.22\n",
	"main.go": `package main

import (
	"log/slog"
	"net/http"
)

type proxySettings struct {
	TrustedProxies []string
	Host           string
}

func loadProxySettings() *proxySettings { return &proxySettings{} }

func header(r *http.Request, names ...string) string {
	for _, n := range names {
		if v := r.Header.Get(n); v != "" {
			return v
		}
	}
	return ""
}

func handle(w http.ResponseWriter, r *http.Request) {
	cfg := loadProxySettings()
	for _, ip := range cfg.TrustedProxies {
		slog.Error("bad trusted proxy", "ip", ip)
	}
	slog.Info("x", "ip", cfg.Host)
	slog.Info("x", "ip", cfg.TrustedProxies[0])
	slog.Info("x", "client_ip", header(r, "x-real-ip"))
}

func main() { http.HandleFunc("/", handle) }
`,
}

// TestLogKeyOfAField: a value read out of a struct field is judged by the
// field's name, not by the key it is logged under; a value of no known
// source is named by its key.
func TestLogKeyOfAField(t *testing.T) {
	dir := t.TempDir()
	writeFiles(t, dir, configuredAddresses)
	res := runIn(t, dir, nil, privlint, "check", "./...")
	got := writtenHeads(res.stdout, "PL102")
	want := []string{`main.go:31:2: PL102 user.device.ip_address from log key "client_ip"`}
	if strings.Join(got, "\n") != strings.Join(want, "\n") {
		t.Errorf("PL102 findings\n%s\nwant\n%s\nstderr:\n%s", strings.Join(got, "\n"), strings.Join(want, "\n"), res.stderr)
	}
}
