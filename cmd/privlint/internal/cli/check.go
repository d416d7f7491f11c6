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
	tests             bool
}

func (c *checkFlags) register(fs *flag.FlagSet) {
	fs.StringVar(&c.config, "config", "", "policy `file` (default: privlint.yaml found walking up to the repository root, or $PRIVLINT_CONFIG)")
	fs.StringVar(&c.format, "format", "text", "output format: "+report.FormatNames(", ", " or "))
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
	fs.BoolVar(&c.tests, "tests", false, "also analyze _test.go files and test packages (privlint analyzes the code that ships without it)")
	fs.StringVar(&c.countFile, "count-file", "", "also write to `file` the number of findings that count toward --fail-on: not suppressed, not baselined, at or above its level (0 with --fail-on none)")
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

// check is privlint check: options → run → emit.
func check(args []string, stdout, stderr io.Writer) error {
	var cf checkFlags
	args, err := cf.parse(args, stdout, stderr)
	if err != nil {
		return err
	}
	defer tuneGC()()
	if cf.cpuProfile != "" {
		stop, err := startCPUProfile(cf.cpuProfile)
		if err != nil {
			return fmt.Errorf("privlint check: %w", err)
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
	o, err := cf.options(args)
	if err != nil {
		return err
	}
	res, err := o.run()
	if err != nil {
		return err
	}
	return o.emit(res, stdout, stderr)
}

// parse parses privlint check's command line into c and returns the
// positional arguments.
func (c *checkFlags) parse(args []string, stdout, stderr io.Writer) ([]string, error) {
	fs := newFlagSet("privlint check", stderr)
	c.register(fs)
	args, err := parseFlags(fs, checkHelp, args, stdout, stderr)
	if err != nil {
		return nil, err
	}
	return args, nil
}

// checkHelp is the head of privlint check -h.
const checkHelp = "Usage: privlint check [flags] [packages] [schema files or dirs]\n\n" +
	"Arguments ending in .json, .yaml or .yml, and directories holding no .go\n" +
	"file, are JSON Schema, OpenAPI or Swagger documents to check (a directory\n" +
	"is searched for them); the others are Go package patterns. The policy's\n" +
	"schemas: globs are always checked too. Without arguments: ./... and the\n" +
	"policy's schemas. With schema arguments only, no Go package is loaded.\n\n" +
	"Baselines: --write-baseline FILE records the current findings; later runs\n" +
	"with --baseline FILE report only findings that are not in it. Fingerprints\n" +
	"ignore line numbers, so edits elsewhere keep a finding baselined; keep\n" +
	"--root the same between the two runs.\n"

// checkOptions is a privlint check command line checked and resolved: what
// to run and how to report it.
type checkOptions struct {
	checkFlags
	failLevel            finding.Level
	reportFormat         report.Format
	enabled              func(string) bool
	cwd, root            string
	patterns, schemaArgs []string
	baselined            map[string]bool // fingerprints in --baseline; nil without it
	outRoot              string          // the root report paths are confined to; "" when not confined
	env                  *config.Env
}

// options checks the flags and resolves the working directory, the
// arguments, the SARIF root, the baseline and the policy.
func (c *checkFlags) options(args []string) (*checkOptions, error) {
	o := &checkOptions{checkFlags: *c}
	var ok bool
	if o.failLevel, ok = finding.ParseLevel(c.failOn); !ok {
		return nil, fmt.Errorf("privlint check: --fail-on %q is not one of error, warning, note, none", c.failOn)
	}
	if o.reportFormat, ok = report.LookupFormat(c.format); !ok {
		return nil, fmt.Errorf("privlint check: --format %q is not one of %s", c.format, report.FormatNames(", ", ", "))
	}
	var err error
	if o.enabled, err = ruleFilter(c.enable, c.disable); err != nil {
		return nil, fmt.Errorf("privlint check: %w", err)
	}
	if o.cwd, err = os.Getwd(); err != nil {
		return nil, fmt.Errorf("privlint check: %w", err)
	}
	o.patterns, o.schemaArgs = splitArgs(args, o.cwd)
	if len(args) == 0 {
		o.patterns = []string{"./..."}
	}
	if o.root, err = resolveRoot(c.root, o.cwd); err != nil {
		return nil, fmt.Errorf("privlint check: %w", err)
	}
	if o.outRoot, err = outputRoot(o.cwd); err != nil {
		return nil, fmt.Errorf("privlint check: %w", err)
	}
	if c.baseline != "" {
		if o.baselined, err = readBaseline(c.baseline, safefile.RepoRoot(o.cwd)); err != nil {
			return nil, fmt.Errorf("privlint: %w", err)
		}
	}
	pol, err := loadPolicy(c.config, o.cwd)
	if err != nil {
		return nil, fmt.Errorf("privlint: %w", err)
	}
	if o.env, err = config.NewEnv(pol, config.Options{IncludeGenerated: c.includeGenerated, DepsFromExportData: true}); err != nil {
		return nil, fmt.Errorf("privlint: %w", err)
	}
	return o, nil
}

// run analyzes the Go packages (PL201's whole-program half included) and
// checks the schemas, and returns the findings the flags and the policy
// keep, sorted, with the errors.
func (o *checkOptions) run() (*analysisResult, error) {
	res := &analysisResult{}
	if len(o.patterns) > 0 {
		var err error
		res, err = analyze(o.cwd, o.patterns, analyzers.New(config.Fixed(o.env)).For(o.ruleOn), loadOptions{noCgo: o.noCgo, tests: o.tests})
		if err != nil {
			return nil, fmt.Errorf("privlint: %w", err)
		}
		note := unparsedNote(res)
		if note == "" {
			note = partialModuleNote(res, o.patterns, o.cwd, loadOptions{noCgo: o.noCgo, tests: o.tests})
		}
		if note != "" {
			res.notes = append(res.notes, note)
		} else {
			res.findings = append(dropProtectedByWriters(res), unusedProgram(res).Findings(o.env)...)
		}
		// A weak protection in one package, reached from many: one
		// finding at it, not one per caller.
		res.findings = finding.GroupPlaces(res.findings)
	}
	res.merge(checkSchemas(o.env, o.schemaArgs, o.cwd))
	res.findings = filterFindings(res.findings, o.enabled, o.env.Policy, o.cwd)
	return res, nil
}

// ruleOn reports whether rule id can be reported in this run: the flags
// do not switch it off and the policy does not set it off. Only the
// analyzers of the rules that are on run (analyzers.Set.For).
func (o *checkOptions) ruleOn(id string) bool {
	return o.enabled(id) && o.env.Policy.RuleLevel(id) != finding.LevelNone
}

// emit applies the baseline, writes the report, the count file and the
// baseline asked for, and returns the run's outcome.
func (o *checkOptions) emit(res *analysisResult, stdout, stderr io.Writer) error {
	printNotes(stderr, res)
	opts := report.Options{
		Cwd:               o.cwd,
		Root:              o.root,
		ToolVersion:       version.String(),
		TaxonomyVersion:   o.env.Policy.Taxonomy.Version(),
		IncludeSuppressed: o.includeSuppressed,
		Stderr:            stderr,
	}
	fingerprint := report.Fingerprinter(opts)
	all := res.findings
	fs := all
	if o.baselined != nil {
		markBaseline(fs, o.baselined, fingerprint)
		if o.reportFormat.Name != "sarif" {
			fs = dropBaselined(fs)
			if hidden := len(all) - len(fs); hidden > 0 {
				say(stderr, "privlint: %d findings in baseline %s not shown", hidden, o.baseline)
			}
		}
	}
	emit := func(w io.Writer) error { return o.reportFormat.Write(w, fs, res.errors, opts) }
	if err := report.Emit(o.output, o.outRoot, stdout, emit); err != nil {
		return fmt.Errorf("privlint: writing the report: %w", err)
	}
	if o.reportFormat.Name != "text" || o.output != "" {
		// Errors are inside the report; say them on stderr too so a CI log shows them.
		for _, e := range res.errors {
			say(stderr, "privlint: %s", relError(e, o.cwd))
		}
	}
	var levels []int
	var shown []*finding.Finding
	for _, f := range fs {
		if !f.Suppressed && f.Baseline != baselineUnchanged {
			levels = append(levels, f.Level.Rank())
			shown = append(shown, f)
		}
	}
	printSummary(stderr, shown, len(res.errors), o.env.Policy.Path == "")
	if o.countFile != "" {
		if err := writeCount(o.countFile, o.outRoot, countFailing(levels, o.failLevel.Rank())); err != nil {
			return fmt.Errorf("privlint: %w", err)
		}
	}
	if o.writeBaseline != "" {
		if len(res.errors) > 0 {
			return fmt.Errorf("privlint: not writing baseline %s: the analysis was incomplete (errors above)", o.writeBaseline)
		}
		n, err := writeBaseline(o.writeBaseline, o.outRoot, all, fingerprint)
		if err != nil {
			return fmt.Errorf("privlint: %w", err)
		}
		say(stderr, "privlint: recorded %d findings in baseline %s", n, o.writeBaseline)
		return nil
	}
	return failOnError(levels, o.failLevel.Rank(), len(res.errors) > 0)
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
