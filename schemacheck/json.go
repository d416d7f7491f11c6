package schemacheck

import (
	"fmt"
	"strconv"
	"unicode/utf16"
	"unicode/utf8"

	"gopkg.in/yaml.v3"
)

// maxJSONDepth bounds the nesting of JSON documents.
const maxJSONDepth = 10000

// jsonError is a syntax error at a 1-based line and byte column.
type jsonError struct {
	line, col int
	msg       string
}

// jsonParser is a strict RFC 8259 parser that builds the node tree (see
// node) that yaml.v3's tree for JSON converts to (mapping, sequence and scalar nodes with
// !!map, !!seq, !!str, !!int, !!float, !!bool and !!null tags), with 1-based
// byte columns. It is several times faster than yaml.v3 on JSON and reports
// errors with line and column.
type jsonParser struct {
	data      []byte
	i         int
	line      int
	lineStart int // byte offset of the current line
	colShift  int // added to columns on line 1 (a byte order mark)
	slab      []node
	// stack holds the children of the objects and arrays being parsed;
	// each gets an exact-size Content slice, cut from ptrs, when it ends.
	stack []*node
	ptrs  []*node
	// text is data as one string (the same bytes, not a copy: see
	// bytesText): the strings of the document without escapes are cut
	// from it, so that none is allocated on its own. Any
	// of them that outlives the check (a name the classifier caches, a
	// purpose in a finding) keeps the whole text alive: a tenth of the
	// node tree the check held at once, and at most the schema files'
	// total size.
	text    string
	err     *jsonError
	deepest int // the deepest value's depth, the top-level value's being 1
}

// parseJSON parses data as one JSON value and returns it and the depth of
// its deepest value (the top-level value's depth is 1). bom says data
// followed a UTF-8 byte order mark in the file (columns of line 1 are
// shifted by 3).
func parseJSON(data []byte, bom bool) (*node, int, *jsonError) {
	p := &jsonParser{data: data, text: bytesText(data), line: 1}
	if bom {
		p.colShift = 3
	}
	p.space()
	if p.i >= len(p.data) {
		return nil, 0, &jsonError{1, 1, "the file is empty"}
	}
	n := p.value(0)
	if p.err != nil {
		return nil, 0, p.err
	}
	p.space()
	if p.i < len(p.data) {
		p.fail("unexpected %s after the top-level value", p.describe())
		return nil, 0, p.err
	}
	return n, p.deepest, nil
}

func (p *jsonParser) col() int {
	c := p.i - p.lineStart + 1
	if p.line == 1 {
		c += p.colShift
	}
	return c
}

func (p *jsonParser) fail(format string, args ...any) {
	if p.err == nil {
		p.err = &jsonError{p.line, p.col(), fmt.Sprintf(format, args...)}
	}
}

func (p *jsonParser) describe() string {
	if p.i >= len(p.data) {
		return "end of file"
	}
	r, _ := utf8.DecodeRune(p.data[p.i:])
	return strconv.QuoteRune(r)
}

func (p *jsonParser) node() *node {
	if len(p.slab) == 0 {
		p.slab = make([]node, 256)
	}
	n := &p.slab[0]
	p.slab = p.slab[1:]
	n.Line, n.Column = pos32(p.line), pos32(p.col())
	return n
}

// content moves the children on the stack above mark into an exact-size
// slice and pops them.
func (p *jsonParser) content(mark int) []*node {
	kids := p.stack[mark:]
	if len(kids) == 0 {
		return nil
	}
	if len(kids) > len(p.ptrs) {
		p.ptrs = make([]*node, max(4096, len(kids)))
	}
	out := p.ptrs[:len(kids):len(kids)]
	p.ptrs = p.ptrs[len(kids):]
	copy(out, kids)
	clear(kids)
	p.stack = p.stack[:mark]
	return out
}

// space skips white space. The position is kept in a local variable
// while it runs: white space is half of pretty-printed JSON, and reading
// and writing p.i for each byte was a tenth of a parse.
func (p *jsonParser) space() {
	data, i := p.data, p.i
	for i < len(data) {
		switch data[i] {
		case ' ':
			// Indentation: a run of spaces.
			for i++; i < len(data) && data[i] == ' '; i++ {
			}
		case '\t', '\r':
			i++
		case '\n':
			i++
			p.line++
			p.lineStart = i
		default:
			p.i = i
			return
		}
	}
	p.i = i
}

func (p *jsonParser) value(depth int) *node {
	if depth >= p.deepest {
		p.deepest = depth + 1
	}
	if depth > maxJSONDepth {
		p.fail("the document nests deeper than %d levels", maxJSONDepth)
		return nil
	}
	if p.i >= len(p.data) {
		p.fail("unexpected end of file; expected a value")
		return nil
	}
	switch c := p.data[p.i]; {
	case c == '{':
		return p.object(depth)
	case c == '[':
		return p.array(depth)
	case c == '"':
		n := p.node()
		n.Kind, n.Tag, n.Style = scalarNode, tagStr, uint8(yaml.DoubleQuotedStyle)
		n.Value, _ = p.string()
		return n
	case c == '-' || (c >= '0' && c <= '9'):
		return p.number()
	case c == 't':
		return p.literal("true", tagBool)
	case c == 'f':
		return p.literal("false", tagBool)
	case c == 'n':
		return p.literal("null", tagNull)
	}
	p.fail("unexpected %s; expected a value", p.describe())
	return nil
}

func (p *jsonParser) literal(word string, t tag) *node {
	if len(p.data)-p.i < len(word) || string(p.data[p.i:p.i+len(word)]) != word {
		p.fail("unexpected %s; expected a value", p.describe())
		return nil
	}
	n := p.node()
	n.Kind, n.Tag, n.Value = scalarNode, t, word
	p.i += len(word)
	return n
}

func (p *jsonParser) object(depth int) *node {
	n := p.node()
	n.Kind, n.Tag, n.Style = mappingNode, tagMap, uint8(yaml.FlowStyle)
	p.i++ // {
	p.space()
	if p.i < len(p.data) && p.data[p.i] == '}' {
		p.i++
		return n
	}
	var seen map[string]int
	mark := len(p.stack)
	for {
		p.space()
		if p.i >= len(p.data) || p.data[p.i] != '"' {
			p.fail("unexpected %s; expected a property name in double quotes", p.describe())
			return nil
		}
		k := p.node()
		k.Kind, k.Tag, k.Style = scalarNode, tagStr, uint8(yaml.DoubleQuotedStyle)
		var ok bool
		if k.Value, ok = p.string(); !ok {
			return nil
		}
		// Duplicate keys are an error, as in yaml.v3.
		kids := p.stack[mark:]
		if len(kids) >= 16 && seen == nil {
			seen = make(map[string]int, len(kids))
			for j := 0; j < len(kids); j += 2 {
				seen[kids[j].Value] = int(kids[j].Line)
			}
		}
		if seen != nil {
			if line, dup := seen[k.Value]; dup {
				p.err = &jsonError{int(k.Line), int(k.Column), fmt.Sprintf("duplicate property %q (first defined on line %d)", k.Value, line)}
				return nil
			}
			seen[k.Value] = int(k.Line)
		} else {
			for j := 0; j < len(kids); j += 2 {
				if kids[j].Value == k.Value {
					p.err = &jsonError{int(k.Line), int(k.Column), fmt.Sprintf("duplicate property %q (first defined on line %d)", k.Value, kids[j].Line)}
					return nil
				}
			}
		}
		p.space()
		if p.i >= len(p.data) || p.data[p.i] != ':' {
			p.fail("unexpected %s; expected ':' after the property name", p.describe())
			return nil
		}
		p.i++
		p.space()
		v := p.value(depth + 1)
		if p.err != nil {
			return nil
		}
		p.stack = append(p.stack, k, v)
		p.space()
		if p.i >= len(p.data) {
			p.fail("unexpected end of file; expected ',' or '}'")
			return nil
		}
		switch p.data[p.i] {
		case ',':
			p.i++
		case '}':
			p.i++
			n.Content = p.content(mark)
			return n
		default:
			p.fail("unexpected %s; expected ',' or '}'", p.describe())
			return nil
		}
	}
}

func (p *jsonParser) array(depth int) *node {
	n := p.node()
	n.Kind, n.Tag, n.Style = sequenceNode, tagSeq, uint8(yaml.FlowStyle)
	p.i++ // [
	p.space()
	if p.i < len(p.data) && p.data[p.i] == ']' {
		p.i++
		return n
	}
	mark := len(p.stack)
	for {
		p.space()
		v := p.value(depth + 1)
		if p.err != nil {
			return nil
		}
		p.stack = append(p.stack, v)
		p.space()
		if p.i >= len(p.data) {
			p.fail("unexpected end of file; expected ',' or ']'")
			return nil
		}
		switch p.data[p.i] {
		case ',':
			p.i++
		case ']':
			p.i++
			n.Content = p.content(mark)
			return n
		default:
			p.fail("unexpected %s; expected ',' or ']'", p.describe())
			return nil
		}
	}
}

func (p *jsonParser) number() *node {
	n := p.node()
	start := p.i
	digits := func() int {
		s := p.i
		for p.i < len(p.data) && p.data[p.i] >= '0' && p.data[p.i] <= '9' {
			p.i++
		}
		return p.i - s
	}
	if p.data[p.i] == '-' {
		p.i++
	}
	intStart := p.i
	if nd := digits(); nd == 0 || (nd > 1 && p.data[intStart] == '0') {
		p.i = start
		p.fail("invalid number")
		return nil
	}
	t := tagInt
	if p.i < len(p.data) && p.data[p.i] == '.' {
		p.i++
		if digits() == 0 {
			p.fail("invalid number: expected a digit after '.'")
			return nil
		}
		t = tagFloat
	}
	if p.i < len(p.data) && (p.data[p.i] == 'e' || p.data[p.i] == 'E') {
		p.i++
		if p.i < len(p.data) && (p.data[p.i] == '+' || p.data[p.i] == '-') {
			p.i++
		}
		if digits() == 0 {
			p.fail("invalid number: expected a digit in the exponent")
			return nil
		}
		t = tagFloat
	}
	n.Kind, n.Tag, n.Value = scalarNode, t, p.text[start:p.i]
	return n
}

// string reads a double-quoted string at p.i and returns its value.
func (p *jsonParser) string() (string, bool) {
	p.i++ // "
	start := p.i
	// Fast path: no escapes. ASCII (high bit clear throughout) needs no
	// UTF-8 check. The position is kept in a local variable meanwhile.
	var high byte
	data, i := p.data, p.i
	for i < len(data) {
		c := data[i]
		high |= c
		if c == '"' {
			s := p.text[start:i]
			p.i = i + 1
			if high >= utf8.RuneSelf && !utf8.ValidString(s) {
				return string([]rune(s)), true
			}
			return s, true
		}
		if c == '\\' {
			break
		}
		if c < 0x20 {
			p.i = i
			p.fail("control character %q in a string; escape it", rune(c))
			return "", false
		}
		i++
	}
	p.i = i
	buf := append([]byte(nil), p.data[start:p.i]...)
	for p.i < len(p.data) {
		c := p.data[p.i]
		switch {
		case c == '"':
			p.i++
			return string(buf), true
		case c < 0x20:
			p.fail("control character %q in a string; escape it", rune(c))
			return "", false
		case c != '\\':
			buf = append(buf, c)
			p.i++
			continue
		}
		p.i++
		if p.i >= len(p.data) {
			break
		}
		e := p.data[p.i]
		p.i++
		switch e {
		case '"', '\\', '/':
			buf = append(buf, e)
		case 'b':
			buf = append(buf, '\b')
		case 'f':
			buf = append(buf, '\f')
		case 'n':
			buf = append(buf, '\n')
		case 'r':
			buf = append(buf, '\r')
		case 't':
			buf = append(buf, '\t')
		case 'u':
			r, ok := p.hex4()
			if !ok {
				return "", false
			}
			if utf16.IsSurrogate(r) {
				r2 := utf8.RuneError
				if p.i+1 < len(p.data) && p.data[p.i] == '\\' && p.data[p.i+1] == 'u' {
					save := p.i
					p.i += 2
					if x, ok := p.hex4(); ok {
						r2 = x
					} else {
						return "", false
					}
					if r = utf16.DecodeRune(r, r2); r == utf8.RuneError {
						p.i = save
					}
				} else {
					r = utf8.RuneError
				}
			}
			buf = utf8.AppendRune(buf, r)
		default:
			p.i--
			p.fail("invalid escape \\%c in a string", e)
			return "", false
		}
	}
	p.fail("unexpected end of file in a string")
	return "", false
}

func (p *jsonParser) hex4() (rune, bool) {
	if len(p.data)-p.i < 4 {
		p.fail("invalid \\u escape")
		return 0, false
	}
	v, err := strconv.ParseUint(string(p.data[p.i:p.i+4]), 16, 32)
	if err != nil {
		p.fail("invalid \\u escape")
		return 0, false
	}
	p.i += 4
	return rune(v), true
}
