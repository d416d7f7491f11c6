package schemacheck

import (
	"math"

	"gopkg.in/yaml.v3"
)

// node is one value of a parsed schema document: a mapping, a sequence,
// a scalar or an alias, with its 1-based line and column. It holds the
// fields of yaml.v3's yaml.Node that the checker reads, and none of its
// comments nor its anchor's name, and its kind and tag in a byte each:
// 64 bytes (a cache line) where a yaml.Node takes 152. A large document
// parses to hundreds of thousands of nodes, so that their allocation,
// zeroing and the garbage collector's scans of them were a fifth of a
// JSON check's time.
//
// The JSON parser and the fast YAML reader build node trees directly;
// a document that yaml.v3 reads is converted (fromYAML).
type node struct {
	Kind kind
	// Style is yaml.v3's style (a yaml.Style, whose flags fit a byte).
	Style uint8
	// Anchored: the node has an anchor (&name) that aliases may name.
	Anchored bool
	Tag      tag
	// visits are the walk's states of the node, two bits a role (see
	// checker.visit).
	visits uint16
	// Line and Column are 1-based; the column counts bytes (JSON, the fast
	// YAML reader) or code points (yaml.v3: see document.byteColumn).
	Line, Column int32
	Value        string
	Alias        *node
	Content      []*node
}

// kind is a node's kind: yaml.v3's, whose values fit a byte.
type kind uint8

// The kinds of nodes.
const (
	documentNode = kind(yaml.DocumentNode)
	sequenceNode = kind(yaml.SequenceNode)
	mappingNode  = kind(yaml.MappingNode)
	scalarNode   = kind(yaml.ScalarNode)
	aliasNode    = kind(yaml.AliasNode)
)

// tag is a node's tag: one of the tags of yaml.v3 that the checker tells
// apart, or tagOther for any other (which it treats alike, a custom tag
// as an unknown one).
type tag uint8

// The tags of nodes.
const (
	tagOther tag = iota
	tagStr
	tagInt
	tagFloat
	tagBool
	tagNull
	tagMap
	tagSeq
	tagMerge
	tagTimestamp
)

// tagOf returns the tag of yaml.v3's tag name s.
func tagOf(s string) tag {
	switch s {
	case "!!str":
		return tagStr
	case "!!int":
		return tagInt
	case "!!float":
		return tagFloat
	case "!!bool":
		return tagBool
	case "!!null":
		return tagNull
	case "!!map":
		return tagMap
	case "!!seq":
		return tagSeq
	case "!!merge":
		return tagMerge
	case "!!timestamp":
		return tagTimestamp
	}
	return tagOther
}

// pos32 is a line or column as a node holds it; one beyond the range of
// an int32 (a file of gigabytes) is held as math.MaxInt32.
func pos32(v int) int32 {
	if v > math.MaxInt32 {
		return math.MaxInt32
	}
	return int32(v)
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
	*m = node{Kind: kind(n.Kind), Style: uint8(n.Style), Anchored: n.Anchor != "", Tag: tagOf(n.Tag), Value: n.Value, Line: pos32(n.Line), Column: pos32(n.Column)}
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
