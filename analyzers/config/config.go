package config

import (
	_ "embed"
	"fmt"
	"path/filepath"
	"reflect"
	"sync"

	"golang.org/x/tools/go/analysis"

	"github.com/privlint/privlint/analyzers/internal/analysisdoc"
	"github.com/privlint/privlint/internal/classifier"
	"github.com/privlint/privlint/internal/diag"
	"github.com/privlint/privlint/rules/policy"
	"github.com/privlint/privlint/rules/safefile"
)

// doc is the package documentation, the source of the analyzer's Doc.
//
//go:embed doc.go
var doc string

// Options are the run's settings that are not part of the policy.
type Options struct {
	// IncludeGenerated reports findings located in generated files
	// ("// Code generated ... DO NOT EDIT.") too.
	IncludeGenerated bool
	// ExcludeTests drops findings located in _test.go files: go vet
	// passes the packages' tests whatever the user asked, and privlint
	// analyzes the code that ships (SPEC §3). privlint check does not
	// load test files at all unless --tests.
	ExcludeTests bool
	// DepsFromExportData says that the packages outside the module were
	// loaded from export data (SPEC §10), so that no analyzer ran on
	// them: classify marks the packages it analyzes and classifies the
	// struct types of the others from their type information.
	DepsFromExportData bool
}

// Env is what an analyzer needs to judge a package. It is immutable and
// safe for concurrent use.
type Env struct {
	Policy     *policy.Policy
	Classifier *classifier.Classifier
	Sinks      *Sinks
	Options    Options
}

// NewEnv compiles the classifier and the sink catalog for p. The error
// names the policy file and the entry at fault.
func NewEnv(p *policy.Policy, o Options) (*Env, error) {
	sinks, err := newSinks(p)
	if err != nil {
		return nil, err
	}
	return &Env{Policy: p, Classifier: classifier.New(p.Taxonomy), Sinks: sinks, Options: o}, nil
}

// Reporter returns the reporter of pass's findings under this Env: the
// policy's rule levels and the include-generated and exclude-tests
// options apply.
func (e *Env) Reporter(pass *analysis.Pass) *diag.Reporter {
	return diag.New(pass, e.Policy, e.Options.IncludeGenerated, e.Options.ExcludeTests)
}

// A Source gives the Env for the package of a pass.
type Source func(pass *analysis.Pass) (*Env, error)

// Fixed is the Source that gives env to every package.
func Fixed(env *Env) Source {
	return func(*analysis.Pass) (*Env, error) { return env, nil }
}

// Find is the Source that loads the policy for each package: the file
// named by explicit (resolved against the working directory) if not empty,
// else privlint.yaml found walking up from the package's directory (or
// $PRIVLINT_CONFIG), else the default policy. Each policy file is loaded
// and compiled once per Source, not once per package.
func Find(explicit string, o Options) Source {
	var (
		mu     sync.Mutex
		byPath = map[string]*Env{} // policy path ("" = defaults) → env
		errs   = map[string]error{}
	)
	return func(pass *analysis.Pass) (*Env, error) {
		dir := ""
		if len(pass.Files) > 0 {
			dir = filepath.Dir(pass.Fset.File(pass.Files[0].Pos()).Name())
		}
		path, err := policy.Resolve(explicit, dir)
		if err != nil {
			return nil, fmt.Errorf("finding the privlint policy for %s: %w", pass.Pkg.Path(), err)
		}
		mu.Lock()
		defer mu.Unlock()
		if env, ok := byPath[path]; ok {
			return env, nil
		}
		if err, ok := errs[path]; ok {
			return nil, err
		}
		env, err := load(path, safefile.RepoRoot(dir), o)
		if err != nil {
			errs[path] = err
			return nil, err
		}
		byPath[path] = env
		return env, nil
	}
}

// load builds the Env of the policy at path ("" for the defaults); a
// policy inside the repository root must not lead out of it.
func load(path, root string, o Options) (*Env, error) {
	var (
		p   *policy.Policy
		err error
	)
	if path == "" {
		p, err = policy.Default()
	} else {
		p, err = policy.LoadIn(path, root)
	}
	if err != nil {
		return nil, err
	}
	return NewEnv(p, o)
}

// envType is the result type of the Env analyzer.
var envType = reflect.TypeFor[*Env]()

// Name is the name of the Env analyzer.
const Name = "env"

// New returns an analyzer whose result is the Env that src gives for the
// package. Every privlint analyzer of a run Requires the same one.
func New(src Source) *analysis.Analyzer {
	return &analysis.Analyzer{
		Name:             Name,
		Doc:              analysisdoc.MustExtract(doc, Name),
		URL:              "https://github.com/privlint/privlint#the-policy-file-privlintyaml",
		Run:              func(pass *analysis.Pass) (any, error) { return src(pass) },
		RunDespiteErrors: true,
		ResultType:       envType,
	}
}

// For returns the Env of pass, the result of the Env analyzer that
// pass's analyzer Requires. It panics when the analyzer does not require
// one: that is a programming error, not a property of the input.
func For(pass *analysis.Pass) *Env {
	for _, req := range pass.Analyzer.Requires {
		if req.ResultType == envType {
			return pass.ResultOf[req].(*Env)
		}
	}
	panic(fmt.Sprintf("privlint analyzer %s does not require the Env analyzer", pass.Analyzer.Name))
}
