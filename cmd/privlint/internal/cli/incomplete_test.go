package cli

import (
	"os"
	"path/filepath"
	"strings"
	"testing"

	"golang.org/x/tools/go/packages"
)

// TestLoadCausesOnePerCause feeds loadCauses the shapes go/packages gives
// for an unavailable module (a name-less package that go list gives a
// file of its importer, as it did on miniflux), its importer's
// consequential type errors (repeated by the test variant, with a
// continuation line), a package with its own type error, and a package
// that build constraints exclude.
func TestLoadCausesOnePerCause(t *testing.T) {
	dir := t.TempDir()
	if err := os.WriteFile(filepath.Join(dir, "go.mod"), []byte("module example.com/m\n\ngo 1.22\n\nrequire (\n\tgithub.com/a/webauthn v0.18.2\n\tgithub.com/a v1.0.0\n)\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	file := filepath.Join(dir, "model", "s.go")
	missing := &packages.Package{ID: "github.com/a/webauthn/webauthn", PkgPath: "github.com/a/webauthn/webauthn", GoFiles: []string{file},
		Errors: []packages.Error{{Pos: "model/s.go:14:2", Msg: "github.com/a/webauthn@v0.18.2: reading https://proxy.example/github.com/a/webauthn/@v/v0.18.2.zip: 403 Forbidden", Kind: packages.ListError}}}
	modelErrs := []packages.Error{
		{Pos: file + ":14:2", Msg: `"github.com/a/webauthn/webauthn" imported as model and not used`, Kind: packages.TypeError},
		{Pos: file + ":3:1", Msg: "\tother declaration of model", Kind: packages.TypeError},
		{Pos: file + ":20:5", Msg: "undefined: webauthn.Credential", Kind: packages.TypeError},
	}
	model := &packages.Package{ID: "example.com/m/model", PkgPath: "example.com/m/model", Name: "model", GoFiles: []string{file},
		Imports: map[string]*packages.Package{missing.PkgPath: missing}, Errors: modelErrs}
	modelTest := &packages.Package{ID: "example.com/m/model [example.com/m/model.test]", PkgPath: "example.com/m/model", Name: "model", GoFiles: []string{file},
		Imports: map[string]*packages.Package{missing.PkgPath: missing}, Errors: modelErrs}
	local := &packages.Package{ID: "example.com/m/nothere", PkgPath: "example.com/m/nothere",
		Errors: []packages.Error{{Pos: "api/a.go:4:2", Msg: "no required module provides package example.com/m/nothere; to add it:\n\tgo get example.com/m/nothere", Kind: packages.ListError}}}
	unrequired := &packages.Package{ID: "github.com/z/lib", PkgPath: "github.com/z/lib",
		Errors: []packages.Error{{Pos: "api/a.go:5:2", Msg: "no required module provides package github.com/z/lib; to add it:\n\tgo get github.com/z/lib", Kind: packages.ListError}}}
	api := &packages.Package{ID: "example.com/m/api", PkgPath: "example.com/m/api", Name: "api", GoFiles: []string{filepath.Join(dir, "api", "a.go")},
		Imports: map[string]*packages.Package{model.PkgPath: model, local.PkgPath: local, unrequired.PkgPath: unrequired}}
	bad := filepath.Join(dir, "bad", "b.go")
	broken := &packages.Package{ID: "example.com/m/bad", PkgPath: "example.com/m/bad", Name: "bad", GoFiles: []string{bad},
		Errors: []packages.Error{
			{Pos: bad + ":9:2", Msg: "\tother declaration of x", Kind: packages.TypeError},
			{Pos: bad + ":12:2", Msg: "x redeclared in this block", Kind: packages.TypeError},
			{Pos: bad + ":30:1", Msg: "undefined: y", Kind: packages.TypeError},
		}}
	win := &packages.Package{ID: "example.com/m/win", PkgPath: "example.com/m/win",
		Errors: []packages.Error{{Pos: "", Msg: "build constraints exclude all Go files in " + filepath.Join(dir, "win"), Kind: packages.ListError}}}

	errs := loadCauses([]*packages.Package{model, modelTest, api, broken, win}, map[string]int{"example.com/m/model": 2, "example.com/m/api": 1}, dir, "example.com/m", dir)
	var msgs []string
	for _, e := range errs {
		msgs = append(msgs, e.Error())
	}
	want := []string{
		filepath.Join(dir, "api", "a.go") + ":4:2: example.com/m/nothere does not exist in this module: 1 package was checked without its types; " +
			"data-flow rules skipped 1 function that uses it. Create it or fix the import path",
		file + ":14:2: github.com/a/webauthn@v0.18.2 could not be downloaded (the module proxy answered 403 Forbidden): 2 packages were " +
			"checked without its types (2 type errors follow from it in the packages importing it); data-flow rules skipped 3 functions that use it. " +
			"Make it downloadable (GOPROXY, GOPRIVATE, GOFLAGS=-mod=mod) or vendor it (go mod vendor)",
		filepath.Join(dir, "api", "a.go") + ":5:2: github.com/z/lib is in no module that go.mod requires: 1 package was checked without its types; " +
			"data-flow rules skipped 1 function that uses it. Add it (go get github.com/z/lib), or run with GOFLAGS=-mod=mod",
		bad + ":12:2: example.com/m/bad does not type-check (2 type errors; the first: x redeclared in this block): declaration rules ran on it " +
			"with the types that resolved, and its importers were checked; data-flow rules ran on every function that could be read. Fix it so that go build succeeds",
		"example.com/m/win: build constraints exclude all its Go files for " + goEnv("GOOS") + "/" + goEnv("GOARCH"),
	}
	if len(msgs) != len(want) {
		t.Fatalf("%d errors, want %d:\n%s", len(msgs), len(want), strings.Join(msgs, "\n"))
	}
	for i := range want {
		if !strings.HasPrefix(msgs[i], want[i]) {
			t.Errorf("error %d:\n got %s\nwant %s", i, msgs[i], want[i])
		}
	}
}

// TestFlowSkipsOff checks what a load error says of the data-flow rules:
// how many functions they skipped when they ran, and that they were off
// when no rule of theirs was on (skipped is nil), rather than that they
// ran on every function.
func TestFlowSkipsOff(t *testing.T) {
	pkgs := map[string]bool{"example.com/m/model": true}
	verb := [2]string{"uses it", "use it"}
	for _, c := range []struct {
		skipped map[string]int
		want    string
	}{
		{nil, "the data-flow rules were off"},
		{map[string]int{}, "data-flow rules ran on every function that could be read"},
		{map[string]int{"example.com/m/model": 2, "example.com/m/api": 1}, "data-flow rules skipped 2 functions that use it"},
	} {
		if got := flowSkips(pkgs, c.skipped, verb); got != c.want {
			t.Errorf("flowSkips(%v) = %q, want %q", c.skipped, got, c.want)
		}
	}
}

func TestProxyAnswer(t *testing.T) {
	for msg, want := range map[string]string{
		"code.as/core/socks@v1.0.0: reading https://proxy.example/code.as/core/socks/@v/v1.0.0.zip: 403 Forbidden": "the module proxy answered 403 Forbidden",
		"module lookup disabled by GOPROXY=off": "module lookup disabled by GOPROXY=off",
		"example.com/missing@v1.0.0: reading http://127.0.0.1:1/example.com/missing/@v/v1.0.0.mod: 403 Forbidden\n\tserver response: forbidden":                             "the module proxy answered 403 Forbidden",
		"go: example.com/x@v1.0.0: missing go.sum entry for go.mod file; to add it:\n\tgo mod download example.com/x":                                                       "missing go.sum entry for go.mod file; to add it: go mod download example.com/x",
		"example.com/x@v1.0.0: unrecognized import path \"example.com/x\": https fetch: Get \"https://example.com/x?go-get=1\": dial tcp: lookup example.com: no such host": "unrecognized import path \"example.com/x\": https fetch: Get \"https://example.com/x?go-get=1\": dial tcp: lookup example.com: no such host",
	} {
		if got := proxyAnswer(msg); got != want {
			t.Errorf("proxyAnswer(%q) = %q, want %q", msg, got, want)
		}
	}
}

func TestModuleOf(t *testing.T) {
	reqs := map[string]string{"github.com/a": "v1.0.0", "github.com/a/b": "v2.0.0", "github.com/c": "example.com/fork@v1.1.0"}
	for pkg, want := range map[string]string{
		"github.com/a/x":   "github.com/a@v1.0.0",
		"github.com/a/b/c": "github.com/a/b@v2.0.0",
		"github.com/ab/c":  "the module providing github.com/ab/c",
		"github.com/c/d":   "github.com/c (replaced by example.com/fork@v1.1.0)",
	} {
		if got := moduleOf(pkg, reqs); got != want {
			t.Errorf("moduleOf(%s) = %q, want %q", pkg, got, want)
		}
	}
}
