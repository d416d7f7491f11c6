package schemacheck

import (
	"bytes"
	"math"
)

// The pieces of a large .proto file (see readChunks) are, past the file's
// header, mostly messages, enums and services: fields of a scalar, named
// or map type, with options, nested messages, oneofs, option and reserved
// statements, methods and // comments. readFast reads such a piece
// straight from its bytes into what read takes from the parser's syntax
// tree, and gives up (the piece, or its declaration, is then parsed: see
// readMixed) on anything else: an extensions range, a group, an extend, a
// message literal, a string with an escape, a float, a block comment, a
// keyword as the name of a type. It accepts only what the parser accepts,
// and attributes each comment to a token as the parser's lexer does (a
// comment on the line of the token before it, with the next token on a
// later line, trails that token; the others lead the next token), so what
// is read is the same either way: TestProtoFast and FuzzProtoFast compare
// the two readings piece by piece, TestProtoPieces and FuzzProtoPieces
// the findings of a file read whole and in pieces.

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
	// kind is 'a' for a word, '0' for a decimal integer, 's' for a string
	// without escapes, the byte of a punctuation mark, 0 at the end of the
	// piece.
	kind byte
}

// fastCom is a // comment of a piece read by readFast (without its
// newline, as the parser's lexer takes it).
type fastCom struct {
	off, end, line, ws int32
}

// fastDecl is a declaration of a message being read: a field ('f'), a
// field of a oneof ('F', after the oneof's '1'), a nested message ('m'),
// an enum ('e'), an option ('o') or a reserved statement ('r').
type fastDecl struct {
	first  int32 // its first token
	nested int32 // 1 + the index in the file's nested of a nested message
	kind   byte
	// A field's type (first and last token: a map's value type), name,
	// the ';' ending it, whether it is a map and whether its options mark
	// it (see readField).
	typ0, typ1, name, semi int32
	isMap, marked          bool
}

// protoFast is readFast's state, kept for the next piece.
type protoFast struct {
	toks  []fastTok
	coms  []fastCom
	decls []fastDecl
	// top are the top-level messages, names the names of all messages and
	// enums the names of all enums of the piece, added to the file's only
	// by commitFast.
	top          []*protoMsg
	names, enums []string
}

// protoKeywords are the words the parser's lexer takes as keywords; a
// piece using one as the name of a type is left to the parser (a field's
// name may be any word). Scalar types are keywords too, but a field's
// type may be one (see protoScalar).
var protoKeywords = map[string]bool{
	"syntax": true, "edition": true, "import": true, "weak": true, "public": true, "package": true,
	"option": true, "true": true, "false": true, "inf": true, "nan": true, "repeated": true,
	"optional": true, "required": true, "group": true, "oneof": true, "map": true,
	"extensions": true, "to": true, "max": true, "reserved": true, "enum": true, "message": true,
	"extend": true, "service": true, "rpc": true, "stream": true, "returns": true,
}

// protoMapKey are the types a map's key may have.
var protoMapKey = map[string]bool{
	"int32": true, "int64": true, "uint32": true, "uint64": true, "sint32": true, "sint64": true,
	"fixed32": true, "fixed64": true, "sfixed32": true, "sfixed64": true, "bool": true, "string": true,
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
			case b == '"' || b == '\'':
				j := i + 1
				for j < len(d) && d[j] != b {
					if d[j] == '\\' || d[j] == '\n' || d[j] == 0 {
						return false // an escape, or an error
					}
					j++
				}
				if j == len(d) {
					return false
				}
				t.kind, t.end = 's', int32(j+1)
			case b == '{' || b == '}' || b == '=' || b == ';' || b == '.' || b == '-' || b == '<' || b == '>' ||
				b == ',' || b == '(' || b == ')' || b == '[' || b == ']':
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
// could (see the comment above fastTok). If it could, its top-level
// messages and its names are added to the file's by commitFast; if not,
// nothing was added to p.
func (p *protoFile) readFast(piece []byte, start, line int) bool {
	f := &p.fast
	if !f.lexFast(piece) {
		return false
	}
	p.offBase, p.lineBase = start, line
	defer func() { p.offBase, p.lineBase = 0, 0 }()
	nested0, notes0 := len(p.nested), len(p.notes)
	clear(f.top)
	f.top, f.names, f.enums, f.decls = f.top[:0], f.names[:0], f.enums[:0], f.decls[:0]
	ok := true
	for i := 0; ok && f.toks[i].kind != 0; {
		if f.toks[i].kind == 'a' && string(f.word(piece, i)) == "enum" {
			i, ok = f.fastEnum(piece, i)
			continue
		}
		if f.toks[i].kind == 'a' && string(f.word(piece, i)) == "option" {
			i, ok = f.fastOption(piece, i)
			continue
		}
		if f.toks[i].kind == 'a' && string(f.word(piece, i)) == "service" {
			i, ok = f.fastService(piece, i)
			continue
		}
		var m *protoMsg
		if m, i, ok = p.fastMessage(piece, i); ok {
			f.top = append(f.top, m)
		}
	}
	if !ok {
		clear(p.nested[nested0:])
		p.nested, p.notes = p.nested[:nested0], p.notes[:notes0]
		return false
	}
	return true
}

// commitFast adds what readFast read to the file's messages and names.
func (p *protoFile) commitFast() {
	f := &p.fast
	if p.messages == nil {
		p.messages, p.enums = make(map[string]bool, len(f.names)), map[string]bool{}
	}
	for _, n := range f.names {
		p.messages[n] = true
	}
	for _, n := range f.enums {
		p.enums[n] = true
	}
	p.msgs = append(p.msgs, f.top...)
	clear(f.top)
	f.top = f.top[:0]
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
	name := string(f.word(d, nameTok))
	f.names = append(f.names, name)
	base := len(f.decls)
	defer func() { f.decls = f.decls[:base] }()
	i, ok := k+3, true
	for ok && f.toks[i].kind != '}' {
		if f.toks[i].kind != 'a' {
			return nil, 0, false
		}
		first := i
		switch string(f.word(d, i)) {
		case "enum":
			if i, ok = f.fastEnum(d, i); ok {
				f.decls = append(f.decls, fastDecl{first: int32(first), kind: 'e'})
			}
		case "option":
			if i, ok = f.fastOption(d, i); ok {
				f.decls = append(f.decls, fastDecl{first: int32(first), kind: 'o'})
			}
		case "reserved":
			if i, ok = f.fastReserved(d, i, false); ok {
				f.decls = append(f.decls, fastDecl{first: int32(first), kind: 'r'})
			}
		case "message":
			var nm *protoMsg
			if nm, i, ok = p.fastMessage(d, i); ok {
				p.nested = append(p.nested, nm)
				f.decls = append(f.decls, fastDecl{first: int32(first), kind: 'm', nested: int32(len(p.nested))})
			}
		case "oneof":
			i, ok = f.fastOneof(d, i)
		default:
			var dl fastDecl
			if dl, i, ok = f.fastFieldDecl(d, i, false); ok {
				f.decls = append(f.decls, dl)
			}
		}
	}
	if !ok {
		return nil, 0, false
	}
	closing := i
	if f.toks[closing+1].kind == ';' {
		return nil, 0, false
	}
	// The message's own declarations: a oneof's fields follow it.
	decls := f.decls[base:]
	n := 0
	for _, dl := range decls {
		if dl.kind != 'F' {
			n++
		}
	}
	nt := f.toks[nameTok]
	line := int(nt.line) + p.lineBase
	rm := &protoMsg{name: name, line: line, col: p.column(int(nt.off) + p.offBase), notes: p.fastNotes(d, k, closing, nil),
		elems: make([]protoElem, 0, n)}
	var lines []int
	if p.notesBetween(line-1, int(f.toks[closing].line)+p.lineBase+1) {
		lines = make([]int, 1, n+1)
		lines[0] = line
		for _, dl := range decls {
			if dl.kind != 'F' {
				lines = append(lines, int(f.toks[dl.first].line)+p.lineBase)
			}
		}
	}
	i = -1 // the index of the declaration among the message's own
	for _, dl := range decls {
		switch dl.kind {
		case 'm':
			rm.elems = append(rm.elems, protoElem{msg: dl.nested})
		case 'F':
			rm.elems = append(rm.elems, p.fastField(d, dl, true))
		case 'f':
			notes := false
			if lines != nil {
				next := math.MaxInt
				if i+3 < len(lines) {
					next = lines[i+3] + 1
				}
				notes = p.notesBetween(lines[i+1]-1, next)
			}
			rm.elems = append(rm.elems, p.fastField(d, dl, notes))
		}
		if dl.kind != 'F' {
			i++
		}
	}
	return rm, closing + 1, true
}

// fastFieldDecl reads the field that starts at token i: [label] type
// name = number [options];, or map<key, type> name = number [options];
// (neither a label nor a map in a oneof).
func (f *protoFast) fastFieldDecl(d []byte, i int, inOneof bool) (fastDecl, int, bool) {
	dl := fastDecl{first: int32(i), kind: 'f'}
	if inOneof {
		dl.kind = 'F'
	} else if w := string(f.word(d, i)); w == "repeated" || w == "optional" || w == "required" {
		i++
	} else if w == "map" && f.toks[i+1].kind == '<' {
		if f.toks[i+2].kind != 'a' || !protoMapKey[string(f.word(d, i+2))] || f.toks[i+3].kind != ',' {
			return dl, 0, false
		}
		typ0, typ1, ok := f.fastType(d, i+4)
		if !ok || f.toks[typ1+1].kind != '>' {
			return dl, 0, false
		}
		dl.typ0, dl.typ1, dl.isMap = int32(typ0), int32(typ1), true
		i = typ1 + 1
	}
	if !dl.isMap {
		typ0, typ1, ok := f.fastType(d, i)
		if !ok {
			return dl, 0, false
		}
		dl.typ0, dl.typ1, i = int32(typ0), int32(typ1), typ1
	}
	i++
	// A field's name may be any word, a keyword too.
	if f.toks[i].kind != 'a' || f.toks[i+1].kind != '=' || !fieldNumber(f.word(d, i+2), f.toks[i+2].kind) {
		return dl, 0, false
	}
	dl.name = int32(i)
	i += 3
	i, dl.marked = f.fastCompact(d, i)
	if i < 0 || f.toks[i].kind != ';' || f.toks[i+1].kind == ';' {
		return dl, 0, false
	}
	dl.semi = int32(i)
	return dl, i + 1, true
}

// fastType reads the type that starts at token i, [.]word(.word)*
// written without spaces or comments: a scalar type is one word, no other
// keyword is taken. It returns its first and last tokens.
func (f *protoFast) fastType(d []byte, i int) (int, int, bool) {
	typ0 := i
	if f.toks[i].kind == '.' {
		i++
	}
	for {
		if f.toks[i].kind != 'a' {
			return 0, 0, false
		}
		if w := f.word(d, i); protoKeywords[string(w)] ||
			protoScalar[string(w)] && (i != typ0 || f.toks[i+1].kind == '.') {
			return 0, 0, false
		}
		if f.toks[i+1].kind != '.' {
			break
		}
		i += 2
	}
	for j := typ0; j < i; j++ {
		if f.toks[j].end != f.toks[j+1].off {
			return 0, 0, false
		}
	}
	return typ0, i, true
}

// fastOneof reads the oneof whose keyword is token k, its fields (marked
// 'F', after the oneof's own declaration) and options.
func (f *protoFast) fastOneof(d []byte, k int) (int, bool) {
	if !f.isName(d, k+1) || f.toks[k+2].kind != '{' {
		return 0, false
	}
	f.decls = append(f.decls, fastDecl{first: int32(k), kind: '1'})
	i, ok := k+3, true
	for ok && f.toks[i].kind != '}' {
		if f.toks[i].kind != 'a' {
			return 0, false
		}
		if string(f.word(d, i)) == "option" {
			i, ok = f.fastOption(d, i)
			continue
		}
		var dl fastDecl
		if dl, i, ok = f.fastFieldDecl(d, i, true); ok {
			f.decls = append(f.decls, dl)
		}
	}
	if !ok || f.toks[i+1].kind == ';' {
		return 0, false
	}
	return i + 1, true
}

// fastEnum reads the enum whose "enum" keyword is token k: its name, its
// values (NAME = [-]N [options];) and options. It returns the token after
// it.
func (f *protoFast) fastEnum(d []byte, k int) (int, bool) {
	if !f.isName(d, k+1) || f.toks[k+2].kind != '{' {
		return 0, false
	}
	f.enums = append(f.enums, string(f.word(d, k+1)))
	i, ok := k+3, true
	for ok && f.toks[i].kind != '}' {
		if f.toks[i].kind == 'a' && string(f.word(d, i)) == "option" {
			i, ok = f.fastOption(d, i)
			continue
		}
		if f.toks[i].kind == 'a' && string(f.word(d, i)) == "reserved" {
			i, ok = f.fastReserved(d, i, true)
			continue
		}
		if !f.isName(d, i) || f.toks[i+1].kind != '=' {
			return 0, false
		}
		i += 2
		if f.toks[i].kind == '-' {
			i++
		}
		if !f.isInt(d, i) {
			return 0, false
		}
		if i, _ = f.fastCompact(d, i+1); i < 0 || f.toks[i].kind != ';' || f.toks[i+1].kind == ';' {
			return 0, false
		}
		i++
	}
	if !ok || f.toks[i+1].kind == ';' {
		return 0, false
	}
	return i + 1, true
}

// fastService reads the service whose keyword is token k: its options
// and methods (rpc Name([stream] Type) returns ([stream] Type), with a
// ';' or a body of options). It returns the token after it.
func (f *protoFast) fastService(d []byte, k int) (int, bool) {
	if !f.isName(d, k+1) || f.toks[k+2].kind != '{' {
		return 0, false
	}
	i, ok := k+3, true
	for ok && f.toks[i].kind != '}' {
		if f.toks[i].kind != 'a' {
			return 0, false
		}
		switch string(f.word(d, i)) {
		case "option":
			i, ok = f.fastOption(d, i)
			continue
		case "rpc":
		default:
			return 0, false
		}
		if !f.isName(d, i+1) {
			return 0, false
		}
		i += 2
		for j := 0; j < 2; j++ {
			if j == 1 {
				if f.toks[i].kind != 'a' || string(f.word(d, i)) != "returns" {
					return 0, false
				}
				i++
			}
			if f.toks[i].kind != '(' {
				return 0, false
			}
			i++
			if f.toks[i].kind == 'a' && string(f.word(d, i)) == "stream" {
				i++
			}
			_, t1, ok := f.fastType(d, i)
			if !ok || f.toks[t1+1].kind != ')' {
				return 0, false
			}
			i = t1 + 2
		}
		if f.toks[i].kind == '{' {
			for i++; ok && f.toks[i].kind != '}'; {
				if f.toks[i].kind != 'a' || string(f.word(d, i)) != "option" {
					return 0, false
				}
				i, ok = f.fastOption(d, i)
			}
			if !ok {
				return 0, false
			}
		} else if f.toks[i].kind != ';' {
			return 0, false
		}
		if f.toks[i+1].kind == ';' {
			return 0, false
		}
		i++
	}
	if !ok || f.toks[i+1].kind == ';' {
		return 0, false
	}
	return i + 1, true
}

// fastReserved reads the reserved statement whose keyword is token k:
// names as strings ("a", "b";) or numbers and ranges (1, 5 to 9, 10 to
// max;), negative ones in an enum. It returns the token after it.
func (f *protoFast) fastReserved(d []byte, k int, enum bool) (int, bool) {
	i := k + 1
	if f.toks[i].kind == 's' {
		for {
			if f.toks[i].kind != 's' || f.toks[i+1].kind == 's' {
				return 0, false
			}
			if i++; f.toks[i].kind != ',' {
				break
			}
			i++
		}
	} else {
		num := func(i int) (int, bool) {
			if enum && f.toks[i].kind == '-' {
				i++
			}
			return i + 1, f.isInt(d, i)
		}
		for {
			var ok bool
			if i, ok = num(i); !ok {
				return 0, false
			}
			if f.toks[i].kind == 'a' && string(f.word(d, i)) == "to" {
				if f.toks[i+1].kind == 'a' && string(f.word(d, i+1)) == "max" {
					i += 2
				} else if i, ok = num(i + 1); !ok {
					return 0, false
				}
			}
			if f.toks[i].kind != ',' {
				break
			}
			i++
		}
	}
	if f.toks[i].kind != ';' || f.toks[i+1].kind == ';' {
		return 0, false
	}
	return i + 1, true
}

// isInt reports whether token i is a decimal integer as the lexer reads
// it: no leading zero (an octal number) unless it is 0, at most 9 digits.
func (f *protoFast) isInt(d []byte, i int) bool {
	w := f.word(d, i)
	return f.toks[i].kind == '0' && len(w) <= 9 && (len(w) == 1 || w[0] != '0')
}

// fastOption reads the option statement whose "option" keyword is token
// k (option name = value;) and returns the token after it.
func (f *protoFast) fastOption(d []byte, k int) (int, bool) {
	i, _, _, ok := f.fastOptionName(d, k+1)
	if !ok || f.toks[i].kind != '=' {
		return 0, false
	}
	i, _, ok = f.fastValue(d, i+1)
	if !ok || f.toks[i].kind != ';' || f.toks[i+1].kind == ';' {
		return 0, false
	}
	return i + 1, true
}

// fastCompact reads the compact options, if any, at token i ([name =
// value, …]) and returns the token after them, -1 if they are not of
// that form, and whether they mark the field as readField does (a true
// debug_redact or (udpa.annotations.sensitive)).
func (f *protoFast) fastCompact(d []byte, i int) (int, bool) {
	if f.toks[i].kind != '[' {
		return i, false
	}
	marked := false
	for i++; ; i++ {
		next, last, ext, ok := f.fastOptionName(d, i)
		if !ok || f.toks[next].kind != '=' {
			return -1, false
		}
		next, isTrue, ok := f.fastValue(d, next+1)
		if !ok {
			return -1, false
		}
		if isTrue && (string(last) == "debug_redact" && !ext || string(last) == "udpa.annotations.sensitive" && ext) {
			marked = true
		}
		switch i = next; f.toks[i].kind {
		case ',':
			continue
		case ']':
			return i + 1, marked
		}
		return -1, false
	}
}

// fastOptionName reads the option name at token i: parts (a word, or a
// type name in parentheses, an extension) separated by dots. It returns
// the token after it and the last part's name and whether it is an
// extension.
func (f *protoFast) fastOptionName(d []byte, i int) (int, []byte, bool, bool) {
	for {
		var last []byte
		ext := false
		switch f.toks[i].kind {
		case 'a':
			last = f.word(d, i)
			i++
		case '(':
			t0, t1, ok := f.fastType(d, i+1)
			if !ok || f.toks[t1+1].kind != ')' {
				return 0, nil, false, false
			}
			last, ext, i = d[f.toks[t0].off:f.toks[t1].end], true, t1+2
		default:
			return 0, nil, false, false
		}
		if f.toks[i].kind != '.' {
			return i, last, ext, true
		}
		i++
	}
}

// fastValue reads an option's value at token i: one string (no escape),
// a word, or a decimal integer, perhaps negative. It returns the token
// after it and whether the value reads "true".
func (f *protoFast) fastValue(d []byte, i int) (int, bool, bool) {
	switch f.toks[i].kind {
	case 's':
		if f.toks[i+1].kind == 's' {
			return 0, false, false // strings written one after the other
		}
		t := f.toks[i]
		return i + 1, string(d[t.off+1:t.end-1]) == "true", true
	case 'a':
		return i + 1, string(f.word(d, i)) == "true", true
	case '-':
		i++
	}
	if !f.isInt(d, i) {
		return 0, false, false
	}
	return i + 1, false, true
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
	typ := d[f.toks[dl.typ0].off:f.toks[dl.typ1].end]
	if dl.isMap {
		typ = []byte("map")
	}
	e := protoElem{name: p.strBytes(f.word(d, int(dl.name))), typ: p.strBytes(typ), marked: dl.marked}
	if notes {
		e.notesFrom = int32(len(p.notes))
		p.notes = p.fastNotes(d, int(dl.first), int(dl.semi), p.notes)
		e.notesTo = int32(len(p.notes))
	}
	nt := f.toks[dl.name]
	off := int(nt.off) + p.offBase
	e.line, e.col = nt.line+int32(p.lineBase), int32(p.column(off))
	if top, end, ok := p.docLines(int(f.toks[dl.first].off)+p.offBase, off); ok {
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
