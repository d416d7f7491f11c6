// Package setup gives every privlint analyzer the policy and the classifier
// that apply to the package it analyzes.
//
// Under go vet each package is analyzed in its own process whose working
// directory is the package directory, so the policy is found by walking up
// from the package's files (or named by -config / PRIVLINT_CONFIG). The CLI
// loads the policy once and installs it with Use, so that every package of
// a run is judged by the same policy. Policies and classifiers are compiled
// once per process and shared.
package setup

import (
	"fmt"
	"path/filepath"
	"sync"
	"sync/atomic"

	"golang.org/x/tools/go/analysis"

	"github.com/privlint/privlint/internal/classifier"
	"github.com/privlint/privlint/rules/policy"
	"github.com/privlint/privlint/rules/safefile"
)

// Env is what an analyzer needs to judge a package.
type Env struct {
	Policy     *policy.Policy
	Classifier *classifier.Classifier
}

var (
	mu       sync.Mutex
	fixed    *Env                // set by Use: the CLI's one policy
	explicit string              // -config flag value
	byPath   = map[string]*Env{} // policy path ("" = defaults) → env
	errs     = map[string]error{}
)

var includeGenerated atomic.Bool

// SetIncludeGenerated sets whether findings located in generated files
// ("// Code generated ... DO NOT EDIT.") are reported.
func SetIncludeGenerated(on bool) { includeGenerated.Store(on) }

// IncludeGenerated reports whether findings in generated files are
// reported.
func IncludeGenerated() bool { return includeGenerated.Load() }

// SetConfigPath sets the policy file named on the command line (-config).
// A relative path is resolved against the process's working directory.
func SetConfigPath(path string) {
	mu.Lock()
	defer mu.Unlock()
	explicit = path
}

// Use installs p as the policy for every package analyzed from now on.
func Use(p *policy.Policy) {
	mu.Lock()
	defer mu.Unlock()
	fixed = newEnv(p)
}

func newEnv(p *policy.Policy) *Env {
	return &Env{Policy: p, Classifier: classifier.New(p.Taxonomy)}
}

// For returns the environment for the package of pass: the installed
// policy if Use was called, else the policy found from the package's
// directory. The error names the policy file and the line at fault.
func For(pass *analysis.Pass) (*Env, error) {
	mu.Lock()
	defer mu.Unlock()
	if fixed != nil {
		return fixed, nil
	}
	dir := ""
	if len(pass.Files) > 0 {
		dir = filepath.Dir(pass.Fset.File(pass.Files[0].Pos()).Name())
	}
	path, err := policy.Resolve(explicit, dir)
	if err != nil {
		return nil, fmt.Errorf("finding the privlint policy for %s: %w", pass.Pkg.Path(), err)
	}
	if env, ok := byPath[path]; ok {
		return env, nil
	}
	if err, ok := errs[path]; ok {
		return nil, err
	}
	var p *policy.Policy
	if path == "" {
		p, err = policy.Default()
	} else {
		// A policy inside the repository must not lead out of it.
		p, err = policy.LoadIn(path, safefile.RepoRoot(dir))
	}
	if err != nil {
		errs[path] = err
		return nil, err
	}
	env := newEnv(p)
	byPath[path] = env
	return env, nil
}
