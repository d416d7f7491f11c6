package analyzers_test

import (
	"path/filepath"
	"sync"
	"testing"

	"golang.org/x/tools/go/analysis/checker"
	"golang.org/x/tools/go/packages"

	"github.com/privlint/privlint/analyzers"
	"github.com/privlint/privlint/analyzers/config"
	"github.com/privlint/privlint/rules/policy"
)

// TestRunsIsolated runs two sets of analyzers at the same time in one
// process on the same packages, one judging by the default policy and one
// by a policy that switches PL002 and PL102 off and reports findings in
// generated files: each run must see its own policy and options.
func TestRunsIsolated(t *testing.T) {
	dir, err := filepath.Abs(filepath.Join("..", "testdata", "example"))
	if err != nil {
		t.Fatal(err)
	}
	pkgs, err := packages.Load(&packages.Config{Mode: packages.LoadAllSyntax, Dir: dir}, "./users")
	if err != nil || len(pkgs) != 1 || len(pkgs[0].Errors) > 0 {
		t.Fatalf("loading the example's users package: %v %v", pkgs, err)
	}
	loud, err := policy.Default()
	if err != nil {
		t.Fatal(err)
	}
	quiet, err := policy.Parse("quiet.yaml", []byte("version: 1\nrules:\n  PL002: off\n  PL102: off\n"))
	if err != nil {
		t.Fatal(err)
	}
	count := func(pol *policy.Policy, o config.Options) map[string]int {
		env, err := config.NewEnv(pol, o)
		if err != nil {
			t.Error(err)
			return nil
		}
		g, err := checker.Analyze(analyzers.New(config.Fixed(env)).All(), pkgs, nil)
		if err != nil {
			t.Error(err)
			return nil
		}
		n := map[string]int{}
		for act := range g.All() {
			if act.Err != nil {
				t.Errorf("%s: %v", act, act.Err)
			}
			if act.IsRoot {
				for _, d := range act.Diagnostics {
					n[d.Category]++
				}
			}
		}
		return n
	}
	var loudN, quietN map[string]int
	var wg sync.WaitGroup
	wg.Go(func() { loudN = count(loud, config.Options{}) })
	wg.Go(func() { quietN = count(quiet, config.Options{IncludeGenerated: true}) })
	wg.Wait()
	if loudN["PL002"] == 0 || loudN["PL102"] == 0 {
		t.Errorf("the default policy's run reports %v, want PL002 and PL102 findings", loudN)
	}
	if quietN["PL002"] != 0 || quietN["PL102"] != 0 {
		t.Errorf("the run whose policy switches PL002 and PL102 off reports %v", quietN)
	}
	for rule, n := range loudN {
		if rule != "PL002" && rule != "PL102" && quietN[rule] != n {
			t.Errorf("%s: %d findings with the quiet policy, %d with the default; want the same", rule, quietN[rule], n)
		}
	}
}
