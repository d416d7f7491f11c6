package schemacheck

import (
	"fmt"

	"github.com/privlint/privlint/finding"
	"github.com/privlint/privlint/rules/policy"
)

// limitsOf returns the policy's limits, with the defaults in place of
// unset (zero or negative) fields, and Options.MaxFileSize overriding the
// file size when set.
func limitsOf(pol *policy.Policy, o Options) policy.Limits {
	l := pol.Limits
	def := policy.DefaultLimits()
	if l.MaxSchemaBytes <= 0 {
		l.MaxSchemaBytes = def.MaxSchemaBytes
	}
	if l.MaxDepth <= 0 {
		l.MaxDepth = def.MaxDepth
	}
	l.MaxDepth = min(l.MaxDepth, maxJSONDepth)
	if l.MaxAliasExpansion < 0 {
		l.MaxAliasExpansion = def.MaxAliasExpansion
	}
	if l.MaxRefHops <= 0 {
		l.MaxRefHops = def.MaxRefHops
	}
	if o.MaxFileSize > 0 {
		l.MaxSchemaBytes = o.MaxFileSize
	}
	return l
}

// nodeSize is what measure knows of a node: how many values it expands to
// (aliases expanded, saturated) and how deep it nests.
type nodeSize struct {
	values int
	depth  int
	done   bool // false while the node is being measured (an alias cycle)
}

// sizer measures a YAML document's expansion. Sizes are memoised per node,
// so a document whose aliases expand to billions of values is measured in
// time linear in its length.
type sizer struct {
	memo    map[*node]*nodeSize
	literal int // values written out in the file (alias nodes excluded)
	cap     int // values saturate here
	// biggest is the alias node whose target expands to the most values.
	biggest     *node
	biggestSize int
	cycle       *node
	dup, dupOf  *node // the first repeated mapping key found, and its first occurrence
}

// duplicateKey returns the second occurrence of a scalar key that occurs
// twice in mapping n and the first, or nils. yaml.v3 builds node trees
// without checking (it checks only when decoding into Go values), and the
// JSON parser reports duplicates itself.
func duplicateKey(n *node) (second, first *node) {
	c := n.Content
	if len(c) <= 16 { // pairwise is cheaper than a map for small mappings
		// The keys' texts are read once; the pairs compare those, and
		// look at the nodes again only when two texts are equal.
		var keys [8]string
		for i := 0; i < len(c); i += 2 {
			keys[i/2] = c[i].Value
			for j := 0; j < i; j += 2 {
				if keys[j/2] == keys[i/2] && sameKey(c[i], c[j]) {
					return c[i], c[j]
				}
			}
		}
		return nil, nil
	}
	seen := make(map[string]*node, len(c)/2)
	for i := 0; i < len(c); i += 2 {
		k := c[i]
		if k.Kind != scalarNode || k.Value == "<<" && k.Tag == tagMerge {
			continue
		}
		if f := seen[k.Value]; f != nil {
			return k, f
		}
		seen[k.Value] = k
	}
	return nil, nil
}

func sameKey(a, b *node) bool {
	return a.Kind == scalarNode && b.Kind == scalarNode && a.Value == b.Value &&
		!(a.Value == "<<" && a.Tag == tagMerge)
}

func satAdd(a, b, limit int) int {
	if a > limit-b {
		return limit
	}
	return a + b
}

func (s *sizer) measure(n *node) nodeSize {
	if n == nil {
		return nodeSize{done: true}
	}
	if n.Kind == aliasNode {
		t := s.measureShared(n.Alias)
		if !t.done && s.cycle == nil {
			s.cycle = n
		}
		if t.values > s.biggestSize {
			s.biggest, s.biggestSize = n, t.values
		}
		return nodeSize{values: t.values, depth: t.depth, done: true}
	}
	if n.Anchored {
		return *s.measureShared(n)
	}
	return s.measureNode(n)
}

// measureShared measures an anchored node once.
func (s *sizer) measureShared(n *node) *nodeSize {
	if n == nil {
		return &nodeSize{done: true}
	}
	if m, ok := s.memo[n]; ok {
		return m
	}
	m := &nodeSize{}
	s.memo[n] = m
	*m = s.measureNode(n)
	return m
}

func (s *sizer) measureNode(n *node) nodeSize {
	s.literal++
	if n.Kind == mappingNode && s.dup == nil {
		s.dup, s.dupOf = duplicateKey(n)
	}
	out := nodeSize{values: 1, depth: 1, done: true}
	for _, c := range n.Content {
		cs := s.measure(c)
		out.values = satAdd(out.values, cs.values, s.cap)
		out.depth = max(out.depth, cs.depth+1)
	}
	if n.Kind == documentNode {
		out.values--
		out.depth--
	}
	return out
}

// checkLimits checks a loaded document against the nesting and alias
// expansion limits. A document beyond one is an error at the line that
// goes beyond it.
func checkLimits(d *document, l policy.Limits) *finding.Error {
	if d.byteCols { // parsed as JSON: no aliases, depth known
		if d.depth > l.MaxDepth {
			return d.errorAt(deepNode(d.root, l.MaxDepth), depthMessage(l.MaxDepth))
		}
		return nil
	}
	if d.fastYAML && !d.dupKey { // measured by the fast reader: no aliases
		if d.depth > l.MaxDepth {
			return d.errorAt(deepNode(d.root, l.MaxDepth), depthMessage(l.MaxDepth))
		}
		return nil
	}
	s := &sizer{memo: map[*node]*nodeSize{}, cap: 1 << 60}
	root := s.measure(d.root)
	d.depth, d.values = root.depth, root.values
	if s.dup != nil {
		return d.errorAt(s.dup, fmt.Sprintf("duplicate key %q (first at line %d): a mapping's keys must be unique; which value counts is ambiguous", s.dup.Value, s.dupOf.Line))
	}
	if s.cycle != nil {
		return d.errorAt(s.cycle, "a YAML alias refers to a node that contains it; a schema must be a finite JSON value")
	}
	if added := root.values - s.literal; added > l.MaxAliasExpansion {
		return d.errorAt(s.biggest, fmt.Sprintf("YAML aliases expand the document by %s values, more than limits.max_alias_expansion (%d) allows; "+
			"the alias here alone stands for %s (a \"billion laughs\" document?). The file was not checked; "+
			"if it is genuine, raise limits.max_alias_expansion in privlint.yaml", count(added, s.cap), l.MaxAliasExpansion, count(s.biggestSize, s.cap)))
	}
	if root.depth > l.MaxDepth {
		return d.errorAt(deepNode(d.root, l.MaxDepth), depthMessage(l.MaxDepth))
	}
	return nil
}

func count(n, limit int) string {
	if n >= limit {
		return fmt.Sprintf("at least %d", limit)
	}
	return fmt.Sprint(n)
}

func depthMessage(limit int) string {
	return fmt.Sprintf("the document nests deeper than limits.max_depth (%d levels) here; the file was not checked. "+
		"If it is genuine, raise limits.max_depth in privlint.yaml", limit)
}

// deepNode returns the first node, in document order, at depth limit+1
// (the root's depth being 1), following aliases. It is called only on a
// document known to nest that deep, whose expansion is bounded.
func deepNode(root *node, limit int) *node {
	type item struct {
		n     *node
		depth int
	}
	stack := []item{{root, 1}}
	if root != nil && root.Kind == documentNode {
		stack[0].depth = 0
	}
	for len(stack) > 0 {
		it := stack[len(stack)-1]
		stack = stack[:len(stack)-1]
		n := it.n
		if n == nil {
			continue
		}
		if n.Kind == aliasNode {
			stack = append(stack, item{n.Alias, it.depth})
			continue
		}
		if it.depth > limit {
			return n
		}
		for i := len(n.Content) - 1; i >= 0; i-- {
			stack = append(stack, item{n.Content[i], it.depth + 1})
		}
	}
	return root
}
