package main_test

import (
	"bytes"
	"encoding/json"
	"errors"
	"flag"
	"fmt"
	"github.com/privlint/privlint/internal/testkit"
	"io"
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"runtime"
	"slices"
	"strings"
	"testing"

	"github.com/santhosh-tekuri/jsonschema/v5"
)

var update = flag.Bool("update", false, "rewrite the golden files in testdata/")

// privlint is the binary under test, built once by TestMain.
var privlint string

func TestMain(m *testing.M) {
	flag.Parse()
	dir, err := os.MkdirTemp("", "privlint-e2e")
	if err != nil {
		fmt.Fprintln(os.Stderr, err)
		os.Exit(2)
	}
	privlint = filepath.Join(dir, "privlint")
	if runtime.GOOS == "windows" {
		privlint += ".exe"
	}
	out, err := exec.Command("go", "build", "-o", privlint, ".").CombinedOutput()
	if err != nil {
		fmt.Fprintf(os.Stderr, "building privlint: %v\n%s", err, out)
		os.Exit(2)
	}
	code := m.Run()
	os.RemoveAll(dir)
	os.Exit(code)
}

// exampleDir is the README's demo module.
func exampleDir(t *testing.T) string {
	t.Helper()
	d, err := exampleDirB()
	if err != nil {
		t.Fatal(err)
	}
	return d
}

func exampleDirB() (string, error) {
	return filepath.Abs(filepath.Join("..", "..", "testdata", "example"))
}

type run struct {
	stdout, stderr string
	code           int
}

func runIn(t *testing.T, dir string, env []string, name string, args ...string) run {
	t.Helper()
	cmd := exec.Command(name, args...)
	cmd.Dir = dir
	cmd.Env = append(os.Environ(), env...)
	var stdout, stderr bytes.Buffer
	cmd.Stdout, cmd.Stderr = &stdout, &stderr
	err := cmd.Run()
	code := 0
	if err != nil {
		var ee *exec.ExitError
		if !errors.As(err, &ee) {
			t.Fatalf("running %s %v: %v", name, args, err)
		}
		code = ee.ExitCode()
	}
	if strings.Contains(stderr.String(), "panic:") {
		t.Fatalf("%s %v panicked:\n%s", name, args, stderr.String())
	}
	return run{stdout.String(), stderr.String(), code}
}

func golden(t *testing.T, name, got string) {
	t.Helper()
	path := filepath.Join("testdata", name)
	if *update {
		if err := os.WriteFile(path, []byte(got), 0o644); err != nil {
			t.Fatal(err)
		}
		return
	}
	want, err := os.ReadFile(path)
	if err != nil {
		t.Fatalf("%v (run go test ./cmd/privlint -update to create it)", err)
	}
	if got != string(want) {
		t.Errorf("%s differs from the output:\n--- got\n%s\n--- want\n%s", path, got, want)
	}
}

// TestCheckExample runs the README's demo and compares it with the golden
// text output, in every format, twice for determinism.
func TestCheckExample(t *testing.T) {
	dir := exampleDir(t)
	r := runIn(t, dir, nil, privlint, "check", "./...")
	if r.code != 1 {
		t.Fatalf("exit code %d, want 1 (findings); stderr:\n%s", r.code, r.stderr)
	}
	golden(t, "example.txt", r.stdout)
	readme, err := os.ReadFile(filepath.Join("..", "..", "README.md"))
	if err != nil {
		t.Fatal(err)
	}
	if !strings.Contains(string(readme), r.stdout) {
		t.Errorf("README.md does not show the example's current output; paste testdata/example.txt into its Quick start")
	}
	for _, format := range []string{"text", "json", "sarif"} {
		a := runIn(t, dir, nil, privlint, "check", "--format", format, "./...")
		b := runIn(t, dir, nil, privlint, "check", "./...", "--format", format)
		if a.stdout != b.stdout {
			t.Errorf("%s output differs between two runs", format)
		}
		if a.stdout == "" {
			t.Errorf("%s output is empty", format)
		}
	}
}

func TestCheckJSON(t *testing.T) {
	r := runIn(t, exampleDir(t), nil, privlint, "check", "--format", "json")
	var doc struct {
		Version  string `json:"version"`
		Findings []struct {
			Rule, Name, Level, Message, File, Category, Fingerprint string
			Line, Column                                            int
			Purposes, DetectedBy                                    []string
		} `json:"findings"`
		Errors []any `json:"errors"`
	}
	if err := json.Unmarshal([]byte(r.stdout), &doc); err != nil {
		t.Fatalf("JSON output does not parse: %v\n%s", err, r.stdout)
	}
	if len(doc.Findings) == 0 || len(doc.Errors) != 0 {
		t.Fatalf("got %d findings and %d errors, want findings and no errors", len(doc.Findings), len(doc.Errors))
	}
	for _, f := range doc.Findings {
		if f.Rule == "" || f.Name == "" || f.Level == "" || f.File == "" || f.Line == 0 || f.Category == "" || len(f.DetectedBy) == 0 || len(f.Fingerprint) < 16 {
			t.Errorf("incomplete finding %+v", f)
		}
		if filepath.IsAbs(f.File) {
			t.Errorf("file %q is absolute, want relative to the working directory", f.File)
		}
	}
}

// TestSARIFValid validates the example's SARIF against the official
// SARIF 2.1.0 schema in ../shared.
func TestSARIFValid(t *testing.T) {
	schema := sarifSchema(t)
	for _, extra := range [][]string{nil, {"--include-suppressed"}} {
		args := append([]string{"check", "--format", "sarif"}, extra...)
		r := runIn(t, exampleDir(t), nil, privlint, args...)
		dec := json.NewDecoder(strings.NewReader(r.stdout))
		dec.UseNumber()
		var doc any
		if err := dec.Decode(&doc); err != nil {
			t.Fatalf("SARIF does not parse: %v", err)
		}
		if err := schema.Validate(doc); err != nil {
			t.Errorf("SARIF %v is invalid: %#v", extra, err)
		}
		if extra != nil && !strings.Contains(r.stdout, `"justification"`) {
			t.Errorf("--include-suppressed: no suppression in the SARIF")
		}
		if extra == nil && strings.Contains(r.stdout, `"suppressions"`) {
			t.Errorf("suppressed findings are in the default SARIF")
		}
	}
}

// sarifSchema compiles the official SARIF 2.1.0 schema in ../shared; the
// test is skipped when it is not there.
func sarifSchema(t *testing.T) *jsonschema.Schema {
	t.Helper()
	schemaPath := filepath.Join("..", "..", "..", "shared", "sarif", "sarif-schema-2.1.0.json")
	schemaFile, err := os.Open(schemaPath)
	if err != nil {
		t.Skipf("the SARIF schema is not at %s (it comes with ../shared): %v", schemaPath, err)
	}
	defer schemaFile.Close()
	const url = "https://docs.oasis-open.org/sarif/sarif/v2.1.0/errata01/os/schemas/sarif-schema-2.1.0.json"
	c := jsonschema.NewCompiler()
	c.LoadURL = func(s string) (io.ReadCloser, error) { return nil, fmt.Errorf("no loading of %s", s) }
	if err := c.AddResource(url, schemaFile); err != nil {
		t.Fatal(err)
	}
	schema, err := c.Compile(url)
	if err != nil {
		t.Fatal(err)
	}
	return schema
}

var diagLine = regexp.MustCompile(`^(\S+\.go):(\d+):(\d+): (PL\d{3} .*)$`)

// findingLines extracts "file:line:col: PLxxx message" lines, with file
// made relative to dir, sorted.
func findingLines(t *testing.T, dir, out string) []string {
	t.Helper()
	var lines []string
	for _, l := range strings.Split(out, "\n") {
		m := diagLine.FindStringSubmatch(strings.TrimSpace(l))
		if m == nil {
			continue
		}
		file := m[1]
		if filepath.IsAbs(file) {
			if rel, err := filepath.Rel(dir, file); err == nil {
				file = rel
			}
		}
		file = strings.TrimPrefix(filepath.ToSlash(file), "./")
		lines = append(lines, file+":"+m[2]+":"+m[3]+": "+m[4])
	}
	slices.Sort(lines)
	return slices.Compact(lines)
}

// TestVetMatchesCheck runs privlint as go vet's tool on the example and
// checks that it reports exactly the Go findings privlint check reports
// (findingLines keeps only files ending in .go: go vet sees no schemas).
func TestVetMatchesCheck(t *testing.T) {
	dir := exampleDir(t)
	check := runIn(t, dir, nil, privlint, "check", "./...")
	vet := runIn(t, dir, nil, "go", "vet", "-vettool="+privlint, "./...")
	if vet.code == 0 {
		t.Errorf("go vet exited 0, want non-zero for findings; stderr:\n%s", vet.stderr)
	}
	want := vetVisible(findingLines(t, dir, check.stdout))
	got := findingLines(t, dir, vet.stderr+vet.stdout)
	if len(want) == 0 {
		t.Fatal("privlint check found nothing on the example")
	}
	if !slices.Equal(got, want) {
		t.Errorf("go vet reports\n%s\nprivlint check reports\n%s\ngo vet output:\n%s", strings.Join(got, "\n"), strings.Join(want, "\n"), vet.stderr)
	}
}

// copyExample copies the example module into a fresh directory.
func copyExample(t *testing.T) string {
	t.Helper()
	src := exampleDir(t)
	dst := t.TempDir()
	testkit.CopyTree(t, src, dst)
	return dst
}

// TestVetCacheFollowsPolicy proves that go vet does not replay cached
// findings after privlint.yaml changes: the policy's digest is part of the
// tool identity go vet keys its cache with.
func TestVetCacheFollowsPolicy(t *testing.T) {
	dir := copyExample(t)
	const marker = "user.demographic.date_of_birth in User.DateOfBirth"
	first := runIn(t, dir, nil, "go", "vet", "-vettool="+privlint, "./users")
	if !strings.Contains(first.stderr, marker) {
		t.Fatalf("first go vet does not report %q:\n%s", marker, first.stderr)
	}
	again := runIn(t, dir, nil, "go", "vet", "-vettool="+privlint, "./users")
	// go vet (cmd/go) prints one package's diagnostics analyzer by
	// analyzer in map order, so only the set of lines is stable.
	if a, b := findingLines(t, dir, again.stderr), findingLines(t, dir, first.stderr); !slices.Equal(a, b) {
		t.Errorf("a cached re-run differs:\n%s\nvs\n%s", again.stderr, first.stderr)
	}
	policyPath := filepath.Join(dir, "privlint.yaml")
	data, err := os.ReadFile(policyPath)
	if err != nil {
		t.Fatal(err)
	}
	edited := strings.Replace(string(data),
		"categories: [user.contact.email, user.name, user.account.username, user.authorization]",
		"categories: [user.contact.email, user.name, user.account.username, user.authorization, user.demographic.date_of_birth]", 1)
	if edited == string(data) {
		t.Fatal("the edit did not apply; update this test with the example policy")
	}
	if err := os.WriteFile(policyPath, []byte(edited), 0o644); err != nil {
		t.Fatal(err)
	}
	after := runIn(t, dir, nil, "go", "vet", "-vettool="+privlint, "./users")
	if strings.Contains(after.stderr, marker) {
		t.Errorf("after allowing the date of birth, go vet still reports it (stale cache):\n%s", after.stderr)
	}
}

// TestBadPolicy checks that a malformed policy is exit code 2 with a
// message naming the file and line, and never a panic.
func TestBadPolicy(t *testing.T) {
	cases := []struct {
		name, policy, want string
	}{
		{"bad yaml", "version: 1\npurposes:\n  account: [unclosed\n", `privlint.yaml:\d+`},
		{"unknown key", "version: 1\npurposes:\n  account:\n    legal_basis: contract\n    legl_basis: consent\n", `privlint.yaml:5:.*legl_basis`},
		{"wrong type", "version: 1\npurposes:\n  account:\n    legal_basis: contract\n    categories: user.contact.email\n", `privlint.yaml:5:.*categories`},
		{"unknown legal basis", "version: 1\npurposes:\n  billing:\n    legal_basis: contrat\n", `privlint.yaml:4:.*purposes.billing.legal_basis.*"contrat"`},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			dir := copyExample(t)
			if err := os.WriteFile(filepath.Join(dir, "privlint.yaml"), []byte(tc.policy), 0o644); err != nil {
				t.Fatal(err)
			}
			r := runIn(t, dir, nil, privlint, "check", "./...")
			if r.code != 2 {
				t.Errorf("exit code %d, want 2; stderr:\n%s", r.code, r.stderr)
			}
			if !regexp.MustCompile(tc.want).MatchString(r.stderr) {
				t.Errorf("stderr %q does not match %q", r.stderr, tc.want)
			}
		})
	}
}

// TestExitCodes checks --fail-on and a clean package.
func TestExitCodes(t *testing.T) {
	dir := exampleDir(t)
	cases := []struct {
		args []string
		want int
	}{
		{[]string{"check", "--fail-on", "none", "./..."}, 0},
		{[]string{"check", "--fail-on", "error", "./..."}, 1},
		// The policy's schemas: are checked with any package pattern.
		{[]string{"check", "./config"}, 1},
		{[]string{"check", "--disable", "PL001,PL003,PL004,PL101,PL104", "./config"}, 0},
		{[]string{"check", "--disable", "PL001,PL002,PL003,PL004", "./..."}, 1},
		{[]string{"check", "--disable", "PL001,PL002,PL003,PL004,PL101,PL102,PL103,PL104,PL105,PL201", "./..."}, 0},
		{[]string{"check", "--enable", "PL001", "./support"}, 1},
		{[]string{"check", "--format", "xml"}, 2},
		{[]string{"check", "--fail-on", "loud"}, 2},
		{[]string{"check", "./nonexistent/..."}, 2},
		{[]string{"bogus"}, 2},
		{[]string{"version"}, 0},
		{[]string{"rules"}, 0},
		{[]string{"rules", "PL101"}, 0},
		{[]string{"rules", "PL999"}, 2},
	}
	for _, tc := range cases {
		r := runIn(t, dir, nil, privlint, tc.args...)
		if r.code != tc.want {
			t.Errorf("privlint %s: exit code %d, want %d\nstdout:\n%s\nstderr:\n%s", strings.Join(tc.args, " "), r.code, tc.want, r.stdout, r.stderr)
		}
	}
}

// TestOutputFile checks --output writes the report and nothing to stdout.
func TestOutputFile(t *testing.T) {
	out := filepath.Join(t.TempDir(), "privlint.sarif")
	r := runIn(t, exampleDir(t), nil, privlint, "check", "--format", "sarif", "--output", out)
	if r.stdout != "" {
		t.Errorf("stdout not empty with --output: %q", r.stdout)
	}
	data, err := os.ReadFile(out)
	if err != nil || !json.Valid(data) {
		t.Fatalf("--output file: %v, valid JSON %v", err, json.Valid(data))
	}
	missing := filepath.Join(t.TempDir(), "no", "such", "dir", "x.sarif")
	r = runIn(t, exampleDir(t), nil, privlint, "check", "--format", "sarif", "--output", missing)
	if r.code != 2 || !strings.Contains(r.stderr, "x.sarif") {
		t.Errorf("output into a missing directory: exit %d, stderr %q; want 2 naming the file", r.code, r.stderr)
	}
}

// TestLoadErrors checks that a package that does not parse is reported
// with its file and line, the other packages are still analyzed, and the
// exit code is 2.
func TestLoadErrors(t *testing.T) {
	dir := t.TempDir()
	files := map[string]string{
		"go.mod":    "module example.com/broken\n\ngo 1.26\n",
		"a/a.go":    "package a\n\n// User is a customer.\ntype User struct {\n\tEmail string\n}\n",
		"b/b.go":    "package b\n\nfunc f( {\n",
		"c/c.go":    "package c\n\nvar x int = \"not an int\"\n\n// Y is used by d.\nvar Y = 1\n",
		"d/d.go":    "package d\n\nimport \"example.com/broken/c\"\n\n// Z is c's Y.\nvar Z = c.Y\n",
		".git/HEAD": "ref: refs/heads/main\n",
	}
	writeFiles(t, dir, files)
	r := runIn(t, dir, nil, privlint, "check", "./...")
	if r.code != 2 {
		t.Errorf("exit code %d, want 2", r.code)
	}
	for _, want := range []string{
		"a/a.go:5:2: PL001 user.contact.email in User.Email",
		// One error per cause, at the first error, saying what was still
		// analyzed; d, which imports c, is analyzed too.
		"b/b.go:3:9: error: b/b.go does not parse (expected ')', found '{')",
		"c/c.go:3:13: error: example.com/broken/c does not type-check (1 type error; the first: cannot use \"not an int\"",
	} {
		if !strings.Contains(r.stdout, want) {
			t.Errorf("output lacks %q:\n%s", want, r.stdout)
		}
	}
	if n := strings.Count(r.stdout, "error: "); n != 2 {
		t.Errorf("%d errors, want 2 (one per cause):\n%s", n, r.stdout)
	}
	if strings.Contains(r.stdout, "failed prerequisites") || strings.Contains(r.stdout, "not analyzed") {
		t.Errorf("the checker's per-analyzer prerequisite errors leaked into the output:\n%s", r.stdout)
	}
}

// schemaFinding is a finding of the example's schema files, as
// "file:line:col: rule" (the text output's prefix).
var exampleSchemaFindings = []string{
	"api/openapi.yaml:14:17: PL104 user.contact.email",
	"api/openapi.yaml:76:9: PL003 user.demographic.date_of_birth",
	"api/openapi.yaml:91:9: PL001 user.contact.address.street",
	"schemas/customer.schema.json:15:5: PL101 user.financial.credit_card",
	"schemas/customer.schema.json:16:5: PL101 user.health_and_medical",
}

// TestCheckSchemas checks that privlint check on the example reports the
// findings of the schema files its policy selects (schemas:) next to the
// Go findings, in text, JSON and SARIF, identically on two runs, and
// filtered by --enable like Go findings.
func TestCheckSchemas(t *testing.T) {
	dir := exampleDir(t)
	text := runIn(t, dir, nil, privlint, "check")
	if text.code != 1 {
		t.Fatalf("exit code %d, want 1; stderr:\n%s", text.code, text.stderr)
	}
	for _, want := range exampleSchemaFindings {
		if !strings.Contains(text.stdout, "\n"+want) && !strings.HasPrefix(text.stdout, want) {
			t.Errorf("text output lacks %q:\n%s", want, text.stdout)
		}
	}
	if !strings.Contains(text.stdout, "users/user.go:20:2: PL003") {
		t.Errorf("text output lacks the Go findings:\n%s", text.stdout)
	}

	js := runIn(t, dir, nil, privlint, "check", "--format", "json")
	var doc struct {
		Findings []struct {
			Rule, File, Category string
			Line, Column         int
		} `json:"findings"`
		Errors []any `json:"errors"`
	}
	if err := json.Unmarshal([]byte(js.stdout), &doc); err != nil {
		t.Fatalf("JSON output does not parse: %v", err)
	}
	var gotJSON []string
	for _, f := range doc.Findings {
		if !strings.HasSuffix(f.File, ".go") {
			gotJSON = append(gotJSON, fmt.Sprintf("%s:%d:%d: %s %s", f.File, f.Line, f.Column, f.Rule, f.Category))
		}
	}
	for _, want := range exampleSchemaFindings {
		if !slices.Contains(gotJSON, want) {
			t.Errorf("JSON output lacks %q; schema findings:\n%s", want, strings.Join(gotJSON, "\n"))
		}
	}
	if len(doc.Errors) != 0 {
		t.Errorf("JSON output has errors: %v", doc.Errors)
	}

	schema := sarifSchema(t)
	sarif := runIn(t, dir, nil, privlint, "check", "--format", "sarif")
	dec := json.NewDecoder(strings.NewReader(sarif.stdout))
	dec.UseNumber()
	var sdoc any
	if err := dec.Decode(&sdoc); err != nil {
		t.Fatalf("SARIF does not parse: %v", err)
	}
	if err := schema.Validate(sdoc); err != nil {
		t.Errorf("SARIF is invalid: %#v", err)
	}
	var log struct {
		Runs []struct {
			Results []struct {
				RuleID    string `json:"ruleId"`
				Locations []struct {
					PhysicalLocation struct {
						ArtifactLocation struct{ URI string } `json:"artifactLocation"`
						Region           struct{ StartLine, StartColumn int }
					} `json:"physicalLocation"`
				} `json:"locations"`
			} `json:"results"`
		} `json:"runs"`
	}
	if err := json.Unmarshal([]byte(sarif.stdout), &log); err != nil || len(log.Runs) != 1 {
		t.Fatalf("SARIF: %v, %d runs", err, len(log.Runs))
	}
	var gotSARIF []string
	for _, r := range log.Runs[0].Results {
		for _, l := range r.Locations {
			p := l.PhysicalLocation
			gotSARIF = append(gotSARIF, fmt.Sprintf("%s:%d:%d: %s", p.ArtifactLocation.URI, p.Region.StartLine, p.Region.StartColumn, r.RuleID))
		}
	}
	for _, want := range []string{
		"testdata/example/api/openapi.yaml:14:17: PL104",
		"testdata/example/schemas/customer.schema.json:15:5: PL101",
	} {
		if !slices.Contains(gotSARIF, want) {
			t.Errorf("SARIF lacks %q; results:\n%s", want, strings.Join(gotSARIF, "\n"))
		}
	}

	// Byte-identical across runs, in every format.
	for _, format := range []string{"text", "json", "sarif"} {
		a := runIn(t, dir, nil, privlint, "check", "--format", format, "./...", "api", "schemas/customer.schema.json")
		b := runIn(t, dir, nil, privlint, "check", "--format", format, "./...", "api", "schemas/customer.schema.json")
		if a.stdout != b.stdout || a.code != b.code {
			t.Errorf("%s output differs between two runs", format)
		}
		if !strings.Contains(a.stdout, "openapi.yaml") {
			t.Errorf("%s output lacks the schema findings", format)
		}
	}

	// --enable and --disable filter schema findings like Go findings.
	only := runIn(t, dir, nil, privlint, "check", "--enable", "PL104")
	if only.code != 1 || strings.TrimSpace(only.stdout) == "" {
		t.Fatalf("--enable PL104: exit %d, output %q", only.code, only.stdout)
	}
	for _, l := range strings.Split(strings.TrimSpace(only.stdout), "\n") {
		if !strings.Contains(l, ": PL104 ") {
			t.Errorf("--enable PL104 reports %q", l)
		}
	}
	none := runIn(t, dir, nil, privlint, "check", "--disable", "PL001,PL002,PL003,PL004,PL101,PL102,PL103,PL104,PL105,PL201")
	if none.code != 0 || strings.Contains(none.stdout, "openapi.yaml") {
		t.Errorf("--disable of every reported rule: exit %d, output:\n%s", none.code, none.stdout)
	}
}

// writeFiles writes name → content under dir.
func writeFiles(t *testing.T, dir string, files map[string]string) {
	t.Helper()
	testkit.WriteFiles(t, dir, files)
}

const lookupAPI = `openapi: 3.0.3
info: {title: Lookup, version: "1"}
paths:
  /customers:
    get:
      operationId: findCustomer
      parameters:
        - {name: email, in: query, schema: {type: string, format: email}}
      responses:
        "200": {description: found}
`

// TestCheckSchemaArgsOnly checks that schema files and directories given
// alone are checked without loading Go packages: the directory has no
// go.mod, so loading ./... would fail with exit code 2.
func TestCheckSchemaArgsOnly(t *testing.T) {
	dir := t.TempDir()
	writeFiles(t, dir, map[string]string{
		"lookup.yaml":             lookupAPI,
		"specs/store.schema.json": `{"type": "object", "x-storage": true, "x-purpose": "support", "properties": {"ssn": {"type": "string"}}}`,
		"privlint.yaml":           "version: 1\npurposes:\n  support:\n    legal_basis: contract\n    categories: [user.government_id]\n",
	})
	for _, tc := range []struct {
		args []string
		want []string
		not  []string
	}{
		{[]string{"check", "lookup.yaml"}, []string{"lookup.yaml:8:18: PL104 user.contact.email"}, []string{"store.schema.json"}},
		{[]string{"check", "specs"}, []string{"specs/store.schema.json:1:78: PL101 user.government_id"}, []string{"lookup.yaml"}},
		{[]string{"check", "specs/", "lookup.yaml"}, []string{"lookup.yaml:8:18: PL104", "specs/store.schema.json:1:78: PL101"}, nil},
	} {
		r := runIn(t, dir, nil, privlint, tc.args...)
		if r.code != 1 {
			t.Errorf("privlint %s: exit code %d, want 1\nstdout:\n%s\nstderr:\n%s", strings.Join(tc.args, " "), r.code, r.stdout, r.stderr)
		}
		for _, w := range tc.want {
			if !strings.Contains(r.stdout, w) {
				t.Errorf("privlint %s: output lacks %q:\n%s", strings.Join(tc.args, " "), w, r.stdout)
			}
		}
		for _, n := range tc.not {
			if strings.Contains(r.stdout, n) {
				t.Errorf("privlint %s: output mentions %q:\n%s", strings.Join(tc.args, " "), n, r.stdout)
			}
		}
		if strings.Contains(r.stdout+r.stderr, "no Go packages") {
			t.Errorf("privlint %s loaded Go packages:\n%s%s", strings.Join(tc.args, " "), r.stdout, r.stderr)
		}
	}
}

// TestCheckMalformedSchema checks that a schema that does not parse, or
// a missing schema argument, is exit code 2 with the file (and line), in
// the text output and, with another format, on stderr.
func TestCheckMalformedSchema(t *testing.T) {
	dir := t.TempDir()
	writeFiles(t, dir, map[string]string{
		"bad.yaml":  "openapi: 3.0.3\npaths:\n  /x: [unclosed\n",
		"bad.json":  "{\n  \"type\": \"object\",\n  \"properties\": {\"a\": {\"type\": \"string\"},}\n}\n",
		"good.yaml": lookupAPI,
	})
	cases := []struct {
		args []string
		want string // regexp on stdout+stderr
	}{
		{[]string{"check", "bad.yaml"}, `(?m)^bad\.yaml:3: error: invalid YAML`},
		{[]string{"check", "bad.json", "good.yaml"}, `(?m)^bad\.json:3:42: error: invalid JSON`},
		{[]string{"check", "--format", "json", "bad.json"}, `privlint: bad\.json:3:42: invalid JSON`},
		{[]string{"check", "missing.yaml"}, `missing\.yaml.*cannot read`},
	}
	for _, tc := range cases {
		r := runIn(t, dir, nil, privlint, tc.args...)
		if r.code != 2 {
			t.Errorf("privlint %s: exit code %d, want 2\nstdout:\n%s\nstderr:\n%s", strings.Join(tc.args, " "), r.code, r.stdout, r.stderr)
		}
		if !regexp.MustCompile(tc.want).MatchString(r.stdout + r.stderr) {
			t.Errorf("privlint %s: output does not match %q:\nstdout:\n%s\nstderr:\n%s", strings.Join(tc.args, " "), tc.want, r.stdout, r.stderr)
		}
	}
	// The good file is still checked next to the broken one.
	r := runIn(t, dir, nil, privlint, "check", "bad.json", "good.yaml")
	if !strings.Contains(r.stdout, "good.yaml:8:18: PL104") {
		t.Errorf("the valid schema next to a broken one was not checked:\n%s", r.stdout)
	}
}

// TestSARIFCodeFlows checks that each flow finding of the example (PL101
// to PL104 in Go code) carries a code flow from its source to its sink and
// the source as a related location.
func TestSARIFCodeFlows(t *testing.T) {
	r := runIn(t, exampleDir(t), nil, privlint, "check", "--format", "sarif")
	var doc struct {
		Runs []struct {
			Results []struct {
				RuleID    string `json:"ruleId"`
				Locations []struct {
					PhysicalLocation struct {
						ArtifactLocation struct {
							URI string `json:"uri"`
						} `json:"artifactLocation"`
					} `json:"physicalLocation"`
				} `json:"locations"`
				CodeFlows []struct {
					ThreadFlows []struct {
						Locations []any `json:"locations"`
					} `json:"threadFlows"`
				} `json:"codeFlows"`
				RelatedLocations []any `json:"relatedLocations"`
			} `json:"results"`
		} `json:"runs"`
	}
	if err := json.Unmarshal([]byte(r.stdout), &doc); err != nil {
		t.Fatal(err)
	}
	seen := map[string]bool{}
	for _, res := range doc.Runs[0].Results {
		if !strings.HasPrefix(res.RuleID, "PL1") || !strings.HasSuffix(res.Locations[0].PhysicalLocation.ArtifactLocation.URI, ".go") {
			continue
		}
		seen[res.RuleID] = true
		if len(res.CodeFlows) != 1 || len(res.CodeFlows[0].ThreadFlows) != 1 || len(res.CodeFlows[0].ThreadFlows[0].Locations) < 2 {
			t.Errorf("%s at %s: want a code flow with a source and a sink, got %+v", res.RuleID, res.Locations[0].PhysicalLocation.ArtifactLocation.URI, res.CodeFlows)
		}
		if len(res.RelatedLocations) != 1 {
			t.Errorf("%s: want the source as one related location, got %d", res.RuleID, len(res.RelatedLocations))
		}
	}
	for _, rule := range []string{"PL101", "PL102", "PL103", "PL104"} {
		if !seen[rule] {
			t.Errorf("the example has no %s finding in Go code", rule)
		}
	}
}
