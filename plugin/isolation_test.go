package plugin_test

import (
	"path/filepath"
	"testing"
)

// TestInstancesIsolated builds two plugin instances with different
// settings and runs each after both exist: each must judge by its own
// policy, not by the settings of the instance built last.
func TestInstancesIsolated(t *testing.T) {
	defaults, err := newPlugin(t, nil)
	if err != nil {
		t.Fatal(err)
	}
	pol := filepath.Join("testdata", "policy", "privlint.yaml")
	quiet, err := newPlugin(t, map[string]any{"config": pol})
	if err != nil {
		t.Fatal(err)
	}
	for round := range 2 {
		if got := diagnostics(t, defaults, "quiet"); len(got) != 2 {
			t.Errorf("round %d: the instance without settings reports %q, want PL001 and PL102 (the default policy)", round, got)
		}
		want := []string{"quiet.go:15: PL102 user.contact.email from Customer.Email is written to the log (log.Printf)"}
		if got := diagnostics(t, quiet, "quiet"); !matches(got, want) {
			t.Errorf("round %d: the instance with config %s reports %q, want prefixes %q (PL001 off)", round, pol, got, want)
		}
	}
}
