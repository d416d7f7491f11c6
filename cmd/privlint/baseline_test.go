package main_test

import (
	"encoding/json"
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"slices"
	"strings"
	"testing"
)

// baselineDoc is the baseline file format, as documented on
// cli.BaselineVersion.
type baselineDoc struct {
	Version  int `json:"version"`
	Findings []struct {
		Rule        string `json:"rule"`
		File        string `json:"file"`
		Fingerprint string `json:"fingerprint"`
	} `json:"findings"`
}

// sarifDoc is the part of a SARIF log the integration tests read.
type sarifDoc struct {
	Runs []struct {
		Results []struct {
			RuleID        string `json:"ruleId"`
			BaselineState string `json:"baselineState"`
			Locations     []struct {
				PhysicalLocation struct {
					ArtifactLocation struct {
						URI       string `json:"uri"`
						URIBaseID string `json:"uriBaseId"`
					} `json:"artifactLocation"`
					Region struct {
						StartLine int `json:"startLine"`
					} `json:"region"`
				} `json:"physicalLocation"`
			} `json:"locations"`
		} `json:"results"`
	} `json:"runs"`
}

// reportLines returns the finding lines of a text report (Go and schema
// findings alike).
func reportLines(out string) []string {
	var lines []string
	for _, l := range strings.Split(out, "\n") {
		if anyFinding.MatchString(l) {
			lines = append(lines, l)
		}
	}
	return lines
}

var anyFinding = regexp.MustCompile(`^\S+:\d+:\d+: PL\d{3} `)

// jsonFingerprints returns the distinct fingerprints of the JSON report of
// privlint check in dir, sorted.
func jsonFingerprints(t *testing.T, dir string) []string {
	t.Helper()
	r := runIn(t, dir, nil, privlint, "check", "--format", "json")
	var rep struct {
		Findings []struct{ Fingerprint string } `json:"findings"`
	}
	if err := json.Unmarshal([]byte(r.stdout), &rep); err != nil {
		t.Fatalf("JSON report: %v", err)
	}
	var fps []string
	for _, f := range rep.Findings {
		fps = append(fps, f.Fingerprint)
	}
	slices.Sort(fps)
	return slices.Compact(fps)
}

func parseSARIF(t *testing.T, data []byte) sarifDoc {
	t.Helper()
	var d sarifDoc
	if err := json.Unmarshal(data, &d); err != nil {
		t.Fatalf("SARIF is not JSON: %v", err)
	}
	if len(d.Runs) != 1 {
		t.Fatalf("SARIF has %d runs, want 1", len(d.Runs))
	}
	return d
}

// TestBaseline writes a baseline for the example, then moves every finding
// in users/service.go down by adding lines above it and adds one new
// finding: with --baseline only the new finding is reported (text, JSON),
// and SARIF keeps all results marked unchanged or new.
func TestBaseline(t *testing.T) {
	dir := copyExample(t)
	bl := filepath.Join(t.TempDir(), "privlint-baseline.json")

	before := runIn(t, dir, nil, privlint, "check")
	if before.code != 1 {
		t.Fatalf("check before the baseline: exit %d, want 1\n%s", before.code, before.stderr)
	}
	nBefore := len(reportLines(before.stdout))

	w := runIn(t, dir, nil, privlint, "check", "--write-baseline", bl)
	if w.code != 0 || !strings.Contains(w.stderr, "privlint-baseline.json") {
		t.Fatalf("--write-baseline: exit %d, stderr %q; want 0 and a note naming the file", w.code, w.stderr)
	}
	data, err := os.ReadFile(bl)
	if err != nil {
		t.Fatal(err)
	}
	var doc baselineDoc
	if err := json.Unmarshal(data, &doc); err != nil {
		t.Fatalf("baseline is not JSON: %v\n%s", err, data)
	}
	var fps []string
	for _, e := range doc.Findings {
		fps = append(fps, e.Fingerprint)
	}
	slices.Sort(fps)
	if want := jsonFingerprints(t, dir); doc.Version != 1 || !slices.Equal(fps, want) {
		t.Fatalf("baseline: version %d, fingerprints %v; want version 1 and the report's fingerprints %v, each once", doc.Version, fps, want)
	}
	sorted := slices.IsSortedFunc(doc.Findings, func(a, b struct {
		Rule        string `json:"rule"`
		File        string `json:"file"`
		Fingerprint string `json:"fingerprint"`
	}) int {
		return strings.Compare(a.File+"\x00"+a.Rule+"\x00"+a.Fingerprint, b.File+"\x00"+b.Rule+"\x00"+b.Fingerprint)
	})
	if !sorted {
		t.Errorf("baseline entries are not sorted by file, rule, fingerprint")
	}
	for _, e := range doc.Findings {
		if e.Rule == "" || e.File == "" || len(e.Fingerprint) != 32 || filepath.IsAbs(e.File) {
			t.Errorf("baseline entry %+v: want a rule, a relative file and a 32-digit fingerprint", e)
		}
	}

	// Unchanged code: nothing new, exit 0.
	same := runIn(t, dir, nil, privlint, "check", "--baseline", bl)
	if same.code != 0 || strings.TrimSpace(same.stdout) != "" {
		t.Errorf("--baseline on unchanged code: exit %d, stdout %q; want 0 and nothing", same.code, same.stdout)
	}

	// Move the existing findings of users/service.go and add a new one.
	svc := filepath.Join(dir, "users", "service.go")
	src, err := os.ReadFile(svc)
	if err != nil {
		t.Fatal(err)
	}
	edited := strings.Replace(string(src), "package users\n", "package users\n\n// Lines added above every finding\n// of this file move them down\n// without changing what they are.\n", 1)
	edited += "\n// Forget deletes an account.\nfunc (s *Service) Forget(u *User) {\n\tlog.Printf(\"forget: %s\", u.Email)\n\tdelete(s.accounts, u.Email)\n}\n"
	if err := os.WriteFile(svc, []byte(edited), 0o644); err != nil {
		t.Fatal(err)
	}
	after := runIn(t, dir, nil, privlint, "check")
	all := reportLines(after.stdout)
	if len(all) != nBefore+1 {
		t.Fatalf("after the edit: %d findings, want %d\n%s", len(all), nBefore+1, after.stdout)
	}

	got := runIn(t, dir, nil, privlint, "check", "--baseline", bl)
	lines := reportLines(got.stdout)
	if got.code != 1 || len(lines) != 1 || !strings.HasPrefix(lines[0], "users/service.go:") || !strings.Contains(lines[0], "PL102") || !strings.Contains(lines[0], "log.Printf") {
		t.Fatalf("--baseline after the edit: exit %d, findings %q; want exit 1 and only the new PL102 in users/service.go\nstderr: %s", got.code, lines, got.stderr)
	}
	if !strings.Contains(got.stderr, "not shown") {
		t.Errorf("--baseline: stderr %q does not say how many findings were hidden", got.stderr)
	}
	if r := runIn(t, dir, nil, privlint, "check", "--baseline", bl, "--fail-on", "error"); r.code != 0 {
		t.Errorf("--baseline --fail-on error: exit %d, want 0 (the only new finding is a warning; baselined errors do not count)", r.code)
	}

	js := runIn(t, dir, nil, privlint, "check", "--baseline", bl, "--format", "json")
	var rep struct {
		Findings []struct {
			Rule, File    string
			BaselineState string `json:"baselineState"`
		} `json:"findings"`
	}
	if err := json.Unmarshal([]byte(js.stdout), &rep); err != nil {
		t.Fatalf("JSON with --baseline: %v", err)
	}
	if len(rep.Findings) != 1 || rep.Findings[0].BaselineState != "new" || rep.Findings[0].File != filepath.Join("users", "service.go") {
		t.Errorf("JSON with --baseline: %+v; want the one new finding with baselineState new", rep.Findings)
	}

	sr := runIn(t, dir, nil, privlint, "check", "--baseline", bl, "--format", "sarif")
	sd := parseSARIF(t, []byte(sr.stdout))
	states := map[string]int{}
	for _, res := range sd.Runs[0].Results {
		states[res.BaselineState]++
		if res.BaselineState == "new" {
			loc := res.Locations[0].PhysicalLocation
			if loc.ArtifactLocation.URI != "users/service.go" || res.RuleID != "PL102" || loc.Region.StartLine <= 20 {
				t.Errorf("SARIF new result: %s at %s:%d; want the PL102 added at the end of users/service.go", res.RuleID, loc.ArtifactLocation.URI, loc.Region.StartLine)
			}
		}
	}
	if states["new"] != 1 || states["unchanged"] != nBefore || len(states) != 2 {
		t.Errorf("SARIF baselineState counts %v; want new:1 unchanged:%d", states, nBefore)
	}
	if sr.code != 1 {
		t.Errorf("SARIF with --baseline: exit %d, want 1 for the new warning", sr.code)
	}

	// --write-baseline over the same file accepts the new finding too.
	if r := runIn(t, dir, nil, privlint, "check", "--baseline", bl, "--write-baseline", bl); r.code != 0 {
		t.Fatalf("rewriting the baseline: exit %d\n%s", r.code, r.stderr)
	}
	if r := runIn(t, dir, nil, privlint, "check", "--baseline", bl); r.code != 0 || strings.TrimSpace(r.stdout) != "" {
		t.Errorf("after rewriting the baseline: exit %d, stdout %q; want 0 and nothing", r.code, r.stdout)
	}
}

// TestBaselineErrors checks that an unreadable or malformed baseline is a
// configuration error (exit 2) naming the file, and that a baseline is not
// written from an incomplete analysis.
func TestBaselineErrors(t *testing.T) {
	dir := exampleDir(t)
	tmp := t.TempDir()
	cases := map[string]string{
		"truncated.json":   `{"version": 1, "findings": [`,
		"syntax.json":      "{\n  \"version\": 1,\n  \"findings\": [}\n",
		"version.json":     `{"version": 7, "findings": []}`,
		"unknownkey.json":  `{"version": 1, "entries": []}`,
		"nofingerpr.json":  `{"version": 1, "findings": [{"rule": "PL101", "file": "a.go"}]}`,
		"notanobject.json": `[]`,
	}
	for name, content := range cases {
		p := filepath.Join(tmp, name)
		if err := os.WriteFile(p, []byte(content), 0o644); err != nil {
			t.Fatal(err)
		}
		r := runIn(t, dir, nil, privlint, "check", "--baseline", p)
		if r.code != 2 || !strings.Contains(r.stderr, name) || r.stdout != "" {
			t.Errorf("--baseline %s: exit %d, stdout %q, stderr %q; want 2, no report and the file named", name, r.code, r.stdout, r.stderr)
		}
	}
	if r := runIn(t, dir, nil, privlint, "check", "--baseline", filepath.Join(tmp, "syntax.json")); !strings.Contains(r.stderr, "syntax.json:3") {
		t.Errorf("syntax error: stderr %q does not give the line (syntax.json:3)", r.stderr)
	}
	if r := runIn(t, dir, nil, privlint, "check", "--baseline", filepath.Join(tmp, "missing.json")); r.code != 2 || !strings.Contains(r.stderr, "missing.json") {
		t.Errorf("missing baseline: exit %d, stderr %q", r.code, r.stderr)
	}

	// A package that does not parse: no baseline from a partial analysis.
	broken := t.TempDir()
	writeFiles(t, broken, map[string]string{
		"go.mod":  "module example.com/broken\n\ngo 1.26\n",
		"b/b.go":  "package b\n\nfunc (\n",
		"a/a.go":  "package a\n\n// User is a customer.\ntype User struct {\n\tEmail string\n}\n",
		"x/x.txt": "",
	})
	out := filepath.Join(tmp, "partial.json")
	if r := runIn(t, broken, nil, privlint, "check", "--write-baseline", out); r.code != 2 || !strings.Contains(r.stderr, "not writing baseline") {
		t.Errorf("--write-baseline with load errors: exit %d, stderr %q; want 2 and a refusal", r.code, r.stderr)
	}
	if _, err := os.Stat(out); !os.IsNotExist(err) {
		t.Errorf("--write-baseline with load errors left %s behind (%v)", out, err)
	}
}

// TestRoot puts the example in a subdirectory of a git repository, as a
// monorepo would: SARIF URIs (and fingerprints) are relative to the git top
// level by default and to --root when given.
func TestRoot(t *testing.T) {
	repo := t.TempDir()
	if git, err := exec.LookPath("git"); err == nil {
		if r := runIn(t, repo, nil, git, "init", "-q"); r.code != 0 {
			t.Fatalf("git init: %s", r.stderr)
		}
	} else if err := os.Mkdir(filepath.Join(repo, ".git"), 0o755); err != nil {
		t.Fatal(err)
	}
	mod := filepath.Join(repo, "services", "shop")
	if err := os.MkdirAll(filepath.Dir(mod), 0o755); err != nil {
		t.Fatal(err)
	}
	if err := os.Rename(copyExample(t), mod); err != nil {
		t.Fatal(err)
	}

	uris := func(args ...string) ([]string, []string) {
		t.Helper()
		r := runIn(t, mod, nil, privlint, append([]string{"check", "--format", "sarif", "--fail-on", "none"}, args...)...)
		if r.code != 0 {
			t.Fatalf("check %v: exit %d\n%s", args, r.code, r.stderr)
		}
		d := parseSARIF(t, []byte(r.stdout))
		var us, fps []string
		for _, res := range d.Runs[0].Results {
			al := res.Locations[0].PhysicalLocation.ArtifactLocation
			if al.URIBaseID != "%SRCROOT%" {
				t.Errorf("check %v: %s has uriBaseId %q, want %%SRCROOT%%", args, al.URI, al.URIBaseID)
			}
			us = append(us, al.URI)
		}
		js := runIn(t, mod, nil, privlint, append([]string{"check", "--format", "json", "--fail-on", "none"}, args...)...)
		var rep struct {
			Findings []struct{ Fingerprint string } `json:"findings"`
		}
		if err := json.Unmarshal([]byte(js.stdout), &rep); err != nil {
			t.Fatal(err)
		}
		for _, f := range rep.Findings {
			fps = append(fps, f.Fingerprint)
		}
		return us, fps
	}
	def, defFP := uris()
	if len(def) == 0 {
		t.Fatal("no SARIF results")
	}
	for _, u := range def {
		if !strings.HasPrefix(u, "services/shop/") {
			t.Errorf("default root: URI %q is not relative to the git top level", u)
		}
	}
	explicitTop, topFP := uris("--root", "../..")
	if !slices.Equal(def, explicitTop) || !slices.Equal(defFP, topFP) {
		t.Errorf("--root ../.. differs from the default (the git top level)")
	}
	local, localFP := uris("--root", ".")
	if len(local) != len(def) {
		t.Fatalf("--root .: %d results, want %d", len(local), len(def))
	}
	for i, u := range local {
		if "services/shop/"+u != def[i] {
			t.Errorf("--root .: URI %q, want %q without services/shop/", u, def[i])
		}
	}
	if slices.Equal(localFP, defFP) {
		t.Errorf("fingerprints do not depend on --root; they should use the root-relative path")
	}
	for _, bad := range []string{"nonexistent", "go.mod"} {
		if r := runIn(t, mod, nil, privlint, "check", "--root", bad); r.code != 2 || !strings.Contains(r.stderr, "--root") {
			t.Errorf("--root %s: exit %d, stderr %q; want 2", bad, r.code, r.stderr)
		}
	}
}
