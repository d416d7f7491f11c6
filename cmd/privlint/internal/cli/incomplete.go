package cli

import (
	"cmp"
	"fmt"
	"go/parser"
	"go/token"
	"maps"
	"os"
	"path/filepath"
	"regexp"
	"runtime"
	"slices"
	"strings"

	"golang.org/x/mod/modfile"
	"golang.org/x/tools/go/analysis/checker"
	"golang.org/x/tools/go/packages"

	"github.com/privlint/privlint/analyzers/unused"
	"github.com/privlint/privlint/finding"
)

// This file turns the load errors of a run into one error per cause, each
// saying what was still analyzed and what to do: a module that could not
// be downloaded (with the proxy's answer), a package that does not
// type-check (its first error), a file that does not parse, build
// constraints that exclude a package, cgo. The analyzers run on every
// package despite these errors (declaration rules with the types that
// resolved, flow rules on the functions that can be built), so the
// messages count what was analyzed with less, never "not analyzed".

// loadCauses groups the errors of the packages in the import graph of
// roots. skipped counts, by package path, the functions whose data flows
// were not followed. dir is the go command's working directory, and
// mainModule and modDir the main module's path and directory ("" when
// unknown).
func loadCauses(roots []*packages.Package, skipped map[string]int, dir, mainModule, modDir string) []*finding.Error {
	g := newImportGraph(roots)
	reqs := requirements(modDir)
	var out []*finding.Error

	// Modules that could not be downloaded: the packages of the graph
	// that go list could not find (no name or no files), by module.
	type missing struct {
		module, answer string
		path           string          // the first unavailable package
		pkgs           map[string]bool // the unavailable packages
		first          *packages.Error // where it is imported first
		typeErrs       int             // errors of its direct importers
	}
	mods := map[string]*missing{}
	unavailable := map[string]string{} // package path → module key
	for _, path := range g.paths {
		ps := g.byPath[path]
		errs := g.errors(path)
		if !unavailablePkg(ps[0], errs) {
			continue
		}
		key := moduleOf(path, reqs)
		if inModule(path, mainModule) {
			key = path // a package of the module itself: one cause each
		}
		m := mods[key]
		if m == nil {
			m = &missing{module: key, path: path, pkgs: map[string]bool{}}
			mods[key] = m
		}
		m.pkgs[path] = true
		unavailable[path] = key
		for i, e := range errs {
			if e.Kind != packages.ListError {
				continue
			}
			if m.answer == "" {
				m.answer = proxyAnswer(e.Msg)
			}
			if m.first == nil || comparePos(e.Pos, m.first.Pos) < 0 {
				m.first = &errs[i]
			}
		}
	}
	// A package that imports an unavailable one has type errors that
	// follow from it (an unknown name, an import not used as named): they
	// are counted with the module, as the go command would stop at the
	// module first.
	followsFrom := map[string]string{} // package path → module key
	for _, path := range g.paths {
		if unavailable[path] != "" {
			continue
		}
		for _, imp := range g.imports[path] {
			if key := unavailable[imp]; key != "" {
				followsFrom[path] = key
				break
			}
		}
	}

	var own []*finding.Error
	for _, path := range g.paths {
		if unavailable[path] != "" {
			continue
		}
		ps := g.byPath[path]
		p := ps[0]
		var syntax, typeErrs, other []packages.Error
		checked := false // the type checker or parser said what is wrong
		for _, e := range g.errors(path) {
			checked = checked || e.Kind == packages.TypeError || e.Kind == packages.ParseError
			switch {
			case e.Kind == packages.TypeError && followsFrom[path] != "":
				if !continuation(e) && !strings.HasPrefix(e.Msg, "could not import ") {
					mods[followsFrom[path]].typeErrs++
				}
			case e.Kind == packages.TypeError && continuation(e):
				// The second line of the error before it.
			case e.Kind == packages.ParseError:
				syntax = append(syntax, e)
			case e.Kind == packages.TypeError:
				typeErrs = append(typeErrs, e)
			default:
				other = append(other, e)
			}
		}
		own = append(own, syntaxCauses(p, syntax, skipped, dir)...)
		// When cgo failed, the package's type errors (C.name unknown)
		// follow from it: one message says both.
		var cgoErr *finding.Error
		for i, e := range other {
			if !compilerOutput(e) {
				continue
			}
			if !usesCgo(ps) {
				// go list -export compiled the package (internal/goload)
				// and failed on the errors the type checker reports:
				// those say it, with their positions.
				if checked {
					other = slices.Delete(slices.Clone(other), i, i+1)
				}
				break
			}
			if fe, ok := cgoFailure(p, e, dir); ok {
				cgoErr = fe
				other = slices.Delete(slices.Clone(other), i, i+1)
				break
			}
		}
		if cgoErr != nil {
			follow := ""
			if len(typeErrs) > 0 {
				follow = " (" + plural(len(typeErrs), "type error follows from it", "type errors follow from it") + ")"
			}
			users := g.importers(map[string]bool{path: true})
			cgoErr.Message += fmt.Sprintf("; declaration rules ran on its Go code%s, and %s", follow,
				flowSkips(users, skipped, [2]string{"is in it or uses it", "are in it or use it"}))
			own = append(own, cgoErr)
			typeErrs = nil
		}
		if len(typeErrs) > 0 {
			first := firstError(typeErrs)
			users := g.importers(map[string]bool{path: true})
			fe := &finding.Error{Message: fmt.Sprintf("%s does not type-check (%s; the first: %s): declaration rules ran on it "+
				"with the types that resolved, and its importers were checked; %s. Fix it so that go build succeeds",
				path, plural(len(typeErrs), "type error", "type errors"), first.Msg, flowSkips(users, skipped, [2]string{"is in it or uses it", "are in it or use it"}))}
			fe.File, fe.Line, fe.Column = absPos(first.Pos, dir)
			own = append(own, fe)
		}
		for _, e := range other {
			if strings.Contains(e.Msg, "build constraints exclude all Go files") {
				own = append(own, &finding.Error{Message: fmt.Sprintf("%s: build constraints exclude all its Go files for %s/%s and the "+
					"build tags given, so it was not analyzed. Analyze it with the platform or tags it is built for "+
					"(GOOS, GOARCH, GOFLAGS=-tags=…)", path, goEnv("GOOS"), goEnv("GOARCH"))})
				continue
			}
			own = append(own, loadError(p, e, dir))
		}
	}

	for _, key := range slices.Sorted(maps.Keys(mods)) {
		m := mods[key]
		users := g.importers(m.pkgs)
		follow := ""
		if m.typeErrs > 0 {
			follow = fmt.Sprintf(" (%s in the packages importing it)", plural(m.typeErrs, "type error follows from it", "type errors follow from it"))
		}
		checked := fmt.Sprintf("%s checked without its types%s; %s", plural(len(users), "package was", "packages were"), follow,
			flowSkips(users, skipped, [2]string{"uses it", "use it"}))
		var msg string
		switch {
		case inModule(m.path, mainModule):
			msg = fmt.Sprintf("%s does not exist in this module: %s. Create it or fix the import path", m.path, checked)
		case strings.HasPrefix(m.answer, "no required module provides package"):
			msg = fmt.Sprintf("%s is in no module that go.mod requires: %s. Add it (go get %s), or run with GOFLAGS=-mod=mod", m.path, checked, m.path)
		default:
			msg = fmt.Sprintf("%s could not be downloaded (%s): %s. "+
				"Make it downloadable (GOPROXY, GOPRIVATE, GOFLAGS=-mod=mod) or vendor it (go mod vendor)", m.module, m.answer, checked)
		}
		fe := &finding.Error{Message: msg}
		if m.first != nil {
			fe.File, fe.Line, fe.Column = absPos(m.first.Pos, dir)
		}
		out = append(out, fe)
	}
	return append(out, own...)
}

// unavailablePkg reports whether go list could not find the package: it
// has a go list error and no name or no files (and it is not a package
// that build constraints exclude).
func unavailablePkg(p *packages.Package, errs []packages.Error) bool {
	list, constraints := false, false
	for _, e := range errs {
		list = list || e.Kind == packages.ListError
		constraints = constraints || strings.Contains(e.Msg, "build constraints exclude all Go files")
	}
	return list && !constraints && (p.Name == "" || len(p.GoFiles) == 0)
}

// continuation reports whether a type error is the second line of the
// error before it ("\tother declaration of x").
func continuation(e packages.Error) bool {
	return strings.HasPrefix(e.Msg, "\t")
}

// syntaxCauses says, once per file that does not parse (at its first
// error), that the package's other files and what the parser could read
// of the file were analyzed.
func syntaxCauses(p *packages.Package, errs []packages.Error, skipped map[string]int, dir string) []*finding.Error {
	byFile := map[string][]packages.Error{}
	for _, e := range errs {
		file, _, _ := absPos(e.Pos, dir)
		byFile[file] = append(byFile[file], e)
	}
	var out []*finding.Error
	for _, file := range slices.Sorted(maps.Keys(byFile)) {
		first := firstError(byFile[file])
		fe := &finding.Error{Message: fmt.Sprintf("%s does not parse (%s): what could be read of it and the other files "+
			"of %s were analyzed; %s. Fix the syntax error",
			relPath(file, dir), first.Msg, p.PkgPath, flowSkips(map[string]bool{p.PkgPath: true}, skipped, [2]string{"is in the package", "are in the package"}))}
		fe.File, fe.Line, fe.Column = absPos(first.Pos, dir)
		out = append(out, fe)
	}
	return out
}

// flowSkips says how many functions of pkgs the data-flow rules skipped,
// or that they were off (skipped is nil: no rule of theirs was on).
// verb is "uses it", "use it" and the like: the verb of the functions
// counted, singular then plural.
func flowSkips(pkgs map[string]bool, skipped map[string]int, verb [2]string) string {
	if skipped == nil {
		return "the data-flow rules were off"
	}
	n := 0
	for p := range pkgs {
		n += skipped[p]
	}
	switch n {
	case 0:
		return "data-flow rules ran on every function that could be read"
	case 1:
		return "data-flow rules skipped 1 function that " + verb[0]
	}
	return fmt.Sprintf("data-flow rules skipped %d functions that %s", n, verb[1])
}

func plural(n int, one, many string) string {
	if n == 1 {
		return "1 " + one
	}
	return fmt.Sprintf("%d %s", n, many)
}

// importGraph is the import graph of a load, by package path: a package
// and its test variants are one node, their errors merged.
type importGraph struct {
	paths      []string                       // sorted
	byPath     map[string][]*packages.Package // the variants of each path
	imports    map[string][]string            // path → the paths it imports
	importedBy map[string][]string            // path → the paths importing it
}

func newImportGraph(roots []*packages.Package) *importGraph {
	g := &importGraph{byPath: map[string][]*packages.Package{}, imports: map[string][]string{}, importedBy: map[string][]string{}}
	packages.Visit(roots, nil, func(p *packages.Package) {
		g.byPath[p.PkgPath] = append(g.byPath[p.PkgPath], p)
		for _, imp := range p.Imports {
			g.imports[p.PkgPath] = append(g.imports[p.PkgPath], imp.PkgPath)
			g.importedBy[imp.PkgPath] = append(g.importedBy[imp.PkgPath], p.PkgPath)
		}
	})
	g.paths = slices.Sorted(maps.Keys(g.byPath))
	for _, ps := range g.byPath {
		// The package itself (shortest ID) first, then its test variants.
		slices.SortFunc(ps, func(a, b *packages.Package) int {
			return cmp.Or(cmp.Compare(len(a.ID), len(b.ID)), strings.Compare(a.ID, b.ID))
		})
	}
	return g
}

// errors returns the errors of the variants of path, each once.
func (g *importGraph) errors(path string) []packages.Error {
	var out []packages.Error
	seen := map[packages.Error]bool{}
	for _, p := range g.byPath[path] {
		for _, e := range p.Errors {
			if !seen[e] {
				seen[e] = true
				out = append(out, e)
			}
		}
	}
	return out
}

// importers returns the paths of the packages that import one of pkgs,
// directly or not, with pkgs themselves when they have files (a package
// that could not be loaded is not counted).
func (g *importGraph) importers(pkgs map[string]bool) map[string]bool {
	out := map[string]bool{}
	var visit func(string)
	visit = func(p string) {
		for _, imp := range g.importedBy[p] {
			if !out[imp] {
				out[imp] = true
				visit(imp)
			}
		}
	}
	for p := range pkgs {
		visit(p)
		if ps := g.byPath[p]; len(ps) > 0 && ps[0].Name != "" && len(ps[0].GoFiles) > 0 {
			out[p] = true
		}
	}
	return out
}

// requirements reads the module paths and versions the main module's
// go.mod requires ("" or unreadable: none).
func requirements(modDir string) map[string]string {
	if modDir == "" {
		return nil
	}
	path := filepath.Join(modDir, "go.mod")
	st, err := os.Stat(path)
	if err != nil || !st.Mode().IsRegular() || st.Size() > maxModFile {
		return nil
	}
	data, err := os.ReadFile(path)
	if err != nil {
		return nil
	}
	f, err := modfile.ParseLax(path, data, nil)
	if err != nil {
		return nil
	}
	reqs := map[string]string{}
	for _, r := range f.Require {
		reqs[r.Mod.Path] = r.Mod.Version
	}
	for _, r := range f.Replace {
		if _, ok := reqs[r.Old.Path]; ok && r.New.Version != "" {
			reqs[r.Old.Path] = r.New.Path + "@" + r.New.Version
		}
	}
	return reqs
}

// inModule reports whether pkg is a package of module.
func inModule(pkg, module string) bool {
	return module != "" && (pkg == module || strings.HasPrefix(pkg, module+"/"))
}

// moduleOf names the module that provides pkg: the longest required
// module path that is a prefix of it, with its version, or else the
// package path itself.
func moduleOf(pkg string, reqs map[string]string) string {
	best := ""
	for m := range reqs {
		if (pkg == m || strings.HasPrefix(pkg, m+"/")) && len(m) > len(best) {
			best = m
		}
	}
	if best == "" {
		return "the module providing " + pkg
	}
	v := reqs[best]
	if strings.Contains(v, "@") {
		return best + " (replaced by " + v + ")"
	}
	return best + "@" + v
}

// proxyStatus matches the HTTP status a module proxy answered, as the go
// command reports it ("reading https://…/@v/v1.0.0.zip: 403 Forbidden").
var proxyStatus = regexp.MustCompile(`reading (https?://\S+): (\d{3}(?: [A-Za-z][A-Za-z ]*)?)`)

// proxyAnswer says why the go command could not download a module, from
// its error message.
func proxyAnswer(msg string) string {
	// The status line ends at the line break before the proxy's body
	// ("\n\tserver response: …").
	if m := proxyStatus.FindStringSubmatch(msg); m != nil {
		return "the module proxy answered " + strings.TrimSpace(m[2])
	}
	msg = strings.Join(strings.Fields(msg), " ")
	// Leading "go: " and "module@version: " say where, not why.
	msg = strings.TrimPrefix(msg, "go: ")
	for {
		head, rest, ok := strings.Cut(msg, ": ")
		if !ok || strings.ContainsAny(head, " \t") || !strings.Contains(head, "@") {
			break
		}
		msg = rest
	}
	const max = 200
	if len(msg) > max {
		msg = msg[:max] + "…"
	}
	return msg
}

// firstError returns the error at the smallest position.
func firstError(errs []packages.Error) packages.Error {
	return slices.MinFunc(errs, func(a, b packages.Error) int {
		return cmp.Or(comparePos(a.Pos, b.Pos), strings.Compare(a.Msg, b.Msg))
	})
}

// comparePos orders "file:line:col" positions by file, line and column.
func comparePos(a, b string) int {
	fa, la, ca := splitPos(a)
	fb, lb, cb := splitPos(b)
	return cmp.Or(strings.Compare(fa, fb), cmp.Compare(la, lb), cmp.Compare(ca, cb))
}

// absPos splits a go/packages position, making its file absolute (go
// list reports some relative to its working directory).
func absPos(pos, dir string) (string, int, int) {
	if pos == "" || pos == "-" {
		return "", 0, 0
	}
	file, line, col := splitPos(pos)
	if file != "" && !filepath.IsAbs(file) {
		file = filepath.Join(dir, file)
	}
	return file, line, col
}

// goEnv is the go command's GOOS or GOARCH for the run: the environment's,
// else the toolchain's own.
func goEnv(name string) string {
	if v := os.Getenv(name); v != "" {
		return v
	}
	switch name {
	case "GOOS":
		return runtime.GOOS
	case "GOARCH":
		return runtime.GOARCH
	}
	return ""
}

// unparsedFiles lists the files of the load that do not parse, sorted.
func unparsedFiles(roots []*packages.Package, dir string) []string {
	var files []string
	packages.Visit(roots, nil, func(p *packages.Package) {
		for _, e := range p.Errors {
			if e.Kind == packages.ParseError {
				if file, _, _ := absPos(e.Pos, dir); file != "" {
					files = append(files, file)
				}
			}
		}
	})
	slices.Sort(files)
	return slices.Compact(files)
}

// keepJudgeable drops the PL201 findings of a package with a file that
// does not parse: a read of the field in the part the parser could not
// read would not be seen.
func keepJudgeable(act *checker.Action, fs []*finding.Finding) []*finding.Finding {
	if act.Analyzer.Name != unused.Name || !hasParseError(act.Package) {
		return fs
	}
	return slices.DeleteFunc(slices.Clone(fs), func(f *finding.Finding) bool { return f.RuleID == "PL201" })
}

func hasParseError(p *packages.Package) bool {
	for _, e := range p.Errors {
		if e.Kind == packages.ParseError {
			return true
		}
	}
	return false
}

// unparsedNote says why PL201's whole-program half is left out when a
// file does not parse ("" when every file parsed).
func unparsedNote(res *analysisResult) string {
	if len(res.unparsed) == 0 {
		return ""
	}
	return fmt.Sprintf("PL201 is left out: %s, and a read of a field in what the parser could not read would not be seen",
		plural(len(res.unparsed), "file does not parse", "files do not parse"))
}

// compilerOutput reports whether e is the go command's own report of a
// failed build of the package ("# pkg" and the compiler's or cgo's
// output): go list -export builds every package it lists.
func compilerOutput(e packages.Error) bool {
	header, _, ok := strings.Cut(e.Msg, "\n")
	return ok && strings.HasPrefix(header, "# ")
}

// usesCgo reports whether a file of the package (any of its variants)
// imports "C": only then can a failed build be cgo's.
func usesCgo(ps []*packages.Package) bool {
	fset := token.NewFileSet()
	seen := map[string]bool{}
	for _, p := range ps {
		for _, name := range p.GoFiles {
			if seen[name] {
				continue
			}
			seen[name] = true
			f, err := parser.ParseFile(fset, name, nil, parser.ImportsOnly)
			if err != nil || f == nil {
				continue
			}
			for _, imp := range f.Imports {
				if imp.Path != nil && imp.Path.Value == `"C"` {
					return true
				}
			}
		}
	}
	return false
}
