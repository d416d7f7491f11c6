// Package benchgen writes a synthetic, personal-data-heavy Go module for
// privlint's benchmark (issue 7): N packages of models, SQL stores,
// net/http handlers and loggers whose personal-data fields flow into
// databases (sometimes through an AES-GCM sealing helper), logs and
// third-party hosts, plus packages that hold no personal data at all.
//
// The module depends on the standard library only, so it builds without
// network access. Generation is deterministic: the same Options always
// give a byte-identical tree (a math/rand/v2 PCG with a fixed seed drives
// every choice), and every file is gofmt-formatted.
package benchgen

import (
	"bytes"
	"errors"
	"fmt"
	"go/format"
	"math/rand/v2"
	"os"
	"path/filepath"
	"slices"
	"strings"
)

// ModulePath is the module path of the generated module.
const ModulePath = "example.com/benchgen"

// DefaultSeed seeds the generator when Options.Seed is zero.
const DefaultSeed uint64 = 0x9e3779b97f4a7c15

// linesPerPackage is the approximate size of one domain package.
const linesPerPackage = 2000

// MinLines is the smallest size Generate accepts.
const MinLines = 500

// Options controls what Generate writes.
type Options struct {
	// Lines is the approximate number of lines of Go code to write (the
	// result is within a few percent of it for sizes of 5000 and more).
	Lines int
	// Seed varies the generated code; zero means DefaultSeed.
	Seed uint64
}

// Stats describes a generated module.
type Stats struct {
	// Files is the number of Go files written.
	Files int
	// Packages is the number of Go packages written.
	Packages int
	// Lines is the number of lines of Go code written.
	Lines int
	// Leaf is the slash-separated path, relative to the module root, of a
	// Go file in a package that no other package imports (for measuring
	// an incremental re-run after touching it).
	Leaf string
}

// Generate writes a module of about o.Lines lines of Go code into dir,
// which must not exist or be empty. It writes go.mod, privlint.yaml and
// the Go packages, and returns what it wrote.
func Generate(dir string, o Options) (Stats, error) {
	if o.Lines < MinLines {
		return Stats{}, fmt.Errorf("benchgen: %d lines requested, at least %d needed", o.Lines, MinLines)
	}
	if err := checkEmpty(dir); err != nil {
		return Stats{}, err
	}
	seed := o.Seed
	if seed == 0 {
		seed = DefaultSeed
	}
	g := &generator{
		rng:   rand.New(rand.NewPCG(seed, seed^0x5851f42d4c957f2d)),
		files: map[string][]byte{},
	}
	if err := g.module(o.Lines); err != nil {
		return Stats{}, err
	}
	return g.write(dir)
}

// checkEmpty reports an error unless dir is missing or an empty directory.
func checkEmpty(dir string) error {
	entries, err := os.ReadDir(dir)
	if errors.Is(err, os.ErrNotExist) {
		return nil
	}
	if err != nil {
		return fmt.Errorf("benchgen: reading %s: %w", dir, err)
	}
	if len(entries) > 0 {
		return fmt.Errorf("benchgen: %s is not empty", dir)
	}
	return nil
}

// generator accumulates the generated files in memory.
type generator struct {
	rng      *rand.Rand
	files    map[string][]byte // slash path relative to the root → content
	lines    int               // lines of Go code so far
	packages int
	leaf     string
}

// write writes the accumulated files below dir in sorted order.
func (g *generator) write(dir string) (Stats, error) {
	st := Stats{Packages: g.packages, Lines: g.lines, Leaf: g.leaf}
	paths := make([]string, 0, len(g.files))
	for p := range g.files {
		paths = append(paths, p)
	}
	slices.Sort(paths)
	for _, p := range paths {
		full := filepath.Join(dir, filepath.FromSlash(p))
		if err := os.MkdirAll(filepath.Dir(full), 0o755); err != nil {
			return Stats{}, fmt.Errorf("benchgen: creating directory: %w", err)
		}
		if err := os.WriteFile(full, g.files[p], 0o644); err != nil {
			return Stats{}, fmt.Errorf("benchgen: writing %s: %w", p, err)
		}
		if strings.HasSuffix(p, ".go") {
			st.Files++
		}
	}
	return st, nil
}

// addRaw adds a non-Go file.
func (g *generator) addRaw(path, content string) {
	g.files[path] = []byte(content)
}

// addGo formats and adds a Go file, counting its lines.
func (g *generator) addGo(path string, f *goFile) error {
	src, err := f.source()
	if err != nil {
		return fmt.Errorf("benchgen: %s: %w", path, err)
	}
	g.files[path] = src
	g.lines += bytes.Count(src, []byte("\n"))
	return nil
}

// goFile is a Go source file under construction: its package clause and
// doc, the imports its body uses, and the body.
type goFile struct {
	pkg     string
	doc     string
	imports map[string]bool
	body    strings.Builder
}

// newFile starts a file of package pkg; doc, if not empty, is the package
// doc comment text (without the comment markers).
func newFile(pkg, doc string) *goFile {
	return &goFile{pkg: pkg, doc: doc, imports: map[string]bool{}}
}

// use records that the body uses the given import paths.
func (f *goFile) use(paths ...string) {
	for _, p := range paths {
		f.imports[p] = true
	}
}

// p appends one formatted line (or several, when format has newlines).
func (f *goFile) p(format string, args ...any) {
	fmt.Fprintf(&f.body, format, args...)
	f.body.WriteByte('\n')
}

// lineCount is the number of lines written to the body so far.
func (f *goFile) lineCount() int {
	return strings.Count(f.body.String(), "\n") + len(f.imports) + 4
}

// source assembles and gofmt-formats the file.
func (f *goFile) source() ([]byte, error) {
	var b bytes.Buffer
	if f.doc != "" {
		for _, l := range strings.Split(f.doc, "\n") {
			b.WriteString("// " + l + "\n")
		}
	}
	b.WriteString("package " + f.pkg + "\n\n")
	if len(f.imports) > 0 {
		var std, local []string
		for p := range f.imports {
			if strings.HasPrefix(p, ModulePath+"/") {
				local = append(local, p)
			} else {
				std = append(std, p)
			}
		}
		slices.Sort(std)
		slices.Sort(local)
		b.WriteString("import (\n")
		for _, p := range std {
			fmt.Fprintf(&b, "\t%q\n", p)
		}
		if len(std) > 0 && len(local) > 0 {
			b.WriteString("\n")
		}
		for _, p := range local {
			fmt.Fprintf(&b, "\t%q\n", p)
		}
		b.WriteString(")\n\n")
	}
	b.WriteString(f.body.String())
	out, err := format.Source(b.Bytes())
	if err != nil {
		return nil, fmt.Errorf("formatting generated code: %w", err)
	}
	return out, nil
}
