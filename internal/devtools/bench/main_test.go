package main

import (
	"errors"
	"io"
	"os"
	"os/exec"
	"path/filepath"
	"slices"
	"strings"
	"testing"
	"time"
)

func TestParseSets(t *testing.T) {
	got, err := parseSets(" std,gen50k,,gen50k, gen5k ,miniflux,gitea")
	if err != nil || !slices.Equal(got, []string{"std", "gen50k", "gen5k", "miniflux", "gitea"}) {
		t.Errorf("parseSets = %v, %v", got, err)
	}
	for _, bad := range []string{"", ",", "gen", "genk", "gen0k", "gen5", "go", "gen-3k"} {
		if _, err := parseSets(bad); err == nil {
			t.Errorf("parseSets(%q) succeeded", bad)
		}
	}
	if n, err := genLines("gen400k"); err != nil || n != 400000 {
		t.Errorf("genLines(gen400k) = %d, %v", n, err)
	}
}

func TestParseFlags(t *testing.T) {
	cfg, err := parseFlags([]string{"-smoke"}, io.Discard)
	if err != nil {
		t.Fatal(err)
	}
	if !slices.Equal(cfg.sets, []string{"gen5k"}) || cfg.runs != 1 || cfg.gosecTimeout != 90*time.Second {
		t.Errorf("-smoke: sets %v, runs %d, gosec timeout %s", cfg.sets, cfg.runs, cfg.gosecTimeout)
	}
	cfg, err = parseFlags(nil, io.Discard)
	if err != nil {
		t.Fatal(err)
	}
	if !slices.Equal(cfg.sets, strings.Split(defaultSets, ",")) || cfg.runs != 3 || cfg.gosecTimeout != 15*time.Minute {
		t.Errorf("defaults: sets %v, runs %d, gosec timeout %s", cfg.sets, cfg.runs, cfg.gosecTimeout)
	}
	for _, bad := range [][]string{{"-runs", "0"}, {"-sets", "nope"}, {"extra"}, {"-before", "/nonexistent/privlint"}} {
		if _, err := parseFlags(bad, io.Discard); err == nil {
			t.Errorf("parseFlags(%q) succeeded", bad)
		}
	}
}

func TestMedianAndMax(t *testing.T) {
	m := &measurement{samples: []sample{{wall: 3 * time.Second, rssKiB: 10, exit: 1}, {wall: time.Second, rssKiB: 30, exit: 0}, {wall: 2 * time.Second, rssKiB: 20, exit: 1}}}
	if m.median() != 2*time.Second || m.maxRSS() != 30 || m.exits() != "0/1" {
		t.Errorf("median %s, max RSS %d, exits %q", m.median(), m.maxRSS(), m.exits())
	}
	if got := medianOf([]time.Duration{4, 1, 3, 2}); got != 2 {
		t.Errorf("median of an even count = %d, want 2 (the mean of 2 and 3, truncated)", got)
	}
	if medianOf(nil) != 0 {
		t.Errorf("median of nothing is not 0")
	}
}

func TestCrashReason(t *testing.T) {
	for _, c := range []struct {
		exit   int
		stderr string
		ok     []int
		crash  bool
	}{
		{1, "a.go:1:2: PL101 user.contact.email is written (log.Panicf)\n", []int{0, 1}, false},
		{0, "", []int{0}, false},
		{2, "", []int{0, 1}, true},
		{-1, "", []int{0, 1}, true},
		{1, "goroutine 1 [running]:\npanic: runtime error: index out of range\n", []int{0, 1}, true},
		{1, "x\npanic: boom\n", []int{0, 1}, true},
		{2, "fatal error: out of memory\n", []int{0, 1, 2}, true},
		{1, "privlint: Internal Error in flow\n", []int{0, 1}, true},
	} {
		if got := crashReason(c.exit, []byte(c.stderr), c.ok); (got != "") != c.crash {
			t.Errorf("crashReason(%d, %q) = %q, want crash %v", c.exit, c.stderr, got, c.crash)
		}
	}
}

func TestMarkdown(t *testing.T) {
	sec := func(s float64) time.Duration { return time.Duration(s * float64(time.Second)) }
	set := func(name string, lines int, floor, check, gosec float64) *setResult {
		return &setResult{name: name, lines: lines, gen: true, rows: []*measurement{
			{tool: toolFloor, samples: []sample{{wall: sec(floor), rssKiB: 102400}}},
			{tool: toolCheck, samples: []sample{{wall: sec(check), rssKiB: 153600, exit: 1}}},
			{tool: toolVetCold, samples: []sample{{wall: sec(100), rssKiB: 51200, exit: 1}}},
			{tool: toolVetTouched, samples: []sample{{wall: sec(5), rssKiB: 51200, exit: 1}}},
			{tool: toolGosec, samples: []sample{{wall: sec(gosec), rssKiB: 204800, exit: 1}}},
		}}
	}
	mf := set("miniflux", 85000, 2, 3, 2.5)
	mf.gen = false
	gitea := set("gitea", 490000, 20, 30, 300)
	gitea.gen = false
	gitea.rows = append(gitea.rows, &measurement{tool: toolFloorAll, samples: []sample{{wall: sec(40), rssKiB: 4 << 20}}})
	gitea.row(toolCheck).samples[0].rssKiB = 3 << 20
	r := &report{cores: 8, goVersion: "go1.26.8", platform: "linux/amd64", runs: 3,
		sets:  []*setResult{set("gen50k", 50000, 10, 15, 20), set("gen200k", 200000, 40, 90, 80), set("gen400k", 400000, 80, 150, 160), mf, gitea},
		notes: []string{"gosec v2.30.0 unavailable: test"}}
	out := r.markdown()
	if out != r.markdown() {
		t.Fatalf("markdown is not deterministic")
	}
	for _, want := range []string{
		"8 cores (runtime.NumCPU), go1.26.8 linux/amd64, 3 runs per figure",
		"| gen50k   |  50,000 | privlint check              |  15.00 |    1.50 |        150.0 |        1.50 | 1    |",
		"gen200k: privlint check 2.25× the floor's wall time (goal ≤ 2: MISSED), 1.12× gosec's (goal < 1: MISSED)",
		"scaling: privlint check time per line on gen400k is 1.25× that on gen50k (goal ≤ 1.25: met)",
		"gen50k: go vet warm re-run after touching a leaf package takes 5.0% of the cold run (goal ≤ 10%: met)",
		"| gen50k   |          300.0 |          200.0 |          0.75 |               0.05 |",
		"- gosec v2.30.0 unavailable: test",
		"miniflux: privlint check 1.20× gosec's wall time (goal ≤ 1: MISSED), 0.75× its peak RSS (goal ≤ 2: met)",
		"gitea: privlint check peak RSS 3.00 GiB (goal ≤ 2: MISSED), 0.75× the whole-source floor's wall time (goal ≤ 1: met)",
		"gen200k: privlint check 2.25× the floor's wall time, the floor being privlint's own load now (goal ≤ 1.5: MISSED)",
	} {
		if !strings.Contains(out, want) {
			t.Errorf("markdown lacks %q:\n%s", want, out)
		}
	}
	if thousands(1234567) != "1,234,567" || thousands(999) != "999" {
		t.Errorf("thousands: %s %s", thousands(1234567), thousands(999))
	}
}

// TestFloor builds the floor and runs it on a small module with a type
// error: it prints a package count, counts the broken package on
// standard error and still exits 0.
func TestFloor(t *testing.T) {
	if testing.Short() {
		t.Skip("builds the floor")
	}
	bin := filepath.Join(t.TempDir(), "floor")
	if out, err := exec.Command("go", "build", "-o", bin, "../floor").CombinedOutput(); err != nil {
		t.Fatalf("building the floor: %v\n%s", err, out)
	}
	dir := t.TempDir()
	if err := os.WriteFile(filepath.Join(dir, "go.mod"), []byte("module m\n\ngo 1.26\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(filepath.Join(dir, "a.go"), []byte("package m\n\nimport \"fmt\"\n\nvar X = fmt.Sprint(1)\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(filepath.Join(dir, "bad.go"), []byte("package m\n\nvar Y int = \"no\"\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	cmd := exec.Command(bin, "./...")
	cmd.Dir = dir
	cmd.Env = append(os.Environ(), "GOWORK=off", "GOFLAGS=-mod=mod")
	var stderr strings.Builder
	cmd.Stderr = &stderr
	out, err := cmd.Output()
	if err != nil {
		t.Fatalf("floor: %v\n%s", err, stderr.String())
	}
	// m with fmt and its dependencies: far more than one package.
	if n := strings.TrimSpace(string(out)); n == "" || n == "0" || n == "1" || strings.ContainsAny(n, " \n") {
		t.Errorf("floor printed %q, want one package count above 1", out)
	}
	if !strings.Contains(stderr.String(), "floor: 1 packages with errors") {
		t.Errorf("floor's standard error %q does not count the package with a type error", stderr.String())
	}
}

func TestRunOnce(t *testing.T) {
	sh, err := exec.LookPath("sh")
	if err != nil {
		t.Skip("no sh")
	}
	b := &bench{cfg: &config{timeout: time.Minute}, work: t.TempDir(), env: os.Environ()}
	for _, c := range []struct {
		script string
		crash  string // "" for none
	}{
		{"echo findings; exit 1", ""},
		{"echo 'panic: boom' >&2; exit 2", "it panicked: panic: boom"},
		{"exit 3", "unexpected exit code 3 (expected 0 or 1)"},
		{"kill -9 $$", "killed by a signal"},
	} {
		s, err := b.runOnce("set", invocation{tool: "tool", name: sh, args: []string{"-c", c.script}, dir: b.work, okExit: []int{0, 1}})
		if c.crash == "" {
			if err != nil || s.exit != 1 || s.wall <= 0 {
				t.Errorf("%q: sample %+v, error %v", c.script, s, err)
			}
			continue
		}
		var ce *crashError
		if !errors.As(err, &ce) || ce.reason != c.crash || ce.tool != "tool" || ce.set != "set" {
			t.Errorf("%q: error %v, want a crash: %s", c.script, err, c.crash)
		}
	}
}
