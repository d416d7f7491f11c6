package cli

import (
	"bufio"
	"crypto/sha256"
	"encoding/json"
	"errors"
	"flag"
	"fmt"
	"io"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"sync"

	"golang.org/x/tools/go/analysis"
	"golang.org/x/tools/go/analysis/unitchecker"

	"github.com/privlint/privlint/analyzers"
	"github.com/privlint/privlint/analyzers/config"
	"github.com/privlint/privlint/internal/safetext"
	"github.com/privlint/privlint/rules"
	"github.com/privlint/privlint/rules/policy"
	"github.com/privlint/privlint/rules/safefile"
)

// IsVet reports whether args (without the program name) are a go vet
// invocation: -V=full, -flags, or a unit .cfg file as the last argument.
func IsVet(args []string) bool {
	for _, a := range args {
		if a == "-V=full" || a == "--V=full" || a == "-flags" || a == "--flags" {
			return true
		}
	}
	return len(args) > 0 && strings.HasSuffix(args[len(args)-1], ".cfg")
}

// Vet runs privlint as a go vet tool (the unitchecker protocol). It does
// not return.
//
// A unit whose results are printed (not a facts-only run for a
// dependency) is analyzed in a child process whose standard error passes
// through safetext.Line line by line: the unitchecker prints type and
// parse errors itself, and they quote the analyzed code, which may hold
// line breaks followed by CI workflow commands, or terminal escapes. The
// unitchecker exits as soon as it has printed, so the filter cannot run
// in the same process.
//
// unitchecker.Main wants the analyzers before it parses the flags, so the
// Env source reads -config and -include-generated when the first package
// asks for its Env, after the flags are parsed.
func Vet() {
	if os.Getenv(vetChildEnv) == "" && printsResults(os.Args[1:]) {
		if code, ok := vetFiltered(os.Args[1:]); ok {
			os.Exit(code)
		}
	}
	var (
		configPath       string
		includeGenerated bool
	)
	flag.StringVar(&configPath, "config", "", "privlint policy file (default: privlint.yaml found from the package directory, or $PRIVLINT_CONFIG); give an absolute path: go vet runs the tool in each package's directory")
	flag.BoolVar(&includeGenerated, "include-generated", false, "also report findings located in generated files (// Code generated ... DO NOT EDIT.)")
	flag.Var(versionFlag{}, "V", "print version and exit")
	if err := checkVetPolicy(os.Args[1:]); err != nil {
		// A broken policy must fail the vet action (failed actions are not
		// cached), not become an analysis error go vet shows once as
		// "failed prerequisites" and then replays as success.
		say(os.Stderr, "privlint: %v", err)
		os.Exit(1)
	}
	find := sync.OnceValue(func() config.Source {
		return config.Find(configPath, config.Options{IncludeGenerated: includeGenerated, ExcludeTests: true})
	})
	src := func(pass *analysis.Pass) (*config.Env, error) { return find()(pass) }
	unitchecker.Main(analyzers.New(src).All()...)
}

// vetChildEnv marks the child process of vetFiltered.
const vetChildEnv = "PRIVLINT_VET_FILTERED"

// printsResults reports whether args are a go vet unit (a .cfg file) that
// is not run for facts only.
func printsResults(args []string) bool {
	if len(args) == 0 || !strings.HasSuffix(args[len(args)-1], ".cfg") {
		return false
	}
	data, err := os.ReadFile(args[len(args)-1])
	if err != nil {
		return true // the unitchecker reports it, through the filter
	}
	var cfg struct{ VetxOnly bool }
	if json.Unmarshal(data, &cfg) != nil {
		return true
	}
	return !cfg.VetxOnly
}

// vetFiltered runs this executable again with args and copies its
// standard error to ours one line at a time through safetext.Line. It
// returns the child's exit code, and false when the child could not be
// started (the caller then runs the unit itself).
func vetFiltered(args []string) (int, bool) {
	exe, err := os.Executable()
	if err != nil {
		return 0, false
	}
	cmd := exec.Command(exe, args...)
	cmd.Env = append(os.Environ(), vetChildEnv+"=1")
	cmd.Stdin, cmd.Stdout = os.Stdin, os.Stdout
	stderr, err := cmd.StderrPipe()
	if err != nil {
		return 0, false
	}
	if err := cmd.Start(); err != nil {
		return 0, false
	}
	copyErr := copyLines(os.Stderr, stderr)
	err = cmd.Wait()
	if copyErr != nil {
		say(os.Stderr, "privlint: relaying the analysis output: %v", copyErr)
	}
	var ee *exec.ExitError
	switch {
	case err == nil && copyErr == nil:
		return 0, true
	case errors.As(err, &ee) && ee.ExitCode() > 0:
		return ee.ExitCode(), true
	case err != nil:
		say(os.Stderr, "privlint: %v", err)
	}
	return 2, true
}

// copyLines copies r to w line by line, each through safetext.Line.
func copyLines(w io.Writer, r io.Reader) error {
	br := bufio.NewReader(r)
	for {
		line, err := br.ReadString('\n')
		if line != "" {
			text, nl := strings.CutSuffix(line, "\n")
			out := safetext.Line(text)
			if nl {
				out += "\n"
			}
			if _, werr := io.WriteString(w, out); werr != nil {
				_, _ = io.Copy(io.Discard, br) // let the child finish
				return werr
			}
		}
		if err == io.EOF {
			return nil
		}
		if err != nil {
			return err
		}
	}
}

// checkVetPolicy loads the policy that will apply to the unit named by the
// .cfg argument, so that a configuration error stops the run with its
// file and line.
func checkVetPolicy(args []string) error {
	if len(args) == 0 || !strings.HasSuffix(args[len(args)-1], ".cfg") {
		return nil
	}
	data, err := os.ReadFile(args[len(args)-1])
	if err != nil {
		return nil // unitchecker reports it
	}
	var cfg struct {
		Dir     string
		GoFiles []string
	}
	if json.Unmarshal(data, &cfg) != nil {
		return nil
	}
	dir := cfg.Dir
	if len(cfg.GoFiles) > 0 {
		dir = filepath.Dir(cfg.GoFiles[0])
	}
	explicit := ""
	for i, a := range args {
		a = strings.TrimPrefix(a, "-")
		if v, ok := strings.CutPrefix(a, "-config="); ok {
			explicit = v
		} else if v, ok := strings.CutPrefix(a, "config="); ok {
			explicit = v
		} else if (a == "config" || a == "-config") && i+1 < len(args) {
			explicit = args[i+1]
		}
	}
	path, err := policy.Resolve(explicit, dir)
	if err != nil || path == "" {
		return err
	}
	_, err = policy.LoadIn(path, safefile.RepoRoot(dir))
	return err
}

// versionFlag answers go vet's -V=full. go vet (Go 1.26) caches every vet
// action keyed by this identity, so it folds in what else decides the
// findings: the policy file found from the working directory (or
// $PRIVLINT_CONFIG) and the embedded taxonomy. Editing privlint.yaml then
// changes what the next go vet reports.
type versionFlag struct{}

func (versionFlag) IsBoolFlag() bool { return true }
func (versionFlag) Get() any         { return nil }
func (versionFlag) String() string   { return "" }
func (versionFlag) Set(s string) error {
	if s != "full" {
		return fmt.Errorf("unsupported flag value: -V=%s (use -V=full)", s)
	}
	id, err := toolID()
	if err != nil {
		say(os.Stderr, "privlint: %v", err)
		os.Exit(2)
	}
	fmt.Printf("%s version devel privlint buildID=%x\n", filepath.Base(os.Args[0]), id)
	os.Exit(0)
	return nil
}

// toolID hashes the executable, the taxonomy and the policy in force
// (with the Fides manifests it names).
func toolID() ([]byte, error) {
	h := sha256.New()
	exe, err := os.Executable()
	if err != nil {
		return nil, fmt.Errorf("finding the privlint executable: %w", err)
	}
	f, err := os.Open(exe)
	if err != nil {
		return nil, fmt.Errorf("reading the privlint executable: %w", err)
	}
	_, err = io.Copy(h, f)
	f.Close()
	if err != nil {
		return nil, fmt.Errorf("reading the privlint executable %s: %w", exe, err)
	}
	if tax, err := rules.DefaultTaxonomy(); err == nil {
		fmt.Fprintf(h, "\x00taxonomy %s", tax.Digest())
	}
	wd, _ := os.Getwd()
	path, err := policy.Resolve("", wd)
	if err != nil {
		// The analysis will report the same problem; keep the identity
		// distinct so the error is not cached away.
		fmt.Fprintf(h, "\x00policy-error %v", err)
		return h.Sum(nil), nil
	}
	fmt.Fprintf(h, "\x00policy %s\x00", path)
	if path != "" {
		// The policy as the analysis will read it: a link out of the
		// repository or a pipe is refused there, and its error goes into
		// the identity (so that it is not cached away) instead of the
		// file's content.
		f, err := safefile.OpenNamed(path, safefile.RepoRoot(wd))
		if err != nil {
			fmt.Fprintf(h, "policy-error %v", err)
			return h.Sum(nil), nil
		}
		_, err = io.Copy(h, f)
		f.Close()
		if err != nil {
			return nil, fmt.Errorf("reading the policy %s: %w", path, err)
		}
		// The Fides manifests the policy names decide findings too; the
		// policy's digest covers them.
		if p, err := policy.LoadIn(path, safefile.RepoRoot(wd)); err == nil {
			fmt.Fprintf(h, "\x00digest %s", p.Digest)
		} else {
			fmt.Fprintf(h, "\x00policy-error %v", err)
		}
	}
	return h.Sum(nil), nil
}
