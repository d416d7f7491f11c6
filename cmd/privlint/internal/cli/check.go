package cli

import (
	"flag"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"slices"
	"strings"

	"github.com/privlint/privlint/analyzers"
	"github.com/privlint/privlint/analyzers/config"
	"github.com/privlint/privlint/finding"
	"github.com/privlint/privlint/internal/glob"
	"github.com/privlint/privlint/internal/report"
	"github.com/privlint/privlint/internal/version"
	"github.com/privlint/privlint/rules"
	"github.com/privlint/privlint/rules/policy"
	"github.com/privlint/privlint/rules/safefile"
)

// checkFlags are the flags of privlint check.
type checkFlags struct {
	config            string
	format            string
	output            string
	failOn            string
	enable, disable   string
	includeSuppressed bool
	includeGenerated  bool
	baseline          string
	writeBaseline     string
	root              string
	countFile         string
	cpuProfile        string
	memProfile        string
	noCgo             bool
}

func (c *checkFlags) register(fs *flag.FlagSet) {
	fs.StringVar(&c.config, "config", "", "policy `file` (default: privlint.yaml found walking up to the repository root, or $PRIVLINT_CONFIG)")
	fs.StringVar(&c.format, "format", "text", "output format: text, json or sarif")
	fs.StringVar(&c.output, "output", "", "write the report to `file` instead of standard output (written atomically)")
	fs.StringVar(&c.failOn, "fail-on", "warning", "exit 1 when a finding is at or above this `level`: error, warning, note or none")
	fs.StringVar(&c.enable, "enable", "", "comma-separated rule `ids` to run; all others are off")
	fs.StringVar(&c.disable, "disable", "", "comma-separated rule `ids` to switch off")
	fs.BoolVar(&c.includeSuppressed, "include-suppressed", false, "keep findings suppressed by //privlint:ignore in the output (SARIF: with a suppressions entry)")
	fs.BoolVar(&c.includeGenerated, "include-generated", false, "also report findings located in generated files (// Code generated ... DO NOT EDIT.)")
	fs.StringVar(&c.baseline, "baseline", "", "report only findings not recorded in this baseline `file` (SARIF: all, with baselineState new or unchanged); baselined findings never fail the run")
	fs.StringVar(&c.writeBaseline, "write-baseline", "", "record the current findings in this baseline `file` (written atomically) and exit 0 unless something failed to load")
	fs.StringVar(&c.root, "root", "", "`directory` SARIF URIs and fingerprints are relative to (default: the git top level above the working directory, else the working directory)")
	fs.StringVar(&c.cpuProfile, "cpuprofile", "", "write a CPU profile of the run to `file` (for go tool pprof)")
	fs.StringVar(&c.memProfile, "memprofile", "", "write a heap profile, taken at the end of the analysis, to `file`")
	fs.BoolVar(&c.noCgo, "no-cgo", false, noCgoUsage)
	fs.StringVar(&c.countFile, "count-file", "", "also write the number of findings that count toward --fail-on (unsuppressed, not baselined, any level) to `file`")
}

// parseInterspersed parses flags that may come before or after the
// positional arguments (privlint check ./... --format sarif).
func parseInterspersed(fs *flag.FlagSet, args []string) ([]string, error) {
	var pos []string
	for {
		if err := fs.Parse(args); err != nil {
			return nil, err
		}
		args = fs.Args()
		if len(args) == 0 {
			return pos, nil
		}
		if args[0] == "--" {
			return append(pos, args[1:]...), nil
		}
		pos = append(pos, args[0])
		args = args[1:]
	}
}

func check(args []string, stdout, stderr io.Writer) int {
	fs := flag.NewFlagSet("privlint check", flag.ContinueOnError)
	fs.SetOutput(stderr)
	var cf checkFlags
	cf.register(fs)
	fs.Usage = func() {
		fmt.Fprintf(stderr, "Usage: privlint check [flags] [packages] [schema files or dirs]\n\n"+
			"Arguments ending in .json, .yaml or .yml, and directories holding no .go\n"+
			"file, are JSON Schema, OpenAPI or Swagger documents to check (a directory\n"+
			"is searched for them); the others are Go package patterns. The policy's\n"+
			"schemas: globs are always checked too. Without arguments: ./... and the\n"+
			"policy's schemas. With schema arguments only, no Go package is loaded.\n\n"+
			"Baselines: --write-baseline FILE records the current findings; later runs\n"+
			"with --baseline FILE report only findings that are not in it. Fingerprints\n"+
			"ignore line numbers, so edits elsewhere keep a finding baselined; keep\n"+
			"--root the same between the two runs.\n\nFlags:\n")
		fs.PrintDefaults()
	}
	args, err := parseInterspersed(fs, args)
	if err != nil {
		return usageError(err)
	}
	if cf.cpuProfile != "" {
		stop, err := startCPUProfile(cf.cpuProfile)
		if err != nil {
			say(stderr, "privlint check: %v", err)
			return ExitError
		}
		defer stop()
	}
	if cf.memProfile != "" {
		defer func() {
			if err := writeHeapProfile(cf.memProfile); err != nil {
				say(stderr, "privlint check: %v", err)
			}
		}()
	}
	failOn, ok := finding.ParseLevel(cf.failOn)
	if !ok {
		say(stderr, "privlint check: --fail-on %q is not one of error, warning, note, none", cf.failOn)
		return ExitError
	}
	write, ok := writers[cf.format]
	if !ok {
		say(stderr, "privlint check: --format %q is not one of text, json, sarif", cf.format)
		return ExitError
	}
	enabled, err := ruleFilter(cf.enable, cf.disable)
	if err != nil {
		say(stderr, "privlint check: %v", err)
		return ExitError
	}
	cwd, err := os.Getwd()
	if err != nil {
		say(stderr, "privlint check: %v", err)
		return ExitError
	}
	patterns, schemaArgs := splitArgs(args, cwd)
	if len(args) == 0 {
		patterns = []string{"./..."}
	}

	root, err := resolveRoot(cf.root, cwd)
	if err != nil {
		say(stderr, "privlint check: %v", err)
		return ExitError
	}
	outRoot, err := outputRoot(cwd)
	if err != nil {
		say(stderr, "privlint check: %v", err)
		return ExitError
	}
	var baseline map[string]bool
	if cf.baseline != "" {
		if baseline, err = readBaseline(cf.baseline, safefile.RepoRoot(cwd)); err != nil {
			say(stderr, "privlint: %v", err)
			return ExitError
		}
	}

	pol, err := loadPolicy(cf.config, cwd)
	if err != nil {
		say(stderr, "privlint: %v", err)
		return ExitError
	}
	env, err := config.NewEnv(pol, config.Options{IncludeGenerated: cf.includeGenerated})
	if err != nil {
		say(stderr, "privlint: %v", err)
		return ExitError
	}

	res := &analysisResult{}
	if len(patterns) > 0 {
		res, err = analyze(cwd, patterns, analyzers.New(config.Fixed(env)).All(), loadOptions{noCgo: cf.noCgo})
		if err != nil {
			say(stderr, "privlint: %v", err)
			return ExitError
		}
		printNotes(stderr, res)
		res.findings = append(res.findings, unusedProgram(res).Findings(env)...)
	}
	res.merge(checkSchemas(env, schemaArgs, cwd))
	fs2 := filterFindings(res.findings, enabled, pol, cwd)

	tax := pol.Taxonomy
	opts := report.Options{
		Cwd:               cwd,
		Root:              root,
		ToolVersion:       version.String(),
		TaxonomyVersion:   tax.Version(),
		IncludeSuppressed: cf.includeSuppressed,
		Stderr:            stderr,
	}
	fingerprint := report.Fingerprinter(opts)
	all := fs2
	if baseline != nil {
		markBaseline(fs2, baseline, fingerprint)
		if cf.format != "sarif" {
			fs2 = dropBaselined(fs2)
			if hidden := len(all) - len(fs2); hidden > 0 {
				say(stderr, "privlint: %d findings in baseline %s not shown", hidden, cf.baseline)
			}
		}
	}
	emit := func(w io.Writer) error { return write(w, fs2, res.errors, opts) }
	err = report.Emit(cf.output, outRoot, stdout, emit)
	if err != nil {
		say(stderr, "privlint: writing the report: %v", err)
		return ExitError
	}
	if cf.format != "text" || cf.output != "" {
		// Errors are inside the report; say them on stderr too so a CI log shows them.
		for _, e := range res.errors {
			say(stderr, "privlint: %s", relError(e, cwd))
		}
	}
	var levels []int
	for _, f := range fs2 {
		if !f.Suppressed && f.Baseline != baselineUnchanged {
			levels = append(levels, f.Level.Rank())
		}
	}
	if cf.countFile != "" {
		if err := writeCount(cf.countFile, outRoot, len(levels)); err != nil {
			say(stderr, "privlint: %v", err)
			return ExitError
		}
	}
	if cf.writeBaseline != "" {
		if len(res.errors) > 0 {
			say(stderr, "privlint: not writing baseline %s: the analysis was incomplete (errors above)", cf.writeBaseline)
			return ExitError
		}
		n, err := writeBaseline(cf.writeBaseline, outRoot, all, fingerprint)
		if err != nil {
			say(stderr, "privlint: %v", err)
			return ExitError
		}
		say(stderr, "privlint: recorded %d findings in baseline %s", n, cf.writeBaseline)
		return ExitOK
	}
	return exitCodeFor(levels, failOn.Rank(), len(res.errors) > 0)
}

var writers = map[string]func(io.Writer, []*finding.Finding, []*finding.Error, report.Options) error{
	"text":  report.Text,
	"json":  report.JSON,
	"sarif": report.SARIF,
}

// loadPolicy loads the policy that applies in cwd (policy.Resolve). A
// policy file inside the repository must not be a link that leads out of
// it, and must be a regular file (policy.LoadIn).
func loadPolicy(explicit, cwd string) (*policy.Policy, error) {
	path, err := policy.Resolve(explicit, cwd)
	if err != nil {
		return nil, err
	}
	if path == "" {
		return policy.Default()
	}
	p, err := policy.LoadIn(path, safefile.RepoRoot(cwd))
	if err != nil {
		return nil, err
	}
	return p, nil
}

// ruleFilter turns --enable/--disable into a predicate on rule ids.
func ruleFilter(enable, disable string) (func(string) bool, error) {
	parse := func(s string) ([]string, error) {
		var ids []string
		for _, id := range strings.Split(s, ",") {
			id = strings.ToUpper(strings.TrimSpace(id))
			if id == "" {
				continue
			}
			if _, ok := rules.Lookup(id); !ok {
				return nil, fmt.Errorf("unknown rule %q (known: %s)", id, strings.Join(rules.IDs(), ", "))
			}
			ids = append(ids, id)
		}
		return ids, nil
	}
	en, err := parse(enable)
	if err != nil {
		return nil, fmt.Errorf("--enable: %w", err)
	}
	dis, err := parse(disable)
	if err != nil {
		return nil, fmt.Errorf("--disable: %w", err)
	}
	return func(id string) bool {
		if len(en) > 0 && !slices.Contains(en, id) {
			return false
		}
		return !slices.Contains(dis, id)
	}, nil
}

// filterFindings applies --enable/--disable and the policy's exclude globs,
// and sorts.
func filterFindings(fs []*finding.Finding, enabled func(string) bool, pol *policy.Policy, cwd string) []*finding.Finding {
	base := cwd
	if pol.Path != "" {
		base = filepath.Dir(pol.Path)
	}
	var out []*finding.Finding
	for _, f := range fs {
		if !enabled(f.RuleID) {
			continue
		}
		if glob.Excluded(pol.Exclude, base, f.Pos.File) {
			continue
		}
		out = append(out, f)
	}
	return finding.Sort(out)
}

func relError(e *finding.Error, cwd string) string {
	c := *e
	if rel, err := filepath.Rel(cwd, c.File); err == nil && filepath.IsAbs(c.File) && !strings.HasPrefix(rel, "..") {
		c.File = rel
	}
	return c.Error()
}

// repoRoot returns the git top level above dir, or dir itself.
func repoRoot(dir string) string {
	for d := dir; ; {
		if _, err := os.Stat(filepath.Join(d, ".git")); err == nil {
			return d
		}
		parent := filepath.Dir(d)
		if parent == d {
			return dir
		}
		d = parent
	}
}
