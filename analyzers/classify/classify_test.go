package classify_test

import (
	"fmt"
	"strings"
	"testing"

	"golang.org/x/tools/go/analysis/analysistest"

	"github.com/privlint/privlint/analyzers/classify"
	"github.com/privlint/privlint/analyzers/internal/flowtest"
)

// TestClassify checks the facts exported on personal-data fields (every
// unexpected fact fails the test, so the fields without a `// want` are the
// must-not-flag cases) and the PL005 diagnostics on invalid annotations.
func TestClassify(t *testing.T) {
	analysistest.Run(t, analysistest.TestData(), flowtest.Analyzers().Classify,
		"fields", "importer", "annot", "directives", "precision", "generated", "doccomments", "realapps", "signedin", "configpkg", "configpkg/settings", "localdecls", "anonymous", "confignest", "configsections", "nestedthing", "servers", "emailrecord", "recordonly")
}

// TestLocalDeclarations checks that the top-level declarations that
// localDecls picks hold every struct type a walk over every node finds
// (type declarations in functions and function literals, those of a
// variable declaration's function literal, anonymous structs of local
// variables and of composite literals): the facts and the fields, in
// order, are the same both ways.
func TestLocalDeclarations(t *testing.T) {
	run := func(all bool) string {
		defer classify.SetWalkAll(all)()
		var b strings.Builder
		for _, r := range analysistest.Run(t, analysistest.TestData(), flowtest.Analyzers().Classify, "localdecls", "anonymous") {
			for _, info := range r.Result.(*classify.Result).Fields {
				fmt.Fprintf(&b, "%s %s %v\n", r.Pass.Fset.Position(info.Pos), info.Fact.Symbol, info.Fact)
			}
		}
		return b.String()
	}
	picked, walked := run(false), run(true)
	if picked != walked {
		t.Errorf("fields found from the picked declarations:\n%s\nwant those of the walk:\n%s", picked, walked)
	}
	if n := strings.Count(picked, "\n"); n != 20 {
		t.Errorf("%d fields found, want 20:\n%s", n, picked)
	}
}
