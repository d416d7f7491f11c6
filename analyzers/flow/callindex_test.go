package flow

import (
	"go/ast"
	"go/token"
	"math/rand/v2"
	"testing"

	"golang.org/x/tools/go/analysis"
	"golang.org/x/tools/go/packages"
)

// TestCallIndexFindsWhatAFullWalkFinds checks callAt, which goes down
// from the declaration that holds a position only into the nodes that
// hold it too, against a map of every call expression of every file
// made by walking them all: asked in a random order
// about every call's left parenthesis, every other position a node of
// the package starts or ends at, and positions outside every file, it
// answers as the map does.
func TestCallIndexFindsWhatAFullWalkFinds(t *testing.T) {
	if testing.Short() {
		t.Skip("loads net/http from source")
	}
	pkgs := loadExampleAnd(t, packages.NeedSyntax|packages.NeedFiles|packages.NeedName, "net/http", "encoding/json")
	rng := rand.New(rand.NewPCG(1, 2))
	calls := 0
	for _, p := range pkgs {
		full := map[token.Pos]*ast.CallExpr{}
		var asks []token.Pos
		for _, f := range p.Syntax {
			ast.Inspect(f, func(n ast.Node) bool {
				if n == nil {
					return false
				}
				if ce, ok := n.(*ast.CallExpr); ok {
					full[ce.Lparen] = ce
				}
				asks = append(asks, n.Pos(), n.End())
				return true
			})
			asks = append(asks, f.FileStart, f.FileEnd, f.FileEnd+1)
		}
		asks = append(asks, token.NoPos, 1)
		for pos := range full {
			asks = append(asks, pos)
		}
		rng.Shuffle(len(asks), func(i, j int) { asks[i], asks[j] = asks[j], asks[i] })
		a := &analysis_{pass: &analysis.Pass{Files: p.Syntax}}
		for _, pos := range asks {
			got, ok := a.callAt(pos)
			want, wantOK := full[pos]
			if got != want || ok != wantOK {
				t.Fatalf("%s: callAt(%s) = %v, %t; a full walk finds %v, %t", p.PkgPath, p.Fset.Position(pos), got, ok, want, wantOK)
			}
		}
		calls += len(full)
	}
	if calls < 1000 {
		t.Fatalf("only %d calls looked up", calls)
	}
}
