package schemacheck

import (
	"fmt"
	"strings"
	"testing"

	"gopkg.in/yaml.v3"
)

// TestMemoTable checks the visit memo's table across its growth: every
// node keeps its own slot, an unseen node (nil included) has state 0.
func TestMemoTable(t *testing.T) {
	var m memoTable
	nodes := make([]node, 5000)
	slots := map[*node]int32{}
	for i := range nodes {
		n := &nodes[i]
		if m.state(n, roleSchema) != 0 {
			t.Fatalf("node %d has a state before it was added", i)
		}
		s := m.index(n)
		if _, dup := slots[n]; dup {
			t.Fatalf("node %d added twice", i)
		}
		slots[n] = s
		m.states[s][roleParam] = visitState(i%3 + 1)
	}
	if m.state(nil, roleParam) != 0 {
		t.Fatal("the nil node has a state before it was added")
	}
	ns := m.index(nil)
	m.states[ns][roleParam] = statePersonal
	for i := range nodes {
		n := &nodes[i]
		if got := m.index(n); got != slots[n] {
			t.Fatalf("node %d: slot %d, first given %d", i, got, slots[n])
		}
		if got, want := m.state(n, roleParam), visitState(i%3+1); got != want {
			t.Fatalf("node %d: state %d, want %d", i, got, want)
		}
	}
	if m.index(nil) != ns || m.state(nil, roleParam) != statePersonal || m.state(nil, roleSchema) != 0 {
		t.Fatal("the nil node's slot changed")
	}
	if len(m.states) != len(nodes)+1 {
		t.Fatalf("%d slots for %d nodes and nil", len(m.states), len(nodes))
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
