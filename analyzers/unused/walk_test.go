package unused

import (
	"go/ast"
	"go/parser"
	"go/token"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// TestWalkerOrder checks that walkFile visits the nodes ast.Inspect
// visits, but the comments, in the same order and each with the same
// enclosing nodes, on the Go files of this module (analyzers, their
// fixtures and the CLI: every kind of node, generics, labels, selects)
// and on files with syntax errors (bad expressions and statements).
func TestWalkerOrder(t *testing.T) {
	var files []string
	for _, root := range []string{"..", filepath.Join("..", "..", "cmd"), filepath.Join("..", "..", "internal")} {
		err := filepath.WalkDir(root, func(path string, d os.DirEntry, err error) error {
			if err == nil && !d.IsDir() && strings.HasSuffix(path, ".go") {
				files = append(files, path)
			}
			return err
		})
		if err != nil {
			t.Fatal(err)
		}
	}
	if len(files) < 100 {
		t.Fatalf("%d Go files found, want the module's", len(files))
	}
	type visit struct {
		n     ast.Node
		depth int
		top   ast.Node // the innermost enclosing node
	}
	check := func(name string, f *ast.File) {
		var want []visit
		var stack []ast.Node
		ast.Inspect(f, func(n ast.Node) bool {
			if n == nil {
				stack = stack[:len(stack)-1]
				return true
			}
			switch n.(type) {
			case *ast.Comment, *ast.CommentGroup:
			default:
				var top ast.Node
				if len(stack) > 0 {
					top = stack[len(stack)-1]
				}
				want = append(want, visit{n, len(stack), top})
			}
			stack = append(stack, n)
			return true
		})
		var got []visit
		walkFile(f, nil, func(n ast.Node, stack []ast.Node) {
			var top ast.Node
			if len(stack) > 0 {
				top = stack[len(stack)-1]
			}
			got = append(got, visit{n, len(stack), top})
		})
		if len(got) != len(want) {
			t.Errorf("%s: %d nodes visited, ast.Inspect visits %d", name, len(got), len(want))
		}
		for i := range min(len(got), len(want)) {
			if got[i] != want[i] {
				t.Errorf("%s: node %d is %T at depth %d under %T, ast.Inspect's is %T at depth %d under %T",
					name, i, got[i].n, got[i].depth, got[i].top, want[i].n, want[i].depth, want[i].top)
				break
			}
		}
	}
	fset := token.NewFileSet()
	for _, path := range files {
		f, err := parser.ParseFile(fset, path, nil, parser.ParseComments)
		if err != nil {
			t.Fatal(err)
		}
		check(path, f)
	}
	// Syntax errors leave bad nodes and missing parts.
	for i, src := range []string{
		"package p\nfunc f() { x := ; y.(; go }\n",
		"package p\nvar x = [...]int{1, 2,\nfunc g[T any, U ~int](a T) (b U) { for range { select { case <-c: default: } } }\n",
		"package p\nimport (\n\t_ \"fmt\"\n\t. \"os\"\n)\ntype ( A[T any] struct{ a, b T `tag`; *B }; B interface{ ~int | string; M() } )\nfunc (a *A[T]) m() { L: for i := 0; i < 3; i++ { switch v := any(i).(type) { case int: goto L; default: _ = v[1:2:3] } }; ch <- struct{}{}; defer f(); go g[int, int](0) }\n",
		"package p\nfunc f( {\n",
		"package p\n}}}\n",
	} {
		f, _ := parser.ParseFile(fset, "bad.go", src, parser.ParseComments|parser.AllErrors)
		if f == nil {
			t.Fatalf("source %d: no file parsed", i)
		}
		check("source "+string(rune('0'+i)), f)
	}
}
