package flow_test

import (
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"sync"
	"testing"

	"golang.org/x/tools/go/analysis"
	"golang.org/x/tools/go/analysis/checker"
	"golang.org/x/tools/go/packages"

	"github.com/privlint/privlint/analyzers/flow"
	"github.com/privlint/privlint/analyzers/internal/flowtest"
)

// TestSolveAnalyzesAgainOnlyWhatChanged checks that the package-level
// fixpoint analyzes a function again only when a summary it reads
// changed: in a package whose callers all come before their callees, the
// first round computes the callers without their callees' summaries, the
// second analyzes the callers again (and not the callees), and the third,
// which only confirms the fixpoint, analyzes nothing. Analyzing every
// function in every round would take three analyses per function. The
// flows found must not depend on it.
func TestSolveAnalyzesAgainOnlyWhatChanged(t *testing.T) {
	const pairs = 20
	var src strings.Builder
	src.WriteString("package app\n\nimport \"log\"\n")
	for i := range pairs {
		// The caller first: its callee's summary is not known yet when
		// the first round reaches it.
		fmt.Fprintf(&src, "\nfunc Notify%d(email string) { record%d(email) }\n", i, i)
		fmt.Fprintf(&src, "\nfunc record%d(v string) { log.Println(v) }\n", i)
	}
	var mu sync.Mutex
	analyses, funcs := -1, -1
	flow.SetSolveHook(func(pkg string, a, f int) {
		if pkg == "example.com/app" {
			mu.Lock()
			analyses, funcs = a, f
			mu.Unlock()
		}
	})
	defer flow.SetSolveHook(nil)

	flows := flowsOf(t, src.String())
	if flows != pairs {
		t.Errorf("%d flows, want %d (one per NotifyN's call of its logging helper)", flows, pairs)
	}
	mu.Lock()
	defer mu.Unlock()
	if funcs != 2*pairs+1 { // and init
		t.Fatalf("solve saw %d functions, want %d", funcs, 2*pairs+1)
	}
	// First round: every function; second: the callers; third: none.
	if want := funcs + pairs; analyses != want {
		t.Errorf("solve ran %d analyses of %d functions, want %d (callers again, callees not)", analyses, funcs, want)
	}
}

// flowsOf writes a module example.com/app with app.go holding src, runs
// the flow analyzer on it and returns the number of flows it found.
func flowsOf(t *testing.T, src string) int {
	t.Helper()
	dir := t.TempDir()
	for name, text := range map[string]string{
		"go.mod": "module example.com/app\n\ngo 1.22\n",
		"app.go": src,
	} {
		if err := os.WriteFile(filepath.Join(dir, name), []byte(text), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	pkgs, err := packages.Load(&packages.Config{Mode: packages.LoadAllSyntax, Dir: dir}, ".")
	if err != nil {
		t.Fatal(err)
	}
	if n := packages.PrintErrors(pkgs); n > 0 {
		t.Fatalf("%d errors loading the test package", n)
	}
	set := flowtest.Analyzers()
	graph, err := checker.Analyze([]*analysis.Analyzer{set.Flow}, pkgs, nil)
	if err != nil {
		t.Fatal(err)
	}
	flows := 0
	for act := range graph.All() {
		if act.Err != nil {
			t.Fatalf("%s: %v", act, act.Err)
		}
		if act.IsRoot && act.Analyzer == set.Flow {
			flows = len(act.Result.(*flow.Result).Flows)
		}
	}
	return flows
}
