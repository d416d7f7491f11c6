package benchgen

import (
	"bytes"
	"go/format"
	"io/fs"
	"os"
	"os/exec"
	"path/filepath"
	"slices"
	"strings"
	"testing"

	"github.com/privlint/privlint/rules/policy"
)

// readTree returns the files below dir by slash path.
func readTree(t *testing.T, dir string) map[string][]byte {
	t.Helper()
	out := map[string][]byte{}
	err := filepath.WalkDir(dir, func(path string, d fs.DirEntry, err error) error {
		if err != nil || d.IsDir() {
			return err
		}
		data, err := os.ReadFile(path)
		if err != nil {
			return err
		}
		rel, err := filepath.Rel(dir, path)
		if err != nil {
			return err
		}
		out[filepath.ToSlash(rel)] = data
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}
	return out
}

func generate(t *testing.T, o Options) (string, Stats) {
	t.Helper()
	dir := filepath.Join(t.TempDir(), "mod")
	st, err := Generate(dir, o)
	if err != nil {
		t.Fatalf("Generate(%+v): %v", o, err)
	}
	return dir, st
}

func TestDeterministic(t *testing.T) {
	dirA, stA := generate(t, Options{Lines: 20000})
	dirB, stB := generate(t, Options{Lines: 20000})
	if stA != stB {
		t.Fatalf("stats differ: %+v vs %+v", stA, stB)
	}
	a, b := readTree(t, dirA), readTree(t, dirB)
	if len(a) != len(b) {
		t.Fatalf("%d files vs %d files", len(a), len(b))
	}
	for p, data := range a {
		if !bytes.Equal(data, b[p]) {
			t.Errorf("%s differs between two generations", p)
		}
	}
	// Another seed gives other code of about the same size.
	dirC, stC := generate(t, Options{Lines: 20000, Seed: 42})
	c := readTree(t, dirC)
	same := true
	for p, data := range a {
		if strings.HasSuffix(p, ".go") && !bytes.Equal(data, c[p]) {
			same = false
		}
	}
	if same {
		t.Errorf("seed 42 generated the same module as the default seed")
	}
	if stC.Lines < 18000 || stC.Lines > 22000 {
		t.Errorf("seed 42: %d lines, want about 20000", stC.Lines)
	}
}

func TestSizeAndStats(t *testing.T) {
	for _, want := range []int{5000, 20000, 50000} {
		dir, st := generate(t, Options{Lines: want})
		if lo, hi := want*9/10, want*11/10; st.Lines < lo || st.Lines > hi {
			t.Errorf("Lines %d: generated %d lines, want within [%d, %d]", want, st.Lines, lo, hi)
		}
		files := readTree(t, dir)
		lines, goFiles := 0, 0
		pkgs := map[string]bool{}
		for p, data := range files {
			if !strings.HasSuffix(p, ".go") {
				continue
			}
			goFiles++
			lines += bytes.Count(data, []byte("\n"))
			pkgs[filepath.Dir(p)] = true
			formatted, err := format.Source(data)
			if err != nil {
				t.Fatalf("%s: %v", p, err)
			}
			if !bytes.Equal(formatted, data) {
				t.Errorf("%s is not gofmt-clean", p)
			}
		}
		if st.Lines != lines || st.Files != goFiles || st.Packages != len(pkgs) {
			t.Errorf("Lines %d: stats %+v, counted %d lines, %d files, %d packages", want, st, lines, goFiles, len(pkgs))
		}
		if _, ok := files[st.Leaf]; !ok || !strings.HasSuffix(st.Leaf, ".go") {
			t.Errorf("Lines %d: leaf %q is not a generated Go file", want, st.Leaf)
		}
		leafPkg := "/" + filepath.Dir(st.Leaf) + "\""
		for p, data := range files {
			if strings.HasSuffix(p, ".go") && bytes.Contains(data, []byte(leafPkg)) {
				t.Errorf("Lines %d: %s imports the leaf package of %s", want, p, st.Leaf)
			}
		}
		// Domain packages are about linesPerPackage lines each.
		domains := 0
		for p := range pkgs {
			if strings.HasPrefix(p, "domain") {
				domains++
			}
		}
		if wantDomains := want / linesPerPackage; domains < wantDomains*7/10 || domains > wantDomains*13/10+1 {
			t.Errorf("Lines %d: %d domain packages, want about %d", want, domains, wantDomains)
		}
	}
}

func TestContent(t *testing.T) {
	dir, _ := generate(t, Options{Lines: 20000})
	files := readTree(t, dir)
	var all bytes.Buffer
	paths := make([]string, 0, len(files))
	for p := range files {
		paths = append(paths, p)
	}
	slices.Sort(paths)
	for _, p := range paths {
		if strings.HasSuffix(p, ".go") {
			all.Write(files[p])
		}
	}
	src := all.String()
	// The constructs the benchmark relies on to exercise each analyzer.
	for _, want := range []string{
		`pii:"user.`, `purpose:"account"`, "//privlint:purpose account", // classify, purpose
		"s.db.ExecContext(ctx, \"INSERT INTO", "crypto.SealString(s.key,", // storage
		"slog.InfoContext(ctx,", "log.Printf(", // logleak
		"http.Post(\"https://hooks.partner.example/", "notify.Welcome(", // thirdparty
		"url.QueryEscape(",                              // urlleak
		".NormalizeContact(r.Email)",                    // a cross-package call
		"json.NewDecoder(r.Body).Decode(&req)",          // handlers
		"func (s Series) Percentile(p float64) float64", // no personal data
	} {
		if !strings.Contains(src, want) {
			t.Errorf("generated code lacks %q", want)
		}
	}
	if !bytes.Contains(files["go.mod"], []byte("module "+ModulePath+"\n")) {
		t.Errorf("go.mod: %s", files["go.mod"])
	}
	if bytes.Contains(files["go.mod"], []byte("require")) {
		t.Errorf("go.mod has dependencies: %s", files["go.mod"])
	}
}

func TestPolicyLoads(t *testing.T) {
	dir, _ := generate(t, Options{Lines: MinLines})
	p, err := policy.Load(filepath.Join(dir, "privlint.yaml"))
	if err != nil {
		t.Fatalf("policy.Load: %v", err)
	}
	var purposes []string
	for name := range p.Purposes {
		purposes = append(purposes, name)
	}
	slices.Sort(purposes)
	want := []string{"account", "billing", "care", "compliance", "marketing", "research", "security"}
	if !slices.Equal(purposes, want) {
		t.Errorf("purposes %v, want %v", purposes, want)
	}
	// Every purpose the generator writes correctly is declared.
	for _, spec := range personalFields {
		if _, ok := p.Purposes[purposeFor(spec.category)]; !ok {
			t.Errorf("purpose %q of %s is not declared", purposeFor(spec.category), spec.name)
		}
	}
	if len(p.ThirdParties) != 2 {
		t.Errorf("third parties %v, want mailer and payments", p.ThirdParties)
	}
}

func TestBuilds(t *testing.T) {
	if testing.Short() {
		t.Skip("builds a generated module")
	}
	if _, err := exec.LookPath("go"); err != nil {
		t.Skip("no go command")
	}
	dir, _ := generate(t, Options{Lines: 6000})
	for _, args := range [][]string{{"build", "./..."}, {"vet", "./..."}} {
		cmd := exec.Command("go", args...)
		cmd.Dir = dir
		cmd.Env = append(os.Environ(), "GOWORK=off", "GOFLAGS=-mod=mod", "GOPROXY=off", "GOTOOLCHAIN=local")
		if out, err := cmd.CombinedOutput(); err != nil {
			t.Errorf("go %s: %v\n%s", strings.Join(args, " "), err, out)
		}
	}
}

func TestErrors(t *testing.T) {
	if _, err := Generate(t.TempDir(), Options{Lines: MinLines - 1}); err == nil {
		t.Errorf("Generate accepted %d lines", MinLines-1)
	}
	dir := t.TempDir()
	if err := os.WriteFile(filepath.Join(dir, "x"), nil, 0o644); err != nil {
		t.Fatal(err)
	}
	if _, err := Generate(dir, Options{Lines: 5000}); err == nil || !strings.Contains(err.Error(), "not empty") {
		t.Errorf("Generate into a non-empty directory: %v", err)
	}
	if _, err := Generate(filepath.Join(dir, "x", "y"), Options{Lines: 5000}); err == nil {
		t.Errorf("Generate below a file succeeded")
	}
}
