package schemacheck

import (
	"errors"
	"fmt"
	"slices"
	"strings"
	"unicode/utf8"

	"github.com/vektah/gqlparser/v2/ast"
	"github.com/vektah/gqlparser/v2/gqlerror"
	"github.com/vektah/gqlparser/v2/lexer"
	"github.com/vektah/gqlparser/v2/parser"

	"github.com/privlint/privlint/finding"
	"github.com/privlint/privlint/internal/classifier"
)

// GraphQL SDL is parsed with github.com/vektah/gqlparser/v2, the parser
// gqlgen itself uses (pure Go, maintained): what privlint reads is what
// the service is generated from. Its comments (BeforeDescriptionComment)
// carry the # privlint: directives.

// graphqlNotes words the findings on GraphQL fields and arguments.
var graphqlNotes = &kindNotes{
	purposeHow: "@purpose(names: [\"<name>\"]) or # privlint:purpose <name> on the field or its type",
	storageWhy: "the type is marked # privlint:storage",
	encryptHow: "mark the field # privlint:encrypted",
	sink:       "graphql-storage",
}

// gqlFile is one GraphQL file being read.
type gqlFile struct {
	c     *checker
	path  string
	src   string
	lines []int // byte offset of each line's start
	// kinds maps the file's type names to their kinds (enums, objects,
	// inputs, interfaces, scalars), for the fields' value kinds.
	kinds map[string]ast.DefinitionKind
	// holders maps object, input and interface names to whether they
	// declare fields: a field of such a type is a holder, judged through
	// its own fields.
	holders map[string]bool
	query   string // the query root type's name
}

// checkGraphQL reads one GraphQL SDL file and judges its types.
func (c *checker) checkGraphQL(path string, data []byte) {
	if e := checkUTF8(path, data); e != nil {
		c.errs = append(c.errs, e)
		return
	}
	if line, ok := nestedTooDeep(data, c.lim.MaxDepth, '#'); !ok {
		c.errs = append(c.errs, &finding.Error{File: path, Line: line,
			Message: fmt.Sprintf("brackets nested more than %d deep (limits.max_depth); the file was not checked", c.lim.MaxDepth)})
		return
	}
	g := &gqlFile{c: c, path: path, src: string(data), lines: lineStarts(data), kinds: map[string]ast.DefinitionKind{}, holders: map[string]bool{}, query: "Query"}
	doc := g.parseRecovering()
	if doc == nil {
		return
	}
	for _, list := range []ast.DefinitionList{doc.Definitions, doc.Extensions} {
		for _, d := range list {
			g.kinds[d.Name] = d.Kind
			if (d.Kind == ast.Object || d.Kind == ast.InputObject || d.Kind == ast.Interface) && len(d.Fields) > 0 {
				g.holders[d.Name] = true
			}
		}
	}
	for _, list := range []ast.SchemaDefinitionList{doc.Schema, doc.SchemaExtension} {
		for _, s := range list {
			for _, op := range s.OperationTypes {
				if op.Operation == ast.Query {
					g.query = op.Type
				}
			}
		}
	}
	for _, list := range []ast.DefinitionList{doc.Definitions, doc.Extensions} {
		for _, d := range list {
			switch d.Kind {
			case ast.Object, ast.InputObject, ast.Interface:
				g.definition(d)
			}
		}
	}
}

// parseGraphQL parses SDL; a panic of the parser becomes an error.
func parseGraphQL(path, src string) (doc *ast.SchemaDocument, err error) {
	defer func() {
		if r := recover(); r != nil {
			doc, err = nil, fmt.Errorf("the GraphQL parser failed: %v", r)
		}
	}()
	return parser.ParseSchema(&ast.Source{Name: path, Input: src})
}

// maxGraphQLErrors is how many syntax errors of one file are reported.
const maxGraphQLErrors = 10

// parseRecovering parses the file; a syntax error costs only the
// top-level definition it is in. The parser stops at the first error, so
// the definition holding it is blanked (its lines kept, as empty lines,
// so that every other position stays where it is) and the file parsed
// again, up to maxGraphQLErrors times. Each error is reported; nil means
// nothing could be read.
func (g *gqlFile) parseRecovering() *ast.SchemaDocument {
	src := g.src
	var starts []int // the first line of each top-level definition
	blanked := map[int]bool{}
	for n := 0; ; n++ {
		doc, err := parseGraphQL(g.path, src)
		if err == nil {
			return doc
		}
		e := g.parseError(err)
		g.c.errs = append(g.c.errs, e)
		if n+1 >= maxGraphQLErrors {
			return nil
		}
		if starts == nil {
			starts = definitionStarts(g.src)
		}
		from, to := definitionAround(starts, e.Line, len(g.lines))
		if blanked[from] {
			return nil // no progress: the error is not inside a definition
		}
		blanked[from] = true
		src = blankLines(src, g.lines, from, to)
	}
}

// definitionStarts returns the first line of each top-level definition
// of src (its description, when it has one), in order, as far as src can
// be read token by token. A definition keyword outside brackets starts
// one; so does one at the start of a line inside brackets a broken
// definition left open (unless a colon or parenthesis follows it: a field
// named type).
func definitionStarts(src string) []int {
	lx := lexer.New(&ast.Source{Input: src})
	var starts []int
	depth, desc, afterExtend := 0, 0, false
	cand, candDepth := 0, 0 // a keyword at a line start inside brackets
	for {
		tok, err := lx.ReadToken()
		if err != nil || tok.Kind == lexer.EOF {
			if cand > 0 {
				starts = append(starts, cand)
			}
			return starts
		}
		if tok.Kind == lexer.Comment {
			continue
		}
		if cand > 0 {
			if tok.Kind != lexer.Colon && tok.Kind != lexer.ParenL {
				if len(starts) == 0 || starts[len(starts)-1] < cand {
					starts = append(starts, cand)
				}
				depth = candDepth
			}
			cand = 0
		}
		switch tok.Kind {
		case lexer.BraceL, lexer.ParenL, lexer.BracketL:
			depth++
		case lexer.BraceR, lexer.ParenR, lexer.BracketR:
			depth = max(depth-1, 0)
		case lexer.String, lexer.BlockString:
			if depth == 0 || tok.Pos.Column == 1 {
				desc = tok.Pos.Line
				continue
			}
		case lexer.Name:
			if !afterExtend && definitionKeywords[tok.Value] && (depth == 0 || tok.Pos.Column == 1) {
				line := tok.Pos.Line
				if desc > 0 {
					line = desc
				}
				if depth == 0 {
					if len(starts) == 0 || starts[len(starts)-1] < line {
						starts = append(starts, line)
					}
				} else {
					cand, candDepth = line, 0
				}
			}
			afterExtend = tok.Value == "extend" && (depth == 0 || tok.Pos.Column == 1)
			desc = 0
			continue
		}
		desc, afterExtend = 0, false
	}
}

// definitionKeywords are the words that open a top-level SDL definition.
var definitionKeywords = map[string]bool{
	"type": true, "input": true, "interface": true, "enum": true, "union": true,
	"scalar": true, "schema": true, "extend": true, "directive": true,
}

// definitionAround returns the lines [from, to) of the definition that
// holds line: from its start to the next definition's (or the end).
func definitionAround(starts []int, line, lines int) (from, to int) {
	from, to = 1, lines+1
	for _, s := range starts {
		if s <= line {
			from = s
		} else {
			to = s
			break
		}
	}
	return from, to
}

// blankLines returns src with the lines [from, to) made blank: every byte
// but the line ends becomes a space, so lengths and other lines' positions
// do not change.
func blankLines(src string, lineStarts []int, from, to int) string {
	if from < 1 || from > len(lineStarts) {
		return src
	}
	start, end := lineStarts[from-1], len(src)
	if to-1 < len(lineStarts) {
		end = lineStarts[to-1]
	}
	b := []byte(src)
	for i := start; i < end; i++ {
		if b[i] != '\n' && b[i] != '\r' {
			b[i] = ' '
		}
	}
	return string(b)
}

// parseError turns a parser error into an error at its line and column.
func (g *gqlFile) parseError(err error) *finding.Error {
	e := &finding.Error{File: g.path, Message: "invalid GraphQL: " + err.Error()}
	var ge *gqlerror.Error
	if errors.As(err, &ge) {
		e.Message = "invalid GraphQL: " + ge.Message
		if len(ge.Locations) > 0 {
			e.Line, e.Column = ge.Locations[0].Line, g.byteCol(ge.Locations[0].Line, ge.Locations[0].Column)
		}
	}
	if e.Line == 0 {
		e.Line = 1
	}
	return e
}

// lineStarts returns the byte offset of the start of each line.
func lineStarts(data []byte) []int {
	out := []int{0}
	for i, b := range data {
		if b == '\n' {
			out = append(out, i+1)
		}
	}
	return out
}

// byteCol converts a 1-based column counted in runes on line to bytes.
func (g *gqlFile) byteCol(line, col int) int {
	if line < 1 || line > len(g.lines) || col < 1 {
		return max(col, 1)
	}
	start := g.lines[line-1]
	off := start
	for i := 1; i < col && off < len(g.src) && g.src[off] != '\n'; i++ {
		_, n := utf8.DecodeRuneInString(g.src[off:])
		off += n
	}
	return off - start + 1
}

func (g *gqlFile) pos(p *ast.Position) finding.Position {
	if p == nil {
		return finding.Position{File: g.path, Line: 1, Column: 1}
	}
	return finding.Position{File: g.path, Line: p.Line, Column: g.byteCol(p.Line, p.Column)}
}

// comments reads the # privlint: directives of comment groups into dl.
func (g *gqlFile) comments(dl *decl, groups ...*ast.CommentGroup) {
	for _, cg := range groups {
		if cg == nil {
			continue
		}
		for _, cm := range cg.List {
			verb, args, ok := parseNote(cm.Text())
			if !ok {
				continue
			}
			g.c.apply(note{verb: verb, args: args, pos: g.pos(cm.Position)}, dl, " in a GraphQL comment")
		}
	}
}

// directives reads @pii, @pii(category: "KEY"), @sensitive and
// @purpose(names: [...]) into dl.
func (g *gqlFile) directives(dl *decl, ds ast.DirectiveList) {
	for _, d := range ds {
		switch d.Name {
		case "pii":
			v := "true"
			if a := d.Arguments.ForName("category"); a != nil && a.Value != nil {
				v = a.Value.Raw
			}
			g.c.piiText(g.pos(d.Position), v, dl, "@pii")
		case "sensitive":
			g.c.piiText(g.pos(d.Position), "true", dl, "@sensitive")
		case "purpose":
			a := d.Arguments.ForName("names")
			if a == nil {
				a = d.Arguments.ForName("name")
			}
			var names []string
			if a != nil && a.Value != nil {
				if a.Value.Kind == ast.ListValue {
					for _, ch := range a.Value.Children {
						if ch.Value != nil && ch.Value.Raw != "" {
							names = append(names, ch.Value.Raw)
						}
					}
				} else if a.Value.Raw != "" {
					names = append(names, a.Value.Raw)
				}
			}
			if len(names) == 0 {
				g.c.errAt(g.pos(d.Position), `@purpose names no purpose; write @purpose(names: ["account"])`)
				continue
			}
			merged := append(slices.Clone(dl.purposes), names...)
			slices.Sort(merged)
			dl.purposes = slices.Compact(merged)
		}
	}
}

// definition judges an object, input or interface type: its fields are
// properties, and each field's arguments are the properties of a holder of
// their own.
func (g *gqlFile) definition(d *ast.Definition) {
	var tdl decl
	g.comments(&tdl, d.BeforeDescriptionComment, d.AfterDescriptionComment)
	g.directives(&tdl, d.Directives)
	h := &holder{name: d.Name, pos: g.pos(d.Position), purposes: tdl.purposes, storage: tdl.storage,
		encrypted: tdl.encrypted, personLike: tdl.personal, notPersonal: tdl.member.NotPersonal, notes: graphqlNotes}
	isQuery := d.Name == g.query && d.Kind == ast.Object
	prevLine := 0
	if d.Position != nil {
		prevLine = d.Position.Line
	}
	for i, f := range d.Fields {
		var fdl decl
		// A comment on the previous field's line (or the type's) is its
		// own, not this one's.
		g.comments(&fdl, notOnLine(prevLine, f.BeforeDescriptionComment, f.AfterDescriptionComment))
		g.trailing(&fdl, f, d, i)
		if f.Position != nil {
			prevLine = f.Position.Line
		}
		g.directives(&fdl, f.Directives)
		if len(f.Arguments) > 0 {
			g.arguments(d, f, fdl, tdl, isQuery)
		}
		if f.Type == nil || g.holders[f.Type.Name()] && fdl.member.Declared == nil && !fdl.member.Infer {
			continue // a value of a type with fields: judged through them
		}
		p := &prop{name: f.Name, symbol: d.Name + "." + f.Name, pos: g.pos(f.Position), purposes: fdl.purposes, encrypted: fdl.encrypted}
		p.member = g.member(f.Name, f.Type)
		mergeMember(&p.member, fdl)
		if tdl.member.NotPersonal && !fdl.personal {
			p.member.NotPersonal = true
		}
		h.props = append(h.props, p)
	}
	g.c.judgeHolder(h)
}

// trailing reads the directives of a comment at the end of field i's line:
// the parser gives it to the next field (or the end of the definition).
func (g *gqlFile) trailing(dl *decl, f *ast.FieldDefinition, d *ast.Definition, i int) {
	if f.Position == nil {
		return
	}
	next := []*ast.CommentGroup{d.EndOfDefinitionComment}
	if i+1 < len(d.Fields) {
		next = []*ast.CommentGroup{d.Fields[i+1].BeforeDescriptionComment, d.Fields[i+1].AfterDescriptionComment}
	}
	var same ast.CommentGroup
	for _, cg := range next {
		if cg == nil {
			continue
		}
		for _, cm := range cg.List {
			if cm.Position != nil && cm.Position.Line == f.Position.Line {
				same.List = append(same.List, cm)
			}
		}
	}
	g.comments(dl, &same)
}

// notOnLine returns the comments of groups that are not on the given line.
func notOnLine(line int, groups ...*ast.CommentGroup) *ast.CommentGroup {
	var out ast.CommentGroup
	for _, cg := range groups {
		if cg == nil {
			continue
		}
		for _, cm := range cg.List {
			if cm.Position == nil || cm.Position.Line != line {
				out.List = append(out.List, cm)
			}
		}
	}
	return &out
}

// arguments judges the arguments of field f of type d together; on the
// query root type marked # privlint:get, a personal argument is PL104.
func (g *gqlFile) arguments(d *ast.Definition, f *ast.FieldDefinition, fdl, tdl decl, isQuery bool) {
	h := &holder{name: f.Name, pos: g.pos(f.Position), purposes: tdl.purposes, notes: graphqlNotes}
	if fdl.purposes != nil {
		h.purposes = fdl.purposes
	}
	get := isQuery && (fdl.get || tdl.get)
	for _, a := range f.Arguments {
		var adl decl
		g.comments(&adl, a.BeforeDescriptionComment, a.AfterDescriptionComment)
		g.directives(&adl, a.Directives)
		if a.Type == nil || g.holders[a.Type.Name()] && adl.member.Declared == nil && !adl.member.Infer {
			continue
		}
		p := &prop{name: a.Name, symbol: fmt.Sprintf("%s.%s(%s)", d.Name, f.Name, a.Name), pos: g.pos(a.Position), purposes: adl.purposes}
		p.member = g.member(a.Name, a.Type)
		mergeMember(&p.member, adl)
		if get {
			p.url = &urlUse{in: "query", name: a.Name, op: d.Name + "." + f.Name,
				fix: "the schema marks the operation # privlint:get, so clients may send it in the URL; take it in a mutation or a POST-only query instead"}
		}
		h.props = append(h.props, p)
	}
	g.c.judgeHolder(h)
}

// member describes a field or argument of type t to the classifier.
func (g *gqlFile) member(name string, t *ast.Type) classifier.Member {
	m := classifier.Member{Name: name}
	tn := t.Name()
	switch tn {
	case "Boolean":
		m.Kind = classifier.KindBool
	case "Int", "Float":
		m.Kind = classifier.KindNumber
	case "String", "ID":
		m.Kind = classifier.KindString
	default:
		switch g.kinds[tn] {
		case ast.Enum:
			m.Kind, m.TypeName = classifier.KindEnum, tn
		case ast.Object, ast.InputObject, ast.Interface, ast.Union:
			m.Kind, m.TypeName = classifier.KindStruct, tn
		default: // a custom scalar
			switch strings.ToLower(tn) {
			case "date", "datetime", "time", "timestamp", "instant", "localdate":
				m.Kind = classifier.KindTime
			case "email", "emailaddress":
				m.Format = "email"
			default:
				m.TypeName = tn
			}
		}
	}
	return m
}

// nestedTooDeep scans data for brackets nested deeper than limit outside
// strings and comments (comment starts a line comment), so that a
// recursive-descent parser never meets them; it returns the line where
// the limit is passed.
func nestedTooDeep(data []byte, limit int, comment byte) (int, bool) {
	depth, line := 0, 1
	for i := 0; i < len(data); i++ {
		switch b := data[i]; b {
		case '\n':
			line++
		case comment:
			for i < len(data) && data[i] != '\n' {
				i++
			}
			i--
		case '"', '\'':
			if b == '\'' && comment == '#' {
				continue // GraphQL has no '…' strings
			}
			for i++; i < len(data) && data[i] != b; i++ {
				if data[i] == '\\' {
					i++
				} else if data[i] == '\n' {
					line++
				}
			}
		case '[', '{', '(':
			depth++
			if depth > limit {
				return line, false
			}
		case ']', '}', ')':
			depth--
		}
	}
	return 0, true
}
