package cli

import (
	"fmt"
	"maps"
	"slices"
	"strconv"
	"strings"

	"golang.org/x/tools/go/analysis"
	"golang.org/x/tools/go/analysis/checker"
	"golang.org/x/tools/go/packages"

	"github.com/privlint/privlint/analyzers/flow"
	"github.com/privlint/privlint/finding"
	"github.com/privlint/privlint/internal/diag"
	"github.com/privlint/privlint/internal/goload"
)

// analysisResult is what one run of the analyzers found.
type analysisResult struct {
	findings []*finding.Finding
	errors   []*finding.Error
	// notes are things the user should know about the run that are not
	// errors (cgo files left out, a toolchain line not followed), each
	// printed once on standard error.
	notes []string
	// results are the results of the root packages' actions, by analyzer
	// name, in the graph's order (for the whole-program PL201 and the
	// inventory).
	results map[string][]any
	// module is the path of the main module of the packages loaded, and
	// moduleDir its directory.
	module, moduleDir string
	// roots are the import paths of the packages the patterns matched.
	roots map[string]bool
	// unparsed are the files that do not parse (a read of a field in
	// them cannot be seen, so PL201 is not judged).
	unparsed []string
}

// loadOptions say how packages are loaded.
type loadOptions struct {
	// noCgo loads with CGO_ENABLED=0, so that the C compiler never runs
	// on the packages' C preambles (which can #include any file the
	// runner can read, or /dev/zero). Files that need cgo are then left
	// out by their build constraints, and a note says which.
	noCgo bool
	// tests loads the packages' _test.go files and test packages too
	// (--tests); privlint check analyzes the code that ships without it.
	tests bool
}

// analyze loads the packages matching patterns (with their tests when
// lo.tests), the module's own from source and the other dependencies
// from export data (internal/goload, SPEC §10), and runs the analyzers on
// them, on packages that fail to load or type-check too (with what could
// be read of them). The errors are grouped into one per cause
// (loadCauses), each saying what was still analyzed. When go list fails
// for all of them (a broken go.mod or vendor/modules.txt, a go line newer
// than the local Go), that is an error of the result, not of analyze, so
// that the caller still checks the schemas and writes its report.
func analyze(dir string, patterns []string, as []*analysis.Analyzer, lo loadOptions) (*analysisResult, error) {
	res := &analysisResult{results: map[string][]any{}}
	env := loaderEnv(lo)
	if note, tooNew := toolchainNote(dir); tooNew {
		// Loading would end in one type error per package; say it once.
		res.errors = append(res.errors, &finding.Error{Message: note})
		return res, nil
	} else if note != "" {
		res.notes = append(res.notes, note)
	}
	seen := map[string]bool{}
	addErr := func(e *finding.Error) {
		key := e.Error()
		if !seen[key] {
			seen[key] = true
			res.errors = append(res.errors, e)
		}
	}
	cfg := &packages.Config{Dir: dir, Env: env, Tests: lo.tests}
	// Load errors are not listed one by one: loadCauses groups them by
	// cause below, from the packages the cut graph keeps (those loaded
	// from source and those that failed to load, with their errors).
	pkgs, err := goload.Load(cfg, nil, patterns...)
	if err != nil {
		res.errors = append(res.errors, &finding.Error{
			Message: fmt.Sprintf("loading %s: %s", strings.Join(patterns, " "), goCommandError(err)),
		})
		return res, nil
	}
	if lo.noCgo {
		if note := cgoNote(dir, patterns, env, pkgs); note != "" {
			res.notes = append(res.notes, note)
		}
	}
	res.roots = map[string]bool{}
	for _, p := range pkgs {
		if p.Module != nil && p.Module.Main && res.module == "" {
			res.module, res.moduleDir = p.Module.Path, p.Module.Dir
		}
		res.roots[p.PkgPath] = true
	}
	if len(pkgs) == 0 {
		addErr(&finding.Error{Message: fmt.Sprintf("no Go packages match %s", strings.Join(patterns, " "))})
	}
	releaseAfterUse(as, pkgs)
	graph, err := checker.Analyze(as, pkgs, nil)
	if err != nil {
		return nil, fmt.Errorf("analyzing: %w", err)
	}
	// skipped counts, by package, the functions whose flows were not
	// followed (they use types that could not be loaded); it stays nil
	// when the data-flow rules are off (flowSkips).
	var skipped map[string]int
	if slices.ContainsFunc(as, func(a *analysis.Analyzer) bool { return a.Name == flow.Name }) {
		skipped = map[string]int{}
	}
	// blocked maps a root package that could not be analyzed because a
	// dependency could not be to those dependencies: one error per package
	// instead of one per analyzer.
	blocked := map[string]map[string]bool{}
	for act := range graph.All() {
		if act.Err != nil {
			msg := act.Err.Error()
			switch {
			case strings.Contains(msg, "analysis skipped due to errors"):
				// The package's load errors are listed above.
			case strings.HasPrefix(msg, "failed prerequisites: "):
				if act.IsRoot && len(act.Package.Errors) == 0 {
					deps := blocked[act.Package.PkgPath]
					if deps == nil {
						deps = map[string]bool{}
						blocked[act.Package.PkgPath] = deps
					}
					for _, d := range strings.Split(strings.TrimPrefix(msg, "failed prerequisites: "), ", ") {
						if _, pkg, ok := strings.Cut(d, "@"); ok && pkg != act.Package.PkgPath {
							deps[pkg] = true
						}
					}
				}
			default:
				// A failure in a dependency is reported too: its importers
				// only say "failed prerequisites".
				addErr(&finding.Error{Message: fmt.Sprintf("%s: %s: %v", act.Package.PkgPath, act.Analyzer.Name, act.Err)})
			}
			continue
		}
		if r, ok := act.Result.(*flow.Result); ok && len(r.Skipped) > 0 && skipped != nil {
			skipped[act.Package.PkgPath] = max(skipped[act.Package.PkgPath], len(r.Skipped))
		}
		if !act.IsRoot || act.Result == nil {
			continue
		}
		res.results[act.Analyzer.Name] = append(res.results[act.Analyzer.Name], act.Result)
		if c, ok := act.Result.(diag.Carrier); ok {
			res.findings = append(res.findings, keepJudgeable(act, c.DiagResult().Findings)...)
		}
	}
	res.unparsed = unparsedFiles(pkgs, dir)
	for _, e := range loadCauses(pkgs, skipped, dir, res.module, res.moduleDir) {
		addErr(e)
	}
	for _, pkg := range slices.Sorted(maps.Keys(blocked)) {
		why := "a dependency could not be analyzed"
		if deps := slices.Sorted(maps.Keys(blocked[pkg])); len(deps) > 0 {
			why = "its dependencies could not be analyzed: " + strings.Join(deps, ", ")
		}
		addErr(&finding.Error{Message: fmt.Sprintf("%s: not analyzed: %s (their errors are listed)", pkg, why)})
	}
	res.errors = finding.SortErrors(res.errors)
	return res, nil
}

// loadError turns a go/packages error into a finding error with a file
// and line when it has them. dir is the go command's working directory.
func loadError(p *packages.Package, e packages.Error, dir string) *finding.Error {
	if fe, ok := cgoFailure(p, e, dir); ok {
		return fe
	}
	fe := &finding.Error{Message: e.Msg}
	if e.Pos != "" && e.Pos != "-" {
		file, line, col := splitPos(e.Pos)
		fe.File, fe.Line, fe.Column = file, line, col
	}
	if fe.File == "" {
		fe.Message = p.PkgPath + ": " + e.Msg
	}
	return fe
}

// splitPos splits "file:line:col" (col and line optional).
func splitPos(pos string) (string, int, int) {
	parts := strings.Split(pos, ":")
	nums := []int{}
	for len(parts) > 1 && len(nums) < 2 {
		n, err := strconv.Atoi(parts[len(parts)-1])
		if err != nil {
			break
		}
		nums = append([]int{n}, nums...)
		parts = parts[:len(parts)-1]
	}
	file := strings.Join(parts, ":")
	switch len(nums) {
	case 2:
		return file, nums[0], nums[1]
	case 1:
		return file, nums[0], 0
	}
	return file, 0, 0
}
