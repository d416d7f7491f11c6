// Command bench is privlint's benchmark (issue 7). On each package set it
// measures, several runs each, the median wall time and the largest peak
// RSS of:
//
//   - floor: internal/devtools/floor, which loads the packages exactly as
//     privlint check does (the module from source, the other dependencies
//     from export data) and does nothing else;
//   - floor (whole source): the floor with -load all -tests, every
//     package from source with the tests: the load privlint check did
//     before issue 16, and the floor of tools that analyze the whole
//     graph;
//   - privlint check;
//   - go vet -vettool=privlint with a cold build cache (a fresh GOCACHE),
//     warm (the same cache again), and warm after touching one package
//     nothing imports;
//   - gosec, installed into a scratch GOBIN from the module proxy.
//
// and prints a Markdown table of the figures and their ratios to the
// floor, labelled with the machine's core count and the Go version.
//
// Package sets: std (the standard library), genNk, a module of about
// N thousand lines written by internal/devtools/benchgen, and the real
// modules of realSets (miniflux, gitea), downloaded from the module proxy
// with their dependencies.
//
// Usage, from the repository:
//
//	go run ./internal/devtools/bench [-sets std,gen50k,...] [-runs 3] [-out FILE]
//	go run ./internal/devtools/bench -smoke
//
// It exits 1 when a tool crashes (a signal, a panic or an internal error
// on its standard error, or an unexpected exit code) or cannot be built,
// naming the tool and showing the end of its standard error; it never
// fails on a figure.
package main

import (
	"context"
	"errors"
	"flag"
	"fmt"
	"io"
	"os"
	"os/exec"
	"path/filepath"
	"runtime"
	"strconv"
	"strings"
	"time"
)

// defaultSets are the package sets of a full run. gitea is left out: it
// takes a quarter of an hour per tool run with gosec; name it with -sets.
const defaultSets = "std,gen50k,gen100k,gen200k,gen400k,miniflux"

// realSets are the real modules the benchmark can measure, by set name:
// a module path and version the module proxy serves.
var realSets = map[string]string{
	"miniflux": "miniflux.app/v2@v2.3.5",      // a web application, ~85k lines, ~60 module dependencies
	"gitea":    "code.gitea.io/gitea@v1.27.3", // a forge, ~490k lines
}

// config is the command line.
type config struct {
	sets         []string
	runs         int
	coldRuns     int // runs that start go vet from an empty cache (0: all)
	smoke        bool
	gosecVersion string
	gosecTimeout time.Duration
	timeout      time.Duration
	work         string
	out          string
	repo         string
	privlint     string // a prebuilt privlint to measure, "" to build it
	before       string // a prebuilt earlier privlint measured beside it, "" for none
	skipVet      bool   // leave go vet out (its cold runs take minutes)
	progress     io.Writer
}

func main() {
	os.Exit(run(os.Args[1:], os.Stdout, os.Stderr))
}

// run is main with its outcome as an exit code.
func run(args []string, stdout, stderr io.Writer) int {
	cfg, err := parseFlags(args, stderr)
	if err != nil {
		if errors.Is(err, flag.ErrHelp) {
			return 0
		}
		fmt.Fprintln(stderr, "bench:", err)
		return 2
	}
	cfg.progress = stderr
	start := time.Now()
	report, err := benchmark(cfg)
	if report != nil {
		fmt.Fprint(stdout, report.markdown())
	}
	if err != nil {
		fmt.Fprintln(stderr, "bench:", err)
		return 1
	}
	if cfg.out != "" {
		if err := os.WriteFile(cfg.out, []byte(report.markdown()), 0o644); err != nil {
			fmt.Fprintln(stderr, "bench: writing the table:", err)
			return 1
		}
	}
	fmt.Fprintf(stderr, "bench: done in %s\n", time.Since(start).Round(time.Second))
	return 0
}

// parseFlags parses the command line.
func parseFlags(args []string, stderr io.Writer) (*config, error) {
	fs := flag.NewFlagSet("bench", flag.ContinueOnError)
	fs.SetOutput(stderr)
	sets := fs.String("sets", defaultSets, "comma-separated package sets: std, genNk (N thousand generated lines), miniflux and gitea (real modules from the module proxy)")
	runs := fs.Int("runs", 3, "runs of each tool per set (the median wall time is reported)")
	coldRuns := fs.Int("cold-runs", 0, "of the runs, how many measure go vet from an empty build cache (0: all; a cold run of std takes minutes); the others re-use the cache")
	smoke := fs.Bool("smoke", false, "quick check that no tool crashes: set gen5k, one run, gosec skipped if it cannot be installed quickly")
	gosecVersion := fs.String("gosec-version", "v2.30.0", "gosec version to install from the module proxy")
	gosecTimeout := fs.Duration("gosec-install-timeout", 0, "time allowed to install gosec (0: 15m, or 90s with -smoke)")
	timeout := fs.Duration("timeout", time.Hour, "time allowed to one run of one tool")
	work := fs.String("work", "", "scratch directory (default: a temporary directory removed at the end)")
	out := fs.String("out", "", "also write the Markdown table to this file")
	repo := fs.String("repo", "", "privlint repository root (default: the main module of the current directory)")
	skipVet := fs.Bool("skip-vet", false, "leave the go vet rows out (a cold go vet takes minutes on a busy machine)")
	before := fs.String("before", "", "also measure privlint check of this earlier privlint `binary`, in the same runs (row privlint check (before))")
	privlint := fs.String("privlint", "", "measure this privlint `binary` instead of building one from the repository (before/after figures with the same harness)")
	if err := fs.Parse(args); err != nil {
		return nil, err
	}
	if fs.NArg() > 0 {
		return nil, fmt.Errorf("unexpected arguments %q", fs.Args())
	}
	cfg := &config{
		runs:         *runs,
		coldRuns:     *coldRuns,
		smoke:        *smoke,
		gosecVersion: *gosecVersion,
		gosecTimeout: *gosecTimeout,
		timeout:      *timeout,
		work:         *work,
		out:          *out,
		repo:         *repo,
		privlint:     *privlint,
		before:       *before,
		skipVet:      *skipVet,
	}
	if cfg.before != "" {
		abs, err := filepath.Abs(cfg.before)
		if err != nil {
			return nil, fmt.Errorf("-before: %w", err)
		}
		if _, err := os.Stat(abs); err != nil {
			return nil, fmt.Errorf("-before: %w", err)
		}
		cfg.before = abs
	}
	setFlag := false
	fs.Visit(func(f *flag.Flag) {
		if f.Name == "sets" {
			setFlag = true
		}
	})
	if cfg.smoke {
		if !setFlag {
			*sets = "gen5k"
		}
		cfg.runs = 1
		if cfg.gosecTimeout == 0 {
			cfg.gosecTimeout = 90 * time.Second
		}
	}
	if cfg.gosecTimeout == 0 {
		cfg.gosecTimeout = 15 * time.Minute
	}
	if cfg.runs < 1 {
		return nil, fmt.Errorf("-runs %d: at least one run is needed", cfg.runs)
	}
	var err error
	if cfg.sets, err = parseSets(*sets); err != nil {
		return nil, err
	}
	return cfg, nil
}

// parseSets splits and checks the -sets value.
func parseSets(s string) ([]string, error) {
	var out []string
	seen := map[string]bool{}
	for _, name := range strings.Split(s, ",") {
		name = strings.TrimSpace(name)
		if name == "" || seen[name] {
			continue
		}
		if _, real := realSets[name]; name != "std" && !real {
			if _, err := genLines(name); err != nil {
				return nil, err
			}
		}
		seen[name] = true
		out = append(out, name)
	}
	if len(out) == 0 {
		return nil, fmt.Errorf("-sets %q names no package set", s)
	}
	return out, nil
}

// genLines returns the size of a generated set named genNk.
func genLines(name string) (int, error) {
	num, ok := strings.CutPrefix(name, "gen")
	if ok {
		num, ok = strings.CutSuffix(num, "k")
	}
	n, err := strconv.Atoi(num)
	if !ok || err != nil || n < 1 || n > 10000 {
		return 0, fmt.Errorf("unknown package set %q (want std, genNk with 1 ≤ N ≤ 10000, miniflux or gitea)", name)
	}
	return n * 1000, nil
}

// bench is one benchmark run's state.
type bench struct {
	cfg      *config
	work     string
	privlint string // path of the built privlint
	floor    string // path of the built floor
	gosec    string // path of the installed gosec, "" when unavailable
	gosecWhy string // why gosec is unavailable
	// gosecDone is closed when the installation of gosec has ended.
	gosecDone chan struct{}
	goroot    string
	env       []string // environment of every tool run
}

// benchmark runs the whole benchmark and returns the report; on a crash
// the report holds what was measured before it.
func benchmark(cfg *config) (*report, error) {
	b := &bench{cfg: cfg}
	if cfg.repo == "" {
		root, err := findRepo()
		if err != nil {
			return nil, err
		}
		cfg.repo = root
	}
	if cfg.work == "" {
		dir, err := os.MkdirTemp("", "privlint-bench-")
		if err != nil {
			return nil, fmt.Errorf("creating the scratch directory: %w", err)
		}
		defer os.RemoveAll(dir)
		b.work = dir
	} else {
		dir, err := filepath.Abs(cfg.work)
		if err != nil {
			return nil, fmt.Errorf("scratch directory: %w", err)
		}
		if err := os.MkdirAll(dir, 0o755); err != nil {
			return nil, fmt.Errorf("creating the scratch directory: %w", err)
		}
		b.work = dir
	}
	b.env = append(os.Environ(), "GOWORK=off", "GOTOOLCHAIN=local")
	goVersion, err := b.goEnv("GOVERSION")
	if err != nil {
		return nil, err
	}
	if b.goroot, err = b.goEnv("GOROOT"); err != nil {
		return nil, err
	}
	rep := &report{
		cores:     runtime.NumCPU(),
		goVersion: goVersion,
		platform:  runtime.GOOS + "/" + runtime.GOARCH,
		runs:      cfg.runs,
	}
	if err := b.build(); err != nil {
		return nil, err
	}
	// With -smoke, whose figures are indicative only, gosec is installed
	// while the other tools run, to keep the smoke run short; otherwise
	// first, so that it does not disturb the measurements.
	b.gosecDone = make(chan struct{})
	go func() {
		defer close(b.gosecDone)
		b.installGosec()
	}()
	if cfg.smoke {
		rep.notes = append(rep.notes, "-smoke: one run on a small module, gosec installed while the other tools ran: the figures are indicative only")
	} else {
		b.haveGosec()
	}
	defer func() {
		if b.haveGosec() {
			return
		}
		rep.notes = append(rep.notes, "gosec "+b.cfg.gosecVersion+" unavailable: "+b.gosecWhy)
	}()
	for _, set := range cfg.sets {
		res, err := b.measureSet(set)
		if res != nil {
			rep.sets = append(rep.sets, res)
		}
		if err != nil {
			return rep, err
		}
	}
	return rep, nil
}

// haveGosec waits for gosec's installation and reports whether it
// succeeded.
func (b *bench) haveGosec() bool {
	<-b.gosecDone
	return b.gosec != ""
}

// findRepo returns the root of the main module of the current directory,
// which must be privlint's.
func findRepo() (string, error) {
	out, err := exec.Command("go", "env", "GOMOD").Output()
	if err != nil {
		return "", fmt.Errorf("finding the repository: go env GOMOD: %w", err)
	}
	gomod := strings.TrimSpace(string(out))
	if gomod == "" || gomod == os.DevNull {
		return "", errors.New("run bench inside the privlint repository, or pass -repo")
	}
	data, err := os.ReadFile(gomod)
	if err != nil {
		return "", fmt.Errorf("finding the repository: %w", err)
	}
	if !strings.Contains(string(data), "module github.com/privlint/privlint\n") {
		return "", fmt.Errorf("%s is not privlint's go.mod; run bench inside the privlint repository, or pass -repo", gomod)
	}
	return filepath.Dir(gomod), nil
}

// goEnv returns `go env name`.
func (b *bench) goEnv(name string) (string, error) {
	cmd := exec.Command("go", "env", name)
	cmd.Env = b.env
	out, err := cmd.Output()
	if err != nil {
		return "", fmt.Errorf("go env %s: %w", name, err)
	}
	return strings.TrimSpace(string(out)), nil
}

// logf reports progress on standard error.
func (b *bench) logf(format string, args ...any) {
	fmt.Fprintf(b.cfg.progress, "bench: "+format+"\n", args...)
}

// build builds privlint and the floor from the repository.
func (b *bench) build() error {
	bin := filepath.Join(b.work, "bin")
	b.privlint = filepath.Join(bin, "privlint")
	b.floor = filepath.Join(bin, "floor")
	builds := []struct{ out, pkg string }{{b.privlint, "./cmd/privlint"}, {b.floor, "./internal/devtools/floor"}}
	if b.cfg.privlint != "" {
		path, err := filepath.Abs(b.cfg.privlint)
		if err != nil {
			return fmt.Errorf("-privlint: %w", err)
		}
		if _, err := os.Stat(path); err != nil {
			return fmt.Errorf("-privlint: %w", err)
		}
		b.privlint = path
		builds = builds[1:]
	}
	for _, t := range builds {
		b.logf("building %s", t.pkg)
		cmd := exec.Command("go", "build", "-o", t.out, t.pkg)
		cmd.Dir = b.cfg.repo
		cmd.Env = b.env
		if out, err := cmd.CombinedOutput(); err != nil {
			return fmt.Errorf("building %s: %w\n%s", t.pkg, err, tail(string(out), 20))
		}
	}
	return nil
}

// installGosec installs gosec into the scratch GOBIN; on failure it
// records why in b.gosecWhy.
func (b *bench) installGosec() {
	gobin := filepath.Join(b.work, "gobin")
	pkg := "github.com/securego/gosec/v2/cmd/gosec@" + b.cfg.gosecVersion
	b.logf("installing %s (up to %s)", pkg, b.cfg.gosecTimeout)
	ctx, cancel := context.WithTimeout(context.Background(), b.cfg.gosecTimeout)
	defer cancel()
	cmd := exec.CommandContext(ctx, "go", "install", pkg)
	cmd.Dir = b.work
	cmd.Env = append(b.env, "GOBIN="+gobin)
	cmd.WaitDelay = 10 * time.Second
	out, err := cmd.CombinedOutput()
	switch {
	case ctx.Err() != nil:
		b.gosecWhy = fmt.Sprintf("go install did not finish within %s", b.cfg.gosecTimeout)
	case err != nil:
		b.gosecWhy = fmt.Sprintf("go install failed (%v): %s", err, oneLine(tail(string(out), 3)))
	default:
		path := filepath.Join(gobin, "gosec")
		if _, err := os.Stat(path); err != nil {
			b.gosecWhy = fmt.Sprintf("go install wrote no binary: %v", err)
			return
		}
		b.gosec = path
	}
}

// oneLine joins the lines of s with "; ".
func oneLine(s string) string {
	return strings.Join(strings.Fields(strings.ReplaceAll(s, "\n", " ; ")), " ")
}
