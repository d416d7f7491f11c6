package schemacheck

import "gopkg.in/yaml.v3"

// node is one value of a parsed schema document: a mapping, a sequence,
// a scalar or an alias, with its 1-based line and column. It holds the
// fields of yaml.v3's yaml.Node that the checker reads, and none of its
// comments: 104 bytes where a yaml.Node takes 152. A large document
// parses to hundreds of thousands of nodes, so that their allocation,
// zeroing and the garbage collector's scans of them were a fifth of a
// JSON check's time.
//
// The JSON parser and the fast YAML reader build node trees directly;
// a document that yaml.v3 reads is converted (fromYAML).
type node struct {
	Kind    yaml.Kind
	Style   yaml.Style
	Tag     string
	Value   string
	Anchor  string
	Alias   *node
	Content []*node
	Line    int
	Column  int
}

// fromYAML converts yaml.v3's tree under n into a node tree. Each
// yaml.Node becomes one node, whatever the number of aliases to it: an
// alias's Alias is the conversion of its anchored node, so aliases are
// not expanded, and an alias to a node that contains it stays a cycle.
func fromYAML(n *yaml.Node) *node {
	if n == nil {
		return nil
	}
	cv := yamlConverter{done: map[*yaml.Node]*node{}}
	return cv.convert(n, false)
}

// yamlConverter converts one yaml.v3 tree (see fromYAML).
type yamlConverter struct {
	// done maps the anchored nodes converted (or being converted) to
	// their conversions.
	done map[*yaml.Node]*node
	slab []node
}

// convert converts n, registering it in done when it is anchored or
// share is set (an alias's target).
func (cv *yamlConverter) convert(n *yaml.Node, share bool) *node {
	if n == nil {
		return nil
	}
	if m, ok := cv.done[n]; ok {
		return m
	}
	if len(cv.slab) == 0 {
		cv.slab = make([]node, 256)
	}
	m := &cv.slab[0]
	cv.slab = cv.slab[1:]
	*m = node{Kind: n.Kind, Style: n.Style, Tag: n.Tag, Value: n.Value, Anchor: n.Anchor, Line: n.Line, Column: n.Column}
	if n.Anchor != "" || share {
		// Registered before its children, which may alias it.
		cv.done[n] = m
	}
	if n.Alias != nil {
		// yaml.v3 places anchors before their aliases, so the target is
		// converted already; a conversion must not depend on it.
		m.Alias = cv.convert(n.Alias, true)
	}
	if len(n.Content) > 0 {
		m.Content = make([]*node, len(n.Content))
		for i, k := range n.Content {
			m.Content[i] = cv.convert(k, false)
		}
	}
	return m
}
