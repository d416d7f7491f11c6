package report

import (
	"bytes"
	"cmp"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"path/filepath"
	"regexp"
	"slices"
	"strings"

	"github.com/owenrumney/go-sarif/v2/sarif"

	"github.com/privlint/privlint/finding"
	"github.com/privlint/privlint/rules"
)

// SARIF constants.
const (
	// SARIFSchemaURI is the $schema of the reports: the official OASIS
	// SARIF 2.1.0 schema (errata01), the one the tests validate against.
	SARIFSchemaURI = "https://docs.oasis-open.org/sarif/sarif/v2.1.0/errata01/os/schemas/sarif-schema-2.1.0.json"
	// InformationURI is privlint's home page, tool.driver.informationUri.
	InformationURI = "https://github.com/privlint/privlint"
	// FingerprintKey names privlint's partial fingerprint.
	FingerprintKey = "privlint/v1"
	// SrcRoot is the uriBaseId of repository-relative URIs.
	SrcRoot = "%SRCROOT%"
	// MaxSARIFResults is GitHub code scanning's limit of results per run.
	MaxSARIFResults = 25000
)

// semverPattern is Semantic Versioning 2.0.0's regular expression.
var semverPattern = regexp.MustCompile(`^(0|[1-9]\d*)\.(0|[1-9]\d*)\.(0|[1-9]\d*)(?:-((?:0|[1-9]\d*|\d*[a-zA-Z-][0-9a-zA-Z-]*)(?:\.(?:0|[1-9]\d*|\d*[a-zA-Z-][0-9a-zA-Z-]*))*))?(?:\+([0-9a-zA-Z-]+(?:\.[0-9a-zA-Z-]+)*))?$`)

// SARIF writes one SARIF 2.1.0 log with a single run, in the shape GitHub
// code scanning accepts (SPEC §7):
//
//   - tool.driver: name "privlint", version (Options.ToolVersion, "devel"
//     when empty), semanticVersion (the version without a leading "v", only
//     when it is a valid semantic version), informationUri, properties
//     taxonomyVersion, and every catalog rule in id order — added before any
//     result so that ruleIndex is always right. A result whose rule is not in
//     the catalog gets a generic descriptor appended after the catalog.
//   - results in the given order, each with ruleId, ruleIndex, level,
//     message, one physical location (URI relative to Options.Root with
//     uriBaseId %SRCROOT%, region start/end line and column in UTF-16 code
//     units), partialFingerprints {"privlint/v1": …}, codeFlows for findings
//     with a Flow, baselineState when set and properties category, purposes
//     and detectedBy (the evidence list: its kind first, then the
//     classifier's items). "results" is present even when empty.
//   - columnKind "utf16CodeUnits"; originalUriBaseIds.%SRCROOT% is the root
//     as a file URI ending in "/" when the root is known and absolute.
//   - invocations[0]: executionSuccessful false with one error notification
//     per error, or true when there are none.
//   - no automationDetails (the upload step's category sets it).
//
// Suppressed findings appear only with Options.IncludeSuppressed, each with
// suppressions [{kind: inSource, justification}]; the other results then
// carry an empty suppressions array, as SARIF §3.27.23 asks. Beyond
// MaxSARIFResults the most severe results are kept (error, warning, note,
// then report order) and a notice goes to Options.Stderr.
//
// When the end of a region is unknown it covers the identifier or quoted
// string at the start column. Columns stay byte columns when the file cannot
// be read. The output is deterministic: object keys are sorted.
func SARIF(w io.Writer, fs []*finding.Finding, errs []*finding.Error, o Options) error {
	catalog := rules.Catalog()
	if err := rules.CatalogErr(); err != nil {
		return fmt.Errorf("writing SARIF report: %w", err)
	}
	b := &sarifBuilder{paths: newPaths(o), src: newSources()}

	results := visible(fs, o)
	if kept, dropped := capResults(results, MaxSARIFResults); dropped > 0 {
		results = kept
		stderr := o.Stderr
		if stderr == nil {
			stderr = io.Discard
		}
		fmt.Fprintf(stderr, "privlint: SARIF: %d results dropped; GitHub code scanning accepts at most %d per run, so the %d most severe were kept\n",
			dropped, MaxSARIFResults, MaxSARIFResults)
	}

	report, err := sarif.New(sarif.Version210)
	if err != nil {
		return fmt.Errorf("writing SARIF report: %w", err)
	}
	report.Schema = SARIFSchemaURI
	run := sarif.NewRunWithInformationURI("privlint", InformationURI)
	driver := run.Tool.Driver
	version := o.ToolVersion
	if version == "" {
		version = "devel"
	}
	driver.WithVersion(version)
	if sv := strings.TrimPrefix(version, "v"); semverPattern.MatchString(sv) {
		driver.WithSemanticVersion(sv)
	}
	if o.TaxonomyVersion != "" {
		driver.Properties = sarif.Properties{"taxonomyVersion": o.TaxonomyVersion}
	}

	// Trap 2 of go-sarif v2: every rule goes in before any result, and the
	// rule index is taken from this list, never recomputed.
	index := map[string]int{}
	for _, r := range catalog {
		index[r.ID] = len(driver.Rules)
		driver.Rules = append(driver.Rules, ruleDescriptor(r))
	}
	var unknown []string
	for _, f := range results {
		if _, ok := index[f.RuleID]; !ok && !slices.Contains(unknown, f.RuleID) {
			unknown = append(unknown, f.RuleID)
		}
	}
	slices.Sort(unknown)
	for _, id := range unknown {
		index[id] = len(driver.Rules)
		driver.Rules = append(driver.Rules, genericDescriptor(id))
	}

	suppressed := false
	for _, f := range results {
		run.Results = append(run.Results, b.result(f, index[f.RuleID]))
		suppressed = suppressed || f.Suppressed
	}
	run.ColumnKind = "utf16CodeUnits"
	if root := b.paths.root; root != "" && filepath.IsAbs(root) {
		uri := fileURI(filepath.ToSlash(root))
		if !strings.HasSuffix(uri, "/") {
			uri += "/"
		}
		run.OriginalUriBaseIDs = map[string]*sarif.ArtifactLocation{SrcRoot: sarif.NewSimpleArtifactLocation(uri)}
	}
	inv := sarif.NewInvocation().WithExecutionSuccess(true)
	for _, e := range errs {
		if e == nil {
			continue
		}
		inv.WithExecutionSuccess(false)
		inv.ToolExecutionNotifications = append(inv.ToolExecutionNotifications, b.notification(e))
	}
	run.Invocations = []*sarif.Invocation{inv}
	report.AddRun(run)

	// Marshal ourselves (trap 3: go-sarif's WriteFile does not truncate),
	// then add the suppressions that go-sarif would emit with nulls (trap 1).
	raw, err := json.Marshal(report)
	if err != nil {
		return fmt.Errorf("writing SARIF report: %w", err)
	}
	doc, err := addSuppressions(raw, results, suppressed)
	if err != nil {
		return fmt.Errorf("writing SARIF report: %w", err)
	}
	enc := json.NewEncoder(w)
	enc.SetEscapeHTML(false)
	enc.SetIndent("", "  ")
	if err := enc.Encode(doc); err != nil {
		return fmt.Errorf("writing SARIF report: %w", err)
	}
	return nil
}

// capResults keeps at most max findings: the most severe ones, ties broken
// by report order, returned in report order. It returns how many it dropped.
func capResults(fs []*finding.Finding, max int) ([]*finding.Finding, int) {
	if len(fs) <= max {
		return fs, 0
	}
	idx := make([]int, len(fs))
	for i := range idx {
		idx[i] = i
	}
	slices.SortStableFunc(idx, func(a, b int) int {
		return cmp.Compare(effectiveLevel(fs[b]).Rank(), effectiveLevel(fs[a]).Rank())
	})
	keep := idx[:max]
	slices.Sort(keep)
	out := make([]*finding.Finding, 0, max)
	for _, i := range keep {
		out = append(out, fs[i])
	}
	return out, len(fs) - max
}

func ruleDescriptor(r *rules.Rule) *sarif.ReportingDescriptor {
	help := r.Help
	return sarif.NewRule(r.ID).
		WithName(r.Name).
		WithShortDescription(sarif.NewMultiformatMessageString(r.Short)).
		WithFullDescription(sarif.NewMultiformatMessageString(r.Full)).
		WithHelp(&sarif.MultiformatMessageString{Text: &help, Markdown: &help}).
		WithHelpURI(r.HelpURI()).
		WithDefaultConfiguration(sarif.NewReportingConfiguration().WithLevel(string(r.Level))).
		WithProperties(sarif.Properties{
			"tags":              r.Tags(),
			"security-severity": r.SecuritySeverity,
			"precision":         r.Precision,
		})
}

// genericDescriptor describes a rule id that is not in the catalog, so that
// its results still have a valid ruleIndex and the texts GitHub requires.
func genericDescriptor(id string) *sarif.ReportingDescriptor {
	text := "privlint rule " + id + "."
	if id == "" {
		text = "privlint finding without a rule id."
	}
	return sarif.NewRule(id).
		WithShortDescription(sarif.NewMultiformatMessageString(text)).
		WithFullDescription(sarif.NewMultiformatMessageString(text)).
		WithHelp(sarif.NewMultiformatMessageString(text + " See " + InformationURI)).
		WithDefaultConfiguration(sarif.NewReportingConfiguration().WithLevel(string(finding.LevelWarning))).
		WithProperties(sarif.Properties{"tags": []string{"privacy"}})
}

type sarifBuilder struct {
	paths *paths
	src   *sources
}

func (b *sarifBuilder) result(f *finding.Finding, ruleIndex int) *sarif.Result {
	msg := f.Message
	if msg == "" {
		msg = f.RuleID
		if r, ok := rules.Lookup(f.RuleID); ok {
			msg = r.Short
		}
	}
	res := sarif.NewRuleResult(f.RuleID).
		WithRuleIndex(ruleIndex).
		WithLevel(string(effectiveLevel(f))).
		WithMessage(sarif.NewTextMessage(msg)).
		WithPartialFingerPrints(map[string]any{FingerprintKey: f.Fingerprint(b.paths.fingerprintPath(f.Pos.File))})
	if loc := b.location(f.Pos, f.End); loc != nil {
		res.WithLocations([]*sarif.Location{loc})
	}
	if len(f.Flow) > 0 {
		var flows []*sarif.CodeFlow
		for _, path := range append([][]finding.Step{f.Flow}, f.Paths...) {
			if len(flows) == finding.MaxPaths {
				break
			}
			flows = append(flows, sarif.NewCodeFlow().WithThreadFlows([]*sarif.ThreadFlow{
				sarif.NewThreadFlow().WithLocations(b.threadSteps(path)),
			}))
		}
		res.WithCodeFlows(flows)
		// The source is also a related location, for viewers that show
		// those but not code flows.
		if src := b.location(f.Flow[0].Pos, finding.Position{}); src != nil {
			src.WithId(1)
			if f.Flow[0].Message != "" {
				src.WithMessage(sarif.NewTextMessage(f.Flow[0].Message))
			}
			res.WithRelatedLocations([]*sarif.Location{src})
		}
	}
	switch f.Baseline {
	case "new", "unchanged", "updated", "absent":
		res.WithBaselineState(f.Baseline)
	}
	props := sarif.Properties{"purposes": append([]string{}, f.Purposes...)}
	if f.Category != "" {
		props["category"] = f.Category
	}
	if by := f.DetectedByList(); len(by) > 0 {
		props["detectedBy"] = by
	}
	res.Properties = props
	return res
}

func (b *sarifBuilder) notification(e *finding.Error) *sarif.Notification {
	msg := e.Message
	if msg == "" {
		msg = "error"
	}
	n := sarif.NewNotification().WithLevel(string(finding.LevelError)).WithMessage(sarif.NewTextMessage(msg))
	if loc := b.location(finding.Position{File: e.File, Line: e.Line, Column: e.Column}, finding.Position{}); loc != nil {
		n.WithLocations([]*sarif.Location{loc})
	}
	return n
}

// location returns the physical location of pos (region up to end when end
// is a later position in the same file), or nil when pos names no file.
func (b *sarifBuilder) location(pos, end finding.Position) *sarif.Location {
	if pos.File == "" {
		return nil
	}
	rel, inside := b.paths.repoRel(pos.File)
	var art *sarif.ArtifactLocation
	if inside {
		art = sarif.NewSimpleArtifactLocation(escapePath(rel, false)).WithUriBaseId(SrcRoot)
	} else {
		art = sarif.NewSimpleArtifactLocation(fileURI(rel))
	}
	pl := sarif.NewPhysicalLocation().WithArtifactLocation(art)
	if r := b.region(b.paths.abs(pos.File), pos, end); r != nil {
		pl.WithRegion(r)
	}
	return sarif.NewLocationWithPhysicalLocation(pl)
}

// region converts Go positions (byte columns) to a SARIF region in UTF-16
// code units. It returns nil when the line is unknown.
func (b *sarifBuilder) region(file string, pos, end finding.Position) *sarif.Region {
	if pos.Line < 1 {
		return nil
	}
	col := func(line, byteCol int) int {
		if l, ok := b.src.line(file, line); ok {
			return utf16Column(l, byteCol)
		}
		return byteCol
	}
	line, readable := b.src.line(file, pos.Line)
	r := sarif.NewRegion().WithStartLine(pos.Line)
	startCol := 1
	if pos.Column >= 1 {
		startCol = col(pos.Line, pos.Column)
	}
	r.WithStartColumn(startCol)

	sameFile := end.File == "" || end.File == pos.File
	if end.Line >= 1 && sameFile && (end.Line > pos.Line || (end.Line == pos.Line && end.Column > pos.Column)) {
		r.WithEndLine(end.Line)
		switch {
		case end.Column >= 1:
			r.WithEndColumn(col(end.Line, end.Column))
		default:
			if l, ok := b.src.line(file, end.Line); ok {
				r.WithEndColumn(utf16Column(l, len(l)+1))
			}
		}
		return r
	}
	r.WithEndLine(pos.Line)
	switch {
	case pos.Column >= 1 && readable:
		r.WithEndColumn(utf16Column(line, tokenEnd(line, pos.Column)))
	case pos.Column >= 1:
		r.WithEndColumn(startCol + 1)
	case readable:
		r.WithEndColumn(utf16Column(line, len(line)+1))
	}
	return r
}

// escapePath percent-encodes a slash-separated path for use in a URI: ASCII
// letters, digits, "-._~", "/" and the sub-delimiters stay, everything else
// (spaces, non-ASCII bytes, '%', '#', '?') is encoded. ':' is encoded too
// unless keepColon, so that a relative reference never looks like a scheme.
func escapePath(p string, keepColon bool) string {
	const hex = "0123456789ABCDEF"
	var b strings.Builder
	for i := 0; i < len(p); i++ {
		c := p[i]
		switch {
		case 'a' <= c && c <= 'z', 'A' <= c && c <= 'Z', '0' <= c && c <= '9',
			strings.IndexByte("-._~/!$&'()*+,;=@", c) >= 0,
			c == ':' && keepColon:
			b.WriteByte(c)
		default:
			b.WriteByte('%')
			b.WriteByte(hex[c>>4])
			b.WriteByte(hex[c&15])
		}
	}
	return b.String()
}

// fileURI returns the file:// URI of an absolute slash-separated path
// ("C:/x" on Windows becomes file:///C:/x).
func fileURI(p string) string {
	s := escapePath(p, true)
	if !strings.HasPrefix(s, "/") {
		s = "/" + s
	}
	return "file://" + s
}

// inSourceSuppression is a SARIF suppression written without go-sarif,
// whose Suppression type emits null fields (trap 1).
type inSourceSuppression struct {
	Kind          string `json:"kind"`
	Justification string `json:"justification,omitempty"`
}

// addSuppressions decodes the marshalled log and, when any result is
// suppressed, sets suppressions on every result: [{kind: inSource,
// justification}] on suppressed ones and [] on the others.
func addSuppressions(raw []byte, results []*finding.Finding, anySuppressed bool) (map[string]any, error) {
	dec := json.NewDecoder(bytes.NewReader(raw))
	dec.UseNumber()
	var doc map[string]any
	if err := dec.Decode(&doc); err != nil {
		return nil, fmt.Errorf("re-reading SARIF: %w", err)
	}
	if !anySuppressed {
		return doc, nil
	}
	runs, _ := doc["runs"].([]any)
	if len(runs) != 1 {
		return nil, errors.New("re-reading SARIF: expected one run")
	}
	run, _ := runs[0].(map[string]any)
	rs, _ := run["results"].([]any)
	if len(rs) != len(results) {
		return nil, fmt.Errorf("re-reading SARIF: %d results, want %d", len(rs), len(results))
	}
	for i, r := range rs {
		m, ok := r.(map[string]any)
		if !ok {
			return nil, fmt.Errorf("re-reading SARIF: result %d is not an object", i)
		}
		if results[i].Suppressed {
			m["suppressions"] = []inSourceSuppression{{Kind: "inSource", Justification: results[i].Justification}}
		} else {
			m["suppressions"] = []inSourceSuppression{}
		}
	}
	return doc, nil
}

// threadSteps are the locations of one path of a flow finding.
func (b *sarifBuilder) threadSteps(path []finding.Step) []*sarif.ThreadFlowLocation {
	steps := make([]*sarif.ThreadFlowLocation, 0, len(path))
	for _, s := range path {
		loc := b.location(s.Pos, finding.Position{})
		if loc == nil {
			loc = sarif.NewLocation()
		}
		if s.Message != "" {
			loc.WithMessage(sarif.NewTextMessage(s.Message))
		}
		steps = append(steps, sarif.NewThreadFlowLocation().WithLocation(loc))
	}
	return steps
}
