package cli

import (
	"crypto/sha256"
	"encoding/json"
	"flag"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"strconv"
	"strings"

	"golang.org/x/tools/go/analysis"
	"golang.org/x/tools/go/analysis/unitchecker"

	"github.com/privlint/privlint/internal/safefile"
	"github.com/privlint/privlint/internal/setup"
	"github.com/privlint/privlint/rules"
	"github.com/privlint/privlint/rules/policy"
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
func Vet(analyzers []*analysis.Analyzer) {
	flag.Func("config", "privlint policy file (default: privlint.yaml found from the package directory, or $PRIVLINT_CONFIG); give an absolute path: go vet runs the tool in each package's directory", func(s string) error {
		setup.SetConfigPath(s)
		return nil
	})
	flag.BoolFunc("include-generated", "also report findings located in generated files (// Code generated ... DO NOT EDIT.)", func(s string) error {
		on, err := strconv.ParseBool(s)
		setup.SetIncludeGenerated(on)
		return err
	})
	flag.Var(versionFlag{}, "V", "print version and exit")
	if err := checkVetPolicy(os.Args[1:]); err != nil {
		// A broken policy must fail the vet action (failed actions are not
		// cached), not become an analysis error go vet shows once as
		// "failed prerequisites" and then replays as success.
		fmt.Fprintf(os.Stderr, "privlint: %v\n", err)
		os.Exit(1)
	}
	unitchecker.Main(analyzers...)
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
		fmt.Fprintf(os.Stderr, "privlint: %v\n", err)
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
