package plugin_test

import (
	"os"
	"path/filepath"
	"slices"
	"strconv"
	"strings"
	"testing"

	"github.com/golangci/plugin-module-register/register"
	"golang.org/x/tools/go/analysis/analysistest"

	"github.com/privlint/privlint/analyzers"
	"github.com/privlint/privlint/analyzers/config"
	"github.com/privlint/privlint/plugin"
)

// newPlugin builds the plugin the way golangci-lint does: by name from the
// registry, with raw settings.
func newPlugin(t *testing.T, settings any) (register.LinterPlugin, error) {
	t.Helper()
	ctor, err := register.GetPlugin("privlint")
	if err != nil {
		t.Fatalf("the plugin is not registered as privlint: %v", err)
	}
	return ctor(settings)
}

// collector receives analysistest's complaints about diagnostics without a
// `// want`: the test compares the diagnostics of all analyzers itself.
type collector struct{}

func (collector) Errorf(string, ...any) {}

// diagnostics runs every analyzer the plugin builds through analysistest on
// the package pattern and returns "line: message" for each diagnostic,
// sorted.
func diagnostics(t *testing.T, p register.LinterPlugin, pattern string) []string {
	t.Helper()
	as, err := p.BuildAnalyzers()
	if err != nil {
		t.Fatal(err)
	}
	var got []string
	for _, a := range as {
		for _, r := range analysistest.Run(collector{}, analysistest.TestData(), a, pattern) {
			if r.Err != nil {
				t.Fatalf("%s on %s: %v", a.Name, pattern, r.Err)
			}
			for _, d := range r.Diagnostics {
				pos := r.Pass.Fset.Position(d.Pos)
				got = append(got, filepath.Base(pos.Filename)+":"+strconv.Itoa(pos.Line)+": "+d.Message)
			}
		}
	}
	slices.Sort(got)
	return got
}

func TestRegistered(t *testing.T) {
	p, err := newPlugin(t, nil)
	if err != nil {
		t.Fatalf("New(nil): %v", err)
	}
	if got := p.GetLoadMode(); got != register.LoadModeTypesInfo {
		t.Errorf("load mode %q, want %q", got, register.LoadModeTypesInfo)
	}
	as, err := p.BuildAnalyzers()
	if err != nil {
		t.Fatal(err)
	}
	var got, want []string
	for _, a := range as {
		got = append(got, a.Name)
	}
	for _, a := range analyzers.New(config.Fixed(nil)).All() {
		want = append(want, a.Name)
	}
	if !slices.Equal(got, want) {
		t.Errorf("BuildAnalyzers returns %q, not the analyzers of analyzers.New %q", got, want)
	}
}

// TestAnalyzersRun runs the plugin's analyzers on a small package: without
// settings the defaults apply (PL001 and PL102); with {config: ...} the
// named policy switches PL001 off.
func TestAnalyzersRun(t *testing.T) {
	p, err := newPlugin(t, map[string]any{})
	if err != nil {
		t.Fatal(err)
	}
	got := diagnostics(t, p, "shop")
	want := []string{
		"shop.go:10: PL001 user.contact.email in Customer.Email has no declared purpose",
		"shop.go:15: PL102 user.contact.email from Customer.Email is written to the log (log.Printf)",
	}
	if !matches(got, want) {
		t.Errorf("without settings:\n got %q\nwant prefixes %q", got, want)
	}

	pol := filepath.Join("testdata", "policy", "privlint.yaml")
	p, err = newPlugin(t, map[string]any{"config": pol})
	if err != nil {
		t.Fatalf("New({config: %s}): %v", pol, err)
	}
	abs, _ := filepath.Abs(pol)
	if got := p.(*plugin.Plugin).PolicyPath(); got != abs {
		t.Errorf("PolicyPath() = %q, want %q", got, abs)
	}
	got = diagnostics(t, p, "quiet")
	want = []string{"quiet.go:15: PL102 user.contact.email from Customer.Email is written to the log (log.Printf)"}
	if !matches(got, want) {
		t.Errorf("with config %s (PL001 off):\n got %q\nwant prefixes %q", pol, got, want)
	}

	// A new instance without settings judges by the default policy again.
	if p, err = newPlugin(t, nil); err != nil {
		t.Fatal(err)
	}
	if got := diagnostics(t, p, "quiet"); len(got) != 2 {
		t.Errorf("after resetting the settings: %q, want PL001 and PL102 again", got)
	}
}

func matches(got, wantPrefixes []string) bool {
	if len(got) != len(wantPrefixes) {
		return false
	}
	for i := range got {
		if !strings.HasPrefix(got[i], wantPrefixes[i]) {
			return false
		}
	}
	return true
}

// TestBadSettings checks that golangci-lint would stop at start-up on a
// settings typo, a missing policy file or an invalid policy.
func TestBadSettings(t *testing.T) {
	bad := filepath.Join(t.TempDir(), "privlint.yaml")
	if err := os.WriteFile(bad, []byte("version: 1\nrules: {PL999: off}\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	cases := []struct {
		name     string
		settings any
		want     string
	}{
		{"unknown key", map[string]any{"confg": "privlint.yaml"}, "confg"},
		{"wrong type", map[string]any{"config": 3}, "config"},
		{"missing file", map[string]any{"config": "testdata/nonexistent.yaml"}, "nonexistent.yaml"},
		{"invalid policy", map[string]any{"config": bad}, "PL999"},
	}
	for _, tc := range cases {
		_, err := newPlugin(t, tc.settings)
		if err == nil || !strings.Contains(err.Error(), tc.want) {
			t.Errorf("%s: error %v, want one mentioning %q", tc.name, err, tc.want)
		}
	}
	if _, err := newPlugin(t, nil); err != nil {
		t.Fatal(err)
	}
}
