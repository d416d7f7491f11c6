package policy

import (
	"bytes"
	"errors"
	"fmt"
	"github.com/privlint/privlint/rules/yamlerr"
	"io"
	"math"
	"net/url"
	"strconv"
	"strings"

	"gopkg.in/yaml.v3"
)

// maxNodes bounds the number of YAML nodes a policy may expand to, aliases
// included, so that an alias bomb cannot exhaust memory.
const maxNodes = 100000

// parseYAML parses data as exactly one YAML document and returns its
// top-level value node.
func parseYAML(file string, data []byte) (root *yaml.Node, err error) {
	return parseDocument(file, data, kindPolicy)
}

// Kinds of YAML files privlint reads, for messages.
const (
	kindPolicy   = "policy file"
	kindManifest = "Fides manifest"
)

// parseDocument parses data, a file of the kind named, as exactly one YAML
// document and returns its top-level value node.
func parseDocument(file string, data []byte, kind string) (root *yaml.Node, err error) {
	defer func() {
		// yaml.v3 is archived; guard against a parser panic on hostile input.
		if r := recover(); r != nil {
			root, err = nil, &Error{File: file, Msg: fmt.Sprintf("cannot parse YAML: %v", r)}
		}
	}()
	dec := yaml.NewDecoder(bytes.NewReader(data))
	var doc yaml.Node
	if err := dec.Decode(&doc); err != nil {
		if errors.Is(err, io.EOF) {
			return nil, emptyFile(file, kind)
		}
		return nil, yamlError(file, data, err)
	}
	if doc.Kind != yaml.DocumentNode || len(doc.Content) == 0 {
		return nil, emptyFile(file, kind)
	}
	var next yaml.Node
	switch err := dec.Decode(&next); {
	case err == nil:
		return nil, &Error{File: file, Line: next.Line, Column: next.Column,
			Msg: "a second YAML document; a " + kind + " holds exactly one (remove the extra ---)"}
	case !errors.Is(err, io.EOF):
		return nil, yamlError(file, data, err)
	}
	return doc.Content[0], nil
}

func emptyFile(file, kind string) *Error {
	if kind == kindManifest {
		return &Error{File: file, Msg: "the Fides manifest is empty; it needs at least one resource list such as `system:`"}
	}
	return &Error{File: file, Msg: "the policy file is empty; it needs at least `version: 1`"}
}

// yamlError turns a yaml.v3 error into an *Error at the line yaml reports.
func yamlError(file string, data []byte, err error) *Error {
	p, msg := yamlerr.Locate(data, err)
	return &Error{File: file, Line: p.Line, Column: p.Column, Msg: "invalid YAML: " + msg}
}

// pair is one key and value of a YAML mapping.
type pair struct{ key, val *yaml.Node }

// maxDepth bounds the nesting of a policy document; a valid policy nests
// about five levels deep.
const maxDepth = 64

// keyPath is the path of a value in the document, built lazily: it is
// formatted only when an error is reported.
type keyPath struct {
	parent *keyPath
	name   string
	index  int // list index when name is ""
	depth  int
}

func (k *keyPath) key(name string) *keyPath {
	return &keyPath{parent: k, name: name, depth: k.len() + 1}
}

func (k *keyPath) elem(i int) *keyPath {
	return &keyPath{parent: k, index: i, depth: k.len() + 1}
}

func (k *keyPath) len() int {
	if k == nil {
		return 0
	}
	return k.depth
}

// String formats the path as "third_parties.stripe.purposes[0]".
func (k *keyPath) String() string {
	if k == nil {
		return ""
	}
	prefix := k.parent.String()
	if k.name == "" {
		return fmt.Sprintf("%s[%d]", prefix, k.index)
	}
	return joinKey(prefix, k.name)
}

// converter turns a yaml.Node tree into plain Go values (map[string]any,
// []any, string, int64, float64, bool, nil), as the JSON Schema validator
// expects, and collects the structural problems it meets on the way:
// duplicate keys, non-string keys, unsupported tags, alias and merge
// cycles, excessive nesting or expansion.
type converter struct {
	file  string
	errs  []*Error
	nodes int
	// active holds the collections being converted (and the mappings
	// being merged), so that an alias or merge key that leads back into
	// one of them is reported instead of expanded forever.
	active map[*yaml.Node]bool
}

func newConverter(file string) *converter {
	return &converter{file: file, active: map[*yaml.Node]bool{}}
}

func (c *converter) errorf(n *yaml.Node, key *keyPath, format string, args ...any) {
	e := &Error{File: c.file, Key: key.String(), Msg: fmt.Sprintf(format, args...)}
	if n != nil {
		e.Line, e.Column = n.Line, n.Column
	}
	c.errs = append(c.errs, e)
}

// deref follows aliases to the node they name; it returns nil for an alias
// cycle or a dangling alias.
func deref(n *yaml.Node) *yaml.Node {
	for i := 0; n != nil && n.Kind == yaml.AliasNode; i++ {
		if i > 100 {
			return nil
		}
		n = n.Alias
	}
	return n
}

func joinKey(prefix, name string) string {
	if prefix == "" {
		return name
	}
	return prefix + "." + name
}

// value converts n, whose key path is key.
func (c *converter) value(n *yaml.Node, key *keyPath) any {
	if n == nil {
		return nil
	}
	c.nodes++
	if c.nodes > maxNodes {
		if c.nodes == maxNodes+1 {
			c.errorf(n, key, "the document expands to more than %d values (aliases included)", maxNodes)
		}
		return nil
	}
	if key.len() > maxDepth {
		c.errorf(n, key.parent, "nested more than %d levels deep", maxDepth)
		return nil
	}
	switch n.Kind {
	case yaml.DocumentNode:
		if len(n.Content) == 0 {
			return nil
		}
		return c.value(n.Content[0], key)
	case yaml.AliasNode:
		target := n.Alias
		if target == nil {
			c.errorf(n, key, "alias *%s names no anchor", n.Value)
			return nil
		}
		if c.active[target] {
			c.errorf(n, key, "alias *%s refers to a value that contains it", n.Value)
			return nil
		}
		return c.value(target, key)
	case yaml.ScalarNode:
		return c.scalar(n, key)
	case yaml.SequenceNode:
		c.active[n] = true
		defer delete(c.active, n)
		out := make([]any, 0, len(n.Content))
		for i, item := range n.Content {
			out = append(out, c.value(item, key.elem(i)))
		}
		return out
	case yaml.MappingNode:
		c.active[n] = true
		defer delete(c.active, n)
		ps := c.pairs(n, key)
		out := make(map[string]any, len(ps))
		for _, p := range ps {
			out[p.key.Value] = c.value(p.val, key.key(p.key.Value))
		}
		return out
	}
	c.errorf(n, key, "unsupported YAML node")
	return nil
}

// scalar converts a scalar node by its resolved tag.
func (c *converter) scalar(n *yaml.Node, key *keyPath) any {
	switch tag := n.ShortTag(); tag {
	case "!!null":
		return nil
	case "!!bool":
		return strings.EqualFold(n.Value, "true")
	case "!!int":
		if i, err := strconv.ParseInt(n.Value, 0, 64); err == nil {
			return i
		}
		if f, ok := parseFloat(n.Value); ok {
			return f
		}
		return n.Value
	case "!!float":
		if f, ok := parseFloat(n.Value); ok {
			return f
		}
		// .inf and .nan have no JSON counterpart; keep the text so that
		// validation reports a type error instead of failing.
		return n.Value
	case "!!str", "!!timestamp", "!!binary":
		return n.Value
	default:
		c.errorf(n, key, "unsupported YAML tag %s", tag)
		return n.Value
	}
}

func parseFloat(s string) (float64, bool) {
	f, err := strconv.ParseFloat(strings.ReplaceAll(s, "_", ""), 64)
	if err != nil || math.IsInf(f, 0) || math.IsNaN(f) {
		return 0, false
	}
	return f, true
}

// pairs returns the entries of mapping m in document order, with YAML merge
// keys (<<) expanded: explicit keys win over merged ones, and earlier merged
// mappings over later ones. It reports duplicate and non-scalar keys, and
// merges of a mapping into itself.
func (c *converter) pairs(m *yaml.Node, key *keyPath) []pair {
	var out []pair
	seen := map[string]int{} // key → line of first definition
	var merged []*yaml.Node
	for i := 0; i+1 < len(m.Content); i += 2 {
		k, v := deref(m.Content[i]), m.Content[i+1]
		if k == nil || k.Kind != yaml.ScalarNode {
			c.errorf(m.Content[i], key, "a mapping key must be a plain string")
			continue
		}
		if k.ShortTag() == "!!merge" {
			switch tv := deref(v); {
			case tv == nil:
				c.errorf(v, key, "merge key << names no mapping")
			case tv.Kind == yaml.MappingNode:
				merged = append(merged, tv)
			case tv.Kind == yaml.SequenceNode:
				for _, item := range tv.Content {
					if im := deref(item); im != nil && im.Kind == yaml.MappingNode {
						merged = append(merged, im)
					} else {
						c.errorf(item, key, "merge key << takes mappings only")
					}
				}
			default:
				c.errorf(v, key, "merge key << takes a mapping or a list of mappings")
			}
			continue
		}
		if first, dup := seen[k.Value]; dup {
			c.errorf(k, key.key(k.Value), "duplicate key (first defined at line %d)", first)
			continue
		}
		seen[k.Value] = k.Line
		out = append(out, pair{k, v})
	}
	for _, mm := range merged {
		if c.active[mm] || mm == m {
			c.errorf(mm, key, "merge key << refers to a mapping that contains it")
			continue
		}
		c.active[mm] = true
		sub := c.pairs(mm, key)
		delete(c.active, mm)
		for _, p := range sub {
			if _, dup := seen[p.key.Value]; !dup {
				seen[p.key.Value] = p.key.Line
				out = append(out, p)
			}
		}
	}
	return out
}

// location is where a JSON pointer leads in the YAML tree.
type location struct {
	// key is the mapping key node of the value, nil for the root and for
	// list elements.
	key *yaml.Node
	// val is the value node (an alias node when the value is an alias).
	val *yaml.Node
	// path is the display key path, e.g. "third_parties.stripe.purposes[0]".
	path string
	// found is false when the pointer leads out of the tree; the location
	// is then the deepest node reached.
	found bool
}

// keyNode returns the node to report a problem with the key itself at.
func (l location) keyNode() *yaml.Node {
	if l.key != nil {
		return l.key
	}
	return l.val
}

// locate follows the JSON pointer tokens from root.
func locate(root *yaml.Node, tokens []string) location {
	loc := location{val: root, found: true}
	scratch := newConverter("")
	for _, tok := range tokens {
		cur := deref(loc.val)
		if cur == nil {
			loc.found = false
			return loc
		}
		switch cur.Kind {
		case yaml.MappingNode:
			next := location{found: false}
			for _, p := range scratch.pairs(cur, nil) {
				if p.key.Value == tok {
					next = location{key: p.key, val: p.val, found: true}
					break
				}
			}
			if !next.found {
				loc.found = false
				return loc
			}
			next.path = joinKey(loc.path, tok)
			loc = next
		case yaml.SequenceNode:
			i, err := strconv.Atoi(tok)
			if err != nil || i < 0 || i >= len(cur.Content) {
				loc.found = false
				return loc
			}
			loc = location{val: cur.Content[i], path: fmt.Sprintf("%s[%d]", loc.path, i), found: true}
		default:
			loc.found = false
			return loc
		}
	}
	return loc
}

// pointerTokens splits an escaped JSON pointer ("/a/b~1c") into its
// unescaped tokens. A URL fragment marker (#) before the pointer is
// dropped. jsonschema v5 also percent-encodes each token (url.PathEscape),
// which is undone first.
func pointerTokens(ptr string) []string {
	if i := strings.IndexByte(ptr, '#'); i >= 0 {
		ptr = ptr[i+1:]
	}
	ptr = strings.TrimPrefix(ptr, "/")
	if ptr == "" {
		return nil
	}
	parts := strings.Split(ptr, "/")
	for i, p := range parts {
		if u, err := url.PathUnescape(p); err == nil {
			p = u
		}
		parts[i] = strings.ReplaceAll(strings.ReplaceAll(p, "~1", "/"), "~0", "~")
	}
	return parts
}
