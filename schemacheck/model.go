package schemacheck

import (
	"fmt"
	"github.com/privlint/privlint/rules/safefile"
	"os"
	"path/filepath"
	"slices"
	"strings"

	"github.com/privlint/privlint/finding"
	"github.com/privlint/privlint/internal/classifier"
	"github.com/privlint/privlint/internal/judge"
	"github.com/privlint/privlint/rules"
)

// kindNotes words the findings of one schema kind: how its storage is
// known, how its annotations are written.
type kindNotes struct {
	purposeHow string // PL001: how to declare a purpose
	storageWhy string // PL101: why the holder is storage
	encryptHow string // PL101: how to say a value is encrypted
	sink       string // PL101: the finding's sink
}

// holder is a table, message or type: the object whose properties the
// classifier judges together (SPEC §4.1). The SQL, GraphQL and Protocol
// Buffers readers produce holders; judgeHolder judges them with the same
// classifier and rules as JSON Schema objects.
type holder struct {
	name       string
	pos        finding.Position
	purposes   []string // declared for the whole holder; nil when none
	storage    bool     // every property is stored (PL101 applies)
	encrypted  bool     // the whole holder is encrypted at rest
	personLike bool     // an annotation marks the holder personal
	// notPersonal: an annotation says the holder holds no personal data
	// (its properties' own annotations still count).
	notPersonal bool
	notes       *kindNotes
	props       []*prop
	// symbols, when set, is the prefix of the symbols of the properties
	// that leave theirs empty: it is joined only for a reported one.
	symbols string
}

// prop is a column, field or argument of a holder.
type prop struct {
	name      string
	symbol    string // Holder.prop, as in findings ("": see symbolIn)
	pos       finding.Position
	member    classifier.Member
	purposes  []string // its own declared purposes; nil: the holder's
	encrypted bool
	url       *urlUse // set for a value placed in a URL (PL104)
	annotated bool    // the file annotates it (pii): other sources do not override
}

// judgeHolder classifies the properties of h together and reports each
// personal one.
func (c *checker) judgeHolder(h *holder) {
	if c.judged != nil {
		c.judged(h)
	}
	if len(h.props) == 0 {
		return
	}
	// The classifier keeps nothing of the members once it has returned:
	// one buffer serves every holder of the run.
	members := c.memberBuf[:0]
	for _, p := range h.props {
		members = append(members, p.member)
	}
	c.memberBuf = members
	matches := c.cl.Object(classifier.Object{TypeName: h.name, PersonLike: h.personLike, Members: members})
	clear(members) // drop the references to the members' texts
	for i, m := range matches {
		if m.Category == "" || !rules.IsPersonal(m.Category) {
			continue
		}
		p := h.props[i]
		cx := ctx{purposes: h.purposes, storage: h.storage, encrypted: h.encrypted || p.encrypted, name: h.name, notes: h.notes}
		if p.purposes != nil {
			cx.purposes = p.purposes
		}
		c.report(p.pos, p.symbolIn(h), m, cx, p.url)
	}
}

// symbolIn returns the symbol of p, a property of h.
func (p *prop) symbolIn(h *holder) string {
	if p.symbol == "" {
		return h.symbols + p.name
	}
	return p.symbol
}

// note is one `privlint:` comment directive of an SQL, GraphQL or
// Protocol Buffers file.
type note struct {
	verb string // purpose, pii, encrypted, storage, get
	args string
	pos  finding.Position
}

// parseNote reads the text of one comment (its markers -- # // /* */
// removed) as a privlint directive: "privlint:VERB ARGS", spaces allowed
// before it. ok is false when the comment is no directive.
func parseNote(text string) (verb, args string, ok bool) {
	t := strings.TrimSpace(text)
	rest, found := strings.CutPrefix(t, "privlint:")
	if !found {
		return "", "", false
	}
	i := strings.IndexAny(rest, " \t")
	if i < 0 {
		return rest, "", true
	}
	verb, args = rest[:i], rest[i+1:]
	// A remark after the directive, in the file's comment syntax, is not
	// part of it: -- privlint:purpose account -- the login
	for _, m := range []string{" --", " #", " //", "\t--", "\t#", "\t//"} {
		if j := strings.Index(args, m); j >= 0 {
			args = args[:j]
		}
	}
	return verb, strings.TrimSpace(args), true
}

// decl is what a set of directives declares about a holder or property.
type decl struct {
	purposes  []string // nil when none
	encrypted bool
	storage   bool
	get       bool
	member    classifier.Member // Declared, Infer, NotPersonal
	personal  bool              // an annotation marks it personal
}

// apply reads n into dl, reporting an invalid directive at its position.
func (c *checker) apply(n note, dl *decl, where string) {
	switch n.verb {
	case "purpose":
		ps := strings.FieldsFunc(n.args, func(r rune) bool { return r == ' ' || r == ',' || r == '\t' })
		if len(ps) == 0 {
			c.errAt(n.pos, "privlint:purpose names no purpose; write privlint:purpose NAME…")
			return
		}
		merged := append(slices.Clone(dl.purposes), ps...)
		slices.Sort(merged)
		dl.purposes = slices.Compact(merged)
	case "pii":
		c.piiText(n.pos, n.args, dl, "privlint:pii")
	case "encrypted":
		dl.encrypted = true
	case "storage":
		dl.storage = true
	case "get":
		dl.get = true
	default:
		c.errAt(n.pos, fmt.Sprintf("unknown directive privlint:%s%s; privlint understands privlint:purpose, privlint:pii, privlint:encrypted, privlint:storage and privlint:get", n.verb, where))
	}
}

// piiText reads a pii value (a category key or short form, true, false;
// "" means true) into dl.
func (c *checker) piiText(pos finding.Position, v string, dl *decl, what string) {
	v = strings.TrimSpace(v)
	switch strings.ToLower(v) {
	case "", "true":
		dl.member.Infer, dl.member.NotPersonal, dl.member.Declared = true, false, nil
		dl.personal = true
		return
	case "false", "-":
		dl.member.NotPersonal, dl.member.Infer, dl.member.Declared = true, false, nil
		return
	}
	if key, ok := c.category(v); ok {
		dl.member.Declared = &classifier.Match{Category: key, By: classifier.Annotation, Pattern: what + " " + v}
		dl.member.Infer, dl.member.NotPersonal = false, false
		dl.personal = true
		return
	}
	c.errAt(pos, fmt.Sprintf("unknown personal-data category %q in %s; use a key of the taxonomy (e.g. user.contact.email), a short form such as email or ssn, true or false, or declare it under categories: in %s",
		v, what, judge.PolicyName(c.pol)))
	dl.member.Infer = true
	dl.personal = true
}

// errAt records an error at pos.
func (c *checker) errAt(pos finding.Position, msg string) {
	c.errs = append(c.errs, &finding.Error{File: pos.File, Line: pos.Line, Column: pos.Column, Message: msg})
}

// mergeMember lays the annotation of dl over m (a nearer annotation wins).
func mergeMember(m *classifier.Member, dl decl) {
	switch {
	case dl.member.Declared != nil:
		m.Declared, m.Infer, m.NotPersonal = dl.member.Declared, false, false
	case dl.member.Infer:
		m.Declared, m.Infer, m.NotPersonal = nil, true, false
	case dl.member.NotPersonal:
		m.Declared, m.Infer, m.NotPersonal = nil, false, true
	}
}

// schemaKind is the kind of a schema file, told by its name.
type schemaKind uint8

const (
	kindDoc     schemaKind = iota // JSON Schema, OpenAPI or Swagger (by content)
	kindSQL                       // *.sql
	kindSQLDown                   // *.down.sql: skipped
	kindGraphQL                   // *.graphql, *.graphqls, *.gql
	kindProto                     // *.proto
)

// fileKindOf tells a file's kind by its name.
func fileKindOf(path string) schemaKind {
	name := strings.ToLower(filepath.Base(path))
	switch {
	case strings.HasSuffix(name, ".down.sql"):
		return kindSQLDown
	case strings.HasSuffix(name, ".sql"):
		return kindSQL
	case strings.HasSuffix(name, ".graphql"), strings.HasSuffix(name, ".graphqls"), strings.HasSuffix(name, ".gql"):
		return kindGraphQL
	case strings.HasSuffix(name, ".proto"):
		return kindProto
	}
	return kindDoc
}

// KindOf names the kind of a schema file as privlint reads it, told by
// its name: "SQL DDL", "GraphQL SDL", "Protocol Buffers", or "JSON
// Schema/OpenAPI" for the JSON and YAML documents.
func KindOf(path string) string {
	switch fileKindOf(path) {
	case kindSQL, kindSQLDown:
		return "SQL DDL"
	case kindGraphQL:
		return "GraphQL SDL"
	case kindProto:
		return "Protocol Buffers"
	}
	return "JSON Schema/OpenAPI"
}

// checkOther checks a file of a kind read by its own reader (SQL, GraphQL,
// Protocol Buffers); it reports false for a JSON or YAML document.
func (c *checker) checkOther(path string) bool {
	k := fileKindOf(path)
	if k == kindDoc {
		return false
	}
	if k == kindSQLDown || c.read[path] {
		return true
	}
	c.read[path] = true // read once per run
	data, err := readFile(path, c.lim.MaxSchemaBytes, func(p string) (*os.File, error) { return safefile.OpenNamed(p, c.root) })
	if err != nil {
		e := &finding.Error{File: path, Message: fmt.Sprintf("cannot read the schema: %v", err)}
		c.errs = append(c.errs, e)
		return true
	}
	switch k {
	case kindSQL:
		c.checkSQL(path, data)
	case kindGraphQL:
		c.checkGraphQL(path, data)
	case kindProto:
		c.checkProto(path, data)
	}
	return true
}

// finish judges what the readers gathered across the run's files: the
// SQL tables, whose columns several migrations may declare.
func (c *checker) finish() {
	c.judgeSQL()
}
