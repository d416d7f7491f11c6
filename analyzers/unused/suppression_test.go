package unused

import (
	"go/ast"
	"go/parser"
	"go/token"
	"reflect"
	"testing"

	"golang.org/x/tools/go/analysis"

	"github.com/privlint/privlint/internal/directive"
)

// TestSuppressionSameAsScan checks that suppression, which reads a file's
// directives once, finds for every identifier of two files the directive
// that scanning the file's comments at each field finds: on the line or
// the line above, PL201 among its rules, with a reason, the first in the
// file's order.
func TestSuppressionSameAsScan(t *testing.T) {
	srcs := []string{`package p

type a struct {
	//privlint:ignore PL201 kept for the audit
	one string
	two string //privlint:ignore PL201 the same line counts
	//privlint:ignore PL201
	three string // no reason: not suppressed
	//privlint:ignore PL101 another rule
	four string
	//privlint:ignore PL101,PL201 both rules
	five string

	six string // two lines below a directive
	//privlint:ignore PL201 first
	seven string //privlint:ignore PL201 second
	/* privlint:ignore PL201 a block comment */
	eight string
}
`, `package p

//privlint:ignore PL201 in the other file
var nine struct{ ten string }
`}
	fset := token.NewFileSet()
	var files []*ast.File
	for i, src := range srcs {
		f, err := parser.ParseFile(fset, []string{"a.go", "b.go"}[i], src, parser.ParseComments)
		if err != nil {
			t.Fatal(err)
		}
		files = append(files, f)
	}
	s := &state{pass: &analysis.Pass{Fset: fset, Files: files}}
	// scan is suppression as it read the comments at every field.
	scan := func(pos token.Pos) (directive.Ignore, bool) {
		tf := fset.File(pos)
		line := tf.Line(pos)
		for _, f := range files {
			if fset.File(f.Pos()) != tf {
				continue
			}
			for _, cg := range f.Comments {
				for _, c := range cg.List {
					if l := tf.Line(c.Pos()); l != line && l != line-1 {
						continue
					}
					d, ok := directive.Parse(c.Text)
					if !ok || d.Verb != "ignore" {
						continue
					}
					if ig := directive.ParseIgnore(d); ig.Reason != "" && ig.Covers(RuleID) {
						return ig, true
					}
				}
			}
		}
		return directive.Ignore{}, false
	}
	suppressed := 0
	for _, f := range files {
		ast.Inspect(f, func(n ast.Node) bool {
			id, ok := n.(*ast.Ident)
			if !ok {
				return true
			}
			got, gotOK := s.suppression(id.Pos())
			want, wantOK := scan(id.Pos())
			if gotOK != wantOK || !reflect.DeepEqual(got, want) {
				t.Errorf("%s at %s: suppression %v %+v, want %v %+v", id.Name, fset.Position(id.Pos()), gotOK, got, wantOK, want)
			}
			if gotOK {
				suppressed++
			}
			return true
		})
	}
	if suppressed < 5 {
		t.Errorf("%d identifiers suppressed, want the fixture's (one, two, five, seven, nine, ...)", suppressed)
	}
}
