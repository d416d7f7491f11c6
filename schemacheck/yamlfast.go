package schemacheck

import (
	"bytes"
	"regexp"
	"strconv"
	"strings"
	"time"
	"unicode/utf8"

	"gopkg.in/yaml.v3"
)

// The fast YAML reader builds, for the plain block-style YAML most schema
// files are written in, the very node tree yaml.v3 builds, as nodes (kinds, tags,
// styles, values, lines and columns; comments are not kept, which nothing
// here reads), several times faster and with a fraction of yaml.v3's
// garbage. It reads a deliberately small subset and gives up on anything
// else, leaving the file to yaml.v3: it never reports an error of its own,
// so every error message stays yaml.v3's. It gives up on
//
//   - carriage returns, control characters, byte order marks, the
//     characters YAML counts as line breaks besides '\n', and tabs outside
//     quoted scalars, block scalars and comments;
//   - directives, document markers (--- and ...) but a first "---",
//     anchors, aliases, tags, explicit indentation in block scalars,
//     complex keys (?), escaped line breaks, and keys and flow collections
//     that span lines;
//   - a flow collection with an empty entry, a trailing comma, a pair in a
//     sequence or a plain scalar holding ':', '?', '#', '[' or '{';
//   - a scalar or flow collection alone on its line, a more indented line
//     after a value that does not continue a plain scalar, and any line
//     it cannot place.
//
// FuzzYAMLFast and TestYAMLFastDifferential check that whatever it reads,
// yaml.v3 reads to the same tree.

// yamlBail is the panic value with which the fast reader gives up.
type yamlBail struct{}

// yamlFastStrict makes the fast reader re-panic on a panic other than
// giving up (a bug), for the tests; otherwise such a panic falls back to
// yaml.v3 like any input the reader does not handle.
var yamlFastStrict = false

// maxFastYAMLDepth bounds the nesting the fast reader follows; deeper
// documents are left to yaml.v3 and the limits pass.
const maxFastYAMLDepth = 1000

// maxSimpleKey is the longest key (in bytes, ':' included) the fast reader
// accepts; libyaml refuses simple keys of more than 1024 characters.
const maxSimpleKey = 1000

type yamlReader struct {
	data       []byte
	text       string // data as one string, which the scalars are cut from
	i          int
	line       int // 1-based line of i
	lineStart  int // byte offset of that line
	ascii      bool
	lineStarts []int
	slab       []node
	stack      []*node
	ptrs       []*node
	buf        []byte // scratch for scalars with escapes
	// What the limits pass would measure: the nodes read (values, there
	// being no aliases), the depth of the deepest (the top-level node's
	// being 1), and whether a mapping repeats a key.
	values, deepest int
	dup             bool
	docStart        int // the offset of the "---" line, or -1
}

// fastYAML is what the fast reader read: the top-level node, the byte
// offsets where lines start, and the figures of the limits pass.
type fastYAML struct {
	root       *node
	lineStarts []int
	values     int
	depth      int
	dup        bool // some mapping repeats a key
}

// readYAMLFast reads data with the fast reader. ok is false when it gave
// up: the caller must then parse data with yaml.v3.
func readYAMLFast(data []byte) (doc fastYAML, ok bool) {
	r := &yamlReader{data: data, line: 1, docStart: -1}
	defer func() {
		if v := recover(); v != nil {
			if _, bail := v.(yamlBail); !bail && yamlFastStrict {
				panic(v)
			}
			doc, ok = fastYAML{}, false
		}
	}()
	if !r.prescan() {
		return fastYAML{}, false
	}
	r.text = bytesText(data)
	r.skipBlank()
	if r.docStart >= 0 {
		// "---" may start the document, after blank and comment lines
		// only; what follows it on its line must be a comment.
		if r.i != r.docStart {
			r.bail()
		}
		r.i += 3
		r.nextLine()
	}
	if r.i >= len(r.data) {
		return fastYAML{}, false // empty: yaml.v3 says so
	}
	root := r.block(-1, 0, ownLine)
	if r.i < len(r.data) {
		r.bail()
	}
	return fastYAML{root: root, lineStarts: r.lineStarts, values: r.values, depth: r.deepest, dup: r.dup}, true
}

func (r *yamlReader) bail() { panic(yamlBail{}) }

// prescan checks that data holds only what the reader handles at the
// level of characters and lines, and notes where lines start.
func (r *yamlReader) prescan() bool {
	data := r.data
	n := 1
	for _, c := range data {
		if c == '\n' {
			n++
		}
	}
	starts := make([]int, 1, n)
	ascii := true
	for i := 0; i < len(data); {
		c := data[i]
		if c == '\n' {
			i++
			starts = append(starts, i)
			if !r.marker(i) {
				return false
			}
			continue
		}
		if c >= 0x20 && c < 0x7F {
			i++
			continue
		}
		if c == '\t' {
			i++ // in quoted and block scalars and comments; anywhere else the reader gives up
			continue
		}
		if c < 0x80 {
			return false // control characters, carriage returns
		}
		ascii = false
		ch, size := utf8.DecodeRune(data[i:])
		switch {
		case ch == utf8.RuneError && size <= 1:
			return false
		case ch >= 0xA0 && ch <= 0xD7FF && ch != 0x2028 && ch != 0x2029,
			ch >= 0xE000 && ch <= 0xFFFD && ch != 0xFEFF,
			ch >= 0x10000 && ch <= 0x10FFFF:
		default:
			return false
		}
		i += size
	}
	if !r.marker(0) || len(data) > 0 && data[0] == '%' {
		return false
	}
	r.lineStarts, r.ascii = starts, ascii
	return true
}

// marker reports whether the line at offset i is no document marker, or
// the first "---" line, which readYAMLFast takes only before any content.
func (r *yamlReader) marker(i int) bool {
	rest := r.data[i:]
	if len(rest) < 3 || !(rest[0] == '-' && rest[1] == '-' && rest[2] == '-' || rest[0] == '.' && rest[1] == '.' && rest[2] == '.') {
		return true
	}
	if rest[0] == '-' && r.docStart < 0 && (len(rest) == 3 || rest[3] == ' ' || rest[3] == '\n') {
		r.docStart = i
		return true
	}
	return false
}

// col is the 1-based column of byte offset i on the current line, in code
// points as yaml.v3 counts.
func (r *yamlReader) col(i int) int {
	if r.ascii {
		return i - r.lineStart + 1
	}
	return utf8.RuneCount(r.data[r.lineStart:i]) + 1
}

func (r *yamlReader) node(k kind, t tag, line, col int) *node {
	if len(r.slab) == 0 {
		r.slab = make([]node, 256)
	}
	n := &r.slab[0]
	r.slab = r.slab[1:]
	r.values++
	n.Kind, n.Tag, n.Line, n.Column = k, t, pos32(line), pos32(col)
	return n
}

// content moves the children on the stack above mark into an exact-size
// slice and pops them.
func (r *yamlReader) content(mark int) []*node {
	kids := r.stack[mark:]
	if len(kids) == 0 {
		return nil
	}
	if len(kids) > len(r.ptrs) {
		r.ptrs = make([]*node, max(4096, len(kids)))
	}
	out := r.ptrs[:len(kids):len(kids)]
	r.ptrs = r.ptrs[len(kids):]
	copy(out, kids)
	clear(kids)
	r.stack = r.stack[:mark]
	return out
}

// at returns the byte at i, or 0 at the end of the data.
func (r *yamlReader) at(i int) byte {
	if i < len(r.data) {
		return r.data[i]
	}
	return 0
}

// blankz reports whether the byte at i is a space, a line break or the end.
func (r *yamlReader) blankz(i int) bool {
	c := r.at(i)
	return c == ' ' || c == '\n' || c == 0
}

func (r *yamlReader) spaces() {
	for r.i < len(r.data) && r.data[r.i] == ' ' {
		r.i++
	}
}

// skipBlank moves to the first character of the next line that holds
// something besides spaces and a comment, or to the end.
func (r *yamlReader) skipBlank() {
	for r.i < len(r.data) {
		switch r.data[r.i] {
		case ' ':
			r.i++
		case '\n':
			r.i++
			r.line++
			r.lineStart = r.i
		case '#':
			if r.i > r.lineStart && r.data[r.i-1] != ' ' {
				r.bail()
			}
			for r.i < len(r.data) && r.data[r.i] != '\n' {
				r.i++
			}
		default:
			return
		}
	}
}

// endLine checks that the rest of the line holds at most spaces and a
// comment and moves to the next line with content; a line indented more
// than parent (the enclosing collection's column) is not handled.
func (r *yamlReader) endLine(parent int) {
	r.nextLine()
	if r.i < len(r.data) && r.i-r.lineStart > parent {
		r.bail()
	}
}

// nextLine checks that the rest of the line holds at most spaces and a
// comment and moves to the next line with content.
func (r *yamlReader) nextLine() {
	r.spaces()
	if c := r.at(r.i); c != '\n' && c != 0 && !(c == '#' && r.i > 0 && r.data[r.i-1] == ' ') {
		r.bail()
	}
	r.skipBlank()
}

// The places a block node starts.
const (
	ownLine   = iota // the first thing on its line
	afterKey         // after "key: "
	afterDash        // after "- "
)

// block reads the node at r.i, whose enclosing block collection starts at
// column parent (0-based, -1 for the top level), and leaves r.i at the
// start of the next line with content.
func (r *yamlReader) block(parent, depth, where int) *node {
	if depth > maxFastYAMLDepth {
		r.bail()
	}
	c := r.data[r.i]
	col := r.i - r.lineStart // only used where the line so far is ASCII
	switch {
	case c == '-' && r.blankz(r.i+1):
		if where == afterKey {
			r.bail()
		}
		return r.sequence(col, depth)
	case c == '{' || c == '[':
		if where == ownLine {
			r.bail()
		}
		n := r.flow(depth)
		r.endLine(parent)
		return n
	case (c == '|' || c == '>') && where != ownLine:
		return r.blockScalar(parent)
	}
	k := r.scalar(false, parent)
	if r.at(r.i) == ':' && r.blankz(r.i+1) {
		if where == afterKey {
			r.bail()
		}
		return r.mapping(col, depth, k)
	}
	if where == ownLine {
		r.bail()
	}
	r.endLine(parent)
	return k
}

// mapping reads a block mapping at column col whose first key, k, has
// been read (r.i is at its ':').
func (r *yamlReader) mapping(col, depth int, k *node) *node {
	m := r.node(mappingNode, tagMap, int(k.Line), int(k.Column))
	mark := len(r.stack)
	for {
		if r.i-(r.lineStart+col) > maxSimpleKey {
			r.bail()
		}
		r.i++                                   // ':'
		v := r.entryValue(col, depth, afterKey) // may grow r.stack: read it after
		r.stack = append(r.stack, k, v)
		if r.i >= len(r.data) || r.i-r.lineStart < col {
			break
		}
		if r.i-r.lineStart > col {
			r.bail()
		}
		k = r.scalar(false, col)
		if r.at(r.i) != ':' || !r.blankz(r.i+1) {
			r.bail()
		}
	}
	m.Content = r.content(mark)
	r.measured(m, depth)
	return m
}

// entryValue reads the value of an entry of a block collection at column
// col (r.i just past its ':' or '-'; where says which): on the same line,
// or on the lines below when more indented, or, for a mapping's key, an
// indentless sequence at the key's own column; a null where none follows.
func (r *yamlReader) entryValue(col, depth, where int) *node {
	line, vcol := r.line, r.col(r.i)
	r.spaces()
	if c := r.at(r.i); c != '\n' && c != 0 && c != '#' {
		return r.block(col, depth+1, where)
	}
	r.skipBlank()
	switch {
	case r.i >= len(r.data):
	case r.i-r.lineStart > col:
		return r.block(col, depth+1, ownLine)
	case where == afterKey && r.i-r.lineStart == col && r.data[r.i] == '-' && r.blankz(r.i+1):
		return r.sequence(col, depth+1)
	}
	return r.node(scalarNode, tagNull, line, vcol)
}

// measured notes the depth of collection n's children (n being at depth
// 0-based depth) and whether n, a mapping, repeats a key.
func (r *yamlReader) measured(n *node, depth int) {
	if len(n.Content) > 0 {
		r.deepest = max(r.deepest, depth+2)
	}
	if n.Kind == mappingNode && !r.dup {
		k, _ := duplicateKey(n)
		r.dup = k != nil
	}
}

// sequence reads a block sequence whose entries start at column col.
func (r *yamlReader) sequence(col, depth int) *node {
	s := r.node(sequenceNode, tagSeq, r.line, r.col(r.i))
	mark := len(r.stack)
	for {
		r.i++ // '-'
		v := r.entryValue(col, depth, afterDash)
		r.stack = append(r.stack, v)
		if r.i >= len(r.data) || r.i-r.lineStart < col {
			break
		}
		if r.i-r.lineStart > col {
			r.bail()
		}
		if r.data[r.i] != '-' || !r.blankz(r.i+1) {
			break // the next key of the mapping this sequence is a value in
		}
	}
	s.Content = r.content(mark)
	r.measured(s, depth)
	return s
}

// blockScalar reads a literal (|) or folded (>) block scalar, as libyaml
// scans one, in a block collection at column parent. It takes the
// chomping indicators but not an explicit indentation.
func (r *yamlReader) blockScalar(parent int) *node {
	n := r.node(scalarNode, tagStr, r.line, r.col(r.i))
	literal := r.data[r.i] == '|'
	n.Style = uint8(yaml.FoldedStyle)
	if literal {
		n.Style = uint8(yaml.LiteralStyle)
	}
	r.i++
	chomp := 0
	switch r.at(r.i) {
	case '+':
		chomp = 1
		r.i++
	case '-':
		chomp = -1
		r.i++
	}
	if c := r.at(r.i); c >= '0' && c <= '9' {
		r.bail()
	}
	r.endHeader()
	indent := 0
	trailing := r.blockBreaks(&indent, parent)
	s := r.buf[:0]
	leadingBreak, leadingBlank := false, false
	for r.i-r.lineStart == indent && r.i < len(r.data) {
		trailingBlank := r.data[r.i] == ' ' || r.data[r.i] == '\t'
		if !literal && !leadingBlank && !trailingBlank && leadingBreak {
			if trailing == 0 {
				s = append(s, ' ')
			}
		} else if leadingBreak {
			s = append(s, '\n')
		}
		for ; trailing > 0; trailing-- {
			s = append(s, '\n')
		}
		leadingBlank = trailingBlank
		end := len(r.data)
		if j := strings.IndexByte(r.text[r.i:], '\n'); j >= 0 {
			end = r.i + j
		}
		s = append(s, r.data[r.i:end]...)
		r.i = end
		leadingBreak = false
		if r.i < len(r.data) {
			leadingBreak = true
			r.newline()
		}
		trailing = r.blockBreaks(&indent, parent)
	}
	if chomp != -1 && leadingBreak {
		s = append(s, '\n')
	}
	if chomp == 1 {
		for ; trailing > 0; trailing-- {
			s = append(s, '\n')
		}
	}
	n.Value = string(s)
	r.buf = s
	r.skipBlank()
	if r.i < len(r.data) && r.i-r.lineStart > parent {
		r.bail()
	}
	return n
}

// endHeader moves past the rest of a block scalar's header line: spaces,
// a comment, the line break.
func (r *yamlReader) endHeader() {
	r.spaces()
	if r.at(r.i) == '#' {
		if r.data[r.i-1] != ' ' {
			r.bail()
		}
		for r.i < len(r.data) && r.data[r.i] != '\n' {
			r.i++
		}
	}
	switch r.at(r.i) {
	case '\n':
		r.newline()
	case 0:
	default:
		r.bail()
	}
}

// newline moves past the line break at r.i.
func (r *yamlReader) newline() {
	r.i++
	r.line++
	r.lineStart = r.i
}

// blockBreaks is libyaml's yaml_parser_scan_block_scalar_breaks: it moves
// past empty lines and the indentation of the next, sets indent from the
// first line with content when it is 0, and returns how many line breaks
// it passed.
func (r *yamlReader) blockBreaks(indent *int, parent int) int {
	breaks, maxIndent := 0, 0
	for {
		for (*indent == 0 || r.i-r.lineStart < *indent) && r.at(r.i) == ' ' {
			r.i++
		}
		maxIndent = max(maxIndent, r.i-r.lineStart)
		if r.at(r.i) == '\t' && (*indent == 0 || r.i-r.lineStart < *indent) {
			r.bail() // libyaml: a tab where an indentation space is expected
		}
		if r.at(r.i) != '\n' {
			break
		}
		r.newline()
		breaks++
	}
	if *indent == 0 {
		*indent = max(maxIndent, parent+1, 1)
	}
	return breaks
}

// scalar reads a quoted scalar on the current line or a plain scalar, in
// a flow collection (on the current line) or not (continued on the lines
// indented more than parent), and leaves r.i after it and the spaces that
// follow.
func (r *yamlReader) scalar(flow bool, parent int) *node {
	switch c := r.data[r.i]; c {
	case '"', '\'':
		n := r.node(scalarNode, tagStr, r.line, r.col(r.i))
		n.Style = uint8(yaml.SingleQuotedStyle)
		if c == '"' {
			n.Style = uint8(yaml.DoubleQuotedStyle)
		}
		if flow {
			parent = noFold
		}
		n.Value = r.quoted(c == '"', parent)
		r.spaces()
		if int(n.Line) != r.line && r.at(r.i) == ':' {
			r.bail() // libyaml: a key must be on one line
		}
		return n
	case '-':
		if n := r.at(r.i + 1); n == ' ' || n == '\n' || n == 0 || flow && strings.IndexByte(",[]{}:?#", n) >= 0 {
			r.bail()
		}
	case '?', ':', ',', '[', ']', '{', '}', '#', '&', '*', '!', '|', '>', '%', '@', '`':
		r.bail()
	}
	line, col := r.line, r.col(r.i)
	start, end := r.i, r.i // the current line's part, to its last non-blank
	var buf []byte         // the lines before, folded, when the scalar spans lines
	multi := false
	for r.i < len(r.data) {
		c := r.data[r.i]
		switch {
		case c == '\n':
			if flow || !r.fold(parent, &buf, start, end) {
				break
			}
			multi = true
			start, end = r.i, r.i
			continue
		case c == ' ':
			r.spaces()
			if c := r.at(r.i); c == '#' || c == 0 {
				break
			}
			continue
		case c == ':' && r.blankz(r.i+1):
			if multi {
				r.bail() // libyaml: a key must be on one line
			}
		case c == '\t':
			r.bail() // libyaml's blank: it may end the scalar
		case flow && (c == ',' || c == ']' || c == '}'):
		case flow && (c == ':' || c == '?' || c == '#' || c == '[' || c == '{'):
			r.bail()
		default:
			r.i++
			end = r.i
			continue
		}
		break
	}
	v := r.text[start:end]
	if multi {
		buf = append(buf, v...)
		v, r.buf = string(buf), buf
	}
	n := r.node(scalarNode, plainTag(v), line, col)
	n.Value = v
	return n
}

// fold continues a plain scalar in block context, whose current line's
// part is data[start:end], onto the next line with content, as libyaml
// does: when that line is indented more than parent, the enclosing
// collection's column, and is not a comment, fold appends the part and a
// space (or a line break for each empty line between) to buf, moves r.i to
// the line's first character and returns true. r.i is at a line break.
func (r *yamlReader) fold(parent int, buf *[]byte, start, end int) bool {
	j, line, ls, breaks := r.i, r.line, r.lineStart, 0
	for j < len(r.data) && r.data[j] == '\n' {
		j++
		line++
		ls = j
		breaks++
		for j < len(r.data) && r.data[j] == ' ' {
			j++
		}
	}
	if j >= len(r.data) || j-ls <= parent || r.data[j] == '#' {
		return false
	}
	if r.data[j] == '\t' {
		r.bail()
	}
	if *buf == nil {
		*buf = r.buf[:0]
	}
	*buf = append(*buf, r.data[start:end]...)
	if breaks == 1 {
		*buf = append(*buf, ' ')
	}
	for ; breaks > 1; breaks-- {
		*buf = append(*buf, '\n')
	}
	r.i, r.line, r.lineStart = j, line, ls
	return true
}

// noFold, as the parent column, keeps a scalar on its line.
const noFold = -2

// quoted reads a single- or double-quoted scalar, continued on the lines
// indented more than parent (when parent is not noFold), as libyaml does.
func (r *yamlReader) quoted(double bool, parent int) string {
	q := byte('\'')
	if double {
		q = '"'
	}
	r.i++
	start := r.i
	for { // the common case: no escape, on one line
		c := r.at(r.i)
		if c == q && (double || r.at(r.i+1) != '\'') {
			r.i++
			return r.text[start : r.i-1]
		}
		if c == '\n' || c == 0 || c == '\\' && double || c == '\'' && !double {
			break
		}
		r.i++
	}
	buf := append(r.buf[:0], r.data[start:r.i]...)
	keep := len(bytes.TrimRight(buf, " \t")) // buf without the blanks after its last other character
	for {
		c := r.at(r.i)
		switch {
		case c == 0:
			r.bail()
		case c == q && (double || r.at(r.i+1) != '\''):
			r.i++
			r.buf = buf
			return string(buf)
		case c == '\'' && !double: // ''
			buf = append(buf, '\'')
			r.i += 2
		case c == '\\' && double:
			buf = r.escape(buf)
		case c == '\n':
			if parent == noFold {
				r.bail()
			}
			buf = buf[:keep] // blanks before a line break go
			breaks := 0
			for r.at(r.i) == '\n' {
				r.newline()
				breaks++
				r.spaces()
				if r.at(r.i) == '\t' {
					r.bail()
				}
			}
			if r.i >= len(r.data) || r.i-r.lineStart <= parent {
				r.bail()
			}
			if breaks == 1 {
				buf = append(buf, ' ')
			}
			for ; breaks > 1; breaks-- {
				buf = append(buf, '\n')
			}
			keep = len(buf)
			continue
		case c == ' ' || c == '\t':
			buf = append(buf, c)
			r.i++
			continue
		default:
			buf = append(buf, c)
			r.i++
		}
		keep = len(buf)
	}
}

// escape appends what the escape sequence at r.i stands for to buf.
func (r *yamlReader) escape(buf []byte) []byte {
	e := r.at(r.i + 1)
	r.i += 2
	code := 0
	switch e {
	case '0':
		buf = append(buf, 0)
	case 'a':
		buf = append(buf, 7)
	case 'b':
		buf = append(buf, 8)
	case 't', '\t':
		buf = append(buf, 9)
	case 'n':
		buf = append(buf, 10)
	case 'v':
		buf = append(buf, 11)
	case 'f':
		buf = append(buf, 12)
	case 'r':
		buf = append(buf, 13)
	case 'e':
		buf = append(buf, 0x1B)
	case ' ', '"', '\'', '\\':
		buf = append(buf, e)
	case 'N':
		buf = append(buf, "\u0085"...)
	case '_':
		buf = append(buf, "\u00a0"...)
	case 'L':
		buf = append(buf, "\u2028"...)
	case 'P':
		buf = append(buf, "\u2029"...)
	case 'x':
		code = 2
	case 'u':
		code = 4
	case 'U':
		code = 8
	default:
		r.bail() // yaml.v3's error; an escaped line break
	}
	if code == 0 {
		return buf
	}
	if r.i+code > len(r.data) {
		r.bail()
	}
	v, err := strconv.ParseUint(string(r.data[r.i:r.i+code]), 16, 32)
	if err != nil || v >= 0xD800 && v <= 0xDFFF || v > 0x10FFFF {
		r.bail()
	}
	r.i += code
	return utf8.AppendRune(buf, rune(v))
}

// flow reads a flow mapping or sequence that ends on its line.
func (r *yamlReader) flow(depth int) *node {
	if depth > maxFastYAMLDepth {
		r.bail()
	}
	mapping := r.data[r.i] == '{'
	var n *node
	closing := byte(']')
	if mapping {
		n = r.node(mappingNode, tagMap, r.line, r.col(r.i))
		closing = '}'
	} else {
		n = r.node(sequenceNode, tagSeq, r.line, r.col(r.i))
	}
	n.Style = uint8(yaml.FlowStyle)
	r.i++
	r.spaces()
	if r.at(r.i) == closing {
		r.i++
		return n
	}
	mark := len(r.stack)
	for {
		if mapping {
			if c := r.at(r.i); c == '{' || c == '[' || c == '\n' || c == 0 {
				r.bail()
			}
			ks := r.i
			k := r.scalar(true, 0)
			if r.at(r.i) != ':' || r.at(r.i+1) != ' ' || r.i-ks > maxSimpleKey {
				r.bail()
			}
			r.i++
			r.spaces()
			r.stack = append(r.stack, k)
		}
		var v *node
		switch r.at(r.i) {
		case '{', '[':
			v = r.flow(depth + 1)
			r.spaces()
		case '\n', 0, ',', ']', '}':
			r.bail()
		default:
			v = r.scalar(true, 0)
		}
		r.stack = append(r.stack, v)
		switch r.at(r.i) {
		case ',':
			r.i++
			r.spaces()
			if c := r.at(r.i); c == ']' || c == '}' || c == ',' {
				r.bail()
			}
			continue
		case closing:
			r.i++
			n.Content = r.content(mark)
			r.measured(n, depth)
			return n
		}
		r.bail()
	}
}

var yamlStyleFloat = regexp.MustCompile(`^[-+]?(\.[0-9]+|[0-9]+(\.[0-9]*)?)([eE][-+]?[0-9]+)?$`)

// plainTag is the tag yaml.v3 gives a plain scalar: its resolve function
// with no tag, followed step by step.
func plainTag(in string) tag {
	if in == "" {
		return tagNull
	}
	switch in {
	case "<<":
		return tagMerge
	case "true", "True", "TRUE", "false", "False", "FALSE":
		return tagBool
	case "~", "null", "Null", "NULL":
		return tagNull
	case ".nan", ".NaN", ".NAN", ".inf", ".Inf", ".INF", "+.inf", "+.Inf", "+.INF", "-.inf", "-.Inf", "-.INF":
		return tagFloat
	}
	switch c := in[0]; {
	case c == '.':
		if _, err := strconv.ParseFloat(in, 64); err == nil {
			return tagFloat
		}
	case c == '+' || c == '-' || c >= '0' && c <= '9':
		if isTimestamp(in) {
			return tagTimestamp
		}
		plain := strings.ReplaceAll(in, "_", "")
		if _, err := strconv.ParseInt(plain, 0, 64); err == nil {
			return tagInt
		}
		if _, err := strconv.ParseUint(plain, 0, 64); err == nil {
			return tagInt
		}
		if yamlStyleFloat.MatchString(plain) {
			if _, err := strconv.ParseFloat(plain, 64); err == nil {
				return tagFloat
			}
		}
		// yaml.v3's binary and octal forms: 0b…/0o…, unsigned too, and
		// -0b…/-0o… as signed.
		for _, f := range [...]struct {
			prefix string
			base   int
		}{{"0b", 2}, {"0o", 8}} {
			if digits, ok := strings.CutPrefix(plain, f.prefix); ok {
				if _, err := strconv.ParseInt(digits, f.base, 64); err == nil {
					return tagInt
				}
				if _, err := strconv.ParseUint(digits, f.base, 64); err == nil {
					return tagInt
				}
			} else if digits, ok := strings.CutPrefix(plain, "-"+f.prefix); ok {
				if _, err := strconv.ParseInt("-"+digits, f.base, 64); err == nil {
					return tagInt
				}
			}
		}
	}
	return tagStr
}

// isTimestamp is yaml.v3's parseTimestamp: the formats it accepts for an
// unquoted !!timestamp.
func isTimestamp(s string) bool {
	i := 0
	for ; i < len(s); i++ {
		if c := s[i]; c < '0' || c > '9' {
			break
		}
	}
	if i != 4 || i == len(s) || s[i] != '-' {
		return false
	}
	for _, format := range []string{"2006-1-2T15:4:5.999999999Z07:00", "2006-1-2t15:4:5.999999999Z07:00", "2006-1-2 15:4:5.999999999", "2006-1-2"} {
		if _, err := time.Parse(format, s); err == nil {
			return true
		}
	}
	return false
}
