package cli

import (
	"fmt"
	"go/version"
	"os"
	"path/filepath"
	"regexp"
	"runtime"
	"runtime/debug"
	"slices"
	"strconv"
	"strings"

	"golang.org/x/mod/modfile"
	"golang.org/x/mod/module"
	"golang.org/x/mod/semver"
	"golang.org/x/tools/go/packages"

	"github.com/privlint/privlint/finding"
)

// The go command privlint runs (go list, through go/packages) reads the
// analyzed repository's go.mod, go.work and sources, which an attacker
// may have written. This file holds what keeps that safe: no toolchain
// switch the repository asks for, optionally no C compiler, and no
// compiler output copied into a report.

// installCommand is the command that installs this privlint again: from
// the module proxy at its version when it is a release (a version the
// proxy serves), else from source, in the privlint checkout it was built
// from (the module is not published yet).
func installCommand() string {
	if bi, ok := debug.ReadBuildInfo(); ok {
		v := bi.Main.Version
		if bi.Main.Path != "" && semver.IsValid(v) && semver.Prerelease(v) == "" && semver.Build(v) == "" && !module.IsPseudoVersion(v) {
			return "go install " + bi.Main.Path + "/cmd/privlint@" + v
		}
	}
	return "go install ./cmd/privlint (in the privlint source directory)"
}

// loaderEnv is the environment of the go command privlint runs:
// privlint's own, with GOTOOLCHAIN=local unless the GOTOOLCHAIN environment
// variable is set (a go or toolchain line in the analyzed go.mod would
// otherwise make the go command download and run another Go toolchain; a
// `go env -w` setting is overridden too, as is the distribution's default,
// auto), and CGO_ENABLED=0 for --no-cgo.
func loaderEnv(lo loadOptions) []string {
	env := os.Environ()
	if os.Getenv("GOTOOLCHAIN") == "" {
		env = append(env, "GOTOOLCHAIN=local")
	}
	if lo.noCgo {
		env = append(env, "CGO_ENABLED=0")
	}
	return env
}

// toolchainNote reads the go and toolchain lines of the go.work or go.mod
// that governs dir. When the go line asks for a Go newer than the one
// privlint was built with, nothing can be analyzed — privlint's type
// checker refuses the module's files whatever toolchain the go command
// runs — and it returns, with tooNew set, the one line that says which Go
// the module needs, which Go privlint was built with, and the exact
// command that rebuilds privlint. When only the toolchain line asks for a
// newer Go while GOTOOLCHAIN is local (set by privlint or by the user), it
// returns a note that the local Go is used. "" when there is nothing to
// say.
func toolchainNote(dir string) (note string, tooNew bool) {
	built, _, _ := strings.Cut(runtime.Version(), " ")
	if !version.IsValid(built) {
		return "", false // a development build: nothing to compare with
	}
	path, goLine, toolchain := governingModFile(dir)
	if path == "" {
		return "", false
	}
	name := path
	if rel, err := filepath.Rel(dir, path); err == nil {
		name = rel
	}
	goV := ""
	if goLine != "" {
		goV = "go" + goLine
	}
	if !version.IsValid(goV) {
		goV = ""
	}
	if !version.IsValid(toolchain) {
		toolchain = ""
	}
	// The toolchain to rebuild privlint with: the newer of the two lines,
	// as a release name (go 1.99 is released as go1.99.0).
	want := goV
	if toolchain != "" && (want == "" || version.Compare(toolchain, want) >= 0) {
		want = toolchain
	}
	if want != "" && version.Lang(want) == want && version.Compare(want, "go1.21") >= 0 {
		want += ".0"
	}
	rebuild := "GOTOOLCHAIN=" + want + " " + installCommand()
	local := true
	if tc := os.Getenv("GOTOOLCHAIN"); tc != "" && tc != "local" {
		local = false
	}
	switch {
	case goV != "" && version.Compare(goV, built) > 0:
		return fmt.Sprintf("%s requires go %s but privlint was built with %s, so it cannot analyze this module; "+
			"rebuild privlint with that Go: %s%s", name, goLine, built, rebuild, rebuildHint(want)), true
	case local && toolchain != "" && version.Compare(toolchain, built) > 0:
		return fmt.Sprintf("%s asks for toolchain %s; privlint was built with %s and runs the go command with "+
			"GOTOOLCHAIN=local, so it uses the local Go and never downloads the toolchain the analyzed code asks for. "+
			"To analyze with %s, rebuild privlint with it: %s (or set GOTOOLCHAIN yourself)",
			name, toolchain, built, toolchain, rebuild), false
	}
	return "", false
}

// rebuildHint adds, under the privlint Action or a pre-commit hook, where
// that rebuild is configured: they build privlint with the Go they run.
func rebuildHint(want string) string {
	switch {
	case os.Getenv("GITHUB_ACTIONS") == "true":
		return fmt.Sprintf("; the privlint Action builds privlint with the workflow's Go: set go-version: %s in actions/setup-go", strings.TrimPrefix(want, "go"))
	case os.Getenv("PRE_COMMIT") == "1":
		return fmt.Sprintf("; pre-commit builds the hook with the Go on PATH: set language_version: %s on the hook", strings.TrimPrefix(want, "go"))
	}
	return ""
}

// governingModFile finds the go.work (unless GOWORK=off) or else the
// go.mod that the go command would use in dir, and returns its path and
// its go and toolchain lines ("" when absent). The path is "" when there
// is none or it cannot be read or parsed (the go command reports that).
func governingModFile(dir string) (path, goLine, toolchain string) {
	work := os.Getenv("GOWORK")
	if work != "" && work != "off" && work != "auto" {
		return readModFile(work, true)
	}
	var mod string
	for d := dir; ; {
		if work != "off" {
			if p := filepath.Join(d, "go.work"); regularFile(p) {
				return readModFile(p, true)
			}
		}
		if p := filepath.Join(d, "go.mod"); mod == "" && regularFile(p) {
			mod = p
			if work == "off" {
				break
			}
		}
		parent := filepath.Dir(d)
		if parent == d {
			break
		}
		d = parent
	}
	if mod == "" {
		return "", "", ""
	}
	return readModFile(mod, false)
}

func regularFile(path string) bool {
	st, err := os.Stat(path)
	return err == nil && st.Mode().IsRegular()
}

// maxModFile bounds the go.mod or go.work read for the toolchain note.
const maxModFile = 16 << 20

func readModFile(path string, work bool) (string, string, string) {
	st, err := os.Stat(path)
	if err != nil || !st.Mode().IsRegular() || st.Size() > maxModFile {
		return "", "", ""
	}
	data, err := os.ReadFile(path)
	if err != nil {
		return "", "", ""
	}
	var goStmt *modfile.Go
	var tc *modfile.Toolchain
	if work {
		f, err := modfile.ParseWork(path, data, nil)
		if err != nil {
			return "", "", ""
		}
		goStmt, tc = f.Go, f.Toolchain
	} else {
		// Parse reads the toolchain line (ParseLax skips it); a go.mod
		// it rejects is still read for its go line.
		f, err := modfile.Parse(path, data, nil)
		if err != nil {
			if f, err = modfile.ParseLax(path, data, nil); err != nil {
				return "", "", ""
			}
		}
		goStmt, tc = f.Go, f.Toolchain
	}
	var goLine, toolchain string
	if goStmt != nil {
		goLine = goStmt.Version
	}
	if tc != nil {
		toolchain = tc.Name
	}
	return path, goLine, toolchain
}

// goCommandError is the go command's own message in a go/packages load
// error ("err: exit status 1: stderr: go: …"), on one line.
func goCommandError(err error) string {
	msg := err.Error()
	if _, after, ok := strings.Cut(msg, "stderr: "); ok {
		msg = after
	}
	var parts []string
	for _, l := range strings.Split(msg, "\n") {
		if l = strings.TrimSpace(l); l != "" {
			parts = append(parts, l)
		}
	}
	return strings.Join(parts, " ")
}

// cgoNote lists, for --no-cgo, the Go files of the packages matching
// patterns that need cgo and so were left out: the files go list names
// with cgo on (it only lists them; the C compiler runs when packages are
// compiled, which this listing does not ask for) and that the load with
// cgo off did not include. Packages made only of such files are not even
// matched by ./... with cgo off, so they are found this way too.
func cgoNote(dir string, patterns, env []string, loaded []*packages.Package) string {
	cfg := &packages.Config{
		Mode: packages.NeedName | packages.NeedFiles,
		Dir:  dir,
		Env:  append(slices.Clip(env), "CGO_ENABLED=1"),
	}
	all, err := packages.Load(cfg, patterns...)
	if err != nil {
		return ""
	}
	analyzed := map[string]bool{}
	for _, p := range loaded {
		for _, f := range p.GoFiles {
			analyzed[f] = true
		}
	}
	var left []string
	for _, p := range all {
		for _, f := range p.GoFiles {
			if !analyzed[f] {
				left = append(left, relPath(f, dir))
			}
		}
	}
	if len(left) == 0 {
		return ""
	}
	slices.Sort(left)
	left = slices.Compact(left)
	const shown = 10
	list := strings.Join(left[:min(len(left), shown)], ", ")
	if len(left) > shown {
		list += fmt.Sprintf(" and %d more", len(left)-shown)
	}
	what := fmt.Sprintf("%d Go files that need cgo were", len(left))
	if len(left) == 1 {
		what = "1 Go file that needs cgo was"
	}
	return fmt.Sprintf("cgo is off (--no-cgo): %s not analyzed: %s. "+
		"Turn cgo on only for code you trust: it runs the C compiler on the code's C preambles", what, list)
}

// cgoOutput matches the first line of compiler output that names a Go
// file of the package: "In file included from p/a.go:4:" or
// "p/a.go:4:10: error: …".
var cgoOutput = regexp.MustCompile(`^(?:In file included from )?(\S[^:]*\.go):(\d+)(?::(\d+))?[:,]`)

// cgoFailure recognises a load error that carries the output of cgo and
// the C compiler ("# pkg\n<output>", as go list reports a failed cgo
// run) and replaces it with a summary: the package, and the Go file and
// line the output names first, if it is one of the package's files. The
// output itself is never copied into a report: it can quote any file the
// C preamble #includes — an environment file, a key — and the report
// may be public (a CI log, code scanning).
func cgoFailure(p *packages.Package, e packages.Error, dir string) (*finding.Error, bool) {
	header, output, ok := strings.Cut(e.Msg, "\n")
	if !ok || !strings.HasPrefix(header, "# ") {
		return nil, false
	}
	fe := &finding.Error{Message: fmt.Sprintf("%s: cgo failed on the package's C code; its output is not shown, as it can quote "+
		"any file the C code includes (build the package to see it, or run privlint with --no-cgo)", p.PkgPath)}
	for _, line := range strings.Split(output, "\n") {
		m := cgoOutput.FindStringSubmatch(line)
		if m == nil {
			continue
		}
		file := m[1]
		if !filepath.IsAbs(file) {
			file = filepath.Join(dir, file)
		}
		if slices.Contains(p.GoFiles, file) {
			fe.File = file
			fe.Line, _ = strconv.Atoi(m[2])
			fe.Column, _ = strconv.Atoi(m[3])
		}
		break
	}
	return fe, true
}
