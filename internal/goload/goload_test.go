package goload

import (
	"go/ast"
	"os"
	"path/filepath"
	"slices"
	"testing"

	"golang.org/x/tools/go/packages"
)

// TestOwnChainFromSource loads two packages of a module whose own imports
// form a chain (a → b → c → d; a and c named): every package of the chain
// must come from source with its function bodies type-checked, as the
// flow analyzer builds SSA from them. go/packages type-checks a package
// the load does not name from source without its bodies when it imports
// a named one (b imports c), so naming only the packages read from
// export data left b without body types ("no type for
// *ast.CompositeLit" in the flow analyzer on miniflux).
func TestOwnChainFromSource(t *testing.T) {
	dir := t.TempDir()
	files := map[string]string{
		"go.mod": "module example.com/m\n\ngo 1.22\n",
		"a/a.go": "package a\n\nimport \"example.com/m/b\"\n\nfunc A() any { return b.B() }\n",
		"b/b.go": "package b\n\nimport \"example.com/m/c\"\n\nfunc B() any { return c.C() }\n",
		"c/c.go": "package c\n\nimport \"example.com/m/d\"\n\ntype T struct{ N int }\n\nfunc C() any { return &T{N: d.D()} }\n",
		"d/d.go": "package d\n\ntype U struct{ S string }\n\nfunc D() int { return len(U{S: \"x\"}.S) }\n",
		"x/x.go": "package x\n\nfunc Unused() {}\n",
	}
	for name, body := range files {
		path := filepath.Join(dir, name)
		if err := os.MkdirAll(filepath.Dir(path), 0o755); err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(path, []byte(body), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	cfg := &packages.Config{Dir: dir, Env: append(os.Environ(), "GOFLAGS=-mod=mod", "GOPROXY=off", "GOTOOLCHAIN=local")}
	pkgs, err := Load(cfg, nil, "./a", "./c")
	if err != nil {
		t.Fatal(err)
	}
	var got []string
	for _, p := range pkgs {
		got = append(got, p.PkgPath)
	}
	slices.Sort(got)
	if !slices.Equal(got, []string{"example.com/m/a", "example.com/m/c"}) {
		t.Fatalf("Load returned %v, want the packages named: example.com/m/a and example.com/m/c", got)
	}
	seen := map[string]bool{}
	packages.Visit(pkgs, nil, func(p *packages.Package) {
		if !Own(p) {
			return
		}
		seen[p.PkgPath] = true
		if !FromSource(p) {
			t.Errorf("%s: loaded from export data, want source", p.PkgPath)
			return
		}
		for _, f := range p.Syntax {
			ast.Inspect(f, func(n ast.Node) bool {
				if cl, ok := n.(*ast.CompositeLit); ok {
					if _, ok := p.TypesInfo.Types[cl]; !ok {
						t.Errorf("%s: %v: composite literal without a type: its function bodies were not type-checked",
							p.PkgPath, p.Fset.Position(cl.Pos()))
					}
				}
				return true
			})
		}
	})
	for _, want := range []string{"example.com/m/a", "example.com/m/b", "example.com/m/c", "example.com/m/d"} {
		if !seen[want] {
			t.Errorf("%s is not in the loaded graph", want)
		}
	}
	if seen["example.com/m/x"] {
		t.Errorf("example.com/m/x, imported by nothing loaded, was loaded")
	}
}
