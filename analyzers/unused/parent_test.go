package unused

import (
	"fmt"
	"go/ast"
	"go/parser"
	"go/token"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// TestParentBelow checks that parent, asked during the walk about nodes
// off the walk's stack (below the current node, or elsewhere in the
// file), gives what mapping the whole file gives, and that it finds them
// without mapping the file.
func TestParentBelow(t *testing.T) {
	files, err := filepath.Glob(filepath.Join("testdata", "src", "*", "*.go"))
	if err != nil || len(files) == 0 {
		t.Fatalf("no test files: %v", err)
	}
	// A source file with parentheses, literals, closures and a method
	// value, which the test files may not all hold.
	extra := filepath.Join(t.TempDir(), "extra.go")
	src := `package p

type T struct{ A, B string; N []int }

func f(t *T, xs []T) (string, func() int) {
	g := func() int { return len(((*t).A)) + len(xs[0].N) }
	m := map[string]any{"a": &T{A: t.B}, "b": []T{{A: "x"}}}
	for _, x := range xs { if x.A != "" { m[x.B] = x } }
	return (t.A + t.B), g
}
`
	if err := os.WriteFile(extra, []byte(src), 0o600); err != nil {
		t.Fatal(err)
	}
	files = append(files, extra)
	fset := token.NewFileSet()
	queries := 0
	for _, name := range files {
		f, err := parser.ParseFile(fset, name, nil, parser.ParseComments)
		if err != nil {
			t.Fatal(err)
		}
		want := parentsOf(f)
		// Comments lie outside the spans of the nodes they document:
		// they are asked about last, when the file may be mapped.
		var nodes, comments []ast.Node
		ast.Inspect(f, func(n ast.Node) bool {
			switch n.(type) {
			case nil:
			case *ast.CommentGroup, *ast.Comment:
				comments = append(comments, n)
			default:
				nodes = append(nodes, n)
			}
			return true
		})
		s := &state{file: f}
		var stack []ast.Node
		i := 0
		ast.Inspect(f, func(n ast.Node) bool {
			if n == nil {
				stack = stack[:len(stack)-1]
				return true
			}
			s.cur, s.enclosing = n, stack
			for j, m := range nodes {
				// Every node below n, and a sample of the others.
				below := n.Pos() <= m.Pos() && m.End() <= n.End()
				if !below && (i*31+j)%13 != 0 {
					continue
				}
				queries++
				s.searched = 0 // the budget is TestParentBudget's
				if got := s.parent(m); got != want[m] {
					t.Fatalf("%s: parent of %T at %s, walking %T at %s: got %T, want %T",
						name, m, fset.Position(m.Pos()), n, fset.Position(n.Pos()), got, want[m])
				}
			}
			stack = append(stack, n)
			i++
			return true
		})
		if s.parents != nil {
			t.Errorf("%s: parent mapped the whole file", name)
		}
		s.cur, s.enclosing = f.Decls[len(f.Decls)-1], []ast.Node{f}
		for _, m := range comments {
			if got := s.parent(m); got != want[m] {
				t.Fatalf("%s: parent of the comment at %s: got %T, want %T", name, fset.Position(m.Pos()), got, want[m])
			}
		}
	}
	if queries == 0 {
		t.Fatal("no node asked about")
	}
}

// TestParentBudget checks that the searches for parents off the walk's
// stack stop once they have visited about as many nodes as the file
// holds: a huge block asked about statement by statement maps the file
// instead, and the answers stay right.
func TestParentBudget(t *testing.T) {
	var src strings.Builder
	src.WriteString("package p\n\nfunc f(x []int) {\n")
	const stmts = 3000
	for i := range stmts {
		fmt.Fprintf(&src, "\tx[%d] = len(x)\n", i)
	}
	src.WriteString("}\n")
	fset := token.NewFileSet()
	f, err := parser.ParseFile(fset, "p.go", src.String(), 0)
	if err != nil {
		t.Fatal(err)
	}
	want := parentsOf(f)
	fd := f.Decls[0].(*ast.FuncDecl)
	s := &state{file: f, cur: fd.Body.List[0], enclosing: []ast.Node{f, fd, fd.Body}}
	for _, st := range fd.Body.List[1:] {
		call := st.(*ast.AssignStmt).Rhs[0]
		if got := s.parent(call); got != want[call] {
			t.Fatalf("parent of the call at %s: got %T, want %T", fset.Position(call.Pos()), got, want[call])
		}
	}
	if s.parents == nil {
		t.Errorf("%d searches through a block of %d statements did not map the file", stmts-1, stmts)
	}
	if limit := maxSearched(f) + 4*stmts; s.searched > limit {
		t.Errorf("the searches visited %d nodes, want at most %d", s.searched, limit)
	}
}
