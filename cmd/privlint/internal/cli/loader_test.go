package cli

import (
	"errors"
	"path/filepath"
	"runtime"
	"slices"
	"strings"
	"testing"

	"golang.org/x/tools/go/packages"

	"github.com/privlint/privlint/internal/testkit"
)

func TestLoaderEnv(t *testing.T) {
	t.Setenv("GOTOOLCHAIN", "")
	env := loaderEnv(loadOptions{noCgo: true})
	if !slices.Contains(env, "GOTOOLCHAIN=local") || !slices.Contains(env, "CGO_ENABLED=0") {
		t.Errorf("env lacks GOTOOLCHAIN=local or CGO_ENABLED=0: %v", env[len(env)-2:])
	}
	t.Setenv("GOTOOLCHAIN", "go1.26.0+auto")
	env = loaderEnv(loadOptions{})
	if slices.Contains(env, "GOTOOLCHAIN=local") || slices.Contains(env, "CGO_ENABLED=0") {
		t.Error("the user's GOTOOLCHAIN was overridden, or cgo turned off without --no-cgo")
	}
}

func TestGoverningModFile(t *testing.T) {
	dir := t.TempDir()
	testkit.WriteFiles(t, dir, map[string]string{
		"go.work":     "go 1.98\n\ntoolchain go1.98.1\n\nuse ./m\n",
		"m/go.mod":    "module example.com/m\n\ngo 1.97\n",
		"m/sub/x.txt": "",
	})
	sub := filepath.Join(dir, "m", "sub")
	t.Setenv("GOWORK", "")
	if p, g, tc := governingModFile(sub); p != filepath.Join(dir, "go.work") || g != "1.98" || tc != "go1.98.1" {
		t.Errorf("workspace: got %s %s %s", p, g, tc)
	}
	t.Setenv("GOWORK", "off")
	if p, g, tc := governingModFile(sub); p != filepath.Join(dir, "m", "go.mod") || g != "1.97" || tc != "" {
		t.Errorf("GOWORK=off: got %s %s %s", p, g, tc)
	}
	// A go.mod the strict parser rejects is still read for its go line.
	testkit.WriteFiles(t, dir, map[string]string{"m/go.mod": "module example.com/m\n\ngo 1.97\n\nfrobnicate x\n"})
	if _, g, _ := governingModFile(sub); g != "1.97" {
		t.Errorf("lax fallback: go line %q, want 1.97", g)
	}
	if p, _, _ := governingModFile(t.TempDir()); p != "" {
		t.Errorf("no go.mod: got %s", p)
	}
}

func TestToolchainNote(t *testing.T) {
	built, _, _ := strings.Cut(runtime.Version(), " ")
	if !strings.HasPrefix(built, "go1.") {
		t.Skip("a development build of Go")
	}
	t.Setenv("GOWORK", "off")
	for _, tc := range []struct {
		gomod, gotoolchain, want string
		tooNew                   bool
	}{
		{"go 1.99\n", "", "go.mod requires go 1.99 but privlint was built with " + built + ", so it cannot analyze this module", true},
		{"go 1.99.2\ntoolchain go1.99.3\n", "", "GOTOOLCHAIN=go1.99.3 go install", true},
		{"go 1.99\n", "", "GOTOOLCHAIN=go1.99.0 go install ./cmd/privlint (in the privlint source directory)", true},
		{"go 1.21\ntoolchain go1.99.0\n", "local", "go.mod asks for toolchain go1.99.0", false},
		{"go 1.21\ntoolchain go1.21.0\n", "", "", false},
		// The go command may switch, but privlint's type checker still
		// cannot read go 1.99 files.
		{"go 1.99\n", "auto", "go.mod requires go 1.99", true},
		{"go 1.21\ntoolchain go1.99.0\n", "auto", "", false}, // the user let the go command switch
	} {
		dir := t.TempDir()
		testkit.WriteFiles(t, dir, map[string]string{"go.mod": "module example.com/m\n\n" + tc.gomod})
		t.Setenv("GOTOOLCHAIN", tc.gotoolchain)
		got, tooNew := toolchainNote(dir)
		if tc.want == "" && got != "" || !strings.Contains(got, tc.want) || tooNew != tc.tooNew {
			t.Errorf("%q with GOTOOLCHAIN=%q: note %q (too new %v), want %q (%v)", tc.gomod, tc.gotoolchain, got, tooNew, tc.want, tc.tooNew)
		}
	}
	// Under the Action and pre-commit, the line says where the Go is set.
	dir := t.TempDir()
	testkit.WriteFiles(t, dir, map[string]string{"go.mod": "module example.com/m\n\ngo 1.99\n"})
	t.Setenv("GOTOOLCHAIN", "")
	t.Setenv("PRE_COMMIT", "")
	t.Setenv("GITHUB_ACTIONS", "true")
	if got, _ := toolchainNote(dir); !strings.Contains(got, "set go-version: 1.99.0 in actions/setup-go") {
		t.Errorf("under the Action: %q", got)
	}
	t.Setenv("GITHUB_ACTIONS", "")
	t.Setenv("PRE_COMMIT", "1")
	if got, _ := toolchainNote(dir); !strings.Contains(got, "set language_version: 1.99.0 on the hook") {
		t.Errorf("under pre-commit: %q", got)
	}
}

func TestGoCommandError(t *testing.T) {
	err := errors.New("err: exit status 1: stderr: go: inconsistent vendoring in /m:\n\tx@v1: is explicit\n\n\tTo sync, run:\n\t\tgo mod vendor\n")
	if got, want := goCommandError(err), "go: inconsistent vendoring in /m: x@v1: is explicit To sync, run: go mod vendor"; got != want {
		t.Errorf("got %q, want %q", got, want)
	}
}

func TestCgoFailure(t *testing.T) {
	dir := t.TempDir()
	p := &packages.Package{PkgPath: "example.com/m/p", GoFiles: []string{filepath.Join(dir, "p", "a.go")}}
	msg := "# example.com/m/p\nIn file included from p/a.go:4:\n/etc/secret.env:1:1: error: unknown type name 'TOKEN_abc'\n    1 | TOKEN_abc=xyz\n"
	fe, ok := cgoFailure(p, packages.Error{Msg: msg}, dir)
	if !ok {
		t.Fatal("compiler output not recognised")
	}
	if fe.File != p.GoFiles[0] || fe.Line != 4 || strings.Contains(fe.Message, "TOKEN") || !strings.Contains(fe.Message, "cgo failed") {
		t.Errorf("got %+v", fe)
	}
	// A first line naming a file that is not the package's keeps no position.
	fe, _ = cgoFailure(p, packages.Error{Msg: "# example.com/m/p\n/etc/x.go:1:1: error: y\n"}, dir)
	if fe.File != "" {
		t.Errorf("position outside the package kept: %+v", fe)
	}
	if _, ok := cgoFailure(p, packages.Error{Msg: "undefined: x"}, dir); ok {
		t.Error("a type error was taken for compiler output")
	}
}
