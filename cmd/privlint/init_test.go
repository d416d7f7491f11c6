package main_test

import (
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/privlint/privlint/rules/policy"
)

// TestInit runs privlint init on the example without its policy: the file
// it writes must load, privlint check with it must report PL001 exactly
// for the declarations that name no purpose, a second init must refuse to
// overwrite (exit 2), and --force must overwrite.
func TestInit(t *testing.T) {
	dir := copyExample(t)
	path := filepath.Join(dir, "privlint.yaml")
	if err := os.Remove(path); err != nil {
		t.Fatal(err)
	}
	r := runIn(t, dir, nil, privlint, "init")
	if r.code != 0 {
		t.Fatalf("init: exit %d\n%s", r.code, r.stderr)
	}
	// The starter leaves the legal bases to a person: it does not load
	// until every TODO is replaced.
	if _, err := policy.Load(path); err == nil || !strings.Contains(err.Error(), "legal_basis: TODO: choose") {
		t.Fatalf("the generated policy loads with its TODOs, or says so unclearly: %v", err)
	}
	generated, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	chosen := strings.ReplaceAll(string(generated), "legal_basis: TODO", "legal_basis: contract")
	chosen = strings.ReplaceAll(chosen, "special_category_basis: TODO", "special_category_basis: explicit_consent")
	if err := os.WriteFile(path, []byte(chosen), 0o644); err != nil {
		t.Fatal(err)
	}
	p, err := policy.Load(path)
	if err != nil {
		t.Fatalf("the generated policy with its TODOs chosen does not load: %v\n%s", err, chosen)
	}
	for _, name := range []string{"account", "shipping", "wellness"} {
		if p.Purposes[name] == nil || p.Purposes[name].LegalBasis == "" {
			t.Errorf("purpose %s named in the code is missing or has no legal basis", name)
		}
	}
	tp := p.ThirdParties["api_fastcourier_example"]
	if tp == nil || len(tp.Hosts) != 1 || tp.Hosts[0] != "api.fastcourier.example" {
		t.Errorf("the detected courier is not declared: %+v", tp)
	}
	data := generated
	if !strings.Contains(string(data), "#     support/ticket.go:7  Ticket.CustomerEmail\n") {
		t.Errorf("the categories found are not listed with where they appear:\n%s", data)
	}

	check := runIn(t, dir, nil, privlint, "check", "./...")
	var pl001 []string
	for _, l := range strings.Split(check.stdout, "\n") {
		if strings.Contains(l, " PL001 ") {
			pl001 = append(pl001, l)
		}
	}
	// Ticket.CustomerEmail names no purpose; Ticket.CallbackPhone's PL001
	// is suppressed in the source. The starter's schemas: globs select
	// api/openapi.yaml, whose Address properties name none either.
	want := []string{
		"api/openapi.yaml:91:9: PL001 user.contact.address.street",
		"api/openapi.yaml:92:9: PL001 user.contact.address.postal_code",
		"api/openapi.yaml:93:9: PL001 user.contact.address.city",
		"api/openapi.yaml:94:9: PL001 user.contact.address.country",
		"support/ticket.go:7:2: PL001 user.contact.email in Ticket.CustomerEmail",
	}
	ok := len(pl001) == len(want)
	for i := 0; ok && i < len(want); i++ {
		ok = strings.HasPrefix(pl001[i], want[i])
	}
	if !ok {
		t.Errorf("PL001 findings with the generated policy:\n%s\nall output:\n%s", strings.Join(pl001, "\n"), check.stdout+check.stderr)
	}

	if err := os.WriteFile(path, []byte("version: 1\n# mine\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	again := runIn(t, dir, nil, privlint, "init")
	if again.code != 2 || !strings.Contains(again.stderr, "already exists") || !strings.Contains(again.stderr, "--force") {
		t.Errorf("init over an existing file: exit %d, stderr %q", again.code, again.stderr)
	}
	if kept, _ := os.ReadFile(path); string(kept) != "version: 1\n# mine\n" {
		t.Errorf("init without --force changed the file:\n%s", kept)
	}
	forced := runIn(t, dir, nil, privlint, "init", "--force")
	if forced.code != 0 {
		t.Fatalf("init --force: exit %d\n%s", forced.code, forced.stderr)
	}
	if replaced, _ := os.ReadFile(path); string(replaced) != string(data) {
		t.Errorf("init --force did not write the same starter policy")
	}
	other := filepath.Join(dir, "policy", "starter.yaml")
	if err := os.MkdirAll(filepath.Dir(other), 0o755); err != nil {
		t.Fatal(err)
	}
	if r := runIn(t, dir, nil, privlint, "init", "--output", other); r.code != 0 {
		t.Errorf("init --output: exit %d\n%s", r.code, r.stderr)
	}
}
