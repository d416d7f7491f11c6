package schemacheck

import (
	"fmt"
	"strings"
	"testing"
	"unsafe"

	"gopkg.in/yaml.v3"
)

// TestVisitStates checks the walk's visit states: each node has its own,
// each role of a node its own, an unseen node (nil included) has state 0.
func TestVisitStates(t *testing.T) {
	var c checker
	nodes := make([]node, 50)
	for i := range nodes {
		for r := range numRoles {
			if c.visit(&nodes[i], role(r)) != 0 {
				t.Fatalf("node %d has a state in role %d before it was set", i, r)
			}
		}
	}
	want := func(i, r int) visitState { return visitState((i+r)%3 + 1) }
	for i := range nodes {
		for r := range numRoles {
			// Set each state twice, so that a stale bit would show.
			c.setVisit(&nodes[i], role(r), stateActive)
			c.setVisit(&nodes[i], role(r), want(i, r))
		}
	}
	if c.visit(nil, roleParam) != 0 {
		t.Fatal("the nil node has a state before it was set")
	}
	c.setVisit(nil, roleParam, statePersonal)
	for i := range nodes {
		for r := range numRoles {
			if got := c.visit(&nodes[i], role(r)); got != want(i, r) {
				t.Fatalf("node %d, role %d: state %d, want %d", i, r, got, want(i, r))
			}
		}
		if nodes[i].Line != 0 || nodes[i].Column != 0 || nodes[i].Kind != 0 || nodes[i].Anchored || nodes[i].Style != 0 {
			t.Fatalf("node %d: setting states changed its other fields: %+v", i, nodes[i])
		}
	}
	if c.visit(nil, roleParam) != statePersonal || c.visit(nil, roleSchema) != 0 {
		t.Fatal("the nil node's states are wrong")
	}
}

// TestSubschemaKeywordsWalked checks that a schema whose only keyword
// leading to subschemas is kw is walked (not taken for a leaf): the
// personal property inside is reported.
func TestSubschemaKeywordsWalked(t *testing.T) {
	const obj = `{"type": "object", "properties": {"email": {"type": "string", "format": "email"}}}`
	for kw, val := range map[string]string{
		"properties":            `{"email": {"type": "string", "format": "email"}}`,
		"patternProperties":     `{"^x": ` + obj + `}`,
		"dependentSchemas":      `{"a": ` + obj + `}`,
		"$defs":                 `{"Contact": ` + obj + `}`,
		"definitions":           `{"Contact": ` + obj + `}`,
		"additionalProperties":  obj,
		"unevaluatedProperties": obj,
		"additionalItems":       obj,
		"unevaluatedItems":      obj,
		"contains":              obj,
		"then":                  obj,
		"else":                  obj,
		"items":                 obj,
		"allOf":                 `[` + obj + `]`,
		"anyOf":                 `[` + obj + `]`,
		"oneOf":                 `[` + obj + `]`,
		"prefixItems":           `[` + obj + `]`,
		"not":                   obj,
		"if":                    obj,
		"propertyNames":         obj,
		"contentSchema":         obj,
		"$ref":                  `"#/$defs/Contact"`,
	} {
		if !subschemaKeyword(kw) {
			t.Errorf("%s: not a subschema keyword", kw)
		}
		doc := `{"$schema": "https://json-schema.org/draft/2020-12/schema", "` + kw + `": ` + val
		if kw == "$ref" {
			// Not $defs, which the walk would visit itself.
			doc += `, "x-stash": {"Contact": ` + obj + `}`
			doc = strings.Replace(doc, "#/$defs/", "#/x-stash/", 1)
		}
		doc += "}"
		path := writeTemp(t, t.TempDir(), "s.schema.json", []byte(doc))
		fs, _ := Check([]string{path}, Options{Policy: testPolicy(t)})
		found := false
		for _, f := range fs {
			found = found || f.Category == "user.contact.email"
		}
		if !found {
			t.Errorf("%s: the email property inside was not reported: %v", kw, fs)
		}
	}
}

// TestDuplicateKey checks the duplicate-key check on mappings of every
// size around its pairwise/map switch, with the repeat first and last.
func TestDuplicateKey(t *testing.T) {
	for n := 2; n <= 10; n++ {
		for _, at := range []int{0, n - 2} {
			var b strings.Builder
			for i := range n - 1 {
				fmt.Fprintf(&b, "k%d: 1\n", i)
			}
			fmt.Fprintf(&b, "k%d: 2\n", at)
			var doc yaml.Node
			if err := yaml.Unmarshal([]byte(b.String()), &doc); err != nil {
				t.Fatal(err)
			}
			second, first := duplicateKey(fromYAML(doc.Content[0]))
			if second == nil || first == nil || int(second.Line) != n || int(first.Line) != at+1 {
				t.Errorf("%d keys, k%d repeated: got %v, %v", n, at, second, first)
			}
			var clean yaml.Node
			if err := yaml.Unmarshal([]byte(strings.Replace(b.String(), fmt.Sprintf("k%d: 2", at), "other: 2", 1)), &clean); err != nil {
				t.Fatal(err)
			}
			if s, f := duplicateKey(fromYAML(clean.Content[0])); s != nil || f != nil {
				t.Errorf("%d distinct keys: duplicate %v of %v reported", n, s, f)
			}
		}
	}
}

// TestNodeSize: a node fills one 64-byte cache line (see node); a field
// added or widened shows here.
func TestNodeSize(t *testing.T) {
	if s := unsafe.Sizeof(node{}); s != 64 {
		t.Errorf("a node takes %d bytes, want 64", s)
	}
}
