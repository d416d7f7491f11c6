package schemacheck

import (
	"bytes"
	"errors"
	"fmt"
	"math"
	"slices"
	"strings"

	"github.com/bufbuild/protocompile/ast"
	"github.com/bufbuild/protocompile/parser"
	"github.com/bufbuild/protocompile/reporter"

	"github.com/privlint/privlint/finding"
	"github.com/privlint/privlint/internal/classifier"
)

// Protocol Buffers files are parsed with github.com/bufbuild/protocompile
// (pure Go, maintained by Buf; it reads proto2, proto3 and editions and is
// what buf itself compiles with). Only its parser is used: privlint needs
// the messages, fields, options and comments of each file, with positions.

// protoNotes words the findings on Protocol Buffers fields.
var protoNotes = &kindNotes{
	purposeHow: "// privlint:purpose <name> above the field, its message or the file's syntax line",
	storageWhy: "the message is marked // privlint:storage",
	encryptHow: "mark the field // privlint:encrypted",
	sink:       "proto-storage",
}

// maxProtoErrors is how many syntax errors of one file are reported.
const maxProtoErrors = 10

// protoFile is one .proto file being read.
type protoFile struct {
	c    *checker
	path string
	// file is the syntax tree being read; offBase and lineBase are what
	// its offsets and lines count from in the file (see read).
	file              *ast.FileNode
	offBase, lineBase int
	// data is the file as the parser reads it (a leading byte order mark
	// removed: its offsets count from there); bom is the length removed.
	data []byte
	bom  int
	// noteLines are the lines holding "privlint:", in order: a node with
	// none near it has no directive, and its comments are not read.
	noteLines []int
	// messages and enums are the simple names of the file's message and
	// enum types: a field of a message type is a holder, judged through
	// its own fields; an enum field takes no value category from its name.
	messages, enums map[string]bool
	// What read takes from the syntax tree, which is then dropped: the
	// directive comments of the syntax (or edition) line and of the
	// package lines, the imports and the top-level messages.
	syntaxNotes, pkgNotes []protoNote
	hasSyntax             bool
	imports               []protoImport
	msgs                  []*protoMsg
	// nested are the messages declared in messages; strs the texts of the
	// fields read, each once (see str); notes the directive comments of
	// fields.
	nested []*protoMsg
	strs   []string
	strIdx map[string]int32
	notes  []protoNote
	// fast is what reads the plainest pieces without the parser.
	fast protoFast
	// free are properties of judged messages, to be reused: nothing
	// keeps a holder once it is judged unless the checker's judged hook
	// is set (then nothing is reused).
	free []*prop
}

// protoNote is a comment holding "privlint:", its text as written and
// where it starts.
type protoNote struct {
	text      string
	line, col int
}

// protoImport is an import of the file: its path and where it is named.
type protoImport struct {
	name      string
	line, col int
}

// protoMsg is a message (or group) as read from the syntax tree.
type protoMsg struct {
	name      string
	line, col int         // of its name
	notes     []protoNote // its directive comments
	elems     []protoElem // its fields and nested messages, in order
}

// protoElem is a field (or map field) of a message, or a nested message.
// It holds no pointer, so that the collector, which runs while the rest
// of the file is parsed, need not scan the fields read: texts are
// indexes in the file's strs, comments ranges of its notes.
type protoElem struct {
	// msg is 1 + the index in the file's nested of a nested message or
	// group (the rest is then unset), 0 for a field.
	msg       int32
	name, typ int32 // in strs
	line, col int32 // of the field's name
	// notes are its directive comments, notes[notesFrom:notesTo], read
	// only when one may lie there.
	notesFrom, notesTo int32
	// The description is the // lines at data[docTop:docEnd] (see
	// docLines) when docEnd > docTop, else strs[doc].
	docTop, docEnd, doc int32
	marked              bool // a debug_redact or udpa.annotations.sensitive option
}

// checkProto reads one .proto file and judges its messages.
func (c *checker) checkProto(path string, data []byte) {
	if e := checkUTF8(path, data); e != nil {
		c.errs = append(c.errs, e)
		return
	}
	if len(data) > math.MaxInt32 {
		// The places of what is read are kept in 32 bits (see protoElem).
		c.errs = append(c.errs, &finding.Error{File: path, Line: 1, Message: "the file is 2 GiB or larger; it was not checked"})
		return
	}
	if line, ok := protoTooDeep(data, c.lim.MaxDepth); !ok {
		c.errs = append(c.errs, &finding.Error{File: path, Line: line,
			Message: fmt.Sprintf("braces nested more than %d deep (limits.max_depth); the file was not checked", c.lim.MaxDepth)})
		return
	}
	p := &protoFile{c: c, path: path, data: data}
	if bytes.HasPrefix(data, utf8BOM) {
		p.data, p.bom = data[len(utf8BOM):], len(utf8BOM)
	}
	p.noteLines = linesWith(p.data, "privlint:")
	if !p.readChunks(protoChunkBytes) {
		// The file is read whole, as the parser reports its errors.
		*p = protoFile{c: c, path: path, data: p.data, bom: p.bom, noteLines: p.noteLines}
		var perrs []reporter.ErrorWithPos
		rep := reporter.NewReporter(func(e reporter.ErrorWithPos) error {
			perrs = append(perrs, e)
			if len(perrs) >= maxProtoErrors {
				return e
			}
			return nil
		}, nil)
		file, err := parseProto(path, data, reporter.NewHandler(rep))
		if len(perrs) > 0 || err != nil {
			for _, e := range perrs {
				c.errs = append(c.errs, p.protoError(e))
			}
			if len(perrs) == 0 {
				c.errs = append(c.errs, &finding.Error{File: path, Line: 1, Message: "invalid Protocol Buffers: " + err.Error()})
			}
			return
		}
		p.read(file, 0, 0)
	}
	p.judge()
}

// protoChunkBytes is the size from which a file is parsed in pieces of
// about that many bytes (see readChunks).
var protoChunkBytes = 32 << 10

// readChunks parses the file in pieces of at least min bytes, each a run
// of whole top-level declarations, and reads each piece's syntax tree
// (see read) before the next is parsed, so that no more than one piece's
// tree is ever kept. A piece ends after a line that closes a declaration
// with nothing after it on that line, so each comment lies in the piece
// of the token the whole file's parse gives it to, and a piece begins at
// the start of a line; its offsets and lines are shifted to the file's.
// It reports false, having read nothing for good, when the file has no
// such place past min bytes, or a piece does not parse (the file is then
// parsed whole, which reports the errors as they lie in the file).
func (p *protoFile) readChunks(min int) bool {
	cuts := protoCuts(p.data, min)
	if len(cuts) == 0 {
		return false
	}
	rep := reporter.NewReporter(func(e reporter.ErrorWithPos) error { return e }, nil)
	start, line := 0, 0
	for i := 0; i <= len(cuts); i++ {
		end := len(p.data)
		if i < len(cuts) {
			end = cuts[i]
		}
		piece := p.data[start:end]
		if bytes.HasPrefix(piece, utf8BOM) {
			return false // the parser would skip it; the whole file's parse does not
		}
		if p.readFast(piece, start, line) {
			p.commitFast()
		} else if !p.readMixed(piece, start, line, rep) {
			return false
		}
		line += bytes.Count(piece, []byte{'\n'})
		start = end
	}
	return true
}

// readMixed reads a piece readFast could not read whole, declaration by
// declaration (cut where readChunks may cut): those readFast reads, and
// the runs of others through the parser, each run parsed once. It reports
// false as readChunks does.
func (p *protoFile) readMixed(piece []byte, start, line int, rep reporter.Reporter) bool {
	cuts := protoCuts(piece, 1)
	run, runLine := -1, 0 // where the run left to the parser starts
	parse := func(to int) bool {
		if run < 0 {
			return true
		}
		sub := piece[run:to]
		if bytes.HasPrefix(sub, utf8BOM) {
			return false
		}
		file, err := parseProto(p.path, sub, reporter.NewHandler(rep))
		if err != nil || start+run > 0 && (file.Syntax != nil || file.Edition != nil) {
			return false
		}
		p.read(file, start+run, runLine)
		run = -1
		return true
	}
	at := 0
	for i := 0; i <= len(cuts); i++ {
		end := len(piece)
		if i < len(cuts) {
			end = cuts[i]
		}
		sub := piece[at:end]
		if p.readFast(sub, start+at, line) {
			if !parse(at) {
				return false
			}
			p.commitFast()
		} else if run < 0 {
			run, runLine = at, line
		}
		line += bytes.Count(sub, []byte{'\n'})
		at = end
	}
	return parse(len(piece))
}

// protoCuts returns the offsets at which data may be cut into pieces of
// at least min bytes that each parse as a file (see readChunks): the
// start of a line after one that ends a top-level declaration with '}'
// or ';' and nothing more, when the next token begins a declaration
// (a letter). Strings and comments are skipped as the parser reads them;
// where this scan and the parser disagree, a piece does not parse and
// the file is parsed whole.
func protoCuts(data []byte, min int) []int {
	if len(data) < 2*min {
		return nil
	}
	var cuts []int
	depth, last, cand := 0, 0, -1
	for i := 0; i < len(data); i++ {
		b := data[i]
		switch b {
		case ' ', '\t', '\r', '\n':
			continue
		case '/':
			if i+1 < len(data) && data[i+1] == '/' {
				for i < len(data) && data[i] != '\n' {
					i++
				}
				continue
			}
			if i+1 < len(data) && data[i+1] == '*' {
				j := bytes.Index(data[i+2:], []byte("*/"))
				if j < 0 {
					return cuts
				}
				i += 2 + j + 1
				continue
			}
		}
		if cand >= 0 {
			if depth == 0 && (b >= 'a' && b <= 'z' || b >= 'A' && b <= 'Z') {
				cuts = append(cuts, cand)
				last = cand
			}
			cand = -1
		}
		switch b {
		case '"', '\'':
			for i++; i < len(data) && data[i] != b && data[i] != '\n'; i++ {
				if data[i] == '\\' {
					i++
				}
			}
		case '[', '{', '(', '<':
			depth++
		case ']', '}', ')', '>':
			depth--
			if depth < 0 {
				return cuts
			}
		}
		if (b == '}' || b == ';') && depth == 0 && i+1-last >= min {
			// A cut after this line, if nothing else is on it.
			j := i + 1
			for j < len(data) && (data[j] == ' ' || data[j] == '\t' || data[j] == '\r') {
				j++
			}
			if j < len(data) && data[j] == '\n' && len(data)-(j+1) >= min {
				cand = j + 1
				i = j
			}
		}
	}
	return cuts
}

// read takes from the syntax tree file what judging the file needs: the
// names of its messages and enums, its imports, its directives, its
// messages and their fields. The tree's offsets and lines count from
// offBase and lineBase+1 in the file.
func (p *protoFile) read(file *ast.FileNode, offBase, lineBase int) {
	p.file, p.offBase, p.lineBase = file, offBase, lineBase
	defer func() { p.file, p.offBase, p.lineBase = nil, 0, 0 }()
	if p.messages == nil {
		p.messages, p.enums = make(map[string]bool, len(file.Decls)), map[string]bool{}
	}
	if file.Syntax != nil {
		p.hasSyntax = true
		p.syntaxNotes = p.notesOf(file.Syntax, p.syntaxNotes)
	}
	if file.Edition != nil {
		p.hasSyntax = true
		p.syntaxNotes = p.notesOf(file.Edition, p.syntaxNotes)
	}
	for _, d := range file.Decls {
		switch n := d.(type) {
		case *ast.PackageNode:
			p.pkgNotes = p.notesOf(n, p.pkgNotes)
		case *ast.ImportNode:
			pos := p.pos(n.Name)
			p.imports = append(p.imports, protoImport{name: n.Name.AsString(), line: pos.Line, col: pos.Column})
		}
		p.collect(d)
	}
	for _, d := range file.Decls {
		if m, ok := d.(*ast.MessageNode); ok {
			p.msgs = append(p.msgs, p.readMessage(m, m.Name, m.Decls))
		}
	}
}

// judge judges the messages read, with the directives of the file's
// syntax (or package) line, once its imports are resolved.
func (p *protoFile) judge() {
	var fdl decl
	if p.hasSyntax {
		p.applyNotes(&fdl, p.syntaxNotes)
	} else {
		p.applyNotes(&fdl, p.pkgNotes)
	}
	p.resolveImports()
	for i, m := range p.msgs {
		p.message(m, "", fdl)
		// A judged message is not needed again.
		p.msgs[i] = nil
	}
}

// parseProto parses a file; a panic of the parser becomes an error.
func parseProto(path string, data []byte, h *reporter.Handler) (f *ast.FileNode, err error) {
	defer func() {
		if r := recover(); r != nil {
			f, err = nil, fmt.Errorf("the parser failed: %v", r)
		}
	}()
	return parser.Parse(path, bytes.NewReader(data), h)
}

// protoError turns a parser error into an error at its line and column.
func (p *protoFile) protoError(e reporter.ErrorWithPos) *finding.Error {
	pos := e.GetPosition()
	msg := e.Error()
	var inner error = e
	if u := errors.Unwrap(inner); u != nil {
		msg = u.Error()
	}
	out := &finding.Error{File: p.path, Line: max(pos.Line, 1), Message: "invalid Protocol Buffers: " + msg}
	if pos.Line >= 1 {
		out.Column = p.column(pos.Offset)
	}
	return out
}

// linesWith returns the lines of data that hold s, in order.
func linesWith(data []byte, s string) []int {
	var out []int
	line, from := 1, 0
	for {
		i := bytes.Index(data[from:], []byte(s))
		if i < 0 {
			return out
		}
		line += bytes.Count(data[from:from+i], []byte{'\n'})
		if len(out) == 0 || out[len(out)-1] != line {
			out = append(out, line)
		}
		from += i + len(s)
	}
}

// notesBetween reports whether a line strictly between lo and hi holds
// "privlint:".
func (p *protoFile) notesBetween(lo, hi int) bool {
	i, _ := slices.BinarySearch(p.noteLines, lo+1)
	return i < len(p.noteLines) && p.noteLines[i] < hi
}

// utf8BOM is the byte order mark the parser skips at the start of a file.
var utf8BOM = []byte{0xEF, 0xBB, 0xBF}

// column returns the 1-based byte column, in the file as written, of the
// parser's offset off.
func (p *protoFile) column(off int) int {
	if off < 0 || off > len(p.data) {
		return 1
	}
	start := bytes.LastIndexByte(p.data[:off], '\n') + 1
	if start == 0 {
		return off + p.bom + 1
	}
	return off - start + 1
}

// collect records the message and enum names declared in d.
func (p *protoFile) collect(d ast.Node) {
	switch n := d.(type) {
	case *ast.MessageNode:
		p.messages[string(n.Name.AsIdentifier())] = true
		for _, e := range n.Decls {
			p.collect(e)
		}
	case *ast.EnumNode:
		p.enums[string(n.Name.AsIdentifier())] = true
	case *ast.GroupNode:
		p.messages[string(n.Name.AsIdentifier())] = true
		for _, e := range n.Decls {
			p.collect(e)
		}
	case *ast.OneofNode:
		for _, e := range n.Decls {
			p.collect(e) // its groups
		}
	}
}

// pos returns the position of node n, with a byte column.
func (p *protoFile) pos(n ast.Node) finding.Position {
	pos, _ := p.posOff(n)
	return pos
}

// posOff is pos that also returns the parser's offset of n.
func (p *protoFile) posOff(n ast.Node) (finding.Position, int) {
	sp := p.file.NodeInfo(n).Start()
	off := sp.Offset + p.offBase
	return finding.Position{File: p.path, Line: max(sp.Line, 1) + p.lineBase, Column: p.column(off)}, off
}

// notesOf appends to out the comments before n (and at the end of its
// line) that hold "privlint:".
func (p *protoFile) notesOf(n ast.Node, out []protoNote) []protoNote {
	info := p.file.NodeInfo(n)
	for _, cs := range []ast.Comments{info.LeadingComments(), info.TrailingComments()} {
		for i := 0; i < cs.Len(); i++ {
			cm := cs.Index(i)
			text := cm.RawText()
			if !strings.Contains(text, "privlint:") {
				continue
			}
			start := cm.Start()
			out = append(out, protoNote{text: text, line: max(start.Line, 1) + p.lineBase, col: p.column(start.Offset + p.offBase)})
		}
	}
	return out
}

// applyNotes reads the privlint directives of notes into dl.
func (p *protoFile) applyNotes(dl *decl, notes []protoNote) {
	for _, n := range notes {
		text := n.text
		switch {
		case strings.HasPrefix(text, "//"):
			text = text[2:]
		case strings.HasPrefix(text, "/*"):
			text = strings.TrimSuffix(text[2:], "*/")
		}
		for _, line := range strings.Split(text, "\n") {
			line = strings.TrimLeft(strings.TrimSpace(line), "* ")
			verb, args, ok := parseNote(line)
			if !ok {
				continue
			}
			pos := finding.Position{File: p.path, Line: n.line, Column: n.col}
			p.c.apply(note{verb: verb, args: args, pos: pos}, dl, " in a Protocol Buffers comment")
		}
	}
}

// maxProtoDoc bounds the bytes of a field's comment read as its
// description: its subject lies in its first words.
const maxProtoDoc = 1024

// doc returns a field's documentation, its description for the
// classifier (SPEC §1.1: schema text is evidence): the block of comments
// right above it (detached ones, a blank line away, document something
// else), or else the comment at the end of its line. Directive lines
// (privlint:…, buf:lint:ignore …) are no documentation and are left out.
func (p *protoFile) doc(n ast.Node) string {
	info := p.file.NodeInfo(n)
	cs := info.LeadingComments()
	first := cs.Len()
	if first > 0 && strings.Count(info.LeadingWhitespace(), "\n") < 2 {
		// The block ends right above the node: walk up to a blank line.
		first--
		for first > 0 && strings.Count(cs.Index(first).LeadingWhitespace(), "\n") < 2 {
			first--
		}
	} else {
		cs, first = info.TrailingComments(), 0
	}
	return commentsDoc(cs.Len(), first, func(i int) string { return cs.Index(i).RawText() })
}

// commentsDoc is the description written in the n comments whose text
// is text(i), from the one at first on (see doc).
func commentsDoc(n, first int, text func(int) string) string {
	if n == 0 {
		return ""
	}
	var out string
	for i := first; i < n && len(out) < maxProtoDoc; i++ {
		text := text(i)
		if t, ok := strings.CutPrefix(text, "//"); ok {
			text = t
		} else {
			text = strings.TrimSuffix(strings.TrimPrefix(text, "/*"), "*/")
		}
		for line := range strings.Lines(text) {
			line = strings.TrimLeft(strings.TrimSpace(line), "*/ \t")
			if line == "" || isDirective(line) {
				continue
			}
			if out == "" {
				out = line
			} else {
				out += " " + line
			}
		}
	}
	return out
}

// docLines finds the description of the field that begins at the file
// offset start and whose name starts at off straight in the file, where
// the layout is the common one: the field begins on its name's line and
// a block of // lines lies right above it; that block is data[top:end].
// Any other layout (a block comment, another element before the field on
// its line, a field begun on an earlier line, whose comments there lie
// inside it, no comment above) is left to doc: ok is false.
func (p *protoFile) docLines(start, off int) (top, end int, ok bool) {
	d := p.data
	if off <= 0 || off > len(d) {
		return 0, 0, false
	}
	ls := bytes.LastIndexByte(d[:off], '\n') + 1
	if start < ls {
		return 0, 0, false
	}
	for _, b := range d[ls:off] {
		switch b {
		case ';', '{', '}', '/', '*', '=', '(', ')', '[', ']', '"', '\'':
			return 0, 0, false // another element, or a comment, before the field
		}
	}
	top = ls
	for top > 0 {
		end := top - 1 // the newline ending the line above
		from := bytes.LastIndexByte(d[:end], '\n') + 1
		line := bytes.TrimSpace(d[from:end])
		if bytes.Contains(line, []byte("*/")) {
			// A block comment ends on this line, perhaps one begun on a
			// // line above or followed by a // comment: as the parser
			// attributes it.
			return 0, 0, false
		}
		if !bytes.HasPrefix(line, []byte("//")) {
			break
		}
		top = from
	}
	if top == ls {
		return 0, 0, false // none above: perhaps one at the end of the line
	}
	return top, ls, true
}

// docText is the description written in block, the // lines docLines
// found.
func docText(block []byte) string {
	var out string
	for rest := block; len(rest) > 0 && len(out) < maxProtoDoc; {
		line := rest
		if i := bytes.IndexByte(rest, '\n'); i >= 0 {
			line, rest = rest[:i], rest[i+1:]
		} else {
			rest = nil
		}
		line = bytes.TrimSpace(line)[2:] // after the //
		line = bytes.TrimLeft(bytes.TrimSpace(line), "*/ \t")
		if len(line) == 0 {
			continue
		}
		text := string(line)
		if isDirective(text) {
			continue
		}
		if out == "" {
			out = text
		} else {
			out += " " + text
		}
	}
	return out
}

// isDirective reports whether a comment line is a tool's directive, not
// documentation: privlint:purpose, buf:lint:ignore, protolint:disable,
// nolint, @gotags.
func isDirective(line string) bool {
	if line[0] == '@' {
		return true
	}
	word, _, _ := strings.Cut(line, " ")
	i := strings.IndexByte(word, ':')
	if i <= 0 || i == len(word)-1 || word[i+1] == '/' {
		return strings.EqualFold(word, "nolint") // a remark ("Note: …") or a link
	}
	for _, r := range word[:i] {
		if !(r >= 'a' && r <= 'z' || r == '-' || r == '_') {
			return false
		}
	}
	return true
}

// readMessage reads message (or group) m named id with body decls.
func (p *protoFile) readMessage(m ast.Node, id *ast.IdentNode, decls []ast.MessageElement) *protoMsg {
	pos := p.pos(id)
	rm := &protoMsg{name: string(id.AsIdentifier()), line: pos.Line, col: pos.Column, notes: p.notesOf(m, nil),
		elems: make([]protoElem, 0, len(decls))}
	// A field's comments lie between the previous element of the message
	// and the next one: only when a directive lies there are they read.
	// They all lie between the message's name and its closing brace: with
	// no directive there, no field's are read.
	var lines []int
	if p.notesBetween(pos.Line-1, p.file.NodeInfo(m).End().Line+p.lineBase+1) {
		lines = make([]int, len(decls)+1)
		lines[0] = pos.Line
		for i, d := range decls {
			lines[i+1] = p.file.NodeInfo(d).Start().Line + p.lineBase
		}
	}
	notes := func(i int) bool {
		if lines == nil {
			return false
		}
		next := math.MaxInt
		if i+2 < len(lines) {
			next = lines[i+2] + 1
		}
		return p.notesBetween(lines[i]-1, next)
	}
	for i, d := range decls {
		switch n := d.(type) {
		case *ast.FieldNode:
			rm.elems = append(rm.elems, p.readField(n, n.Name, string(n.FldType.AsIdentifier()), n.Options, notes(i)))
		case *ast.MapFieldNode:
			rm.elems = append(rm.elems, p.readField(n, n.Name, "map", n.Options, notes(i)))
		case *ast.OneofNode:
			for _, e := range n.Decls {
				switch f := e.(type) {
				case *ast.FieldNode:
					rm.elems = append(rm.elems, p.readField(f, f.Name, string(f.FldType.AsIdentifier()), f.Options, true))
				case *ast.GroupNode: // proto2: a message type and its field
					p.nested = append(p.nested, p.readMessage(f, f.Name, f.Decls))
					rm.elems = append(rm.elems, protoElem{msg: int32(len(p.nested))})
				}
			}
		case *ast.MessageNode:
			p.nested = append(p.nested, p.readMessage(n, n.Name, n.Decls))
			rm.elems = append(rm.elems, protoElem{msg: int32(len(p.nested))})
		case *ast.GroupNode:
			p.nested = append(p.nested, p.readMessage(n, n.Name, n.Decls))
			rm.elems = append(rm.elems, protoElem{msg: int32(len(p.nested))})
		}
	}
	return rm
}

// readField reads a field (or map field) n named name of type typ; notes
// says whether a directive may lie in its comments.
func (p *protoFile) readField(n ast.Node, name *ast.IdentNode, typ string, opts *ast.CompactOptionsNode, notes bool) protoElem {
	e := protoElem{name: p.str(string(name.AsIdentifier())), typ: p.str(typ)}
	if notes {
		e.notesFrom = int32(len(p.notes))
		p.notes = p.notesOf(n, p.notes)
		e.notesTo = int32(len(p.notes))
	}
	if opts != nil {
		for _, o := range opts.Options {
			if o.Name == nil || len(o.Name.Parts) == 0 || o.Val == nil {
				continue
			}
			last := o.Name.Parts[len(o.Name.Parts)-1]
			on := string(last.Name.AsIdentifier())
			if fmt.Sprint(o.Val.Value()) != "true" {
				continue
			}
			if on == "debug_redact" && !last.IsExtension() || on == "udpa.annotations.sensitive" && last.IsExtension() {
				e.marked = true
			}
		}
	}
	pos, off := p.posOff(name)
	e.line, e.col = int32(pos.Line), int32(pos.Column)
	if top, end, ok := p.docLines(p.file.NodeInfo(n).Start().Offset+p.offBase, off); ok {
		e.docTop, e.docEnd = int32(top), int32(end)
	} else {
		e.doc = p.str(p.doc(n))
	}
	return e
}

// str returns the index of s in p.strs, adding it the first time.
func (p *protoFile) str(s string) int32 {
	if i, ok := p.strIdx[s]; ok {
		return i
	}
	if p.strIdx == nil {
		p.strIdx = map[string]int32{}
	}
	i := int32(len(p.strs))
	p.strs = append(p.strs, s)
	p.strIdx[s] = i
	return i
}

// message judges message (or group) m (prefix: the names of the messages
// enclosing it, with a trailing dot) with what its ancestors declare.
func (p *protoFile) message(m *protoMsg, prefix string, outer decl) {
	name := prefix + m.name
	mdl := decl{purposes: outer.purposes, storage: outer.storage, encrypted: outer.encrypted}
	own := decl{}
	p.applyNotes(&own, m.notes)
	if own.purposes != nil {
		mdl.purposes = own.purposes
	}
	mdl.storage = mdl.storage || own.storage
	mdl.encrypted = mdl.encrypted || own.encrypted
	h := &holder{name: m.name, pos: finding.Position{File: p.path, Line: m.line, Column: m.col}, purposes: mdl.purposes, storage: mdl.storage,
		encrypted: mdl.encrypted, personLike: own.personal, notPersonal: own.member.NotPersonal, notes: protoNotes,
		props: make([]*prop, 0, len(m.elems)), symbols: name + "."}
	for i := range m.elems {
		if e := &m.elems[i]; e.msg > 0 {
			p.message(p.nested[e.msg-1], name+".", mdl)
			p.nested[e.msg-1] = nil
		} else {
			p.field(h, e)
		}
	}
	p.c.judgeHolder(h)
	if p.c.judged == nil {
		for _, pr := range h.props {
			*pr = prop{}
		}
		p.free = append(p.free, h.props...)
	}
}

// field adds field e to h.
func (p *protoFile) field(h *holder, e *protoElem) {
	var dl decl
	p.applyNotes(&dl, p.notes[e.notesFrom:e.notesTo])
	if e.marked && dl.member.Declared == nil && !dl.member.NotPersonal {
		dl.member.Infer, dl.personal = true, true
	}
	fname := p.strs[e.name]
	m := p.member(fname, p.strs[e.typ])
	if e.docEnd > e.docTop {
		m.Description = docText(p.data[e.docTop:e.docEnd])
	} else {
		m.Description = p.strs[e.doc]
	}
	if m.Kind == classifier.KindStruct && dl.member.Declared == nil && !dl.member.Infer {
		return // a message: judged through its own fields
	}
	var pr *prop
	if n := len(p.free); n > 0 {
		pr, p.free = p.free[n-1], p.free[:n-1]
	} else {
		pr = new(prop)
	}
	*pr = prop{name: fname, pos: finding.Position{File: p.path, Line: int(e.line), Column: int(e.col)}, purposes: dl.purposes, encrypted: dl.encrypted, member: m}
	mergeMember(&pr.member, dl)
	pr.annotated = dl.member.Declared != nil || dl.member.Infer || dl.member.NotPersonal
	if h.notPersonal && !pr.annotated {
		pr.member.NotPersonal = true
	}
	h.props = append(h.props, pr)
}

// member describes a field of type typ to the classifier.
func (p *protoFile) member(name, typ string) classifier.Member {
	m := classifier.Member{Name: name}
	switch strings.TrimPrefix(typ, ".") {
	case "double", "float", "int32", "int64", "uint32", "uint64", "sint32", "sint64",
		"fixed32", "fixed64", "sfixed32", "sfixed64":
		m.Kind = classifier.KindNumber
	case "bool", "google.protobuf.BoolValue":
		m.Kind = classifier.KindBool
	case "string", "google.protobuf.StringValue":
		m.Kind = classifier.KindString
	case "bytes", "google.protobuf.BytesValue":
		m.Kind = classifier.KindBytes
	case "google.protobuf.Timestamp", "google.type.Date", "google.type.DateTime":
		m.Kind = classifier.KindTime
	case "google.protobuf.Duration":
		m.Kind = classifier.KindDuration
	case "google.protobuf.Int32Value", "google.protobuf.Int64Value", "google.protobuf.UInt32Value",
		"google.protobuf.UInt64Value", "google.protobuf.FloatValue", "google.protobuf.DoubleValue":
		m.Kind = classifier.KindNumber
	case "google.type.PostalAddress":
		m.Kind, m.TypeName = classifier.KindString, "PostalAddress"
	case "google.type.PhoneNumber":
		m.Kind, m.TypeName = classifier.KindString, "PhoneNumber"
	case "map":
		m.Kind = classifier.KindStruct
	default:
		simple := typ[strings.LastIndexByte(typ, '.')+1:]
		if p.enums[simple] {
			m.Kind, m.TypeName = classifier.KindEnum, simple
		} else {
			// A message of this file or an imported type: judged
			// through its own fields where it is declared.
			m.Kind, m.TypeName = classifier.KindStruct, simple
		}
	}
	return m
}

// protoTooDeep reports whether braces, brackets and parentheses nest
// deeper than limit outside strings and comments, and the line where
// they do.
func protoTooDeep(data []byte, limit int) (int, bool) {
	depth, line := 0, 1
	for i := 0; i < len(data); i++ {
		switch b := data[i]; b {
		case '\n':
			line++
		case '/':
			if i+1 < len(data) && data[i+1] == '/' {
				for i < len(data) && data[i] != '\n' {
					i++
				}
				i--
			} else if i+1 < len(data) && data[i+1] == '*' {
				for i += 2; i+1 < len(data) && !(data[i] == '*' && data[i+1] == '/'); i++ {
					if data[i] == '\n' {
						line++
					}
				}
				i++
			}
		case '"', '\'':
			for i++; i < len(data) && data[i] != b && data[i] != '\n'; i++ {
				if data[i] == '\\' {
					i++
				}
			}
			if i < len(data) && data[i] == '\n' {
				line++
			}
		case '[', '{', '(', '<':
			depth++
			if depth > limit {
				return line, false
			}
		case ']', '}', ')', '>':
			depth--
		}
	}
	return 0, true
}
