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
	file *ast.FileNode
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
	// free are properties of judged messages, to be reused: nothing
	// keeps a holder once it is judged unless the checker's judged hook
	// is set (then nothing is reused).
	free []*prop
}

// checkProto reads one .proto file and judges its messages.
func (c *checker) checkProto(path string, data []byte) {
	if e := checkUTF8(path, data); e != nil {
		c.errs = append(c.errs, e)
		return
	}
	if line, ok := protoTooDeep(data, c.lim.MaxDepth); !ok {
		c.errs = append(c.errs, &finding.Error{File: path, Line: line,
			Message: fmt.Sprintf("braces nested more than %d deep (limits.max_depth); the file was not checked", c.lim.MaxDepth)})
		return
	}
	p := &protoFile{c: c, path: path, data: data, enums: map[string]bool{}}
	if bytes.HasPrefix(data, utf8BOM) {
		p.data, p.bom = data[len(utf8BOM):], len(utf8BOM)
	}
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
	p.file = file
	p.noteLines = linesWith(p.data, "privlint:")
	var fdl decl
	if file.Syntax != nil {
		p.comments(&fdl, file.Syntax)
	}
	if file.Edition != nil {
		p.comments(&fdl, file.Edition)
	}
	for _, d := range file.Decls {
		if pkg, ok := d.(*ast.PackageNode); ok && file.Syntax == nil && file.Edition == nil {
			p.comments(&fdl, pkg)
		}
	}
	p.messages = make(map[string]bool, len(file.Decls))
	for _, d := range file.Decls {
		p.collect(d)
	}
	p.resolveImports()
	for i, d := range file.Decls {
		if m, ok := d.(*ast.MessageNode); ok {
			p.message(m, m.Name, m.Decls, "", fdl)
		}
		// A judged message is not needed again: dropping it leaves the
		// garbage collector less of the tree to mark while the rest of
		// the file is judged.
		file.Decls[i] = nil
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
	return finding.Position{File: p.path, Line: max(sp.Line, 1), Column: p.column(sp.Offset)}, sp.Offset
}

// comments reads the privlint directives of the comments before n (and
// at the end of its line) into dl.
func (p *protoFile) comments(dl *decl, n ast.Node) {
	info := p.file.NodeInfo(n)
	for _, cs := range []ast.Comments{info.LeadingComments(), info.TrailingComments()} {
		for i := 0; i < cs.Len(); i++ {
			cm := cs.Index(i)
			text := cm.RawText()
			if !strings.Contains(text, "privlint:") {
				continue
			}
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
				start := cm.Start()
				pos := finding.Position{File: p.path, Line: max(start.Line, 1), Column: p.column(start.Offset)}
				p.c.apply(note{verb: verb, args: args, pos: pos}, dl, " in a Protocol Buffers comment")
			}
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
	if cs.Len() == 0 {
		return ""
	}
	var out string
	for i := first; i < cs.Len() && len(out) < maxProtoDoc; i++ {
		text := cs.Index(i).RawText()
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

// docAt is doc for field n whose name starts at the parser's offset off,
// read straight from the file where the layout is the common one: the
// field begins on its name's line and a block of // lines lies right
// above it. Any other layout (a block comment, another element before
// the field on its line, no comment above) is left to doc.
func (p *protoFile) docAt(n ast.Node, off int) string {
	d := p.data
	if off <= 0 || off > len(d) {
		return p.doc(n)
	}
	ls := bytes.LastIndexByte(d[:off], '\n') + 1
	for _, b := range d[ls:off] {
		switch b {
		case ';', '{', '}', '/', '*', '=', '(', ')', '[', ']', '"', '\'':
			return p.doc(n) // the field may begin on an earlier line
		}
	}
	top := ls
	for top > 0 {
		end := top - 1 // the newline ending the line above
		start := bytes.LastIndexByte(d[:end], '\n') + 1
		line := bytes.TrimSpace(d[start:end])
		if !bytes.HasPrefix(line, []byte("//")) {
			if bytes.HasSuffix(line, []byte("*/")) {
				return p.doc(n) // a block comment: as the parser attributes it
			}
			break
		}
		top = start
	}
	if top == ls {
		return p.doc(n) // none above: perhaps one at the end of the line
	}
	var out string
	for rest := d[top:ls]; len(rest) > 0 && len(out) < maxProtoDoc; {
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

// message judges message (or group) m named id with body decls (prefix:
// the names of the messages enclosing it, with a trailing dot) with what
// its ancestors declare.
func (p *protoFile) message(m ast.Node, id *ast.IdentNode, decls []ast.MessageElement, prefix string, outer decl) {
	name := prefix + string(id.AsIdentifier())
	mdl := decl{purposes: outer.purposes, storage: outer.storage, encrypted: outer.encrypted}
	own := decl{}
	p.comments(&own, m)
	if own.purposes != nil {
		mdl.purposes = own.purposes
	}
	mdl.storage = mdl.storage || own.storage
	mdl.encrypted = mdl.encrypted || own.encrypted
	h := &holder{name: string(id.AsIdentifier()), pos: p.pos(id), purposes: mdl.purposes, storage: mdl.storage,
		encrypted: mdl.encrypted, personLike: own.personal, notPersonal: own.member.NotPersonal, notes: protoNotes,
		props: make([]*prop, 0, len(decls)), symbols: name + "."}
	// A field's comments lie between the previous element of the message
	// and the next one: only when a directive lies there are they read.
	// They all lie between the message's name and its closing brace: with
	// no directive there, no field's are read.
	var lines []int
	if p.notesBetween(h.pos.Line-1, p.file.NodeInfo(m).End().Line+1) {
		lines = make([]int, len(decls)+1)
		lines[0] = h.pos.Line
		for i, d := range decls {
			lines[i+1] = p.file.NodeInfo(d).Start().Line
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
			p.field(h, name, n, n.Name, string(n.FldType.AsIdentifier()), n.Options, notes(i))
		case *ast.MapFieldNode:
			p.field(h, name, n, n.Name, "map", n.Options, notes(i))
		case *ast.OneofNode:
			for _, e := range n.Decls {
				if f, ok := e.(*ast.FieldNode); ok {
					p.field(h, name, f, f.Name, string(f.FldType.AsIdentifier()), f.Options, true)
				}
			}
		case *ast.MessageNode:
			p.message(n, n.Name, n.Decls, name+".", mdl)
		case *ast.GroupNode:
			p.message(n, n.Name, n.Decls, name+".", mdl)
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

// field adds a field (or map field) of message msg to h; notes says
// whether a directive may lie in its comments.
func (p *protoFile) field(h *holder, msg string, n ast.Node, name *ast.IdentNode, typ string, opts *ast.CompactOptionsNode, notes bool) {
	var dl decl
	if notes {
		p.comments(&dl, n)
	}
	marked := false
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
				marked = true
			}
		}
	}
	if marked && dl.member.Declared == nil && !dl.member.NotPersonal {
		dl.member.Infer, dl.personal = true, true
	}
	m := p.member(string(name.AsIdentifier()), typ)
	npos, off := p.posOff(name)
	m.Description = p.docAt(n, off)
	if m.Kind == classifier.KindStruct && dl.member.Declared == nil && !dl.member.Infer {
		return // a message: judged through its own fields
	}
	fname := string(name.AsIdentifier())
	var pr *prop
	if n := len(p.free); n > 0 {
		pr, p.free = p.free[n-1], p.free[:n-1]
	} else {
		pr = new(prop)
	}
	*pr = prop{name: fname, pos: npos, purposes: dl.purposes, encrypted: dl.encrypted, member: m}
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
