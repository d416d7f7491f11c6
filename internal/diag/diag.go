// Package diag turns a privlint finding into a go/analysis diagnostic,
// applying what must hold under every driver: the policy's rule levels
// (`rules: {PL102: off}`) and in-source suppressions
// (`//privlint:ignore PL101 reason`). Findings are also kept, with their
// structured details, in a Result that the privlint CLI reads to write
// JSON and SARIF.
package diag

import (
	"go/ast"
	"go/parser"
	"go/token"
	"reflect"
	"strings"

	"golang.org/x/tools/go/analysis"

	"github.com/privlint/privlint/finding"
	"github.com/privlint/privlint/internal/directive"
	"github.com/privlint/privlint/internal/safetext"
	"github.com/privlint/privlint/rules/policy"
)

// Result is the result type of every reporting privlint analyzer: the
// findings of one package, suppressed ones included.
type Result struct {
	Findings []*finding.Finding
}

// ResultType is the reflect.Type of *Result, for Analyzer.ResultType.
var ResultType = reflect.TypeFor[*Result]()

// Reporter reports findings of one pass.
type Reporter struct {
	pass             *analysis.Pass
	pol              *policy.Policy
	includeGenerated bool
	excludeTests     bool
	ignores          map[*token.File]map[int][]directive.Ignore
	res              *Result
}

// New returns a reporter for pass judged by pol; unless includeGenerated,
// findings located in generated files are dropped, and with excludeTests
// those located in _test.go files (go vet passes them whatever the user
// asked; privlint check loads them only with --tests).
func New(pass *analysis.Pass, pol *policy.Policy, includeGenerated, excludeTests bool) *Reporter {
	return &Reporter{pass: pass, pol: pol, includeGenerated: includeGenerated, excludeTests: excludeTests, res: &Result{}}
}

// Result returns the findings reported so far.
func (r *Reporter) Result() *Result { return r.res }

// Enabled reports whether the policy leaves rule on.
func (r *Reporter) Enabled(rule string) bool {
	return r.level(rule) != finding.LevelNone
}

func (r *Reporter) level(rule string) finding.Level {
	return r.pol.RuleLevel(rule)
}

// Report records f at [pos, end) and, unless it is switched off or
// suppressed, reports it as a diagnostic whose message starts with the rule
// id, so that go vet prints the same text as privlint check. The
// diagnostic's message is one line (safetext.Line): drivers such as go
// vet's unitchecker and golangci-lint print it as it is, and it quotes
// names and expressions from the analyzed code.
func (r *Reporter) Report(pos, end token.Pos, f *finding.Finding) {
	lvl := r.level(f.RuleID)
	if lvl == finding.LevelNone {
		return
	}
	if !r.includeGenerated && Generated(r.pass, pos) {
		return
	}
	if r.excludeTests && strings.HasSuffix(r.pass.Fset.Position(pos).Filename, "_test.go") {
		return
	}
	f.Level = lvl
	f.Pos = r.position(pos)
	if end.IsValid() {
		f.End = r.position(end)
	}
	if ig, ok := r.suppression(pos, f.RuleID); ok {
		f.Suppressed = true
		f.Justification = ig.Reason
		r.res.Findings = append(r.res.Findings, f)
		return
	}
	r.res.Findings = append(r.res.Findings, f)
	r.pass.Report(analysis.Diagnostic{
		Pos:      pos,
		End:      end,
		Category: f.RuleID,
		Message:  safetext.Line(f.RuleID + " " + f.Message),
	})
}

func (r *Reporter) position(pos token.Pos) finding.Position {
	p := r.pass.Fset.Position(pos)
	return finding.Position{File: p.Filename, Line: p.Line, Column: p.Column}
}

// suppression finds an ignore directive with a reason that covers rule on
// the line of pos or the line above.
func (r *Reporter) suppression(pos token.Pos, rule string) (directive.Ignore, bool) {
	tf := r.pass.Fset.File(pos)
	if tf == nil {
		return directive.Ignore{}, false
	}
	byLine := r.ignoresOf(tf)
	line := tf.Line(pos)
	for _, l := range []int{line, line - 1} {
		for _, ig := range byLine[l] {
			if ig.Reason != "" && ig.Covers(rule) {
				return ig, true
			}
		}
	}
	return directive.Ignore{}, false
}

func (r *Reporter) ignoresOf(tf *token.File) map[int][]directive.Ignore {
	if m, ok := r.ignores[tf]; ok {
		return m
	}
	if r.ignores == nil {
		r.ignores = map[*token.File]map[int][]directive.Ignore{}
	}
	m := map[int][]directive.Ignore{}
	if f := fileOf(r.pass, tf); f != nil {
		for _, cg := range f.Comments {
			for _, c := range cg.List {
				d, ok := directive.Parse(c.Text)
				if !ok || d.Verb != "ignore" {
					continue
				}
				line := tf.Line(c.Pos())
				m[line] = append(m[line], directive.ParseIgnore(d))
			}
		}
	}
	r.ignores[tf] = m
	return m
}

// Generated reports whether pos is in a generated file: the file the
// position names (after //line directives, so cgo's generated files count
// as the hand-written file they come from) carries the standard
// "// Code generated ... DO NOT EDIT." comment before its package clause.
// The file is read from pass.Files; only a file the pass does not hold
// (the source of a cgo file) is read from disk.
func Generated(pass *analysis.Pass, pos token.Pos) bool {
	name := pass.Fset.Position(pos).Filename
	if !strings.HasSuffix(name, ".go") {
		return false
	}
	for _, f := range pass.Files {
		if pass.Fset.File(f.FileStart).Name() == name {
			return ast.IsGenerated(f)
		}
	}
	f, err := parser.ParseFile(token.NewFileSet(), name, nil, parser.PackageClauseOnly|parser.ParseComments)
	return err == nil && ast.IsGenerated(f)
}

func fileOf(pass *analysis.Pass, tf *token.File) *ast.File {
	for _, f := range pass.Files {
		if pass.Fset.File(f.FileStart) == tf {
			return f
		}
	}
	return nil
}

// DiagResult returns r itself; every analyzer result that carries findings
// has this method, so that drivers can collect them without knowing the
// analyzer.
func (r *Result) DiagResult() *Result { return r }

// Carrier is implemented by analyzer results that carry findings.
type Carrier interface {
	DiagResult() *Result
}
