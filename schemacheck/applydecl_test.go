package schemacheck

import (
	"testing"

	"gopkg.in/yaml.v3"
)

// TestApplyDeclTitle checks applyDecl's one-pass title lookup against
// str(n, "title"), the lookup it replaces, on mappings with and without
// x- keywords and merge keys.
func TestApplyDeclTitle(t *testing.T) {
	for _, src := range []string{
		`{type: object, title: Customer}`,
		`{title: Customer, x-purpose: account}`,
		`{title: null, type: object}`,
		`{title: "", type: object}`,
		`{title: [a], type: object}`,
		`{type: object}`,
		`{}`,
		"base: &b {title: Merged}\nschema: {<<: *b, type: object}",
		"base: &b {title: Merged}\nschema: {<<: *b, title: Own}",
		"base: &b {title: Merged}\nschema: {!!merge other: *b, type: object}",
		"base: &t Aliased\nschema: {title: *t, type: object}",
	} {
		var doc yaml.Node
		if err := yaml.Unmarshal([]byte(src), &doc); err != nil {
			t.Fatalf("%s: %v", src, err)
		}
		root := fromYAML(doc.Content[0])
		n := root
		if s := val(n, "schema"); s != nil {
			n = s
		}
		c, err := newChecker(Options{Policy: testPolicy(t)})
		if err != nil {
			t.Fatal(err)
		}
		d := &document{path: "t.yaml", root: root}
		cx := ctx{name: "before"}
		c.applyDecl(d, n, &cx)
		want := "before"
		if s := str(n, "title"); s != "" {
			want = s
		}
		if cx.name != want {
			t.Errorf("%s: name %q, want %q", src, cx.name, want)
		}
		keyed := ctx{name: "key", keyed: true}
		c.applyDecl(d, n, &keyed)
		if keyed.name != "key" {
			t.Errorf("%s: a keyed name became %q", src, keyed.name)
		}
	}
}
