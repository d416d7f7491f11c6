package weakprotect_test

import (
	"fmt"
	"go/ast"
	"go/parser"
	"go/token"
	"os"
	"path/filepath"
	"sort"
	"strings"
	"sync"
	"testing"

	"golang.org/x/tools/go/analysis/checker"
	"golang.org/x/tools/go/packages"

	"github.com/privlint/privlint/analyzers"
	"github.com/privlint/privlint/analyzers/config"
	"github.com/privlint/privlint/internal/goload"
	"github.com/privlint/privlint/rules/policy"
)

// orderFixture is a package whose two files both lead one personal-data
// category to the same weak hash: in hash.go a parameter, email, hashed
// with md5 and logged, and in user.go a User's Email handed to that
// function. PL105 reports both at the md5 call, once: the finding must
// name the same source whatever order the files were parsed in.
var orderFixture = map[string]string{
	"go.mod": "module orderfixture\n\ngo 1.22\n",
	"hash.go": `package orderfixture

import (
	"crypto/md5"
	"log"
)

func logHashed(email string) {
	d := md5.Sum([]byte(email))
	log.Printf("%x", d)
}
`,
	"user.go": `package orderfixture

// User is a customer.
type User struct {
	Email string
}

// Touch logs the user.
func Touch(u *User) {
	logHashed(u.Email)
}
`,
}

// TestSameSourceWhateverParseOrder loads the fixture twice, its files
// parsed (and so given their positions in the file set) in one order and
// then in the other, as go/packages' parallel parsing may do on any run,
// and requires the same PL105 findings, messages included.
func TestSameSourceWhateverParseOrder(t *testing.T) {
	dir := t.TempDir()
	for name, src := range orderFixture {
		if err := os.WriteFile(filepath.Join(dir, name), []byte(src), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	forward := pl105Parsed(t, dir, "hash.go", "user.go")
	backward := pl105Parsed(t, dir, "user.go", "hash.go")
	if len(forward) == 0 {
		t.Fatal("no PL105 finding on the fixture")
	}
	if strings.Join(forward, "\n") != strings.Join(backward, "\n") {
		t.Errorf("PL105 depends on the order the files were parsed in:\nhash.go first:\n\t%s\nuser.go first:\n\t%s",
			strings.Join(forward, "\n\t"), strings.Join(backward, "\n\t"))
	}
}

// pl105Parsed loads the package in dir, its files first and second
// added to the file set in that order, and returns PL105's diagnostics,
// sorted, as "file:line:col: message". The loader parses a package's
// files concurrently (and at most GOMAXPROCS at a time): whichever file
// it asks for first, both are parsed then, in the order wanted.
func pl105Parsed(t *testing.T, dir, first, second string) []string {
	t.Helper()
	var (
		mu     sync.Mutex
		parsed map[string]*ast.File
		errs   = map[string]error{}
	)
	cfg := &packages.Config{
		Dir: dir,
		ParseFile: func(fset *token.FileSet, name string, src []byte) (*ast.File, error) {
			mu.Lock()
			defer mu.Unlock()
			if parsed == nil {
				parsed = map[string]*ast.File{}
				for _, base := range []string{first, second} {
					path := filepath.Join(filepath.Dir(name), base)
					data := src
					if base != filepath.Base(name) {
						var err error
						if data, err = os.ReadFile(path); err != nil {
							return nil, err
						}
					}
					parsed[base], errs[base] = parser.ParseFile(fset, path, data, parser.AllErrors|parser.ParseComments)
				}
			}
			base := filepath.Base(name)
			if f, ok := parsed[base]; ok {
				return f, errs[base]
			}
			return parser.ParseFile(fset, name, src, parser.AllErrors|parser.ParseComments)
		},
	}
	pkgs, err := goload.Load(cfg, nil, ".")
	if err != nil || len(pkgs) != 1 || len(pkgs[0].Errors) > 0 {
		t.Fatalf("loading the fixture: %v %v", pkgs, err)
	}
	pol, err := policy.Default()
	if err != nil {
		t.Fatal(err)
	}
	env, err := config.NewEnv(pol, config.Options{})
	if err != nil {
		t.Fatal(err)
	}
	set := analyzers.New(config.Fixed(env))
	g, err := checker.Analyze(set.All(), pkgs, nil)
	if err != nil {
		t.Fatal(err)
	}
	var out []string
	for act := range g.All() {
		if act.Err != nil {
			t.Fatalf("%s: %v", act, act.Err)
		}
		if !act.IsRoot || act.Analyzer != set.Weakprotect {
			continue
		}
		for _, d := range act.Diagnostics {
			p := act.Package.Fset.Position(d.Pos)
			out = append(out, fmt.Sprintf("%s:%d:%d: %s", filepath.Base(p.Filename), p.Line, p.Column, d.Message))
		}
	}
	sort.Strings(out)
	return out
}
