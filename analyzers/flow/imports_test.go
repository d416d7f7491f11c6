package flow

import (
	"bytes"
	"fmt"
	"go/types"
	"path/filepath"
	"slices"
	"testing"

	"golang.org/x/tools/go/packages"
	"golang.org/x/tools/go/ssa"
)

// TestLazyImportsBuildTheSameSSA builds the SSA of real packages twice,
// with their imports made by newProgram (every member, as buildssa makes
// them) and by newProgramFor (only the members the package names), and
// checks that every function comes out the same: its instructions, and
// for each function it calls or names, whether it belongs to a package,
// whether it is synthetic, how many parameters and blocks it has.
func TestLazyImportsBuildTheSameSSA(t *testing.T) {
	if testing.Short() {
		t.Skip("loads net/http and its dependencies from source")
	}
	var pkgs []*packages.Package
	packages.Visit(loadExampleAnd(t, packages.LoadAllSyntax, "net/http", "encoding/json", "log/slog", "database/sql", "golang.org/x/tools/go/ssa"), nil, func(p *packages.Package) {
		if p.Types != nil && len(p.Syntax) > 0 && p.TypesInfo != nil {
			pkgs = append(pkgs, p)
		}
	})
	if len(pkgs) < 50 {
		t.Fatalf("only %d packages loaded", len(pkgs))
	}
	for _, p := range pkgs {
		full := ssaText(t, newProgram(p.Fset, p.Types), p)
		lazy := ssaText(t, newProgramFor(p.Fset, p.Types, p.TypesInfo), p)
		if full != lazy {
			t.Errorf("%s: the SSA built with lazily created imports differs:\n%s", p.PkgPath, firstDiff(full, lazy))
		}
	}
}

// ssaText builds p in prog and prints every function of it: members,
// methods and the closures inside them, with what each call names.
func ssaText(t *testing.T, prog *ssa.Program, p *packages.Package) (text string) {
	t.Helper()
	defer func() {
		if r := recover(); r != nil {
			text = fmt.Sprintf("build panicked: %v", r)
		}
	}()
	pkg := prog.CreatePackage(p.Types, p.Syntax, p.TypesInfo, false)
	pkg.Build()
	var fns []*ssa.Function
	var add func(fn *ssa.Function)
	add = func(fn *ssa.Function) {
		fns = append(fns, fn)
		for _, anon := range fn.AnonFuncs {
			add(anon)
		}
	}
	for _, m := range pkg.Members {
		switch m := m.(type) {
		case *ssa.Function:
			add(m)
		case *ssa.Type:
			for _, T := range []types.Type{m.Type(), types.NewPointer(m.Type())} {
				mset := prog.MethodSets.MethodSet(T)
				for sel := range mset.Methods() {
					if fn := prog.MethodValue(sel); fn != nil && fn.Pkg == pkg {
						add(fn)
					}
				}
			}
		}
	}
	slices.SortFunc(fns, func(x, y *ssa.Function) int {
		if c := int(x.Pos() - y.Pos()); c != 0 {
			return c
		}
		return bytes.Compare([]byte(x.String()), []byte(y.String()))
	})
	fns = slices.Compact(fns)
	var buf bytes.Buffer
	for _, fn := range fns {
		ssa.WriteFunction(&buf, fn)
		for _, b := range fn.Blocks {
			for _, instr := range b.Instrs {
				for _, op := range instr.Operands(nil) {
					if op == nil {
						continue
					}
					if g, ok := (*op).(*ssa.Function); ok {
						fmt.Fprintf(&buf, "names %s: package %v, synthetic %q, %d params, %d blocks\n",
							g, g.Pkg != nil, g.Synthetic, len(g.Params), len(g.Blocks))
					}
				}
			}
		}
	}
	return buf.String()
}

// firstDiff shows the first line where a and b differ.
func firstDiff(a, b string) string {
	al, bl := bytes.Split([]byte(a), []byte("\n")), bytes.Split([]byte(b), []byte("\n"))
	for i := range min(len(al), len(bl)) {
		if !bytes.Equal(al[i], bl[i]) {
			return fmt.Sprintf("line %d:\n  full: %s\n  lazy: %s", i+1, al[i], bl[i])
		}
	}
	return fmt.Sprintf("lengths %d and %d lines", len(al), len(bl))
}

// loadExampleAnd loads, with mode, the packages of testdata/example and
// the packages std names (from the standard library or this module's
// dependencies), failing the test on any error, and returns the roots:
// the example's first, in the order go/packages gives.
func loadExampleAnd(t *testing.T, mode packages.LoadMode, std ...string) []*packages.Package {
	t.Helper()
	example, err := filepath.Abs(filepath.Join("..", "..", "testdata", "example"))
	if err != nil {
		t.Fatal(err)
	}
	var out []*packages.Package
	for _, load := range []struct {
		dir      string
		patterns []string
	}{
		{example, []string{"./..."}},
		{"", std},
	} {
		roots, err := packages.Load(&packages.Config{Mode: mode, Dir: load.dir}, load.patterns...)
		if err != nil {
			t.Fatal(err)
		}
		if n := packages.PrintErrors(roots); n > 0 {
			t.Fatalf("loading %v: %d errors", load.patterns, n)
		}
		out = append(out, roots...)
	}
	return out
}
