package schemacheck

import (
	"bytes"
	"math"
)

// The pieces of a large .proto file (see readChunks) are, past the file's
// header, mostly plain messages: fields of a scalar or named type, nested
// messages and // comments. readFast reads such a piece straight from its
// bytes into what read takes from the parser's syntax tree, and gives up
// (the piece is then parsed) on anything else: an option, an enum, a
// oneof, a map, a string, a block comment, a keyword used as a name. It
// accepts only what the parser accepts, and attributes each comment to a
// token as the parser's lexer does (a comment on the line of the token
// before it, with the next token on a later line, trails that token; the
// others lead the next token), so what is read is the same either way;
// FuzzProtoPieces and TestProtoPieces compare the two.

// fastTok is a token of a piece read by readFast.
type fastTok struct {
	off, end int32 // its bytes in the piece
	line     int32 // its line in the piece, from 1
	// ws is where the whitespace before it starts: the end of the token
	// or comment before it.
	ws int32
	// lead..leadEnd are its leading comments in the reader's coms; trail
	// is 1 + the index of its trailing comment, 0 for none.
	lead, leadEnd, trail int32
	// kind is 'a' for a word, '0' for a decimal integer, the byte of a
	// punctuation mark, 0 at the end of the piece.
	kind byte
}

// fastCom is a // comment of a piece read by readFast (without its
// newline, as the parser's lexer takes it).
type fastCom struct {
	off, end, line, ws int32
}

// fastDecl is a field or nested message of a message being read.
type fastDecl struct {
	first            int32 // its first token
	nested           int32 // 1 + its index in the file's nested, 0 for a field
	typ0, typ1, name int32 // a field's type (first and last token) and name
	semi             int32 // the ';' ending a field
}

// protoFast is readFast's state, kept for the next piece.
type protoFast struct {
	toks  []fastTok
	coms  []fastCom
	decls []fastDecl
	// top are the top-level messages and names the names of all messages
	// of the piece, added to the file's only when the whole piece is read.
	top   []*protoMsg
	names []string
}

// protoKeywords are the words the parser's lexer takes as keywords; a
// piece using one as a name is left to the parser. Scalar types are
// keywords too, but a field's type may be one (see protoScalar).
var protoKeywords = map[string]bool{
	"syntax": true, "edition": true, "import": true, "weak": true, "public": true, "package": true,
	"option": true, "true": true, "false": true, "inf": true, "nan": true, "repeated": true,
	"optional": true, "required": true, "group": true, "oneof": true, "map": true,
	"extensions": true, "to": true, "max": true, "reserved": true, "enum": true, "message": true,
	"extend": true, "service": true, "rpc": true, "stream": true, "returns": true,
}

// protoScalar are the scalar types, keywords a field's type may be.
var protoScalar = map[string]bool{
	"double": true, "float": true, "int32": true, "int64": true, "uint32": true, "uint64": true,
	"sint32": true, "sint64": true, "fixed32": true, "fixed64": true, "sfixed32": true,
	"sfixed64": true, "bool": true, "string": true, "bytes": true,
}

// lexFast splits piece into tokens and // comments, attributing each
// comment as the parser's lexer does. It reports false on any byte or
// construct readFast leaves to the parser.
func (f *protoFast) lexFast(d []byte) bool {
	if len(d) > math.MaxInt32 {
		return false
	}
	f.toks, f.coms = f.toks[:0], f.coms[:0]
	line, prevEnd, pend := int32(1), int32(0), 0
	for i := 0; ; {
		t := fastTok{off: int32(i), line: line, ws: prevEnd}
		if i >= len(d) {
			t.end = t.off
		} else {
			switch b := d[i]; {
			case b == '\n':
				line++
				i++
				continue
			case b == ' ' || b == '\t' || b == '\r':
				i++
				continue
			case b == '/':
				if i+1 >= len(d) || d[i+1] != '/' {
					return false
				}
				end := len(d)
				if j := bytes.IndexByte(d[i:], '\n'); j >= 0 {
					end = i + j
				}
				if bytes.IndexByte(d[i:end], 0) >= 0 {
					return false // the lexer's "invalid control character"
				}
				f.coms = append(f.coms, fastCom{off: int32(i), end: int32(end), line: line, ws: prevEnd})
				prevEnd, i = int32(end), end
				continue
			case b == '_' || b >= 'a' && b <= 'z' || b >= 'A' && b <= 'Z':
				j := i + 1
				for j < len(d) && (d[j] == '_' || d[j] >= 'a' && d[j] <= 'z' || d[j] >= 'A' && d[j] <= 'Z' || d[j] >= '0' && d[j] <= '9') {
					j++
				}
				t.kind, t.end = 'a', int32(j)
			case b >= '0' && b <= '9':
				j := i + 1
				for j < len(d) && d[j] >= '0' && d[j] <= '9' {
					j++
				}
				if j < len(d) && (d[j] == '_' || d[j] == '.' || d[j] >= 'a' && d[j] <= 'z' || d[j] >= 'A' && d[j] <= 'Z') {
					return false // a float, a hexadecimal or a malformed number
				}
				t.kind, t.end = '0', int32(j)
			case b == '{' || b == '}' || b == '=' || b == ';' || b == '.':
				t.kind, t.end = b, int32(i+1)
			default:
				return false
			}
		}
		// The comments since the last token: the first trails that token
		// when it starts on its line and this token is on a later one (the
		// end of the piece counts as a later line).
		if n := len(f.toks); n > 0 && pend < len(f.coms) {
			prev := &f.toks[n-1]
			start := t.line
			if t.kind == 0 && start == prev.line {
				start++
			}
			if start > prev.line && f.coms[pend].line == prev.line {
				prev.trail = int32(pend + 1)
				pend++
			}
		}
		t.lead, t.leadEnd = int32(pend), int32(len(f.coms))
		pend = len(f.coms)
		f.toks = append(f.toks, t)
		if t.kind == 0 {
			return true
		}
		prevEnd, i = t.end, int(t.end)
	}
}

// readFast reads piece, which starts at the file's offset start after
// line lines, as read would read its syntax tree, and reports whether it
// could (see the comment above fastTok); if not, nothing was added to p.
func (p *protoFile) readFast(piece []byte, start, line int) bool {
	f := &p.fast
	if !f.lexFast(piece) {
		return false
	}
	p.offBase, p.lineBase = start, line
	defer func() { p.offBase, p.lineBase = 0, 0 }()
	nested0, notes0 := len(p.nested), len(p.notes)
	f.top, f.names, f.decls = f.top[:0], f.names[:0], f.decls[:0]
	ok := true
	for i := 0; f.toks[i].kind != 0; {
		var m *protoMsg
		if m, i, ok = p.fastMessage(piece, i); !ok {
			break
		}
		f.top = append(f.top, m)
	}
	if !ok {
		clear(p.nested[nested0:])
		p.nested, p.notes = p.nested[:nested0], p.notes[:notes0]
		clear(f.top)
		return false
	}
	if p.messages == nil {
		p.messages, p.enums = make(map[string]bool, len(f.names)), map[string]bool{}
	}
	for _, n := range f.names {
		p.messages[n] = true
	}
	p.msgs = append(p.msgs, f.top...)
	clear(f.top)
	return true
}

// word returns the text of token i of piece d.
func (f *protoFast) word(d []byte, i int) []byte {
	return d[f.toks[i].off:f.toks[i].end]
}

// isName reports whether token i is a word that is no keyword.
func (f *protoFast) isName(d []byte, i int) bool {
	return f.toks[i].kind == 'a' && !protoKeywords[string(f.word(d, i))]
}

// fastMessage reads the message whose "message" keyword is token k, as
// readMessage reads its syntax tree; it returns the token after it.
func (p *protoFile) fastMessage(d []byte, k int) (*protoMsg, int, bool) {
	f := &p.fast
	if f.toks[k].kind != 'a' || string(f.word(d, k)) != "message" || !f.isName(d, k+1) || f.toks[k+2].kind != '{' {
		return nil, 0, false
	}
	nameTok := k + 1
	name := p.strs[p.strBytes(f.word(d, nameTok))]
	f.names = append(f.names, name)
	base := len(f.decls)
	defer func() { f.decls = f.decls[:base] }()
	i := k + 3
	for f.toks[i].kind != '}' {
		if f.toks[i].kind != 'a' {
			return nil, 0, false
		}
		if string(f.word(d, i)) == "message" {
			nm, next, ok := p.fastMessage(d, i)
			if !ok {
				return nil, 0, false
			}
			p.nested = append(p.nested, nm)
			f.decls = append(f.decls, fastDecl{first: int32(i), nested: int32(len(p.nested))})
			i = next
			continue
		}
		dl := fastDecl{first: int32(i)}
		if w := string(f.word(d, i)); w == "repeated" || w == "optional" {
			i++
		}
		// The type: [.]word(.word)*, written without spaces or comments.
		dl.typ0 = int32(i)
		if f.toks[i].kind == '.' {
			i++
		}
		for {
			if f.toks[i].kind != 'a' {
				return nil, 0, false
			}
			// A scalar type is one word; any other keyword is no type here.
			if w := f.word(d, i); protoKeywords[string(w)] ||
				protoScalar[string(w)] && (i != int(dl.typ0) || f.toks[i+1].kind == '.') {
				return nil, 0, false
			}
			if f.toks[i+1].kind != '.' {
				break
			}
			i += 2
		}
		dl.typ1 = int32(i)
		for j := dl.typ0; j < dl.typ1; j++ {
			if f.toks[j].end != f.toks[j+1].off {
				return nil, 0, false
			}
		}
		i++
		if !f.isName(d, i) || f.toks[i+1].kind != '=' || !fieldNumber(f.word(d, i+2), f.toks[i+2].kind) ||
			f.toks[i+3].kind != ';' || f.toks[i+4].kind == ';' {
			return nil, 0, false
		}
		dl.name, dl.semi = int32(i), int32(i+3)
		f.decls = append(f.decls, dl)
		i += 4
	}
	closing := i
	if f.toks[closing+1].kind == ';' {
		return nil, 0, false
	}
	decls := f.decls[base:]

	nt := f.toks[nameTok]
	line := int(nt.line) + p.lineBase
	rm := &protoMsg{name: name, line: line, col: p.column(int(nt.off) + p.offBase), notes: p.fastNotes(d, k, closing, nil),
		elems: make([]protoElem, 0, len(decls))}
	var lines []int
	if p.notesBetween(line-1, int(f.toks[closing].line)+p.lineBase+1) {
		lines = make([]int, len(decls)+1)
		lines[0] = line
		for i, dl := range decls {
			lines[i+1] = int(f.toks[dl.first].line) + p.lineBase
		}
	}
	for i, dl := range decls {
		if dl.nested > 0 {
			rm.elems = append(rm.elems, protoElem{msg: dl.nested})
			continue
		}
		notes := false
		if lines != nil {
			next := math.MaxInt
			if i+2 < len(lines) {
				next = lines[i+2] + 1
			}
			notes = p.notesBetween(lines[i]-1, next)
		}
		rm.elems = append(rm.elems, p.fastField(d, dl, notes))
	}
	return rm, closing + 1, true
}

// fieldNumber reports whether w, a token of kind kind, is a field number
// readFast takes: decimal, from 1 to 2^29-1, outside the reserved range
// 19000-19999 (any other is left to the parser).
func fieldNumber(w []byte, kind byte) bool {
	if kind != '0' || len(w) > 9 || w[0] == '0' {
		return false
	}
	n := 0
	for _, b := range w {
		n = n*10 + int(b-'0')
	}
	return n < 1<<29 && (n < 19000 || n > 19999)
}

// fastField reads field dl as readField reads its syntax tree.
func (p *protoFile) fastField(d []byte, dl fastDecl, notes bool) protoElem {
	f := &p.fast
	e := protoElem{name: p.strBytes(f.word(d, int(dl.name))), typ: p.strBytes(d[f.toks[dl.typ0].off:f.toks[dl.typ1].end])}
	if notes {
		e.notesFrom = int32(len(p.notes))
		p.notes = p.fastNotes(d, int(dl.first), int(dl.semi), p.notes)
		e.notesTo = int32(len(p.notes))
	}
	nt := f.toks[dl.name]
	off := int(nt.off) + p.offBase
	e.line, e.col = nt.line+int32(p.lineBase), int32(p.column(off))
	if top, end, ok := p.docLines(off); ok {
		e.docTop, e.docEnd = int32(top), int32(end)
	} else {
		e.doc = p.str(p.fastDoc(d, int(dl.first), int(dl.semi)))
	}
	return e
}

// fastNotes is notesOf for the node from token first to token last.
func (p *protoFile) fastNotes(d []byte, first, last int, out []protoNote) []protoNote {
	f := &p.fast
	add := func(c fastCom) {
		if text := d[c.off:c.end]; bytes.Contains(text, []byte("privlint:")) {
			out = append(out, protoNote{text: string(text), line: int(c.line) + p.lineBase, col: p.column(int(c.off) + p.offBase)})
		}
	}
	t := f.toks[first]
	for _, c := range f.coms[t.lead:t.leadEnd] {
		add(c)
	}
	if tr := f.toks[last].trail; tr > 0 {
		add(f.coms[tr-1])
	}
	return out
}

// fastDoc is doc for the node from token first to token last.
func (p *protoFile) fastDoc(d []byte, first, last int) string {
	f := &p.fast
	t := f.toks[first]
	cs := f.coms[t.lead:t.leadEnd]
	from := len(cs)
	if from > 0 && bytes.Count(d[t.ws:t.off], []byte{'\n'}) < 2 {
		from--
		for from > 0 && bytes.Count(d[cs[from].ws:cs[from].off], []byte{'\n'}) < 2 {
			from--
		}
	} else {
		cs, from = nil, 0
		if tr := f.toks[last].trail; tr > 0 {
			cs = f.coms[tr-1 : tr]
		}
	}
	return commentsDoc(len(cs), from, func(i int) string { return string(d[cs[i].off:cs[i].end]) })
}

// strBytes is str for the text b.
func (p *protoFile) strBytes(b []byte) int32 {
	if i, ok := p.strIdx[string(b)]; ok {
		return i
	}
	return p.str(string(b))
}
