package main_test

import (
	"bytes"
	"context"
	"encoding/json"
	"errors"
	"flag"
	"fmt"
	"io"
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"slices"
	"strings"
	"testing"
	"time"

	"github.com/privlint/privlint/analyzers"
	"github.com/privlint/privlint/analyzers/config"
)

var sweep = flag.Bool("sweep", false, "run TestSweep: privlint check over the standard library and every module in the build list (long)")

// sweepTimeout bounds one privlint check run of the sweep.
const sweepTimeout = 20 * time.Minute

// sweepEnv makes the go command hermetic: nothing is downloaded, no
// checksum database is asked, no toolchain is switched to, and imports of
// build-list modules that go.mod does not list directly are allowed (in the
// sweep's scratch copy of go.mod, never in the repository's).
var sweepEnv = []string{
	"GOFLAGS=-mod=mod",
	"GOPROXY=off",
	"GOSUMDB=off",
	"GOWORK=off",
	"GOTOOLCHAIN=local",
	"PRIVLINT_CONFIG=",
}

// sweepReport is the part of privlint's JSON report the sweep reads.
type sweepReport struct {
	Findings []struct {
		Rule    string `json:"rule"`
		Message string `json:"message"`
		File    string `json:"file"`
		Line    int    `json:"line"`
	} `json:"findings"`
	Errors []struct {
		File    string `json:"file"`
		Line    int    `json:"line"`
		Message string `json:"message"`
	} `json:"errors"`
}

// sweepResult is what one privlint check run of the sweep did.
type sweepResult struct {
	target     string
	pattern    string
	packages   int
	elapsed    time.Duration
	code       int
	byRule     map[string]int
	loadErrors int
	// notAnalyzed counts "not analyzed" errors: packages the checker
	// skipped because a dependency failed to load.
	notAnalyzed int
}

// buildListModule is one entry of go list -m -json all.
type buildListModule struct {
	Path    string
	Version string
	Main    bool
	Dir     string
}

// TestSweep runs privlint check --format json over the standard library and
// over every module in this repository's build list, from the module cache
// and without network, and checks that privlint never panics, never reports
// an internal error, exits 0, 1 or 2, and exits 2 only for load errors
// (modules missing from the cache, imports outside the build list). It logs
// the packages, time, findings per rule and load errors of each run and a
// summary table at the end:
//
//	go test ./cmd/privlint -run TestSweep -sweep -v -timeout 60m
func TestSweep(t *testing.T) {
	if !*sweep {
		t.Skip("long run: give -sweep to check the standard library and every module in the build list")
	}
	repo, err := filepath.Abs(filepath.Join("..", ".."))
	if err != nil {
		t.Fatal(err)
	}
	mods := buildList(t, scratchModule(t, repo))
	targets := []struct{ name, pattern string }{{"std", "std"}}
	for _, m := range mods {
		if m.Main {
			continue
		}
		targets = append(targets, struct{ name, pattern string }{m.Path + "@" + m.Version, m.Path + "/..."})
	}

	var results []*sweepResult
	for _, tg := range targets {
		t.Run(strings.ReplaceAll(tg.name, "/", "_"), func(t *testing.T) {
			r := &sweepResult{target: tg.name, pattern: tg.pattern, byRule: map[string]int{}}
			results = append(results, r) // logged in the summary even when the run fails
			sweepOne(t, repo, r)
		})
	}
	logSweepSummary(t, results)
}

// buildList is go list -m -json all in dir, a scratch copy of the
// repository's module (with -mod=mod, go list may add go.sum lines: never
// in the repository).
func buildList(t *testing.T, dir string) []buildListModule {
	t.Helper()
	cmd := exec.Command("go", "list", "-m", "-json", "all")
	cmd.Dir = dir
	cmd.Env = append(os.Environ(), sweepEnv...)
	var stderr bytes.Buffer
	cmd.Stderr = &stderr
	out, err := cmd.Output()
	if err != nil {
		t.Fatalf("go list -m -json all: %v\n%s", err, stderr.String())
	}
	var mods []buildListModule
	dec := json.NewDecoder(bytes.NewReader(out))
	for {
		var m buildListModule
		if err := dec.Decode(&m); errors.Is(err, io.EOF) {
			break
		} else if err != nil {
			t.Fatalf("decoding go list -m -json all: %v", err)
		}
		mods = append(mods, m)
	}
	if len(mods) < 2 {
		t.Fatalf("build list has %d modules; want the main module and its dependencies", len(mods))
	}
	return mods
}

// scratchModule is a fresh directory holding a copy of the repository's
// go.mod and go.sum, so that packages resolve through this repository's
// build list and -mod=mod may record requirements without touching the
// repository. A fresh copy per run keeps every run on the same build list.
// (Run in the repository itself, go list refuses most patterns of indirect
// modules with "updates to go.mod needed": with module graph pruning a
// package may only be imported from a module go.mod lists.)
func scratchModule(t *testing.T, repo string) string {
	t.Helper()
	dir := t.TempDir()
	for _, name := range []string{"go.mod", "go.sum"} {
		data, err := os.ReadFile(filepath.Join(repo, name))
		if err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(filepath.Join(dir, name), data, 0o644); err != nil {
			t.Fatal(err)
		}
	}
	return dir
}

// analyzerFailure matches an error privlint reports when an analyzer
// itself failed on a package ("pkg: analyzer: error"), as opposed to a
// package that failed to load or type-check.
var analyzerFailure = func() *regexp.Regexp {
	set := analyzers.New(config.Fixed(nil))
	var names []string
	for _, a := range append(set.All(), set.Env) {
		names = append(names, regexp.QuoteMeta(a.Name))
	}
	return regexp.MustCompile(`^\S+: (?:` + strings.Join(names, "|") + `): `)
}()

// crashText is what a crash or an internal error looks like in output.
var crashText = regexp.MustCompile(`(?i)panic:|goroutine \d+ \[|internal error`)

// sweepOne runs privlint check --format json over res.pattern in a scratch
// module, records what it did in res and fails t on a crash, an internal
// error, an analyzer failure or an exit code that does not match the report.
func sweepOne(t *testing.T, repo string, res *sweepResult) {
	dir := scratchModule(t, repo)
	name, pattern := res.target, res.pattern
	res.packages = countPackages(t, dir, pattern)

	ctx, cancel := context.WithTimeout(context.Background(), sweepTimeout)
	defer cancel()
	cmd := exec.CommandContext(ctx, privlint, "check", "--format", "json", pattern)
	cmd.Dir = dir
	cmd.Env = append(os.Environ(), sweepEnv...)
	var stdout, stderr bytes.Buffer
	cmd.Stdout, cmd.Stderr = &stdout, &stderr
	start := time.Now()
	err := cmd.Run()
	res.elapsed = time.Since(start)
	if ctx.Err() != nil {
		t.Fatalf("privlint check %s did not finish within %v", pattern, sweepTimeout)
	}
	if err != nil {
		var ee *exec.ExitError
		if !errors.As(err, &ee) {
			t.Fatalf("running privlint check %s: %v", pattern, err)
		}
		res.code = ee.ExitCode()
	}
	if m := crashText.FindString(stdout.String() + stderr.String()); m != "" {
		t.Errorf("privlint check %s: output contains %q:\n%s", pattern, m, tail(stderr.String(), 4000))
	}
	if res.code < 0 || res.code > 2 {
		t.Fatalf("privlint check %s: exit code %d, want 0, 1 or 2; stderr:\n%s", pattern, res.code, tail(stderr.String(), 4000))
	}

	if stdout.Len() == 0 {
		// Only a failure to run go list at all may leave no report.
		if res.code != 2 || !strings.HasPrefix(stderr.String(), "privlint: loading ") {
			t.Fatalf("privlint check %s: exit code %d and no report; stderr:\n%s", pattern, res.code, tail(stderr.String(), 4000))
		}
		res.loadErrors = 1
		t.Logf("%s: go list failed, counted as one load error: %s", name, firstLine(stderr.String()))
		return
	}
	var rep sweepReport
	if err := json.Unmarshal(stdout.Bytes(), &rep); err != nil {
		t.Fatalf("privlint check %s: JSON report does not parse: %v\n%s", pattern, err, tail(stdout.String(), 2000))
	}
	for _, f := range rep.Findings {
		res.byRule[f.Rule]++
	}
	// An analyzer error on a package is a privlint failure. "pkg: not
	// analyzed: its dependencies could not be analyzed" is the checker
	// skipping a package whose dependency did not load: load errors at one
	// remove, acceptable only when the run has load errors to explain them.
	var loadErrs []string
	var failed []string
	for _, e := range rep.Errors {
		switch {
		case e.File == "" && strings.Contains(e.Message, ": not analyzed: "):
			res.notAnalyzed++
			failed = append(failed, e.Message)
		case !analyzerFailure.MatchString(e.Message):
			res.loadErrors++
			loadErrs = append(loadErrs, fmt.Sprintf("%s:%d: %s", e.File, e.Line, firstLine(e.Message)))
		default:
			t.Errorf("privlint check %s: an analyzer failed: %s:%d: %s", pattern, e.File, e.Line, e.Message)
		}
	}
	if len(failed) > 0 && res.loadErrors == 0 {
		t.Errorf("privlint check %s: packages were not analyzed for a dependency's errors but nothing failed to load:\n%s", pattern, strings.Join(failed, "\n"))
	}
	switch {
	case len(rep.Errors) > 0 && res.code != 2:
		t.Errorf("privlint check %s: %d errors in the report but exit code %d, want 2", pattern, len(rep.Errors), res.code)
	case len(rep.Errors) == 0 && res.code == 2:
		t.Errorf("privlint check %s: exit code 2 but no error in the report; stderr:\n%s", pattern, tail(stderr.String(), 4000))
	case len(rep.Errors) == 0 && res.code == 1 && len(rep.Findings) == 0:
		t.Errorf("privlint check %s: exit code 1 without findings", pattern)
	}
	// With --format json every error is repeated on stderr as
	// "privlint: <error>"; anything else there is unexpected.
	for _, line := range strings.Split(strings.TrimRight(stderr.String(), "\n"), "\n") {
		if line == "" || inSomeError(line, rep) {
			continue
		}
		t.Errorf("privlint check %s: unexpected stderr line: %s", pattern, line)
	}

	if pattern == "std" && (res.loadErrors > 0 || res.packages < 100) {
		t.Errorf("privlint check std: %d packages, %d load errors; want the whole standard library loaded without errors", res.packages, res.loadErrors)
	}

	var rules []string
	for id, n := range res.byRule {
		rules = append(rules, fmt.Sprintf("%s=%d", id, n))
	}
	slices.Sort(rules)
	t.Logf("%s: %d packages in %v, exit %d, %d findings [%s], %d load errors, %d packages not analyzed for a dependency's load error",
		name, res.packages, res.elapsed.Round(time.Millisecond), res.code, len(rep.Findings), strings.Join(rules, " "), res.loadErrors, res.notAnalyzed)
	for i, e := range loadErrs {
		if i == 3 {
			t.Logf("  ... %d more load errors", len(loadErrs)-i)
			break
		}
		t.Logf("  load error: %s", e)
	}
}

// inSomeError reports whether a stderr line repeats (part of) an error of
// the report.
func inSomeError(line string, rep sweepReport) bool {
	msg := strings.TrimPrefix(line, "privlint: ")
	for _, e := range rep.Errors {
		if msg != "" && (strings.Contains(msg, firstLine(e.Message)) || strings.Contains(e.Message, msg)) {
			return true
		}
	}
	return false
}

// countPackages is the number of packages pattern matches in dir (the
// packages privlint check analyzes, not counting test variants).
func countPackages(t *testing.T, dir, pattern string) int {
	t.Helper()
	cmd := exec.Command("go", "list", "-e", "-f", "{{.ImportPath}}", pattern)
	cmd.Dir = dir
	cmd.Env = append(os.Environ(), sweepEnv...)
	out, _ := cmd.Output() // a pattern that matches nothing loadable counts 0
	n := 0
	for _, l := range strings.Split(string(out), "\n") {
		if l != "" && !strings.Contains(l, "...") {
			n++
		}
	}
	return n
}

func logSweepSummary(t *testing.T, results []*sweepResult) {
	ruleSet := map[string]bool{}
	for _, r := range results {
		for id := range r.byRule {
			ruleSet[id] = true
		}
	}
	var ids []string
	for id := range ruleSet {
		ids = append(ids, id)
	}
	slices.Sort(ids)

	var b strings.Builder
	fmt.Fprintf(&b, "%-58s %6s %9s %4s %7s %7s", "target", "pkgs", "time", "exit", "loaderr", "notanl")
	for _, id := range ids {
		fmt.Fprintf(&b, " %6s", id)
	}
	b.WriteString(" (findings per rule)")
	b.WriteString("\n")
	var pkgs, loadErrs, skipped int
	var total time.Duration
	sum := map[string]int{}
	for _, r := range results {
		fmt.Fprintf(&b, "%-58s %6d %9s %4d %7d %7d", r.target, r.packages, r.elapsed.Round(100*time.Millisecond), r.code, r.loadErrors, r.notAnalyzed)
		for _, id := range ids {
			fmt.Fprintf(&b, " %6d", r.byRule[id])
			sum[id] += r.byRule[id]
		}
		b.WriteString("\n")
		pkgs += r.packages
		loadErrs += r.loadErrors
		skipped += r.notAnalyzed
		total += r.elapsed
	}
	fmt.Fprintf(&b, "%-58s %6d %9s %4s %7d %7d", fmt.Sprintf("TOTAL (%d runs)", len(results)), pkgs, total.Round(100*time.Millisecond), "", loadErrs, skipped)
	for _, id := range ids {
		fmt.Fprintf(&b, " %6d", sum[id])
	}
	t.Logf("sweep summary:\n%s", b.String())
}

func firstLine(s string) string {
	s, _, _ = strings.Cut(strings.TrimSpace(s), "\n")
	return s
}

func tail(s string, n int) string {
	if len(s) <= n {
		return s
	}
	return "..." + s[len(s)-n:]
}
