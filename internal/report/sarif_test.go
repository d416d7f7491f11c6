package report

import (
	"bytes"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"sync"
	"testing"
	"unicode/utf16"

	"github.com/santhosh-tekuri/jsonschema/v5"

	"github.com/privlint/privlint/finding"
	"github.com/privlint/privlint/rules"
)

const sarifSchemaID = "https://docs.oasis-open.org/sarif/sarif/v2.1.0/errata01/os/schemas/sarif-schema-2.1.0.json"

var (
	schemaOnce sync.Once
	schema     *jsonschema.Schema
	schemaErr  error
	schemaPath string
)

// moduleRoot walks up from the package directory to go.mod.
func moduleRoot(t *testing.T) string {
	t.Helper()
	dir, err := os.Getwd()
	if err != nil {
		t.Fatal(err)
	}
	for {
		if _, err := os.Stat(filepath.Join(dir, "go.mod")); err == nil {
			return dir
		}
		parent := filepath.Dir(dir)
		if parent == dir {
			t.Fatal("go.mod not found above the test directory")
		}
		dir = parent
	}
}

// sarifSchema compiles the official SARIF 2.1.0 schema from ../shared/sarif
// offline (NOTES §7): every URL load fails, the schema is added as a resource.
func sarifSchema(t *testing.T) *jsonschema.Schema {
	t.Helper()
	schemaOnce.Do(func() {
		schemaPath = filepath.Join(moduleRoot(t), "..", "shared", "sarif", "sarif-schema-2.1.0.json")
		data, err := os.ReadFile(schemaPath)
		if err != nil {
			schemaErr = err
			return
		}
		c := jsonschema.NewCompiler()
		c.LoadURL = func(u string) (io.ReadCloser, error) { return nil, fmt.Errorf("offline test: refusing to load %s", u) }
		if err := c.AddResource(sarifSchemaID, bytes.NewReader(data)); err != nil {
			schemaErr = err
			return
		}
		schema, schemaErr = c.Compile(sarifSchemaID)
	})
	if errors.Is(schemaErr, os.ErrNotExist) {
		t.Skipf("official SARIF schema not found at %s (expected beside the module in ../shared/sarif); skipping schema validation", schemaPath)
	}
	if schemaErr != nil {
		t.Fatalf("compiling the SARIF schema: %v", schemaErr)
	}
	return schema
}

// checkSARIF validates out against the official schema and GitHub code
// scanning's extra rules (NOTES §4.1, §7), and returns the decoded log.
func checkSARIF(t *testing.T, out []byte) map[string]any {
	t.Helper()
	dec := json.NewDecoder(bytes.NewReader(out))
	dec.UseNumber()
	var v any
	if err := dec.Decode(&v); err != nil {
		t.Fatalf("SARIF is not JSON: %v", err)
	}
	if err := sarifSchema(t).Validate(v); err != nil {
		t.Fatalf("SARIF fails the official schema: %#v\n%s", err, out)
	}
	log := v.(map[string]any)
	runs := log["runs"].([]any)
	if len(runs) != 1 {
		t.Fatalf("%d runs, want 1", len(runs))
	}
	run := runs[0].(map[string]any)
	if _, ok := run["automationDetails"]; ok {
		t.Error("run has automationDetails")
	}
	results, ok := run["results"].([]any)
	if !ok {
		t.Fatal("run.results missing")
	}
	if len(results) > MaxSARIFResults {
		t.Errorf("%d results, more than %d", len(results), MaxSARIFResults)
	}
	if run["columnKind"] != "utf16CodeUnits" {
		t.Errorf("columnKind = %v", run["columnKind"])
	}
	driver := run["tool"].(map[string]any)["driver"].(map[string]any)
	if driver["name"] != "privlint" || driver["version"] == nil || driver["informationUri"] != InformationURI {
		t.Errorf("driver = %v", driver)
	}
	rulesList := driver["rules"].([]any)
	if len(rulesList) < len(rules.Catalog()) {
		t.Errorf("%d rules, catalog has %d", len(rulesList), len(rules.Catalog()))
	}
	for _, r := range rulesList {
		rule := r.(map[string]any)
		for _, k := range []string{"shortDescription", "fullDescription", "help"} {
			m, _ := rule[k].(map[string]any)
			if s, _ := m["text"].(string); s == "" || len([]rune(s)) > 1024 && k != "help" {
				t.Errorf("rule %v: %s.text = %q", rule["id"], k, s)
			}
		}
		props, _ := rule["properties"].(map[string]any)
		if sev, ok := props["security-severity"]; ok {
			s, isString := sev.(string)
			f, err := strconv.ParseFloat(s, 64)
			if !isString || err != nil || f <= 0 || f > 10 {
				t.Errorf("rule %v: security-severity %#v is not a string in (0,10]", rule["id"], sev)
			}
		}
	}
	for i, r := range results {
		res := r.(map[string]any)
		idx, err := res["ruleIndex"].(json.Number).Int64()
		if err != nil || idx < 0 || int(idx) >= len(rulesList) { // Int64 fails on go-sarif's 2^64-1
			t.Errorf("result %d: ruleIndex %v invalid", i, res["ruleIndex"])
		} else if rulesList[idx].(map[string]any)["id"] != res["ruleId"] {
			t.Errorf("result %d: ruleIndex %d names %v, ruleId is %v", i, idx, rulesList[idx].(map[string]any)["id"], res["ruleId"])
		}
		if pf, _ := res["partialFingerprints"].(map[string]any); pf[FingerprintKey] == nil || pf["primaryLocationLineHash"] != nil {
			t.Errorf("result %d: partialFingerprints = %v", i, pf)
		}
		// A finding that names no file has no location (sarifBuilder.location).
		locs, _ := res["locations"].([]any)
		for _, l := range locs {
			art := l.(map[string]any)["physicalLocation"].(map[string]any)["artifactLocation"].(map[string]any)
			uri := art["uri"].(string)
			if art["uriBaseId"] == SrcRoot && (strings.HasPrefix(uri, "/") || strings.Contains(uri, "://")) {
				t.Errorf("result %d: uri %q is not relative", i, uri)
			}
		}
	}
	return log
}

func firstRun(log map[string]any) map[string]any {
	return log["runs"].([]any)[0].(map[string]any)
}

func resultsOf(log map[string]any) []map[string]any {
	var out []map[string]any
	for _, r := range firstRun(log)["results"].([]any) {
		out = append(out, r.(map[string]any))
	}
	return out
}

// get walks a decoded JSON value by object keys and array indexes.
func get(t *testing.T, v any, path ...any) any {
	t.Helper()
	for _, p := range path {
		switch k := p.(type) {
		case string:
			m, ok := v.(map[string]any)
			if !ok {
				t.Fatalf("at %v: not an object", p)
			}
			v = m[k]
		case int:
			a, ok := v.([]any)
			if !ok || k >= len(a) {
				t.Fatalf("at %v: not an array or too short", p)
			}
			v = a[k]
		}
	}
	return v
}

func num(t *testing.T, v any) int {
	t.Helper()
	n, ok := v.(json.Number)
	if !ok {
		t.Fatalf("%v is not a number", v)
	}
	i, err := n.Int64()
	if err != nil {
		t.Fatal(err)
	}
	return int(i)
}

// writeSource writes an ASCII Go-like file of n lines under root.
func writeSource(t *testing.T, root, rel string, n int) string {
	t.Helper()
	path := filepath.Join(root, filepath.FromSlash(rel))
	if err := os.MkdirAll(filepath.Dir(path), 0o755); err != nil {
		t.Fatal(err)
	}
	var b strings.Builder
	for i := 1; i <= n; i++ {
		fmt.Fprintf(&b, "\tvalue%d := user.Email // line %d\n", i, i)
	}
	if err := os.WriteFile(path, []byte(b.String()), 0o644); err != nil {
		t.Fatal(err)
	}
	return path
}

func sarifBytes(t *testing.T, fs []*finding.Finding, errs []*finding.Error, o Options) []byte {
	t.Helper()
	var buf bytes.Buffer
	if err := SARIF(&buf, fs, errs, o); err != nil {
		t.Fatal(err)
	}
	return buf.Bytes()
}

func TestSARIFEmpty(t *testing.T) {
	root := t.TempDir()
	out := sarifBytes(t, nil, nil, Options{Root: root, ToolVersion: "v1.2.3", TaxonomyVersion: "fideslang-3.0+privlint.1"})
	log := checkSARIF(t, out)
	if log["version"] != "2.1.0" || log["$schema"] != SARIFSchemaURI {
		t.Errorf("version/$schema = %v %v", log["version"], log["$schema"])
	}
	run := firstRun(log)
	if rs := run["results"].([]any); len(rs) != 0 {
		t.Errorf("%d results", len(rs))
	}
	if !bytes.Contains(out, []byte(`"results": []`)) {
		t.Error(`empty results not written as "results": []`)
	}
	driver := get(t, run, "tool", "driver").(map[string]any)
	if driver["version"] != "v1.2.3" || driver["semanticVersion"] != "1.2.3" {
		t.Errorf("version = %v, semanticVersion = %v", driver["version"], driver["semanticVersion"])
	}
	if get(t, driver, "properties", "taxonomyVersion") != "fideslang-3.0+privlint.1" {
		t.Errorf("driver properties = %v", driver["properties"])
	}
	cat := rules.Catalog()
	rl := driver["rules"].([]any)
	if len(rl) != len(cat) {
		t.Fatalf("%d rules, want %d", len(rl), len(cat))
	}
	for i, r := range cat {
		got := rl[i].(map[string]any)
		if got["id"] != r.ID || got["name"] != r.Name || get(t, got, "helpUri") != r.HelpURI() ||
			get(t, got, "defaultConfiguration", "level") != string(r.Level) ||
			get(t, got, "help", "markdown") != r.Help || get(t, got, "properties", "precision") != r.Precision ||
			get(t, got, "properties", "security-severity") != r.SecuritySeverity {
			t.Errorf("rule %d = %v, want %s", i, got, r.ID)
		}
		tags := get(t, got, "properties", "tags").([]any)
		if len(tags) < 3 || tags[0] != "privacy" || tags[1] != "security" {
			t.Errorf("rule %s tags = %v", r.ID, tags)
		}
	}
	if get(t, run, "invocations", 0, "executionSuccessful") != true {
		t.Error("executionSuccessful is not true without errors")
	}
	base := get(t, run, "originalUriBaseIds", SrcRoot, "uri").(string)
	if !strings.HasPrefix(base, "file:///") || !strings.HasSuffix(base, "/") {
		t.Errorf("%%SRCROOT%% = %q, want an absolute file URI ending in /", base)
	}

	// A non-semantic version keeps version and leaves semanticVersion out.
	log = checkSARIF(t, sarifBytes(t, nil, nil, Options{}))
	driver = get(t, firstRun(log), "tool", "driver").(map[string]any)
	if driver["version"] != "devel" || driver["semanticVersion"] != nil {
		t.Errorf("devel: version = %v, semanticVersion = %v", driver["version"], driver["semanticVersion"])
	}
}

func TestSARIFResultsWithFlows(t *testing.T) {
	root := t.TempDir()
	file := writeSource(t, root, "internal/users/store.go", 30)
	f := &finding.Finding{
		RuleID: "PL101", Level: finding.LevelError,
		Message:  "user.contact.email from User.Email is written to a SQL database unencrypted (db.Exec)",
		Pos:      finding.Position{File: file, Line: 20, Column: 13},
		Category: "user.contact.email", Purposes: []string{"account"}, DetectedBy: "name",
		Evidence: []string{"name:email(whole)", "holder:person-like(User)"},
		Symbol:   "users.Save", Sink: "database/sql.(*DB).Exec",
		Flow: []finding.Step{
			{Pos: finding.Position{File: file, Line: 3, Column: 2}, Message: "User.Email"},
			{Pos: finding.Position{File: file, Line: 20, Column: 13}, Message: "db.Exec"},
		},
		Baseline: "new",
	}
	g := &finding.Finding{
		RuleID: "PL104", Level: finding.LevelWarning, Message: "user.contact.email in query parameter",
		Pos: finding.Position{File: file, Line: 25, Column: 2}, End: finding.Position{File: file, Line: 26, Column: 8},
		Symbol: "#/paths/~1users/get/parameters/0",
	}
	log := checkSARIF(t, sarifBytes(t, []*finding.Finding{f, g}, nil, Options{Root: root, ToolVersion: "0.1.0"}))
	rs := resultsOf(log)
	if len(rs) != 2 {
		t.Fatalf("%d results", len(rs))
	}
	r := rs[0]
	if r["ruleId"] != "PL101" || r["level"] != "error" || get(t, r, "message", "text") != f.Message || r["baselineState"] != "new" {
		t.Errorf("result = %v", r)
	}
	pl := get(t, r, "locations", 0, "physicalLocation")
	if get(t, pl, "artifactLocation", "uri") != "internal/users/store.go" || get(t, pl, "artifactLocation", "uriBaseId") != SrcRoot {
		t.Errorf("artifactLocation = %v", get(t, pl, "artifactLocation"))
	}
	// "\tvalue20 := user.Email": column 13 starts "user"; the region covers it.
	if num(t, get(t, pl, "region", "startLine")) != 20 || num(t, get(t, pl, "region", "startColumn")) != 13 ||
		num(t, get(t, pl, "region", "endLine")) != 20 || num(t, get(t, pl, "region", "endColumn")) != 17 {
		t.Errorf("region = %v", get(t, pl, "region"))
	}
	if got := get(t, r, "partialFingerprints", FingerprintKey); got != f.Fingerprint("internal/users/store.go") {
		t.Errorf("fingerprint = %v", got)
	}
	steps := get(t, r, "codeFlows", 0, "threadFlows", 0, "locations").([]any)
	if len(steps) != 2 || get(t, steps[0], "location", "message", "text") != "User.Email" ||
		num(t, get(t, steps[1], "location", "physicalLocation", "region", "startLine")) != 20 {
		t.Errorf("codeFlow = %v", steps)
	}
	props := r["properties"].(map[string]any)
	if props["category"] != "user.contact.email" || len(props["purposes"].([]any)) != 1 {
		t.Errorf("properties = %v", props)
	}
	if by, _ := props["detectedBy"].([]any); len(by) != 3 || by[0] != "name" || by[1] != "name:email(whole)" || by[2] != "holder:person-like(User)" {
		t.Errorf("properties.detectedBy = %#v, want the evidence list", props["detectedBy"])
	}
	if _, ok := rs[1]["properties"].(map[string]any)["detectedBy"]; ok {
		t.Errorf("a finding without evidence has properties.detectedBy: %v", rs[1]["properties"])
	}
	// The evidence is an explanation, not an identity: fingerprints ignore it.
	bare := *f
	bare.Evidence = nil
	if bare.Fingerprint("internal/users/store.go") != f.Fingerprint("internal/users/store.go") {
		t.Error("the evidence list changes the fingerprint")
	}
	if idx := num(t, r["ruleIndex"]); rules.Catalog()[idx].ID != "PL101" {
		t.Errorf("ruleIndex %d", idx)
	}
	if _, ok := r["suppressions"]; ok {
		t.Error("suppressions present without suppressed results")
	}

	// An explicit end position is used, in the same file and later.
	reg := get(t, rs[1], "locations", 0, "physicalLocation", "region")
	if num(t, get(t, reg, "endLine")) != 26 || num(t, get(t, reg, "endColumn")) != 8 {
		t.Errorf("region with End = %v", reg)
	}
	if _, ok := rs[1]["codeFlows"]; ok {
		t.Error("codeFlows for a finding without a flow")
	}
	if get(t, rs[1], "properties", "purposes") == nil {
		t.Error("purposes missing")
	}
}

func TestSARIFSuppressed(t *testing.T) {
	root := t.TempDir()
	writeSource(t, root, "pkg/user.go", 25)
	fs, _ := sample(root)

	log := checkSARIF(t, sarifBytes(t, fs, nil, Options{Root: root}))
	if rs := resultsOf(log); len(rs) != 2 {
		t.Fatalf("suppressed finding in default SARIF: %d results", len(rs))
	}

	out := sarifBytes(t, fs, nil, Options{Root: root, IncludeSuppressed: true})
	if bytes.Contains(out, []byte("null")) {
		t.Errorf("SARIF contains null:\n%s", out)
	}
	rs := resultsOf(checkSARIF(t, out))
	if len(rs) != 3 {
		t.Fatalf("%d results with IncludeSuppressed", len(rs))
	}
	for i, r := range rs[:2] {
		if s, ok := r["suppressions"].([]any); !ok || len(s) != 0 {
			t.Errorf("result %d: suppressions = %v, want []", i, r["suppressions"])
		}
	}
	s := get(t, rs[2], "suppressions", 0).(map[string]any)
	if len(s) != 2 || s["kind"] != "inSource" || s["justification"] != "column is encrypted by the database" {
		t.Errorf("suppression = %v", s)
	}
}

func TestSARIFErrors(t *testing.T) {
	root := t.TempDir()
	cfg := filepath.Join(root, "privlint.yaml")
	if err := os.WriteFile(cfg, []byte("version: 1\npurposes:\n  account: {legal_basis: contrct}\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	errs := []*finding.Error{
		{File: cfg, Line: 3, Column: 14, Message: "purposes.account.legal_basis: \"contrct\" is not a legal basis"},
		{Message: "package example.com/broken: no Go files"},
	}
	log := checkSARIF(t, sarifBytes(t, nil, errs, Options{Root: root}))
	inv := get(t, firstRun(log), "invocations", 0)
	if get(t, inv, "executionSuccessful") != false {
		t.Error("executionSuccessful is not false with errors")
	}
	ns := get(t, inv, "toolExecutionNotifications").([]any)
	if len(ns) != 2 {
		t.Fatalf("%d notifications", len(ns))
	}
	if get(t, ns[0], "level") != "error" || get(t, ns[0], "message", "text") != errs[0].Message ||
		get(t, ns[0], "locations", 0, "physicalLocation", "artifactLocation", "uri") != "privlint.yaml" ||
		num(t, get(t, ns[0], "locations", 0, "physicalLocation", "region", "startLine")) != 3 {
		t.Errorf("notification = %v", ns[0])
	}
	if _, ok := ns[1].(map[string]any)["locations"]; ok {
		t.Error("notification without a file has locations")
	}
}

func TestSARIFUTF16Columns(t *testing.T) {
	root := t.TempDir()
	line := "\tmsg := \"é😀\" + u.Email"
	path := filepath.Join(root, "a.go")
	if err := os.WriteFile(path, []byte("package a\n"+line+"\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	byteCol := strings.Index(line, "Email") + 1
	wantStart := len(utf16.Encode([]rune(line[:byteCol-1]))) + 1
	if byteCol-wantStart != 3 { // é: 2 bytes → 1 unit; 😀: 4 bytes → 2 units
		t.Fatalf("test setup: byte column %d, UTF-16 column %d", byteCol, wantStart)
	}
	fs := []*finding.Finding{
		{RuleID: "PL102", Message: "m", Pos: finding.Position{File: path, Line: 2, Column: byteCol}},
		{RuleID: "PL102", Message: "unreadable", Pos: finding.Position{File: filepath.Join(root, "gone.go"), Line: 2, Column: byteCol}},
	}
	rs := resultsOf(checkSARIF(t, sarifBytes(t, fs, nil, Options{Root: root})))
	reg := get(t, rs[0], "locations", 0, "physicalLocation", "region")
	if got := num(t, get(t, reg, "startColumn")); got != wantStart {
		t.Errorf("startColumn = %d, want %d (UTF-16)", got, wantStart)
	}
	if got := num(t, get(t, reg, "endColumn")); got != wantStart+len("Email") {
		t.Errorf("endColumn = %d, want %d", got, wantStart+len("Email"))
	}
	// A file that cannot be read keeps the byte column.
	if got := num(t, get(t, rs[1], "locations", 0, "physicalLocation", "region", "startColumn")); got != byteCol {
		t.Errorf("unreadable file: startColumn = %d, want byte column %d", got, byteCol)
	}
}

func TestUTF16Column(t *testing.T) {
	line := []byte("a😀é\xffb")
	for _, c := range []struct{ byteCol, want int }{
		{1, 1}, {2, 2}, {6, 4}, {8, 5}, {9, 6}, {10, 7}, {12, 9}, {0, 0},
	} {
		if got := utf16Column(line, c.byteCol); got != c.want {
			t.Errorf("utf16Column(%d) = %d, want %d", c.byteCol, got, c.want)
		}
	}
	for _, c := range []struct {
		line    string
		col     int
		wantEnd int
	}{
		{"x := user.Email", 6, 10}, {`  "email": 1`, 3, 10}, {"a + b", 3, 4}, {"ab", 5, 6}, {"é1 x", 1, 4},
	} {
		if got := tokenEnd([]byte(c.line), c.col); got != c.wantEnd {
			t.Errorf("tokenEnd(%q, %d) = %d, want %d", c.line, c.col, got, c.wantEnd)
		}
	}
}

func TestSARIFFingerprintStableWhenMoved(t *testing.T) {
	root := t.TempDir()
	file := writeSource(t, root, "pkg/user.go", 40)
	mk := func(line int, symbol string) *finding.Finding {
		return &finding.Finding{RuleID: "PL102", Message: "m", Pos: finding.Position{File: file, Line: line, Column: 2},
			Category: "user.contact.email", Symbol: symbol, Sink: "log.Printf"}
	}
	fp := func(f *finding.Finding) any {
		rs := resultsOf(checkSARIF(t, sarifBytes(t, []*finding.Finding{f}, nil, Options{Root: root})))
		return get(t, rs[0], "partialFingerprints", FingerprintKey)
	}
	before, after := fp(mk(10, "pkg.Register")), fp(mk(15, "pkg.Register"))
	if before != after {
		t.Errorf("fingerprint changed when the finding moved 5 lines: %v → %v", before, after)
	}
	if other := fp(mk(10, "pkg.Login")); other == before {
		t.Error("fingerprint ignores the enclosing symbol")
	}
	// Independent of the working directory.
	rs := resultsOf(checkSARIF(t, sarifBytes(t, []*finding.Finding{mk(10, "pkg.Register")}, nil, Options{Cwd: filepath.Join(root, "pkg"), Root: root})))
	if get(t, rs[0], "partialFingerprints", FingerprintKey) != before {
		t.Error("fingerprint depends on the working directory")
	}
}

func TestSARIFPaths(t *testing.T) {
	root := t.TempDir()
	odd := writeSource(t, root, "dir with space/naïve#1:x.go", 3)
	outside := filepath.Join(t.TempDir(), "other.go")
	fs := []*finding.Finding{
		{RuleID: "PL102", Message: "m", Pos: finding.Position{File: odd, Line: 1, Column: 2}},
		{RuleID: "PL102", Message: "m", Pos: finding.Position{File: outside, Line: 1, Column: 1}},
		{RuleID: "PL102", Message: "m", Pos: finding.Position{File: "rel/x.yaml", Line: 1, Column: 1}},
	}
	rs := resultsOf(checkSARIF(t, sarifBytes(t, fs, nil, Options{Cwd: root, Root: root})))
	art := get(t, rs[0], "locations", 0, "physicalLocation", "artifactLocation")
	if get(t, art, "uri") != "dir%20with%20space/na%C3%AFve%231%3Ax.go" || get(t, art, "uriBaseId") != SrcRoot {
		t.Errorf("escaped uri = %v", art)
	}
	art = get(t, rs[1], "locations", 0, "physicalLocation", "artifactLocation")
	if uri := get(t, art, "uri").(string); !strings.HasPrefix(uri, "file:///") || get(t, art, "uriBaseId") != nil {
		t.Errorf("outside root: %v, want an absolute file URI without uriBaseId", art)
	}
	// A relative path is taken relative to Cwd.
	if get(t, rs[2], "locations", 0, "physicalLocation", "artifactLocation", "uri") != "rel/x.yaml" {
		t.Errorf("relative path: %v", get(t, rs[2], "locations"))
	}
}

func TestSARIFUnknownRule(t *testing.T) {
	fs := []*finding.Finding{{RuleID: "PL999", Message: "m", Pos: finding.Position{File: "a.go", Line: 1, Column: 1}}}
	log := checkSARIF(t, sarifBytes(t, fs, nil, Options{}))
	rl := get(t, firstRun(log), "tool", "driver", "rules").([]any)
	if len(rl) != len(rules.Catalog())+1 || get(t, rl[len(rl)-1], "id") != "PL999" {
		t.Errorf("unknown rule not described: %d rules", len(rl))
	}
	if num(t, resultsOf(log)[0]["ruleIndex"]) != len(rl)-1 {
		t.Error("unknown rule's ruleIndex is wrong")
	}
}

func TestSARIFCap(t *testing.T) {
	const total = MaxSARIFResults + 10
	fs := make([]*finding.Finding, 0, total)
	for i := range total {
		lvl := finding.LevelWarning
		switch {
		case i < 15:
			lvl = finding.LevelNote // 10 of these must go
		case i >= total-20:
			lvl = finding.LevelError // at the very end; all must stay
		}
		fs = append(fs, &finding.Finding{RuleID: "PL102", Level: lvl, Message: "m" + strconv.Itoa(i),
			Pos: finding.Position{File: "a.go", Line: i + 1, Column: 1}})
	}
	var out, stderr bytes.Buffer
	if err := SARIF(&out, fs, nil, Options{Stderr: &stderr}); err != nil {
		t.Fatal(err)
	}
	var log struct {
		Runs []struct {
			Results []struct {
				Level   string                `json:"level"`
				Message struct{ Text string } `json:"message"`
			} `json:"results"`
		} `json:"runs"`
	}
	if err := json.Unmarshal(out.Bytes(), &log); err != nil {
		t.Fatal(err)
	}
	rs := log.Runs[0].Results
	if len(rs) != MaxSARIFResults {
		t.Fatalf("%d results, want %d", len(rs), MaxSARIFResults)
	}
	counts := map[string]int{}
	for _, r := range rs {
		counts[r.Level]++
	}
	if counts["error"] != 20 || counts["note"] != 5 || counts["warning"] != total-35 {
		t.Errorf("kept levels = %v", counts)
	}
	// Report order is kept, and the earliest notes survive.
	if rs[0].Message.Text != "m0" || rs[len(rs)-1].Message.Text != "m"+strconv.Itoa(total-1) {
		t.Errorf("order not kept: first %q, last %q", rs[0].Message.Text, rs[len(rs)-1].Message.Text)
	}
	if msg := stderr.String(); !strings.Contains(msg, "10 results dropped") || !strings.Contains(msg, "25000") {
		t.Errorf("stderr = %q", msg)
	}

	// Exactly at the limit nothing is dropped or said.
	stderr.Reset()
	if err := SARIF(io.Discard, fs[:MaxSARIFResults], nil, Options{Stderr: &stderr}); err != nil {
		t.Fatal(err)
	}
	if stderr.Len() != 0 {
		t.Errorf("stderr at the limit: %q", stderr.String())
	}
}

// TestSchemaRejectsInvalidSARIF makes sure the validation above can fail: the
// null fields go-sarif v2 writes for a Suppression (trap 1) are rejected.
func TestSchemaRejectsInvalidSARIF(t *testing.T) {
	fs := []*finding.Finding{{RuleID: "PL102", Message: "m", Pos: finding.Position{File: "a.go", Line: 1, Column: 1}}}
	out := sarifBytes(t, fs, nil, Options{})
	bad := bytes.Replace(out, []byte(`"ruleId": "PL102"`),
		[]byte(`"ruleId": "PL102", "suppressions": [{"kind": "inSource", "status": null, "location": null, "guid": null}]`), 1)
	if bytes.Equal(bad, out) {
		t.Fatal("test setup: no result to corrupt")
	}
	dec := json.NewDecoder(bytes.NewReader(bad))
	dec.UseNumber()
	var v any
	if err := dec.Decode(&v); err != nil {
		t.Fatal(err)
	}
	if err := sarifSchema(t).Validate(v); err == nil {
		t.Error("the schema accepted suppressions with null fields")
	}
}

// TestSARIFManyPaths checks that a finding reached by several paths has one
// codeFlow per path, its own Flow first, and at most finding.MaxPaths.
func TestSARIFManyPaths(t *testing.T) {
	root := t.TempDir()
	file := writeSource(t, root, "store/insert.go", 40)
	path := func(line int) []finding.Step {
		return []finding.Step{
			{Pos: finding.Position{File: file, Line: 2, Column: 2}, Message: "User.Email"},
			{Pos: finding.Position{File: file, Line: line, Column: 2}, Message: "reaches a SQL database"},
		}
	}
	f := &finding.Finding{
		RuleID: "PL101", Level: finding.LevelError, Message: "user.contact.email from User.Email is written to a SQL database unencrypted (Insert → db.Exec)",
		Pos: finding.Position{File: file, Line: 5, Column: 2}, Category: "user.contact.email", Symbol: "store.Save",
		Flow: path(10),
	}
	for line := 11; line < 25; line++ {
		f.Paths = append(f.Paths, path(line))
	}
	rs := resultsOf(checkSARIF(t, sarifBytes(t, []*finding.Finding{f}, nil, Options{Root: root, ToolVersion: "0.1.0"})))
	if len(rs) != 1 {
		t.Fatalf("%d results, want 1", len(rs))
	}
	flows := rs[0]["codeFlows"].([]any)
	if len(flows) != finding.MaxPaths {
		t.Fatalf("%d codeFlows, want %d", len(flows), finding.MaxPaths)
	}
	for i, fl := range flows {
		steps := get(t, fl, "threadFlows", 0, "locations").([]any)
		if got := num(t, get(t, steps[1], "location", "physicalLocation", "region", "startLine")); got != 10+i {
			t.Errorf("codeFlow %d ends at line %d, want %d", i, got, 10+i)
		}
	}
}
