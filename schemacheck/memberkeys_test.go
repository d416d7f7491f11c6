package schemacheck

import (
	"testing"
)

// TestKeysOf checks keysOf's one pass over a schema's keys against val's
// search for each keyword, on every mapping of documents with merge keys,
// aliases, non-scalar keys and keywords in any order.
func TestKeysOf(t *testing.T) {
	docs := []string{
		`{"type": "string", "format": "email", "description": "d", "title": "t", "enum": ["a"], "items": {}, "$ref": "#/x", "properties": {}}`,
		`{"properties": {"a": {"items": {"type": "integer"}, "type": "array"}, "b": {"$ref": "#/components/x", "title": ""}}}`,
		"base: &b {type: string, format: date}\nwith: {<<: *b, description: merged}\nover: {<<: *b, type: integer}\n",
		"a: &a {title: t}\nb: *a\nc: {type: *a, format: [x], ? [k] : v, enum: null}\n",
		"a: {<<: [{type: string}, {format: f}], title: t}\n",
	}
	for _, src := range docs {
		d, ferr := parseDocument("doc.yaml", []byte(src))
		if ferr != nil {
			t.Fatalf("%s: %v", src, ferr)
		}
		var walk func(n *node)
		walk = func(n *node) {
			if n == nil {
				return
			}
			if n.Kind == mappingNode {
				got := keysOf(n)
				want := memberKeys{ref: val(n, "$ref"), typ: val(n, "type"), props: val(n, "properties"),
					desc: val(n, "description"), title: val(n, "title"), format: val(n, "format"),
					enum: val(n, "enum"), items: val(n, "items")}
				if got != want {
					t.Errorf("%s: keysOf(mapping at line %d) = %+v, want %+v", src, n.Line, got, want)
				}
			}
			for _, c := range n.Content {
				walk(c)
			}
		}
		walk(d.root)
	}
}
