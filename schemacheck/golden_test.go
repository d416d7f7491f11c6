package schemacheck

import (
	"bufio"
	"fmt"
	"os"
	"path/filepath"
	"regexp"
	"slices"
	"strconv"
	"strings"
	"testing"

	"github.com/privlint/privlint/finding"
	"github.com/privlint/privlint/rules/policy"
)

// testPolicy loads testdata/privlint.yaml.
func testPolicy(t testing.TB) *policy.Policy {
	t.Helper()
	pol, err := policy.Load(filepath.Join("testdata", "privlint.yaml"))
	if err != nil {
		t.Fatalf("loading the test policy: %v", err)
	}
	return pol
}

// want is one expected finding or error of a golden file.
type want struct {
	text      string // the line as written, for messages
	file      string // absolute; the fixture when not given
	line, col int    // col 0: any (errors)
	rule      string // "" for an error
	re        *regexp.Regexp
}

var wantRE = regexp.MustCompile(`^(?:([^\s:]*[^\s\d:][^\s:]*):)?(\d+)(?::(\d+))? (PL\d{3}|error) (.*)$`)

// readWants parses a .want file: one expectation per line,
//
//	[file:]line:col RULE message-regexp
//	error [file:]line message-regexp
//
// with file relative to the fixture's directory. Blank lines and lines
// starting with # are ignored.
func readWants(t *testing.T, fixture string) []want {
	t.Helper()
	f, err := os.Open(fixture + ".want")
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	var out []want
	sc := bufio.NewScanner(f)
	for sc.Scan() {
		line := strings.TrimSpace(sc.Text())
		if line == "" || strings.HasPrefix(line, "#") {
			continue
		}
		if rest, ok := strings.CutPrefix(line, "error "); ok {
			loc, msg, _ := strings.Cut(rest, " ")
			line = loc + " error " + msg
		}
		m := wantRE.FindStringSubmatch(line)
		if m == nil {
			t.Fatalf("%s.want: cannot parse %q", fixture, line)
		}
		w := want{text: sc.Text(), file: fixture, rule: m[4]}
		if m[1] != "" {
			w.file = filepath.Join(filepath.Dir(fixture), m[1])
		}
		w.line, _ = strconv.Atoi(m[2])
		if m[3] != "" {
			w.col, _ = strconv.Atoi(m[3])
		}
		if w.rule == "error" {
			w.rule = ""
		}
		w.re, err = regexp.Compile(m[5])
		if err != nil {
			t.Fatalf("%s.want: %q: %v", fixture, line, err)
		}
		out = append(out, w)
	}
	return out
}

// TestGolden checks every fixture with a .want file and compares the
// findings and errors exactly with the expectations.
func TestGolden(t *testing.T) {
	pol := testPolicy(t)
	wants, err := filepath.Glob(filepath.Join("testdata", "*.want"))
	if err != nil || len(wants) == 0 {
		t.Fatalf("no golden files: %v", err)
	}
	for _, w := range wants {
		fixture := strings.TrimSuffix(w, ".want")
		t.Run(filepath.Base(fixture), func(t *testing.T) {
			abs, err := filepath.Abs(fixture)
			if err != nil {
				t.Fatal(err)
			}
			exp := readWants(t, abs)
			fs, errs := Check([]string{fixture}, Options{Policy: pol})
			compareGolden(t, abs, exp, fs, errs)
		})
	}
}

type got struct {
	file      string
	line, col int
	rule, msg string
}

func (g got) String() string {
	rule := g.rule
	if rule == "" {
		rule = "error"
	}
	return fmt.Sprintf("%s:%d:%d %s %s", filepath.Base(g.file), g.line, g.col, rule, g.msg)
}

func compareGolden(t *testing.T, fixture string, exp []want, fs []*finding.Finding, errs []*finding.Error) {
	t.Helper()
	var gs []got
	for _, f := range fs {
		if f.Pos.Column < 1 || f.Pos.Line < 1 {
			t.Errorf("finding without a position: %+v", f)
		}
		if f.Symbol == "" || f.Category == "" || f.DetectedBy == "" || f.Level == "" {
			t.Errorf("finding with empty fields: %+v", f)
		}
		if strings.HasPrefix(f.Message, "PL") {
			t.Errorf("message starts with a rule id: %q", f.Message)
		}
		gs = append(gs, got{f.Pos.File, f.Pos.Line, f.Pos.Column, f.RuleID, f.Message})
	}
	for _, e := range errs {
		gs = append(gs, got{e.File, e.Line, e.Column, "", e.Message})
	}
	used := make([]bool, len(gs))
	for _, w := range exp {
		found := false
		for i, g := range gs {
			if used[i] || g.file != w.file || g.line != w.line || g.rule != w.rule ||
				(w.col != 0 && g.col != w.col) || !w.re.MatchString(g.msg) {
				continue
			}
			used[i], found = true, true
			break
		}
		if !found {
			t.Errorf("missing: %s", w.text)
		}
	}
	for i, g := range gs {
		if !used[i] {
			t.Errorf("unexpected: %s", g)
		}
	}
	if t.Failed() {
		var all []string
		for _, g := range gs {
			all = append(all, g.String())
		}
		slices.Sort(all)
		t.Logf("got:\n%s", strings.Join(all, "\n"))
	}
}
