package main_test

import (
	"bufio"
	"bytes"
	"context"
	"encoding/json"
	"errors"
	"flag"
	"fmt"
	"io/fs"
	"os"
	"os/exec"
	"path"
	"path/filepath"
	"regexp"
	"slices"
	"strconv"
	"strings"
	"testing"
	"time"

	"github.com/privlint/privlint/rules"
)

var goCorpus = flag.Bool("gocorpus", false, "run TestGoCorpus: download the pinned modules of testdata/corpus/go through the module proxy and score privlint's findings against their labels (network, several minutes, up to 10 GB for gitea)")

var goCorpusOnly = flag.String("gocorpus.only", "", "with -gocorpus, score only the modules whose module@version contains this text")

// goCorpusTimeout bounds each go command and privlint run of TestGoCorpus
// (a deadlock guard, not a performance assertion).
const goCorpusTimeout = 30 * time.Minute

// goCorpusPaths are the committed corpus files, relative to this package.
var goCorpusPaths = struct{ labels, floor string }{
	labels: filepath.Join("..", "..", "testdata", "corpus", "go", "labels.tsv"),
	floor:  filepath.Join("..", "..", "testdata", "corpus", "go", "floor.tsv"),
}

// goCorpusEnv keeps the go command on this machine's toolchain and out of
// any enclosing workspace; -mod=mod lets it complete go.sum in the scratch
// copy of a module, never in the module cache.
var goCorpusEnv = []string{
	"GOFLAGS=-mod=mod",
	"GOWORK=off",
	"GOTOOLCHAIN=local",
}

// goCorpusOfflineEnv is goCorpusEnv once everything is downloaded: the
// privlint run itself asks no proxy and no checksum database, and reads
// no policy (fail-closed: every personal-data field is a PL001 finding).
var goCorpusOfflineEnv = append(slices.Clone(goCorpusEnv), "GOPROXY=off", "GOSUMDB=off", "PRIVLINT_CONFIG=")

// TestGoCorpus scores privlint's Go classifier against the labelled
// fields of real applications (testdata/corpus/go/labels.tsv). For each
// pinned module it downloads the module through the module proxy, copies it
// to a scratch directory, runs the privlint binary built from this checkout
// (check --format json, no policy) on the packages that hold labelled
// fields, joins the PL001 findings to the labels by file and Type.Field
// (line as a fallback) and reports recall, false positives and category
// agreement; -v adds the list of misses, false positives, category
// disagreements and unlabelled findings. It fails only when a figure falls
// below the floor committed in testdata/corpus/go/floor.tsv:
//
//	go test ./cmd/privlint -run TestGoCorpus -gocorpus -v -timeout 60m
func TestGoCorpus(t *testing.T) {
	if !*goCorpus {
		t.Skip("network and minutes: give -gocorpus to score privlint on the labelled Go applications")
	}
	tax, err := rules.DefaultTaxonomy()
	if err != nil {
		t.Fatal(err)
	}
	labels, err := readCorpusLabels(goCorpusPaths.labels, tax)
	if err != nil {
		t.Fatal(err)
	}
	floors, err := readCorpusFloor(goCorpusPaths.floor)
	if err != nil {
		t.Fatal(err)
	}
	modules, byModule := groupByModule(labels, func(l corpusLabel) string { return l.Module })
	var summary []corpusSummaryRow
	eachCorpusModule(t, modules, *goCorpusOnly, floors, goCorpusPaths.floor, func(t *testing.T, mod, dir string, floor corpusFloor) []string {
		pkgs := corpusPackages(byModule[mod])
		findings := corpusCheck(t, dir, pkgs)
		s := scoreCorpus(byModule[mod], findings, tax)
		t.Logf("%s: privlint check on %d packages (%s)", mod, len(pkgs), strings.Join(pkgs, " "))
		t.Log(s.report(mod))
		if testing.Verbose() {
			t.Log(s.details())
		}
		summary = append(summary, corpusSummaryRow{mod, s})
		return s.belowFloor(floor)
	})
	t.Log(corpusSummaryTable(summary))
}

// corpusLabel is one row of labels.tsv: a struct field of a pinned module
// and what it holds.
type corpusLabel struct {
	Module   string // module@version
	File     string // slash path relative to the module root
	Line     int
	Symbol   string // Type.Field (Type.Holder.Field for nested anonymous structs)
	Label    string // canonical taxonomy key, or "not"
	Evidence string // name, tag, type or none
	Reason   string
	row      int // line in labels.tsv
}

// personal reports whether the label says the field holds personal data.
func (l corpusLabel) personal() bool { return l.Label != "not" }

// corpusHeader is the first line of labels.tsv.
const corpusHeader = "module\tfile\tline\tsymbol\tlabel\tevidence\treason"

var (
	corpusSymbol   = regexp.MustCompile(`^[A-Za-z_][A-Za-z0-9_]*(\.[A-Za-z_][A-Za-z0-9_]*)+$`)
	corpusModVer   = regexp.MustCompile(`^[a-z0-9.\-]+(/[A-Za-z0-9._~\-]+)*@v[0-9][0-9A-Za-z.+\-]*$`)
	corpusEvidence = []string{"name", "tag", "type", "none"}
)

// readCorpusLabels reads and validates labels.tsv. Errors name the file
// and line.
func readCorpusLabels(file string, tax *rules.Taxonomy) ([]corpusLabel, error) {
	data, err := os.ReadFile(file)
	if err != nil {
		return nil, fmt.Errorf("reading the corpus labels: %w", err)
	}
	return parseCorpusLabels(file, data, tax)
}

func parseCorpusLabels(file string, data []byte, tax *rules.Taxonomy) ([]corpusLabel, error) {
	var out []corpusLabel
	seen := map[string]int{}
	sc := bufio.NewScanner(bytes.NewReader(data))
	n := 0
	for sc.Scan() {
		n++
		text := sc.Text()
		if n == 1 {
			if text != corpusHeader {
				return nil, fmt.Errorf("%s:1: header is %q, want %q", file, text, corpusHeader)
			}
			continue
		}
		if strings.TrimSpace(text) == "" {
			return nil, fmt.Errorf("%s:%d: empty line", file, n)
		}
		f := strings.Split(text, "\t")
		if len(f) != 7 {
			return nil, fmt.Errorf("%s:%d: %d tab-separated columns, want 7 (%s)", file, n, len(f), corpusHeader)
		}
		l := corpusLabel{Module: f[0], File: f[1], Symbol: f[3], Label: f[4], Evidence: f[5], Reason: f[6], row: n}
		switch {
		case !corpusModVer.MatchString(l.Module):
			return nil, fmt.Errorf("%s:%d: module %q is not module@version", file, n, l.Module)
		case l.File == "" || path.Clean(l.File) != l.File || path.IsAbs(l.File) || strings.HasPrefix(l.File, "../") || !strings.HasSuffix(l.File, ".go"):
			return nil, fmt.Errorf("%s:%d: file %q is not a clean relative path of a .go file", file, n, l.File)
		case !corpusSymbol.MatchString(l.Symbol):
			return nil, fmt.Errorf("%s:%d: symbol %q is not Type.Field", file, n, l.Symbol)
		case !slices.Contains(corpusEvidence, l.Evidence):
			return nil, fmt.Errorf("%s:%d: evidence %q is not one of %s", file, n, l.Evidence, strings.Join(corpusEvidence, ", "))
		case strings.TrimSpace(l.Reason) == "":
			return nil, fmt.Errorf("%s:%d: no reason", file, n)
		}
		line, err := strconv.Atoi(f[2])
		if err != nil || line <= 0 {
			return nil, fmt.Errorf("%s:%d: line %q is not a positive number", file, n, f[2])
		}
		l.Line = line
		if l.Label != "not" {
			key, ok := tax.Canonical(l.Label)
			if !ok || !rules.IsPersonal(key) {
				return nil, fmt.Errorf("%s:%d: label %q is neither a personal-data category of the taxonomy nor \"not\"", file, n, l.Label)
			}
			l.Label = key
		}
		id := l.Module + " " + l.File + " " + l.Symbol + " " + f[2]
		if prev, ok := seen[id]; ok {
			return nil, fmt.Errorf("%s:%d: %s %s:%d %s is labelled on line %d already", file, n, l.Module, l.File, l.Line, l.Symbol, prev)
		}
		seen[id] = n
		out = append(out, l)
	}
	if err := sc.Err(); err != nil {
		return nil, fmt.Errorf("%s: %w", file, err)
	}
	if n == 0 {
		return nil, fmt.Errorf("%s: empty file, want the header %q", file, corpusHeader)
	}
	return out, nil
}

// corpusFloor is one row of floor.tsv: the figures a module's score must
// not fall below (recall, category agreement) or rise above (false
// positives, unlabelled findings). Percentages.
type corpusFloor struct {
	RecallMin, FPMax, ExactMin float64
	UnlabelledMax              int
}

// readCorpusFloor reads floor.tsv: "#" comments, then module@version,
// recall_min, fp_max, category_exact_min (percentages) and unlabelled_max,
// tab-separated. Errors name the file and line.
func readCorpusFloor(file string) (map[string]corpusFloor, error) {
	data, err := os.ReadFile(file)
	if err != nil {
		return nil, fmt.Errorf("reading the corpus floor: %w", err)
	}
	return parseCorpusFloor(file, data)
}

func parseCorpusFloor(file string, data []byte) (map[string]corpusFloor, error) {
	rows, err := parseFloorRows(file, data, "recall_min", "fp_max", "category_exact_min")
	if err != nil {
		return nil, err
	}
	out := map[string]corpusFloor{}
	for mod, r := range rows {
		out[mod] = corpusFloor{RecallMin: r.pct[0], FPMax: r.pct[1], ExactMin: r.pct[2], UnlabelledMax: r.unlabelledMax}
	}
	return out, nil
}

// floorRow is one row of a corpus scorer's floor.tsv: its percentages, in
// the order of their columns, and unlabelled_max.
type floorRow struct {
	pct           []float64
	unlabelledMax int
}

// parseFloorRows reads a corpus scorer's floor.tsv: "#" comments, then
// module@version, one column per name in pctNames (percentages) and
// unlabelled_max, tab-separated. Errors name the file and line.
func parseFloorRows(file string, data []byte, pctNames ...string) (map[string]floorRow, error) {
	cols := append(append([]string{"module@version"}, pctNames...), "unlabelled_max")
	out := map[string]floorRow{}
	for i, text := range strings.Split(strings.TrimSuffix(string(data), "\n"), "\n") {
		n := i + 1
		if strings.HasPrefix(text, "#") || strings.TrimSpace(text) == "" {
			continue
		}
		f := strings.Split(text, "\t")
		if len(f) != len(cols) {
			return nil, fmt.Errorf("%s:%d: %d tab-separated columns, want %d (%s)", file, n, len(f), len(cols), strings.Join(cols, ", "))
		}
		if !corpusModVer.MatchString(f[0]) {
			return nil, fmt.Errorf("%s:%d: module %q is not module@version", file, n, f[0])
		}
		if _, dup := out[f[0]]; dup {
			return nil, fmt.Errorf("%s:%d: second floor for %s", file, n, f[0])
		}
		pct := make([]float64, len(pctNames))
		for j, name := range pctNames {
			v, err := strconv.ParseFloat(f[1+j], 64)
			if err != nil || v < 0 || v > 100 {
				return nil, fmt.Errorf("%s:%d: %s %q is not a percentage", file, n, name, f[1+j])
			}
			pct[j] = v
		}
		last := f[len(f)-1]
		u, err := strconv.Atoi(last)
		if err != nil || u < 0 {
			return nil, fmt.Errorf("%s:%d: unlabelled_max %q is not a count", file, n, last)
		}
		out[f[0]] = floorRow{pct: pct, unlabelledMax: u}
	}
	return out, nil
}

// corpusPackages is the package patterns ("./dir") of the labelled files.
func corpusPackages(labels []corpusLabel) []string {
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

// corpusGo runs the go command in dir with env and returns its stdout.
func corpusGo(t *testing.T, dir string, env []string, args ...string) []byte {
	t.Helper()
	ctx, cancel := context.WithTimeout(context.Background(), goCorpusTimeout)
	defer cancel()
	cmd := exec.CommandContext(ctx, "go", args...)
	cmd.Dir = dir
	cmd.Env = append(os.Environ(), env...)
	var stderr bytes.Buffer
	cmd.Stderr = &stderr
	out, err := cmd.Output()
	if err != nil {
		t.Fatalf("go %s (in %s): %v\n%s", strings.Join(args, " "), dir, err, corpusTail(stderr.String(), 4000))
	}
	return out
}

// corpusModuleCopy downloads mod (module@version) through the module proxy
// and returns a writable copy of it with its build list downloaded.
func corpusModuleCopy(t *testing.T, mod string) string {
	t.Helper()
	out := corpusGo(t, t.TempDir(), goCorpusEnv, "mod", "download", "-json", mod)
	var info struct{ Dir, Error string }
	if err := json.Unmarshal(out, &info); err != nil {
		t.Fatalf("go mod download -json %s: %v\n%s", mod, err, corpusTail(string(out), 2000))
	}
	if info.Error != "" || info.Dir == "" {
		t.Fatalf("go mod download %s: %s", mod, info.Error)
	}
	dst := filepath.Join(t.TempDir(), "src")
	if err := copyCorpusTree(info.Dir, dst); err != nil {
		t.Fatal(err)
	}
	corpusGo(t, dst, goCorpusEnv, "mod", "download")
	return dst
}

// copyCorpusTree copies the regular files under src (a module in the
// read-only module cache) to dst, writable.
func copyCorpusTree(src, dst string) error {
	return filepath.WalkDir(src, func(p string, d fs.DirEntry, err error) error {
		if err != nil {
			return fmt.Errorf("copying %s: %w", src, err)
		}
		rel, err := filepath.Rel(src, p)
		if err != nil {
			return err
		}
		target := filepath.Join(dst, rel)
		switch {
		case d.IsDir():
			return os.MkdirAll(target, 0o755)
		case !d.Type().IsRegular():
			return nil // module zips hold regular files only
		}
		data, err := os.ReadFile(p)
		if err != nil {
			return fmt.Errorf("copying %s: %w", p, err)
		}
		if err := os.WriteFile(target, data, 0o644); err != nil {
			return fmt.Errorf("copying %s: %w", p, err)
		}
		return nil
	})
}

// corpusFinding is a PL001 finding of privlint's JSON report: a field
// that privlint classified as personal data.
type corpusFinding struct {
	File       string
	Line       int
	Symbol     string // Type.Field read from the message, "" when it names none
	Category   string
	DetectedBy string
}

// corpusCheck runs privlint check --format json on pkgs in dir and returns
// its PL001 findings. A report with errors (packages that did not load or
// analyse) fails the test: the figures would not mean anything.
func corpusCheck(t *testing.T, dir string, pkgs []string) []corpusFinding {
	t.Helper()
	return corpusReport(t, dir, pkgs, parseCorpusReport)
}

// corpusReport runs privlint check --format json on pkgs in dir, offline,
// and returns what parse reads of its report. A run that fails (exit
// above 2, or past goCorpusTimeout), a report parse cannot read, or a
// report with errors fails the test: the figures would not mean anything.
func corpusReport[F any](t *testing.T, dir string, pkgs []string, parse func(data []byte, dir string) ([]F, []string, error)) []F {
	t.Helper()
	ctx, cancel := context.WithTimeout(context.Background(), goCorpusTimeout)
	defer cancel()
	cmd := exec.CommandContext(ctx, privlint, append([]string{"check", "--format", "json"}, pkgs...)...)
	cmd.Dir = dir
	cmd.Env = append(os.Environ(), goCorpusOfflineEnv...)
	var stdout, stderr bytes.Buffer
	cmd.Stdout, cmd.Stderr = &stdout, &stderr
	err := cmd.Run()
	if ctx.Err() != nil {
		t.Fatalf("privlint check did not finish within %v", goCorpusTimeout)
	}
	var ee *exec.ExitError
	if err != nil && (!errors.As(err, &ee) || ee.ExitCode() > 2) {
		t.Fatalf("privlint check: %v\n%s", err, corpusTail(stderr.String(), 4000))
	}
	findings, reportErrs, perr := parse(stdout.Bytes(), dir)
	if perr != nil {
		t.Fatalf("privlint check: %v\nstderr:\n%s", perr, corpusTail(stderr.String(), 4000))
	}
	if len(reportErrs) > 0 {
		t.Fatalf("privlint check reported %d errors; the corpus must load and analyse cleanly:\n%s", len(reportErrs), strings.Join(reportErrs, "\n"))
	}
	return findings
}

// corpusFieldInMessage finds the Type.Field a PL001 message names ("...
// in Customer.Email has no declared purpose ...").
var corpusFieldInMessage = regexp.MustCompile(`\bin ([A-Za-z_][A-Za-z0-9_]*(?:\.[A-Za-z_][A-Za-z0-9_]*)+)\b`)

// parseCorpusReport reads privlint's JSON report: its PL001 findings (file
// paths made relative to dir, slash-separated) and its errors.
func parseCorpusReport(data []byte, dir string) ([]corpusFinding, []string, error) {
	var rep struct {
		Findings []struct {
			Rule       string `json:"rule"`
			Message    string `json:"message"`
			File       string `json:"file"`
			Line       int    `json:"line"`
			Category   string `json:"category"`
			DetectedBy any    `json:"detectedBy"`
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
	var out []corpusFinding
	for _, f := range rep.Findings {
		if f.Rule != "PL001" {
			continue
		}
		file := f.File
		if filepath.IsAbs(file) {
			if rel, err := filepath.Rel(dir, file); err == nil {
				file = rel
			}
		}
		cf := corpusFinding{File: path.Clean(filepath.ToSlash(file)), Line: f.Line, Category: f.Category, DetectedBy: corpusEvidenceText(f.DetectedBy)}
		if m := corpusFieldInMessage.FindStringSubmatch(f.Message); m != nil {
			cf.Symbol = m[1]
		}
		out = append(out, cf)
	}
	var errs []string
	for _, e := range rep.Errors {
		errs = append(errs, fmt.Sprintf("%s:%d: %s", e.File, e.Line, e.Message))
	}
	return out, errs, nil
}

// corpusEvidenceText renders detectedBy, a string today and perhaps a list
// of evidence tomorrow.
func corpusEvidenceText(v any) string {
	switch v := v.(type) {
	case nil:
		return ""
	case string:
		return v
	case []any:
		var parts []string
		for _, e := range v {
			parts = append(parts, corpusEvidenceText(e))
		}
		return strings.Join(parts, ",")
	default:
		b, _ := json.Marshal(v)
		return string(b)
	}
}

// corpusScore is how privlint's findings compare with a module's labels.
type corpusScore struct {
	labels    int
	findings  int
	personal  map[string]int // labelled personal, by evidence
	found     map[string]int // of those, flagged, by evidence
	notLabels int
	// exact and compatible count flagged personal fields whose category is
	// the label, or the label's ancestor or descendant.
	exact, compatible int

	misses     []corpusLabel
	fps        []corpusMatch
	disagree   []corpusMatch
	unlabelled []corpusFinding
}

// corpusMatch is a labelled field and the categories privlint gave it.
type corpusMatch struct {
	label    corpusLabel
	findings []corpusFinding
}

// scoreCorpus joins findings to labels (same file, then the Type.Field the
// message names, then the line when the symbol is missing or ambiguous)
// and counts.
func scoreCorpus(labels []corpusLabel, findings []corpusFinding, tax *rules.Taxonomy) *corpusScore {
	s := &corpusScore{labels: len(labels), findings: len(findings), personal: map[string]int{}, found: map[string]int{}}
	byFile := map[string][]int{}
	for i, l := range labels {
		byFile[l.File] = append(byFile[l.File], i)
	}
	hits := make([][]corpusFinding, len(labels))
	for _, f := range findings {
		i, ok := corpusJoin(labels, byFile[f.File], f)
		if !ok {
			s.unlabelled = append(s.unlabelled, f)
			continue
		}
		hits[i] = append(hits[i], f)
	}
	for i, l := range labels {
		if !l.personal() {
			s.notLabels++
			if len(hits[i]) > 0 {
				s.fps = append(s.fps, corpusMatch{l, hits[i]})
			}
			continue
		}
		s.personal[l.Evidence]++
		if len(hits[i]) == 0 {
			s.misses = append(s.misses, l)
			continue
		}
		s.found[l.Evidence]++
		exact, compatible := false, false
		for _, f := range hits[i] {
			got, ok := tax.Canonical(f.Category)
			if !ok {
				got = f.Category
			}
			switch {
			case got == l.Label:
				exact, compatible = true, true
			case strings.HasPrefix(got, l.Label+".") || strings.HasPrefix(l.Label, got+"."):
				compatible = true
			}
		}
		if exact {
			s.exact++
		} else {
			s.disagree = append(s.disagree, corpusMatch{l, hits[i]})
		}
		if compatible {
			s.compatible++
		}
	}
	return s
}

// corpusJoin picks the label of finding f among the labels cands of its
// file: the one with its Type.Field (by line if several share it), else
// the one on its line.
func corpusJoin(labels []corpusLabel, cands []int, f corpusFinding) (int, bool) {
	var bySym, byLine []int
	for _, i := range cands {
		if f.Symbol != "" && labels[i].Symbol == f.Symbol {
			bySym = append(bySym, i)
		}
		if labels[i].Line == f.Line {
			byLine = append(byLine, i)
		}
	}
	if len(bySym) == 1 {
		return bySym[0], true
	}
	if len(bySym) > 1 {
		for _, i := range bySym {
			if labels[i].Line == f.Line {
				return i, true
			}
		}
		return 0, false
	}
	if len(byLine) == 1 {
		return byLine[0], true
	}
	return 0, false
}

func corpusSum(m map[string]int) int {
	n := 0
	for _, v := range m {
		n += v
	}
	return n
}

func corpusPct(n, d int) float64 {
	if d == 0 {
		return 0
	}
	return 100 * float64(n) / float64(d)
}

// recall is the share of labelled personal fields privlint flags.
func (s *corpusScore) recall() float64 { return corpusPct(corpusSum(s.found), corpusSum(s.personal)) }

// evidenceRecall is the recall on personal fields whose name, tag or type
// carries evidence (evidence other than none).
func (s *corpusScore) evidenceRecall() float64 {
	return corpusPct(corpusSum(s.found)-s.found["none"], corpusSum(s.personal)-s.personal["none"])
}

// fpRate is the share of labelled not-personal fields privlint flags.
func (s *corpusScore) fpRate() float64 { return corpusPct(len(s.fps), s.notLabels) }

// exactRate and compatibleRate are category agreement on the flagged
// personal fields.
func (s *corpusScore) exactRate() float64 { return corpusPct(s.exact, corpusSum(s.found)) }

func (s *corpusScore) compatibleRate() float64 { return corpusPct(s.compatible, corpusSum(s.found)) }

// belowFloor lists the figures that regressed past floor. Figures are
// compared at the one decimal they are printed with.
func (s *corpusScore) belowFloor(floor corpusFloor) []string {
	r1 := func(v float64) float64 { return float64(int64(v*10+0.5)) / 10 }
	var out []string
	if r1(s.recall()) < floor.RecallMin {
		out = append(out, fmt.Sprintf("recall %.1f%% fell below the floor %.1f%%", s.recall(), floor.RecallMin))
	}
	if r1(s.fpRate()) > floor.FPMax {
		out = append(out, fmt.Sprintf("false positives %.1f%% rose above the ceiling %.1f%%", s.fpRate(), floor.FPMax))
	}
	if r1(s.exactRate()) < floor.ExactMin {
		out = append(out, fmt.Sprintf("exact category agreement %.1f%% fell below the floor %.1f%%", s.exactRate(), floor.ExactMin))
	}
	if len(s.unlabelled) > floor.UnlabelledMax {
		out = append(out, fmt.Sprintf("%d findings on fields no label row covers, more than the %d allowed: label them in %s", len(s.unlabelled), floor.UnlabelledMax, goCorpusPaths.labels))
	}
	return out
}

// report is the figures of one module.
func (s *corpusScore) report(mod string) string {
	var b strings.Builder
	fmt.Fprintf(&b, "%s: %d labelled fields, %d PL001 findings (%d on unlabelled fields)\n", mod, s.labels, s.findings, len(s.unlabelled))
	var ev []string
	for _, e := range corpusEvidence {
		ev = append(ev, fmt.Sprintf("%s %d/%d", e, s.found[e], s.personal[e]))
	}
	fmt.Fprintf(&b, "  labelled personal        %4d   found %d, recall %.1f%%, with name/tag/type evidence %.1f%% (found/labelled by evidence: %s)\n",
		corpusSum(s.personal), corpusSum(s.found), s.recall(), s.evidenceRecall(), strings.Join(ev, ", "))
	fmt.Fprintf(&b, "  labelled not personal    %4d   false positives %d, %.1f%%\n", s.notLabels, len(s.fps), s.fpRate())
	fmt.Fprintf(&b, "  category agreement       exact %d/%d %.1f%%, ancestor-compatible %d/%d %.1f%%",
		s.exact, corpusSum(s.found), s.exactRate(), s.compatible, corpusSum(s.found), s.compatibleRate())
	return b.String()
}

// details lists the misses, false positives, category disagreements and
// unlabelled findings.
func (s *corpusScore) details() string {
	var b strings.Builder
	cats := func(fs []corpusFinding) string {
		var parts []string
		for _, f := range fs {
			parts = append(parts, f.Category+" by "+f.DetectedBy)
		}
		return strings.Join(parts, "; ")
	}
	fmt.Fprintf(&b, "misses (%d):\n", len(s.misses))
	for _, l := range s.misses {
		fmt.Fprintf(&b, "  %s:%d %s  %s [%s]  %s\n", l.File, l.Line, l.Symbol, l.Label, l.Evidence, l.Reason)
	}
	fmt.Fprintf(&b, "false positives (%d):\n", len(s.fps))
	for _, m := range s.fps {
		fmt.Fprintf(&b, "  %s:%d %s  flagged %s  (%s)\n", m.label.File, m.label.Line, m.label.Symbol, cats(m.findings), m.label.Reason)
	}
	fmt.Fprintf(&b, "category disagreements (%d):\n", len(s.disagree))
	for _, m := range s.disagree {
		fmt.Fprintf(&b, "  %s:%d %s  labelled %s, flagged %s\n", m.label.File, m.label.Line, m.label.Symbol, m.label.Label, cats(m.findings))
	}
	fmt.Fprintf(&b, "findings on unlabelled fields (%d):\n", len(s.unlabelled))
	for _, f := range s.unlabelled {
		fmt.Fprintf(&b, "  %s:%d %s  %s by %s\n", f.File, f.Line, f.Symbol, f.Category, f.DetectedBy)
	}
	return strings.TrimSuffix(b.String(), "\n")
}

type corpusSummaryRow struct {
	module string
	score  *corpusScore
}

// corpusSummaryTable is one line per module.
func corpusSummaryTable(rows []corpusSummaryRow) string {
	var b strings.Builder
	fmt.Fprintf(&b, "Go corpus summary:\n%-32s %8s %8s %8s %8s %8s %8s %8s %8s\n", "module", "personal", "recall", "ev.rec", "not", "FP", "FP%", "cat=", "cat~")
	for _, r := range rows {
		s := r.score
		fmt.Fprintf(&b, "%-32s %8d %7.1f%% %7.1f%% %8d %8d %7.1f%% %7.1f%% %7.1f%%\n", r.module, corpusSum(s.personal), s.recall(), s.evidenceRecall(),
			s.notLabels, len(s.fps), s.fpRate(), s.exactRate(), s.compatibleRate())
	}
	return strings.TrimSuffix(b.String(), "\n")
}

func corpusTail(s string, n int) string {
	if len(s) <= n {
		return s
	}
	return "..." + s[len(s)-n:]
}

// groupByModule groups a corpus's label rows by their module, the modules
// in the order of their first row.
func groupByModule[L any](labels []L, module func(L) string) ([]string, map[string][]L) {
	var modules []string
	byModule := map[string][]L{}
	for _, l := range labels {
		m := module(l)
		if _, ok := byModule[m]; !ok {
			modules = append(modules, m)
		}
		byModule[m] = append(byModule[m], l)
	}
	return modules, byModule
}

// eachCorpusModule scores each labelled module, as a subtest, on a scratch
// copy of it (corpusModuleCopy), unless only is given and the module's
// path does not contain it. score returns the figures that fell past the
// module's floor; each is an error naming floorPath. A module without a
// floor fails.
func eachCorpusModule[F any](t *testing.T, modules []string, only string, floors map[string]F, floorPath string, score func(t *testing.T, mod, dir string, floor F) []string) {
	t.Helper()
	for _, mod := range modules {
		if only != "" && !strings.Contains(mod, only) {
			continue
		}
		t.Run(strings.NewReplacer("/", "_", "@", "_").Replace(mod), func(t *testing.T) {
			floor, ok := floors[mod]
			if !ok {
				t.Fatalf("%s: no floor for %s; add a row to it", floorPath, mod)
			}
			for _, msg := range score(t, mod, corpusModuleCopy(t, mod), floor) {
				t.Errorf("%s: %s (%s)", mod, msg, floorPath)
			}
		})
	}
}
