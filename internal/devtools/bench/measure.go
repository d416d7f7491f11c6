package main

import (
	"bufio"
	"bytes"
	"context"
	"encoding/json"
	"fmt"
	"io/fs"
	"os"
	"os/exec"
	"path/filepath"
	"slices"
	"strings"
	"time"

	"github.com/privlint/privlint/internal/devtools/benchgen"
)

// The tools measured, in table order.
const (
	toolFloor      = "floor"
	toolFloorAll   = "floor (whole source)"
	toolCheck      = "privlint check"
	toolBefore     = "privlint check (before)"
	toolVetCold    = "go vet (cold cache)"
	toolVetWarm    = "go vet (warm cache)"
	toolVetTouched = "go vet (warm, leaf touched)"
	toolGosec      = "gosec"
)

// sample is one run of one tool.
type sample struct {
	wall   time.Duration
	rssKiB int64 // peak RSS of the process and its waited-for children; 0 if unknown
	exit   int
}

// measurement is the runs of one tool on one set.
type measurement struct {
	tool    string
	samples []sample
	// skipped says why the tool was not run, "" when it was.
	skipped string
}

// median returns the median wall time (the mean of the two middle ones
// for an even number of runs).
func (m *measurement) median() time.Duration {
	ds := make([]time.Duration, len(m.samples))
	for i, s := range m.samples {
		ds[i] = s.wall
	}
	return medianOf(ds)
}

// medianOf returns the median of ds, 0 for none.
func medianOf(ds []time.Duration) time.Duration {
	if len(ds) == 0 {
		return 0
	}
	s := slices.Clone(ds)
	slices.Sort(s)
	n := len(s)
	if n%2 == 1 {
		return s[n/2]
	}
	return (s[n/2-1] + s[n/2]) / 2
}

// maxRSS returns the largest peak RSS in KiB.
func (m *measurement) maxRSS() int64 {
	var r int64
	for _, s := range m.samples {
		r = max(r, s.rssKiB)
	}
	return r
}

// exits returns the distinct exit codes, sorted, joined by "/".
func (m *measurement) exits() string {
	var codes []int
	for _, s := range m.samples {
		codes = append(codes, s.exit)
	}
	slices.Sort(codes)
	codes = slices.Compact(codes)
	parts := make([]string, len(codes))
	for i, c := range codes {
		parts[i] = fmt.Sprint(c)
	}
	return strings.Join(parts, "/")
}

// setResult is what was measured on one package set.
type setResult struct {
	name  string
	lines int
	gen   bool
	rows  []*measurement
	notes []string
}

// row returns the measurement of tool, nil if there is none.
func (r *setResult) row(tool string) *measurement {
	for _, m := range r.rows {
		if m.tool == tool {
			return m
		}
	}
	return nil
}

// crashError is a tool that crashed or exited unexpectedly.
type crashError struct {
	tool, set, reason, stderrTail string
}

func (e *crashError) Error() string {
	return fmt.Sprintf("%s on %s: %s\n--- end of its standard error ---\n%s", e.tool, e.set, e.reason, e.stderrTail)
}

// invocation is how one tool is run on one set.
type invocation struct {
	tool   string
	name   string
	args   []string
	dir    string
	env    []string
	okExit []int
}

// target is a package set made ready for the tools.
type target struct {
	name     string
	dir      string   // directory the tools run in
	patterns []string // package patterns
	gosecDir string   // directory gosec runs ./... in
	leaf     string   // file to touch, "" to skip the touched run
	lines    int
	gen      bool
	notes    []string
	checkOK  []int // allowed exit codes of privlint check
}

// prepare makes the set's packages ready.
func (b *bench) prepare(set string) (*target, error) {
	if set == "std" {
		dir := filepath.Join(b.work, "std")
		if err := os.MkdirAll(dir, 0o755); err != nil {
			return nil, fmt.Errorf("std: %w", err)
		}
		if err := os.WriteFile(filepath.Join(dir, "go.mod"), []byte("module benchstd\n\ngo 1.26\n"), 0o644); err != nil {
			return nil, fmt.Errorf("std: %w", err)
		}
		t := &target{
			name: set, dir: dir, patterns: []string{"std"},
			gosecDir: filepath.Join(b.goroot, "src"),
			checkOK:  []int{0, 1, 2},
			notes: []string{
				"std: the floors, privlint check and go vet take the pattern `std` (go vet and the whole-source floor with tests, privlint check and the floor without, its default); gosec takes no `std`, so it runs `./...` in $(go env GOROOT)/src, without test files (its default)",
				"std: no touched run, since that would edit GOROOT",
			},
		}
		lines, err := b.countLines(dir, t.patterns)
		if err != nil {
			return nil, err
		}
		t.lines = lines
		return t, nil
	}
	if mod, ok := realSets[set]; ok {
		return b.prepareReal(set, mod)
	}
	n, err := genLines(set)
	if err != nil {
		return nil, err
	}
	dir := filepath.Join(b.work, "gen", set)
	if err := os.RemoveAll(dir); err != nil {
		return nil, fmt.Errorf("%s: %w", set, err)
	}
	b.logf("%s: generating %d lines", set, n)
	st, err := benchgen.Generate(dir, benchgen.Options{Lines: n})
	if err != nil {
		return nil, fmt.Errorf("%s: %w", set, err)
	}
	t := &target{
		name: set, dir: dir, patterns: []string{"./..."}, gosecDir: dir,
		leaf: filepath.Join(dir, filepath.FromSlash(st.Leaf)), gen: true,
		checkOK: []int{0, 1},
	}
	if t.lines, err = b.countLines(dir, t.patterns); err != nil {
		return nil, err
	}
	return t, nil
}

// prepareReal downloads mod (path@version) from the module proxy, copies
// it into the scratch directory, writable, and downloads its
// dependencies, so that no run measures a download.
func (b *bench) prepareReal(set, mod string) (*target, error) {
	b.logf("%s: downloading %s and its dependencies", set, mod)
	cmd := exec.Command("go", "mod", "download", "-json", mod)
	cmd.Dir = b.work
	cmd.Env = b.env
	out, err := cmd.Output()
	var info struct{ Dir, Error string }
	if jerr := json.Unmarshal(out, &info); err != nil || jerr != nil || info.Error != "" || info.Dir == "" {
		return nil, fmt.Errorf("%s: go mod download %s: %v %s", set, mod, err, info.Error)
	}
	dir := filepath.Join(b.work, "real", set)
	if err := os.RemoveAll(dir); err != nil {
		return nil, fmt.Errorf("%s: %w", set, err)
	}
	if err := copyTree(info.Dir, dir); err != nil {
		return nil, fmt.Errorf("%s: %w", set, err)
	}
	dl := exec.Command("go", "mod", "download")
	dl.Dir = dir
	dl.Env = b.env
	if out, err := dl.CombinedOutput(); err != nil {
		return nil, fmt.Errorf("%s: downloading the dependencies: %w\n%s", set, err, tail(string(out), 10))
	}
	t := &target{
		name: set, dir: dir, patterns: []string{"./..."}, gosecDir: dir,
		checkOK: []int{0, 1, 2},
		notes:   []string{fmt.Sprintf("%s: %s from the module proxy; no touched run (no leaf package is known)", set, mod)},
	}
	if t.lines, err = b.countLines(dir, t.patterns); err != nil {
		return nil, err
	}
	return t, nil
}

// copyTree copies the directory tree src (a module in the module cache)
// into dst, regular files and directories only, writable.
func copyTree(src, dst string) error {
	return filepath.WalkDir(src, func(path string, d fs.DirEntry, err error) error {
		if err != nil {
			return err
		}
		rel, err := filepath.Rel(src, path)
		if err != nil {
			return err
		}
		to := filepath.Join(dst, rel)
		switch {
		case d.IsDir():
			return os.MkdirAll(to, 0o755)
		case !d.Type().IsRegular():
			return nil
		}
		data, err := os.ReadFile(path)
		if err != nil {
			return err
		}
		return os.WriteFile(to, data, 0o644)
	})
}

// countLines counts the lines of the Go files (tests included) of the
// packages matching patterns.
func (b *bench) countLines(dir string, patterns []string) (int, error) {
	args := append([]string{"list", "-e", "-f", `{{$d := .Dir}}{{range .GoFiles}}{{$d}}/{{.}}
{{end}}{{range .CgoFiles}}{{$d}}/{{.}}
{{end}}{{range .TestGoFiles}}{{$d}}/{{.}}
{{end}}{{range .XTestGoFiles}}{{$d}}/{{.}}
{{end}}`}, patterns...)
	cmd := exec.Command("go", args...)
	cmd.Dir = dir
	cmd.Env = b.env
	out, err := cmd.Output()
	if err != nil {
		return 0, fmt.Errorf("listing the Go files of %s: %w", strings.Join(patterns, " "), err)
	}
	lines := 0
	sc := bufio.NewScanner(bytes.NewReader(out))
	for sc.Scan() {
		if sc.Text() == "" {
			continue
		}
		data, err := os.ReadFile(sc.Text())
		if err != nil {
			return 0, fmt.Errorf("counting lines: %w", err)
		}
		lines += bytes.Count(data, []byte("\n"))
	}
	return lines, nil
}

// measureSet measures every tool on one set, run by run (so that a
// drift in the machine's load spreads over all tools).
func (b *bench) measureSet(set string) (*setResult, error) {
	t, err := b.prepare(set)
	if err != nil {
		return nil, err
	}
	res := &setResult{name: set, lines: t.lines, gen: t.gen, notes: t.notes}
	for _, tool := range []string{toolFloor, toolFloorAll, toolBefore, toolCheck, toolVetCold, toolVetWarm, toolVetTouched, toolGosec} {
		if tool == toolBefore && b.cfg.before == "" {
			continue
		}
		res.rows = append(res.rows, &measurement{tool: tool})
	}
	if t.leaf == "" {
		res.row(toolVetTouched).skipped = "n/a"
	}
	if b.cfg.skipVet {
		for _, tool := range []string{toolVetCold, toolVetWarm, toolVetTouched} {
			res.row(tool).skipped = "-skip-vet"
		}
	}
	vettool := "-vettool=" + b.privlint
	cache := filepath.Join(b.work, "cache", set)
	coldRuns := min(b.cfg.coldRuns, b.cfg.runs)
	if coldRuns < 1 {
		coldRuns = b.cfg.runs
	}
	for r := range b.cfg.runs {
		cold := r < coldRuns
		if cold {
			if err := os.RemoveAll(cache); err != nil {
				return res, fmt.Errorf("clearing %s: %w", cache, err)
			}
			if err := os.MkdirAll(cache, 0o755); err != nil {
				return res, fmt.Errorf("creating %s: %w", cache, err)
			}
		}
		coldEnv := []string{"GOCACHE=" + cache}
		steps := []invocation{
			{tool: toolFloor, name: b.floor, args: t.patterns, okExit: []int{0}},
			{tool: toolFloorAll, name: b.floor, args: append([]string{"-load", "all", "-tests"}, t.patterns...), okExit: []int{0}},
			{tool: toolCheck, name: b.privlint, args: append([]string{"check"}, t.patterns...), okExit: t.checkOK},
		}
		if b.cfg.before != "" {
			steps = slices.Insert(steps, 2, invocation{tool: toolBefore, name: b.cfg.before, args: append([]string{"check"}, t.patterns...), okExit: t.checkOK})
		}
		if cold {
			steps = append(steps, invocation{tool: toolVetCold, name: "go", args: append([]string{"vet", vettool}, t.patterns...), env: coldEnv, okExit: []int{0, 1}})
		}
		steps = append(steps, invocation{tool: toolVetWarm, name: "go", args: append([]string{"vet", vettool}, t.patterns...), env: coldEnv, okExit: []int{0, 1}})
		if t.leaf != "" {
			steps = append(steps, invocation{tool: toolVetTouched, name: "go", args: append([]string{"vet", vettool}, t.patterns...), env: coldEnv, okExit: []int{0, 1}})
		}
		if b.cfg.skipVet {
			steps = slices.DeleteFunc(steps, func(inv invocation) bool { return strings.HasPrefix(inv.tool, "go vet") })
		}
		if b.haveGosec() {
			steps = append(steps, invocation{tool: toolGosec, name: b.gosec, args: []string{"-quiet", "-fmt", "json", "-out", os.DevNull, "./..."}, dir: t.gosecDir, okExit: []int{0, 1}})
		}
		for _, inv := range steps {
			if inv.dir == "" {
				inv.dir = t.dir
			}
			b.logf("%s: run %d/%d: %s", set, r+1, b.cfg.runs, inv.tool)
			var s sample
			if inv.tool == toolVetTouched {
				s, err = b.touched(set, t.leaf, inv)
			} else {
				s, err = b.runOnce(set, inv)
			}
			if err != nil {
				return res, err
			}
			m := res.row(inv.tool)
			m.samples = append(m.samples, s)
		}
		if !b.haveGosec() {
			res.row(toolGosec).skipped = "unavailable"
		}
	}
	// A cold cache of std takes gigabytes: drop it after the set.
	if err := os.RemoveAll(cache); err != nil {
		return res, fmt.Errorf("removing %s: %w", cache, err)
	}
	return res, nil
}

// touched runs inv after appending a comment line to leaf, and restores
// leaf afterwards.
func (b *bench) touched(set, leaf string, inv invocation) (sample, error) {
	orig, err := os.ReadFile(leaf)
	if err != nil {
		return sample{}, fmt.Errorf("touching %s: %w", leaf, err)
	}
	if err := os.WriteFile(leaf, append(slices.Clip(orig), "\n// touched by the benchmark\n"...), 0o644); err != nil {
		return sample{}, fmt.Errorf("touching %s: %w", leaf, err)
	}
	s, runErr := b.runOnce(set, inv)
	if err := os.WriteFile(leaf, orig, 0o644); err != nil && runErr == nil {
		runErr = fmt.Errorf("restoring %s: %w", leaf, err)
	}
	return s, runErr
}

// runOnce runs one invocation, its standard output and error going to
// files in the scratch directory, and checks that it did not crash.
func (b *bench) runOnce(set string, inv invocation) (sample, error) {
	logs := filepath.Join(b.work, "logs")
	if err := os.MkdirAll(logs, 0o755); err != nil {
		return sample{}, fmt.Errorf("creating %s: %w", logs, err)
	}
	base := filepath.Join(logs, set+"-"+strings.NewReplacer(" ", "-", "(", "", ")", "", ",", "").Replace(inv.tool))
	stdout, err := os.Create(base + ".stdout")
	if err != nil {
		return sample{}, fmt.Errorf("creating a log: %w", err)
	}
	defer stdout.Close()
	var stderr bytes.Buffer
	ctx, cancel := context.WithTimeout(context.Background(), b.cfg.timeout)
	defer cancel()
	cmd := exec.CommandContext(ctx, inv.name, inv.args...)
	cmd.Dir = inv.dir
	cmd.Env = append(slices.Clip(b.env), inv.env...)
	cmd.Stdout = stdout
	cmd.Stderr = &stderr
	cmd.WaitDelay = 10 * time.Second
	start := time.Now()
	runErr := cmd.Run()
	wall := time.Since(start)
	if err := os.WriteFile(base+".stderr", stderr.Bytes(), 0o644); err != nil {
		return sample{}, fmt.Errorf("writing a log: %w", err)
	}
	s := sample{wall: wall, exit: -1}
	if cmd.ProcessState != nil {
		s.exit = cmd.ProcessState.ExitCode()
		s.rssKiB = peakRSS(cmd.ProcessState)
	}
	crash := func(reason string) error {
		return &crashError{tool: inv.tool, set: set, reason: reason, stderrTail: tail(stderr.String(), 20)}
	}
	switch {
	case ctx.Err() != nil:
		return s, crash(fmt.Sprintf("did not finish within %s (-timeout)", b.cfg.timeout))
	case cmd.ProcessState == nil:
		return s, crash(fmt.Sprintf("could not be run: %v", runErr))
	}
	if reason := crashReason(s.exit, stderr.Bytes(), inv.okExit); reason != "" {
		return s, crash(reason)
	}
	return s, nil
}

// crashReason says why a run with the given exit code and standard error
// counts as a crash, "" when it does not.
func crashReason(exit int, stderr []byte, okExit []int) string {
	if exit < 0 {
		return "killed by a signal"
	}
	sc := bufio.NewScanner(bytes.NewReader(stderr))
	sc.Buffer(nil, 1<<20)
	for sc.Scan() {
		line := sc.Text()
		switch {
		case strings.HasPrefix(line, "panic:"), strings.HasPrefix(line, "fatal error:"):
			return "it panicked: " + line
		case strings.Contains(strings.ToLower(line), "internal error"):
			return "it reported an internal error: " + line
		}
	}
	if !slices.Contains(okExit, exit) {
		return fmt.Sprintf("unexpected exit code %d (expected %s)", exit, joinInts(okExit, " or "))
	}
	return ""
}

// joinInts formats ints joined by sep.
func joinInts(xs []int, sep string) string {
	parts := make([]string, len(xs))
	for i, x := range xs {
		parts[i] = fmt.Sprint(x)
	}
	return strings.Join(parts, sep)
}

// tail returns the last n lines of s.
func tail(s string, n int) string {
	lines := strings.Split(strings.TrimRight(s, "\n"), "\n")
	if len(lines) > n {
		lines = lines[len(lines)-n:]
	}
	return strings.Join(lines, "\n")
}
