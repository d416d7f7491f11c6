package main_test

import (
	"bufio"
	"bytes"
	"encoding/json"
	"flag"
	"fmt"
	"go/ast"
	"go/parser"
	"go/token"
	"os"
	"path"
	"path/filepath"
	"regexp"
	"slices"
	"strconv"
	"strings"
	"testing"

	"github.com/privlint/privlint/rules"
)

var flowCorpus = flag.Bool("flowcorpus", false, "run TestFlowCorpus: download the pinned modules of testdata/corpus/flows through the module proxy and score privlint's PL101-PL104 findings against the hand-labelled flows (network, minutes, several GB for gitea)")

var flowCorpusOnly = flag.String("flowcorpus.only", "", "with -flowcorpus, score only the modules whose module@version contains this text")

// flowCorpusPaths are the committed flow corpus files, relative to this
// package.
var flowCorpusPaths = struct{ labels, floor string }{
	labels: filepath.Join("..", "..", "testdata", "corpus", "flows", "labels.tsv"),
	floor:  filepath.Join("..", "..", "testdata", "corpus", "flows", "floor.tsv"),
}

// flowWindow is how many lines a finding may sit from its label's line
// and still be the same sink call: privlint reports a flow at the call,
// the label names the call's first line, and a call's arguments may span
// a few lines.
const flowWindow = 3

// flowRules are the flow rules the corpus labels.
var flowRules = []string{"PL101", "PL102", "PL103", "PL104"}

// TestFlowCorpus scores privlint's flow rules against hand-labelled sink
// calls of real applications (testdata/corpus/flows/labels.tsv): real
// flows of personal data into storage (PL101), logs (PL102), third
// parties (PL103) and URLs (PL104), and look-alikes that must not be
// reported (hashed passwords stored, ids logged, tokens sent in headers).
// For each pinned module it downloads the module through the module proxy,
// checks every label against the source (the line lies in the function
// the label names), runs the privlint binary built from this checkout
// (check --format json ./..., no policy) on the whole module as a user
// runs it, so that the whole-program rules hold (a field every writer
// encrypts), keeps the findings in the packages of the labelled files,
// joins the PL101-PL104 findings to the labels (same file and rule, a
// category that is one of the label's or an ancestor or descendant of one,
// line within flowWindow) and reports recall of the real flows and the
// false-positive rate on the look-alikes, per rule; -v lists misses, false
// positives and unlabelled findings. It fails only when a figure passes
// the floor committed in testdata/corpus/flows/floor.tsv:
//
//	go test ./cmd/privlint -run TestFlowCorpus -flowcorpus -v -timeout 60m
func TestFlowCorpus(t *testing.T) {
	if !*flowCorpus {
		t.Skip("network and minutes: give -flowcorpus to score privlint's flow rules on the labelled applications")
	}
	tax, err := rules.DefaultTaxonomy()
	if err != nil {
		t.Fatal(err)
	}
	labels, err := readFlowLabels(flowCorpusPaths.labels, tax)
	if err != nil {
		t.Fatal(err)
	}
	floors, err := readFlowFloor(flowCorpusPaths.floor)
	if err != nil {
		t.Fatal(err)
	}
	modules, byModule := groupByModule(labels, func(l flowLabel) string { return l.Module })
	var summary []flowSummaryRow
	eachCorpusModule(t, modules, *flowCorpusOnly, floors, flowCorpusPaths.floor, func(t *testing.T, mod, dir string, floor flowFloor) []string {
		for _, msg := range checkFlowLabelsInSource(dir, byModule[mod]) {
			t.Error(msg)
		}
		pkgs := flowPackages(byModule[mod])
		findings := flowCheck(t, dir, pkgs)
		s := scoreFlows(byModule[mod], findings, tax)
		t.Logf("%s: privlint check ./..., scored on %d packages (%s)", mod, len(pkgs), strings.Join(pkgs, " "))
		t.Log(s.report(mod))
		if testing.Verbose() {
			t.Log(s.details())
		}
		summary = append(summary, flowSummaryRow{mod, s})
		return s.belowFloor(floor)
	})
	t.Log(flowSummaryTable(summary))
}

// flowLabel is one row of labels.tsv: a sink call of a pinned module, the
// rule and category of the flow it would be, and whether the flow is real.
type flowLabel struct {
	Module     string   // module@version
	File       string   // slash path relative to the module root
	Line       int      // first line of the sink call
	Function   string   // enclosing function: Name or Recv.Name
	Rule       string   // PL101..PL104
	Categories []string // canonical taxonomy keys; the first is what the value is, others what it may also be taken for
	Real       bool     // real flow, or a look-alike that must not be reported
	Reason     string
	row        int // line in labels.tsv
}

// flowHeader is the first line of labels.tsv.
const flowHeader = "module\tfile\tline\tfunction\trule\tcategory\tverdict\treason"

var flowFunction = regexp.MustCompile(`^([A-Za-z_][A-Za-z0-9_]*\.)?[A-Za-z_][A-Za-z0-9_]*$`)

// readFlowLabels reads and validates labels.tsv. Errors name the file and
// line.
func readFlowLabels(file string, tax *rules.Taxonomy) ([]flowLabel, error) {
	data, err := os.ReadFile(file)
	if err != nil {
		return nil, fmt.Errorf("reading the flow corpus labels: %w", err)
	}
	return parseFlowLabels(file, data, tax)
}

func parseFlowLabels(file string, data []byte, tax *rules.Taxonomy) ([]flowLabel, error) {
	var out []flowLabel
	seen := map[string]int{}
	sc := bufio.NewScanner(bytes.NewReader(data))
	n := 0
	for sc.Scan() {
		n++
		text := sc.Text()
		if n == 1 {
			if text != flowHeader {
				return nil, fmt.Errorf("%s:1: header is %q, want %q", file, text, flowHeader)
			}
			continue
		}
		f := strings.Split(text, "\t")
		if len(f) != 8 {
			return nil, fmt.Errorf("%s:%d: %d tab-separated columns, want 8 (%s)", file, n, len(f), flowHeader)
		}
		l := flowLabel{Module: f[0], File: f[1], Function: f[3], Rule: f[4], Reason: f[7], row: n}
		switch {
		case !corpusModVer.MatchString(l.Module):
			return nil, fmt.Errorf("%s:%d: module %q is not module@version", file, n, l.Module)
		case l.File == "" || path.Clean(l.File) != l.File || path.IsAbs(l.File) || strings.HasPrefix(l.File, "../") || !strings.HasSuffix(l.File, ".go"):
			return nil, fmt.Errorf("%s:%d: file %q is not a clean relative path of a .go file", file, n, l.File)
		case !flowFunction.MatchString(l.Function):
			return nil, fmt.Errorf("%s:%d: function %q is not Name or Recv.Name", file, n, l.Function)
		case !slices.Contains(flowRules, l.Rule):
			return nil, fmt.Errorf("%s:%d: rule %q is not one of %s", file, n, l.Rule, strings.Join(flowRules, ", "))
		case f[6] != "real" && f[6] != "lookalike":
			return nil, fmt.Errorf("%s:%d: verdict %q is neither real nor lookalike", file, n, f[6])
		case strings.TrimSpace(l.Reason) == "":
			return nil, fmt.Errorf("%s:%d: no reason", file, n)
		}
		l.Real = f[6] == "real"
		line, err := strconv.Atoi(f[2])
		if err != nil || line <= 0 {
			return nil, fmt.Errorf("%s:%d: line %q is not a positive number", file, n, f[2])
		}
		l.Line = line
		for _, c := range strings.Split(f[5], ",") {
			key, ok := tax.Canonical(c)
			if !ok || !rules.IsPersonal(key) {
				return nil, fmt.Errorf("%s:%d: category %q is not a personal-data category of the taxonomy", file, n, c)
			}
			l.Categories = append(l.Categories, key)
		}
		id := l.Module + " " + l.File + " " + f[2] + " " + l.Rule + " " + l.Categories[0]
		if prev, ok := seen[id]; ok {
			return nil, fmt.Errorf("%s:%d: %s %s:%d %s %s is labelled on line %d already", file, n, l.Module, l.File, l.Line, l.Rule, l.Categories[0], prev)
		}
		seen[id] = n
		out = append(out, l)
	}
	if err := sc.Err(); err != nil {
		return nil, fmt.Errorf("%s: %w", file, err)
	}
	if n == 0 {
		return nil, fmt.Errorf("%s: empty file, want the header %q", file, flowHeader)
	}
	return out, nil
}

// flowFloor is one row of floor.tsv: the recall of real flows a module
// must not fall below, the false-positive rate on look-alikes and the
// number of unlabelled findings it must not rise above.
type flowFloor struct {
	RecallMin, FPMax float64
	UnlabelledMax    int
}

// readFlowFloor reads floor.tsv: "#" comments, then module@version,
// recall_min, fp_max (percentages) and unlabelled_max, tab-separated.
// Errors name the file and line.
func readFlowFloor(file string) (map[string]flowFloor, error) {
	data, err := os.ReadFile(file)
	if err != nil {
		return nil, fmt.Errorf("reading the flow corpus floor: %w", err)
	}
	return parseFlowFloor(file, data)
}

func parseFlowFloor(file string, data []byte) (map[string]flowFloor, error) {
	rows, err := parseFloorRows(file, data, "recall_min", "fp_max")
	if err != nil {
		return nil, err
	}
	out := map[string]flowFloor{}
	for mod, r := range rows {
		out[mod] = flowFloor{RecallMin: r.pct[0], FPMax: r.pct[1], UnlabelledMax: r.unlabelledMax}
	}
	return out, nil
}

// checkFlowLabelsInSource checks each label against the module's source in
// dir: its file parses and its line lies in the function it names. It
// returns one message per label that does not, naming labels.tsv's line.
func checkFlowLabelsInSource(dir string, labels []flowLabel) []string {
	var msgs []string
	funcs := map[string][]flowFunc{}
	broken := map[string]bool{}
	for _, l := range labels {
		fs, ok := funcs[l.File]
		if !ok && !broken[l.File] {
			var err error
			fs, err = flowFuncsOfFile(filepath.Join(dir, filepath.FromSlash(l.File)))
			if err != nil {
				broken[l.File] = true
				msgs = append(msgs, fmt.Sprintf("%s:%d: %v", flowCorpusPaths.labels, l.row, err))
				continue
			}
			funcs[l.File] = fs
		}
		if broken[l.File] {
			continue
		}
		if got := flowFuncAt(fs, l.Line); got != l.Function {
			if got == "" {
				got = "no function"
			}
			msgs = append(msgs, fmt.Sprintf("%s:%d: %s:%d lies in %s, the label says %s", flowCorpusPaths.labels, l.row, l.File, l.Line, got, l.Function))
		}
	}
	return msgs
}

// flowFunc is a top-level function of a file and its line span.
type flowFunc struct {
	name       string
	start, end int
}

// flowFuncsOfFile lists the top-level functions of a Go file.
func flowFuncsOfFile(file string) ([]flowFunc, error) {
	fset := token.NewFileSet()
	f, err := parser.ParseFile(fset, file, nil, parser.SkipObjectResolution)
	if err != nil {
		return nil, fmt.Errorf("parsing %s: %w", file, err)
	}
	var out []flowFunc
	for _, d := range f.Decls {
		fd, ok := d.(*ast.FuncDecl)
		if !ok {
			continue
		}
		name := fd.Name.Name
		if fd.Recv != nil && len(fd.Recv.List) == 1 {
			if recv := flowRecvName(fd.Recv.List[0].Type); recv != "" {
				name = recv + "." + name
			}
		}
		out = append(out, flowFunc{name, fset.Position(fd.Pos()).Line, fset.Position(fd.End()).Line})
	}
	return out, nil
}

// flowRecvName is the type name of a method receiver: T for T, *T, T[P]
// and *T[P, Q].
func flowRecvName(e ast.Expr) string {
	for {
		switch x := e.(type) {
		case *ast.StarExpr:
			e = x.X
		case *ast.ParenExpr:
			e = x.X
		case *ast.IndexExpr:
			e = x.X
		case *ast.IndexListExpr:
			e = x.X
		case *ast.Ident:
			return x.Name
		default:
			return ""
		}
	}
}

// flowFuncAt names the function whose span holds line, "" when none does.
func flowFuncAt(fs []flowFunc, line int) string {
	for _, f := range fs {
		if f.start <= line && line <= f.end {
			return f.name
		}
	}
	return ""
}

// flowPackages is the package patterns ("./dir") of the labelled files.
func flowPackages(labels []flowLabel) []string {
	var pkgs []string
	for _, l := range labels {
		p := "./" + path.Dir(l.File)
		if p == "./." {
			p = "."
		}
		pkgs = append(pkgs, p)
	}
	slices.Sort(pkgs)
	return slices.Compact(pkgs)
}

// flowFinding is a PL101-PL104 finding of privlint's JSON report.
type flowFinding struct {
	File     string
	Line     int
	Rule     string
	Category string
	Message  string
}

// flowCheck runs privlint check --format json on pkgs in dir and returns
// its PL101-PL104 findings. A report with errors fails the test: the
// figures would not mean anything.
// flowCheck runs privlint check on the whole module in dir and returns
// the PL101-PL104 findings in the packages pkgs ("./dir", "." for the
// module root).
func flowCheck(t *testing.T, dir string, pkgs []string) []flowFinding {
	t.Helper()
	var out []flowFinding
	for _, f := range corpusReport(t, dir, []string{"./..."}, parseFlowReport) {
		if slices.Contains(pkgs, "./"+path.Dir(f.File)) || path.Dir(f.File) == "." && slices.Contains(pkgs, ".") {
			out = append(out, f)
		}
	}
	return out
}

// parseFlowReport reads privlint's JSON report: its PL101-PL104 findings
// (file paths made relative to dir, slash-separated) and its errors.
func parseFlowReport(data []byte, dir string) ([]flowFinding, []string, error) {
	var rep struct {
		Findings []struct {
			Rule     string `json:"rule"`
			Message  string `json:"message"`
			File     string `json:"file"`
			Line     int    `json:"line"`
			Category string `json:"category"`
		} `json:"findings"`
		Errors []struct {
			File    string `json:"file"`
			Line    int    `json:"line"`
			Message string `json:"message"`
		} `json:"errors"`
	}
	if err := json.Unmarshal(data, &rep); err != nil {
		return nil, nil, fmt.Errorf("the JSON report does not parse: %w\n%s", err, corpusTail(string(data), 2000))
	}
	var out []flowFinding
	for _, f := range rep.Findings {
		if !slices.Contains(flowRules, f.Rule) {
			continue
		}
		file := f.File
		if filepath.IsAbs(file) {
			if rel, err := filepath.Rel(dir, file); err == nil {
				file = rel
			}
		}
		out = append(out, flowFinding{File: path.Clean(filepath.ToSlash(file)), Line: f.Line, Rule: f.Rule, Category: f.Category, Message: f.Message})
	}
	var errs []string
	for _, e := range rep.Errors {
		errs = append(errs, fmt.Sprintf("%s:%d: %s", e.File, e.Line, e.Message))
	}
	return out, errs, nil
}

// flowScore is how privlint's flow findings compare with a module's labels.
type flowScore struct {
	labels   []flowLabel
	findings int
	hits     [][]flowFinding // per label, the findings joined to it
	// unlabelled are findings that no label takes: new sinks to label.
	unlabelled []flowFinding
}

// scoreFlows joins each finding to the label of its place: same file and
// rule, a compatible category, the nearest line within flowWindow.
func scoreFlows(labels []flowLabel, findings []flowFinding, tax *rules.Taxonomy) *flowScore {
	s := &flowScore{labels: labels, findings: len(findings), hits: make([][]flowFinding, len(labels))}
	byFile := map[string][]int{}
	for i, l := range labels {
		byFile[l.File] = append(byFile[l.File], i)
	}
	for _, f := range findings {
		cat, ok := tax.Canonical(f.Category)
		if !ok {
			cat = f.Category
		}
		best, bestDist := -1, flowWindow+1
		for _, i := range byFile[f.File] {
			l := labels[i]
			d := l.Line - f.Line
			if d < 0 {
				d = -d
			}
			if l.Rule != f.Rule || d >= bestDist || !flowCategoryMatch(l.Categories, cat) {
				continue
			}
			best, bestDist = i, d
		}
		if best < 0 {
			s.unlabelled = append(s.unlabelled, f)
			continue
		}
		s.hits[best] = append(s.hits[best], f)
	}
	return s
}

// flowCategoryMatch reports whether a finding's category is one of the
// label's categories, or an ancestor or descendant of one.
func flowCategoryMatch(labelled []string, got string) bool {
	for _, c := range labelled {
		if got == c || strings.HasPrefix(got, c+".") || strings.HasPrefix(c, got+".") {
			return true
		}
	}
	return false
}

// flowCount is the labels and flagged labels of one verdict.
type flowCount struct{ labelled, flagged int }

func (c flowCount) pct() float64 { return corpusPct(c.flagged, c.labelled) }

// counts returns the real and look-alike counts, for rule or for all rules
// when rule is "".
func (s *flowScore) counts(rule string) (real, look flowCount) {
	for i, l := range s.labels {
		if rule != "" && l.Rule != rule {
			continue
		}
		c := &look
		if l.Real {
			c = &real
		}
		c.labelled++
		if len(s.hits[i]) > 0 {
			c.flagged++
		}
	}
	return real, look
}

// belowFloor lists the figures that regressed past floor. Figures are
// compared at the one decimal they are printed with.
func (s *flowScore) belowFloor(floor flowFloor) []string {
	r1 := func(v float64) float64 { return float64(int64(v*10+0.5)) / 10 }
	real, look := s.counts("")
	var out []string
	if r1(real.pct()) < floor.RecallMin {
		out = append(out, fmt.Sprintf("recall of real flows %.1f%% fell below the floor %.1f%%", real.pct(), floor.RecallMin))
	}
	if r1(look.pct()) > floor.FPMax {
		out = append(out, fmt.Sprintf("false positives on look-alikes %.1f%% rose above the ceiling %.1f%%", look.pct(), floor.FPMax))
	}
	if len(s.unlabelled) > floor.UnlabelledMax {
		out = append(out, fmt.Sprintf("%d flow findings at places no label row covers, more than the %d allowed: label them in %s", len(s.unlabelled), floor.UnlabelledMax, flowCorpusPaths.labels))
	}
	return out
}

// report is the figures of one module, overall and per rule.
func (s *flowScore) report(mod string) string {
	var b strings.Builder
	fmt.Fprintf(&b, "%s: %d labelled sink calls, %d PL101-PL104 findings (%d at unlabelled places)\n", mod, len(s.labels), s.findings, len(s.unlabelled))
	for _, rule := range append([]string{""}, flowRules...) {
		real, look := s.counts(rule)
		if real.labelled+look.labelled == 0 {
			continue
		}
		name := rule
		if name == "" {
			name = "all"
		}
		fmt.Fprintf(&b, "  %-5s  real %3d, found %3d, recall %5.1f%%   look-alikes %3d, flagged %3d, FP %5.1f%%\n",
			name, real.labelled, real.flagged, real.pct(), look.labelled, look.flagged, look.pct())
	}
	return strings.TrimSuffix(b.String(), "\n")
}

// details lists the missed real flows, the flagged look-alikes and the
// unlabelled findings.
func (s *flowScore) details() string {
	var b strings.Builder
	var misses, fps []int
	for i, l := range s.labels {
		switch {
		case l.Real && len(s.hits[i]) == 0:
			misses = append(misses, i)
		case !l.Real && len(s.hits[i]) > 0:
			fps = append(fps, i)
		}
	}
	fmt.Fprintf(&b, "missed real flows (%d):\n", len(misses))
	for _, i := range misses {
		l := s.labels[i]
		fmt.Fprintf(&b, "  %s:%d %s %s %s  %s\n", l.File, l.Line, l.Function, l.Rule, strings.Join(l.Categories, ","), l.Reason)
	}
	fmt.Fprintf(&b, "flagged look-alikes (%d):\n", len(fps))
	for _, i := range fps {
		l := s.labels[i]
		fmt.Fprintf(&b, "  %s:%d %s %s %s  %s\n    privlint: %s\n", l.File, l.Line, l.Function, l.Rule, strings.Join(l.Categories, ","), l.Reason, s.hits[i][0].Message)
	}
	fmt.Fprintf(&b, "findings at unlabelled places (%d):\n", len(s.unlabelled))
	for _, f := range s.unlabelled {
		fmt.Fprintf(&b, "  %s:%d %s %s  %s\n", f.File, f.Line, f.Rule, f.Category, f.Message)
	}
	return strings.TrimSuffix(b.String(), "\n")
}

type flowSummaryRow struct {
	module string
	score  *flowScore
}

// flowSummaryTable is one line per module.
func flowSummaryTable(rows []flowSummaryRow) string {
	var b strings.Builder
	fmt.Fprintf(&b, "Flow corpus summary:\n%-48s %6s %6s %8s %6s %6s %8s %10s\n", "module", "real", "found", "recall", "look", "FP", "FP%", "unlabelled")
	for _, r := range rows {
		real, look := r.score.counts("")
		fmt.Fprintf(&b, "%-48s %6d %6d %7.1f%% %6d %6d %7.1f%% %10d\n", r.module, real.labelled, real.flagged, real.pct(), look.labelled, look.flagged, look.pct(), len(r.score.unlabelled))
	}
	return strings.TrimSuffix(b.String(), "\n")
}
