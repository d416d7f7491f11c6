package schemacheck

import (
	"fmt"
	"os"
	"path/filepath"
	"runtime"
	"strings"
	"testing"

	"github.com/privlint/privlint/finding"
	"github.com/privlint/privlint/rules/policy"
)

// limitsPolicy is a policy with one purpose and the given limits: section
// (YAML flow mapping body, e.g. "max_depth: 5").
func limitsPolicy(t *testing.T, limits string) *policy.Policy {
	t.Helper()
	src := "version: 1\npurposes:\n  account: {legal_basis: contract, categories: [user.contact.email]}\n"
	if limits != "" {
		src += "limits: {" + limits + "}\n"
	}
	pol, err := policy.Parse("privlint.yaml", []byte(src))
	if err != nil {
		t.Fatal(err)
	}
	return pol
}

// checkOne writes name=src into a temporary directory and checks it.
func checkOne(t *testing.T, pol *policy.Policy, name, src string) ([]*finding.Finding, []*finding.Error) {
	t.Helper()
	file := filepath.Join(t.TempDir(), name)
	if err := os.WriteFile(file, []byte(src), 0o644); err != nil {
		t.Fatal(err)
	}
	return Check([]string{file}, Options{Policy: pol})
}

// nestedJSON is a JSON Schema whose deepest value is at depth levels.
func nestedJSON(levels int) string {
	// {"type":"object","properties":{"a":{...}}}: each level adds two
	// objects (the schema and its properties map).
	var b strings.Builder
	b.WriteString("{\n")
	n := (levels - 1) / 2
	for i := 0; i < n; i++ {
		fmt.Fprintf(&b, "%s\"properties\": {\"a%d\": {\n", strings.Repeat(" ", i), i)
	}
	b.WriteString(`"type": "string"`)
	for i := 0; i < n; i++ {
		b.WriteString("}}")
	}
	b.WriteString("\n}\n")
	return b.String()
}

func wantOneError(t *testing.T, errs []*finding.Error, line int, substr string) {
	t.Helper()
	if len(errs) != 1 {
		t.Fatalf("got %d errors, want 1 containing %q: %v", len(errs), substr, errs)
	}
	e := errs[0]
	if !strings.Contains(e.Message, substr) || e.File == "" || (line > 0 && e.Line != line) {
		t.Errorf("got %s:%d: %s\nwant line %d containing %q", e.File, e.Line, e.Message, line, substr)
	}
}

func TestLimitMaxSchemaBytes(t *testing.T) {
	src := `{"type": "object", "properties": {"email": {"type": "string", "x-purpose": "account"}}}`
	if _, errs := checkOne(t, limitsPolicy(t, ""), "s.json", src); len(errs) != 0 {
		t.Fatalf("default limits: %v", errs)
	}
	_, errs := checkOne(t, limitsPolicy(t, "max_schema_bytes: 50"), "s.json", src)
	wantOneError(t, errs, 0, "is larger than 50 bytes")
	// A directory walk keeps a file over the limit and reports it, rather
	// than deciding it is not a schema.
	dir := t.TempDir()
	if err := os.WriteFile(filepath.Join(dir, "api.json"), []byte(`{"openapi": "3.0.3", "info": {"title": "x", "version": "1"}, "paths": {}}`), 0o644); err != nil {
		t.Fatal(err)
	}
	pol := limitsPolicy(t, "max_schema_bytes: 20")
	files, werrs := Expand(pol, []string{dir}, dir)
	if len(werrs) != 0 || len(files) != 1 {
		t.Fatalf("Expand = %v, %v; want the one file", files, werrs)
	}
	_, errs = Check(files, Options{Policy: pol})
	wantOneError(t, errs, 0, "is larger than 20 bytes")
}

func TestLimitMaxDepth(t *testing.T) {
	pol := limitsPolicy(t, "max_depth: 20")
	// 19 levels pass, 21 do not; the error is on the line where the
	// document goes deeper than the limit.
	if _, errs := checkOne(t, pol, "ok.json", nestedJSON(19)); len(errs) != 0 {
		t.Fatalf("19 levels: %v", errs)
	}
	_, errs := checkOne(t, pol, "deep.json", nestedJSON(25))
	wantOneError(t, errs, 11, "nests deeper than limits.max_depth (20 levels)")

	// The same in YAML (block style), and through an alias: each alias
	// nests the anchored value one level deeper than written.
	var y strings.Builder
	for i := 0; i < 12; i++ {
		fmt.Fprintf(&y, "%sproperties:\n%s  a%d:\n", strings.Repeat("    ", i), strings.Repeat("    ", i), i)
	}
	fmt.Fprintf(&y, "%stype: string\n", strings.Repeat("    ", 12))
	_, errs = checkOne(t, pol, "deep.yaml", y.String())
	wantOneError(t, errs, 20, "nests deeper than limits.max_depth")

	alias := "$defs:\n  a: &a {properties: {x: {properties: {y: {properties: {z: {type: string}}}}}}}\n" +
		"  b: &b {properties: {p: *a, q: *a}}\n  c: &c {properties: {p: *b}}\n  d: {properties: {p: *c}}\n"
	if _, errs := checkOne(t, limitsPolicy(t, "max_depth: 16"), "alias.yaml", alias); len(errs) != 0 {
		t.Fatalf("alias document within 16 levels: %v", errs)
	}
	_, errs = checkOne(t, limitsPolicy(t, "max_depth: 12"), "alias.yaml", alias)
	wantOneError(t, errs, 2, "nests deeper than limits.max_depth (12 levels)")

	// Far beyond any limit: the JSON parser stops at its ceiling.
	_, errs = checkOne(t, limitsPolicy(t, ""), "abyss.json", strings.Repeat("[", 200000))
	wantOneError(t, errs, 1, "nests deeper than")
}

// billionLaughs is a YAML document whose aliases expand it to 10^9
// values in a few hundred bytes.
func billionLaughs() string {
	var b strings.Builder
	b.WriteString("type: object\nx-lol:\n  a: &a [\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\"]\n")
	prev := "a"
	for _, c := range "bcdefghi" {
		fmt.Fprintf(&b, "  %c: &%c [", c, c)
		for i := 0; i < 10; i++ {
			if i > 0 {
				b.WriteString(",")
			}
			b.WriteString("*" + prev)
		}
		b.WriteString("]\n")
		prev = string(c)
	}
	return b.String()
}

func TestLimitMaxAliasExpansion(t *testing.T) {
	var before, after runtime.MemStats
	runtime.GC()
	runtime.ReadMemStats(&before)
	_, errs := checkOne(t, limitsPolicy(t, ""), "lol.yaml", billionLaughs())
	runtime.ReadMemStats(&after)
	// The error names the biggest alias: the last line's *h, which alone
	// stands for 10^8 values.
	wantOneError(t, errs, 11, "more than limits.max_alias_expansion (1000000) allows; the alias here alone stands for 111111111")
	if alloc := after.TotalAlloc - before.TotalAlloc; alloc > 64<<20 {
		t.Errorf("checking the billion-laughs document allocated %d MiB; it must fail before expanding", alloc>>20)
	}

	small := "type: object\nx-common: &c {type: string, maxLength: 10}\nproperties:\n  nickname: *c\n  motto: *c\n"
	if _, errs := checkOne(t, limitsPolicy(t, ""), "small.yaml", small); len(errs) != 0 {
		t.Fatalf("two small aliases with the default limit: %v", errs)
	}
	// Each alias adds the 5 values of the anchored mapping (itself and
	// its two key/value pairs): 10 in all.
	if _, errs := checkOne(t, limitsPolicy(t, "max_alias_expansion: 10"), "small.yaml", small); len(errs) != 0 {
		t.Fatalf("10 values added, limit 10: %v", errs)
	}
	_, errs = checkOne(t, limitsPolicy(t, "max_alias_expansion: 9"), "small.yaml", small)
	wantOneError(t, errs, 4, "expand the document by 10 values, more than limits.max_alias_expansion (9)")
}

func TestLimitMaxRefHops(t *testing.T) {
	// A chain s0 → s1 → … → s30 of $refs, each inside the one before.
	var b strings.Builder
	b.WriteString(`{"$schema": "https://json-schema.org/draft/2020-12/schema", "$ref": "#/$defs/s0", "$defs": {` + "\n")
	for i := 0; i < 30; i++ {
		fmt.Fprintf(&b, "%q: {\"$ref\": \"#/$defs/s%d\"},\n", fmt.Sprintf("s%d", i), i+1)
	}
	b.WriteString(`"s30": {"type": "object", "properties": {"email": {"type": "string", "x-purpose": "account"}}}}}` + "\n")
	fs, errs := checkOne(t, limitsPolicy(t, ""), "chain.json", b.String())
	if len(errs) != 0 || len(fs) != 0 {
		t.Fatalf("default limit: findings %v, errors %v; want none", fs, errs)
	}
	_, errs = checkOne(t, limitsPolicy(t, "max_ref_hops: 10"), "chain.json", b.String())
	// The root's $ref is the first hop; the 11th is s9's, on line 11.
	wantOneError(t, errs, 11, "more than limits.max_ref_hops (10) $refs followed one inside another")

	// A cycle of callback $refs ends without the limit.
	cyc := "openapi: 3.0.3\ninfo: {title: t, version: '1'}\npaths:\n  /a:\n    post:\n      callbacks:\n        c: {$ref: '#/components/callbacks/x'}\n" +
		"      responses: {'200': {description: ok}}\ncomponents:\n  callbacks:\n    x: {$ref: '#/components/callbacks/y'}\n    y: {$ref: '#/components/callbacks/x'}\n"
	if _, errs := checkOne(t, limitsPolicy(t, ""), "cycle.yaml", cyc); len(errs) != 0 {
		t.Fatalf("callback cycle: %v", errs)
	}
}
