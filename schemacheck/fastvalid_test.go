package schemacheck

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// allDrafts are the meta-schemas privlint validates against.
var allDrafts = []string{
	"https://json-schema.org/draft-04/schema",
	"https://json-schema.org/draft-06/schema",
	"https://json-schema.org/draft-07/schema",
	"https://json-schema.org/draft/2019-09/schema",
	"https://json-schema.org/draft/2020-12/schema",
}

// fastCorpus returns documents to validate: every schema file in
// testdata, the generated large schema, and small documents valid or
// invalid against some or all meta-schemas.
func fastCorpus(t *testing.T) map[string][]byte {
	t.Helper()
	docs := map[string][]byte{}
	for _, glob := range []string{"testdata/*.json", "testdata/*.yaml", "testdata/refs/*", "testdata/fuzz/FuzzLoad/*"} {
		files, err := filepath.Glob(glob)
		if err != nil {
			t.Fatal(err)
		}
		for _, f := range files {
			if strings.HasSuffix(f, ".want") {
				continue
			}
			data, err := os.ReadFile(f)
			if err != nil {
				t.Fatal(err)
			}
			docs[f] = data
		}
	}
	big, _ := genJSONSchema(40)
	docs["generated"] = big
	for i, s := range []string{
		`{"type": "string"}`,
		`{"type": ["string", "null"], "minLength": 1, "maxLength": 10, "pattern": "^a+$"}`,
		`{"type": "strin"}`,
		`{"type": 5}`,
		`{"type": ["string", "string"]}`,
		`{"type": []}`,
		`{"properties": {"a": 1}}`,
		`{"properties": {"a": true, "b": false}}`,
		`{"properties": []}`,
		`{"required": ["a", "a"]}`,
		`{"required": []}`,
		`{"required": "a"}`,
		`{"minLength": -1}`,
		`{"minLength": 1.5}`,
		`{"minLength": 2.0}`,
		`{"minimum": "0"}`,
		`{"maximum": 1e400}`,
		`{"exclusiveMinimum": true, "minimum": 1}`,
		`{"exclusiveMinimum": true}`,
		`{"exclusiveMinimum": 1}`,
		`{"pattern": "("}`,
		`{"patternProperties": {"(": {}}}`,
		`{"patternProperties": {"^a": {"type": "string"}}}`,
		`{"items": [1]}`,
		`{"items": [{"type": "string"}], "additionalItems": false}`,
		`{"prefixItems": [{"type": "string"}], "items": false}`,
		`{"$ref": 5}`,
		`{"$ref": "#/definitions/a", "definitions": {"a": {"type": "integer"}}}`,
		`{"$defs": {"a": {"type": "integer"}}, "$ref": "#/$defs/a"}`,
		`{"$id": "http://example.com/a b"}`,
		`{"$anchor": "1bad"}`,
		`{"$anchor": "good"}`,
		`{"enum": []}`,
		`{"enum": [1, 1]}`,
		`{"const": {"a": 1}}`,
		`{"dependencies": {"a": ["b", "b"]}}`,
		`{"dependentRequired": {"a": ["b"]}}`,
		`{"dependentSchemas": {"a": 7}}`,
		`{"format": 5}`,
		`{"title": 5}`,
		`{"description": null}`,
		`{"default": {"anything": [1, 2]}}`,
		`{"examples": {}}`,
		`{"allOf": []}`,
		`{"anyOf": [{"type": "string"}, 3]}`,
		`{"oneOf": [{"type": "string"}]}`,
		`{"not": {"type": "string"}}`,
		`{"if": {"type": "string"}, "then": {"minLength": 1}, "else": false}`,
		`{"contains": {"type": "string"}, "minContains": 0}`,
		`{"multipleOf": 0}`,
		`{"uniqueItems": "yes"}`,
		`{"additionalProperties": {"type": "object", "properties": {"x": {"type": "bogus"}}}}`,
		`{"x-pii": "email", "x-purpose": ["account"], "type": "object", "properties": {"a": {"x-storage": true}}}`,
		`true`,
		`false`,
		`[]`,
		`"schema"`,
		`12`,
		"type: string\nminLength: 0x10\n",
		"type: string\nmaxLength: 1_000\n",
		"a: &x {type: string}\nproperties: {b: *x}\n",
		"properties:\n  a:\n    <<: {type: integer}\n",
		"minimum: .inf\n",
		"minimum: 1e3\n",
		"maxItems: 007\n",
	} {
		docs["snippet"+string(rune('A'+i/26))+string(rune('a'+i%26))] = []byte(s)
	}
	return docs
}

// TestFastValidatorSound checks the fast path against jsonschema on every
// document and meta-schema: whenever it says "certainly valid", the full
// validator agrees. It also checks that the fast path does decide the
// valid documents of the test data, so that it is in use.
func TestFastValidatorSound(t *testing.T) {
	decided := 0
	for _, url := range allDrafts {
		meta, err := metaSchema(url)
		if err != nil {
			t.Fatal(err)
		}
		for name, data := range fastCorpus(t) {
			d, perr := parseDocument(name, data)
			if perr != nil {
				continue
			}
			fast := certainlyValid(meta, d.root)
			conv := &converter{budget: maxConvertNodes}
			v := conv.value(d.root, 0)
			full := conv.err == "" && meta.Validate(v) == nil
			if fast && !full {
				t.Errorf("%s against %s: the fast path says valid, the validator disagrees: %v", name, draftName(url), meta.Validate(v))
			}
			if fast {
				decided++
			}
		}
	}
	if decided < 100 {
		t.Errorf("the fast path decided only %d documents; it should decide the valid ones", decided)
	}
	// The test data's valid schemas are decided by the fast path.
	for _, c := range []struct{ file, url string }{
		{"testdata/draft04.json", allDrafts[0]},
		{"testdata/draft07.yaml", allDrafts[2]},
		{"testdata/draft2020.json", allDrafts[4]},
	} {
		data, err := os.ReadFile(c.file)
		if err != nil {
			t.Fatal(err)
		}
		d, perr := parseDocument(c.file, data)
		if perr != nil {
			t.Fatal(perr)
		}
		meta, err := metaSchema(c.url)
		if err != nil {
			t.Fatal(err)
		}
		if !certainlyValid(meta, d.root) {
			t.Errorf("%s: the fast path does not decide this valid schema", c.file)
		}
	}
}

// TestFastValidatorRejects checks that invalid documents are never
// decided valid, so that validateMeta reports them.
func TestFastValidatorRejects(t *testing.T) {
	for _, s := range []string{
		`{"type": "strin"}`,
		`{"properties": {"a": 1}}`,
		`{"required": ["a", "a"]}`,
		`{"minLength": -1}`,
		`{"items": [1]}`,
		`{"$ref": 5}`,
		`{"additionalProperties": {"properties": {"x": {"type": "bogus"}}}}`,
	} {
		d, perr := parseDocument("x.json", []byte(s))
		if perr != nil {
			t.Fatal(perr)
		}
		for _, url := range allDrafts {
			meta, err := metaSchema(url)
			if err != nil {
				t.Fatal(err)
			}
			if certainlyValid(meta, d.root) {
				t.Errorf("%s is decided valid against %s", s, draftName(url))
			}
		}
	}
}

// TestLeafMemo checks that a remembered verdict is keyed by content: an
// invalid leaf after an identical-looking valid one is still rejected.
func TestLeafMemo(t *testing.T) {
	meta, err := metaSchema(allDrafts[4])
	if err != nil {
		t.Fatal(err)
	}
	d, perr := parseDocument("x.json", []byte(`{"properties": {"a": {"type": "string"}, "b": {"type": "string"}, "c": {"type": "strinG"}}}`))
	if perr != nil {
		t.Fatal(perr)
	}
	if certainlyValid(meta, d.root) {
		t.Error("the invalid third property was taken from the memo")
	}
	d, perr = parseDocument("x.yaml", []byte("properties:\n  a: {minLength: 1}\n  b: {minLength: \"1\"}\n"))
	if perr != nil {
		t.Fatal(perr)
	}
	if certainlyValid(meta, d.root) {
		t.Error("a string value was taken for the remembered integer")
	}
}

// FuzzFastValidator checks on arbitrary documents that the fast path
// never calls valid what the validator rejects.
func FuzzFastValidator(f *testing.F) {
	for _, s := range []string{
		`{"type": "string", "minLength": 1}`,
		`{"properties": {"a": {"type": ["string", "null"]}}, "required": ["a"]}`,
		`{"$defs": {"a": {"items": {"enum": ["x", "y"]}}}, "$ref": "#/$defs/a"}`,
		"type: object\nproperties:\n  a: {type: integer, minimum: 0, exclusiveMaximum: 10}\n",
		`{"dependencies": {"a": ["b"], "c": {"required": ["d"]}}, "patternProperties": {"^x-": true}}`,
	} {
		f.Add([]byte(s))
	}
	f.Fuzz(func(t *testing.T, data []byte) {
		d, perr := parseDocument("doc.yaml", data)
		if perr != nil {
			return
		}
		conv := &converter{budget: 1 << 16}
		v := conv.value(d.root, 0)
		for _, url := range allDrafts {
			meta, err := metaSchema(url)
			if err != nil {
				t.Fatal(err)
			}
			if !certainlyValid(meta, d.root) {
				continue
			}
			if conv.err != "" {
				t.Fatalf("decided valid against %s, but the document does not convert: %s", draftName(url), conv.err)
			}
			if err := meta.Validate(v); err != nil {
				t.Fatalf("decided valid against %s, but: %v", draftName(url), err)
			}
		}
	})
}
