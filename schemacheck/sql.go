package schemacheck

import (
	"fmt"
	"slices"
	"strings"

	"github.com/privlint/privlint/finding"
	"github.com/privlint/privlint/internal/classifier"
	"github.com/privlint/privlint/rules"
)

// sqlNotes words the findings on SQL columns.
var sqlNotes = &kindNotes{
	purposeHow: "-- privlint:purpose <name> on the column's line or above CREATE TABLE (or purpose:<name> in the column's COMMENT)",
	storageWhy: "every SQL table is storage",
	encryptHow: "mark the column -- privlint:encrypted",
	sink:       "sql-table",
}

// sqlTable is a table declared by the SQL files of a run: CREATE TABLE
// and ALTER TABLE … ADD COLUMN in any of them add to it, so a migration
// that adds a column is judged with the table's other columns.
type sqlTable struct {
	h    *holder
	cols map[string]*prop // by lower-cased name
}

// checkSQL reads the tables and columns of one SQL file into c.tables.
// A statement that cannot be read is an error with its line; the rest of
// the file is still read.
func (c *checker) checkSQL(path string, data []byte) {
	if e := checkUTF8(path, data); e != nil {
		c.errs = append(c.errs, e)
		return
	}
	r := &sqlReader{c: c, path: path, lx: newSQLLexer(string(data), c.lim.MaxDepth)}
	var buf []sqlTok
	for {
		st, ok := r.lx.statement(buf)
		if !ok || r.lx.err != nil {
			break // a statement cut short by a lexical error is not read
		}
		r.statement(st)
		buf = st.toks
	}
	if e := r.lx.err; e != nil {
		c.errs = append(c.errs, &finding.Error{File: path, Line: e.line, Column: e.col,
			Message: "cannot read the SQL: " + e.msg + "; nothing after it was checked"})
	}
}

// sqlReader reads the statements of one file.
type sqlReader struct {
	c    *checker
	path string
	lx   *sqlLexer
}

func (r *sqlReader) pos(t sqlTok) finding.Position {
	return finding.Position{File: r.path, Line: t.line, Column: t.col}
}

func (r *sqlReader) errorf(t sqlTok, format string, args ...any) {
	r.c.errs = append(r.c.errs, &finding.Error{File: r.path, Line: t.line, Column: t.col, Message: fmt.Sprintf(format, args...)})
}

// kw reports whether t is the bare keyword k (upper case).
func kw(t sqlTok, k string) bool {
	return t.kind == sqlIdent && len(t.text) == len(k) && strings.EqualFold(t.text, k)
}

func punct(t sqlTok, p string) bool { return t.kind == sqlPunct && t.text == p }

// comments returns the kept comments with offsets in [from, to).
func (r *sqlReader) comments(from, to int) []sqlComment {
	cs := r.lx.comments
	i, _ := slices.BinarySearchFunc(cs, from, func(c sqlComment, off int) int { return c.off - off })
	j := i
	for j < len(cs) && cs[j].off < to {
		j++
	}
	return cs[i:j]
}

// notes reads the directives of comments into dl.
func (r *sqlReader) notes(cs []sqlComment, dl *decl) {
	for _, cm := range cs {
		verb, args, ok := parseNote(cm.text)
		if !ok {
			continue
		}
		r.c.apply(note{verb: verb, args: args, pos: finding.Position{File: r.path, Line: cm.line, Column: cm.col}}, dl, " in an SQL comment")
	}
}

// statement reads one statement; others than CREATE TABLE, ALTER TABLE,
// COMMENT ON and SECURITY LABEL are skipped.
func (r *sqlReader) statement(st sqlStatement) {
	ts := st.toks
	if len(ts) == 0 {
		return
	}
	switch {
	case kw(ts[0], "CREATE"):
		r.create(st)
	case kw(ts[0], "ALTER") && len(ts) > 1 && kw(ts[1], "TABLE"):
		r.alter(st)
	case kw(ts[0], "COMMENT") && len(ts) > 1 && kw(ts[1], "ON"):
		r.commentOn(st)
	case kw(ts[0], "SECURITY") && len(ts) > 1 && kw(ts[1], "LABEL"):
		r.securityLabel(st)
	}
}

// qualifiedName reads a name such as schema.table at ts[i]; it returns its
// parts and the index after it (i when there is none).
func qualifiedName(ts []sqlTok, i int) ([]sqlTok, int) {
	var parts []sqlTok
	for i < len(ts) && (ts[i].kind == sqlIdent || ts[i].kind == sqlQuoted) {
		parts = append(parts, ts[i])
		i++
		if i+1 < len(ts) && punct(ts[i], ".") {
			i++
			continue
		}
		break
	}
	return parts, i
}

// table returns the run's table named by t (created on first mention).
func (r *sqlReader) table(t sqlTok) *sqlTable {
	key := strings.ToLower(t.text)
	if tb, ok := r.c.tables[key]; ok {
		return tb
	}
	tb := &sqlTable{h: &holder{name: t.text, pos: r.pos(t), storage: true, notes: sqlNotes}, cols: map[string]*prop{}}
	r.c.tables[key] = tb
	r.c.tableOrder = append(r.c.tableOrder, key)
	return tb
}

// create reads CREATE [OR REPLACE] [TEMPORARY|UNLOGGED…] TABLE [IF NOT
// EXISTS] name (columns and constraints) […]; other CREATE statements
// (and CREATE TABLE … AS / PARTITION OF / LIKE, VIRTUAL TABLE) are skipped.
func (r *sqlReader) create(st sqlStatement) {
	ts := st.toks
	i := 1
	for i < len(ts) && (kw(ts[i], "OR") || kw(ts[i], "REPLACE") || kw(ts[i], "GLOBAL") || kw(ts[i], "LOCAL") ||
		kw(ts[i], "TEMPORARY") || kw(ts[i], "TEMP") || kw(ts[i], "UNLOGGED")) {
		i++
	}
	if i >= len(ts) || !kw(ts[i], "TABLE") {
		return
	}
	i++
	if i+2 < len(ts) && kw(ts[i], "IF") && kw(ts[i+1], "NOT") && kw(ts[i+2], "EXISTS") {
		i += 3
	}
	parts, j := qualifiedName(ts, i)
	if len(parts) == 0 {
		r.errorf(ts[0], "cannot read CREATE TABLE: expected the table's name after TABLE; the statement was skipped")
		return
	}
	if j >= len(ts) || !punct(ts[j], "(") {
		if j < len(ts) && (kw(ts[j], "AS") || kw(ts[j], "PARTITION") || kw(ts[j], "OF") || kw(ts[j], "LIKE") || kw(ts[j], "CLONE")) {
			return // no columns of its own
		}
		r.errorf(ts[0], "cannot read CREATE TABLE %s: expected ( and the column list after its name; the statement was skipped", parts[len(parts)-1].text)
		return
	}
	name := parts[len(parts)-1]
	elems, closeAt, ok := r.elements(ts, j, "CREATE TABLE "+name.text)
	if !ok {
		return
	}
	tb := r.table(name)
	// Directives above CREATE TABLE apply to the whole table.
	var tdl decl
	r.notes(ownLineOnly(r.comments(st.from, ts[0].off)), &tdl)
	r.tableDecl(tb, tdl)
	r.columns(tb, elems, ts[j].off, closeAt, decl{})
}

// ownLineOnly keeps the comments that stand on lines of their own (a
// comment after the previous statement on its line belongs to it).
func ownLineOnly(cs []sqlComment) []sqlComment {
	var out []sqlComment
	for _, c := range cs {
		if c.ownLine {
			out = append(out, c)
		}
	}
	return out
}

// tableDecl lays table-wide directives on the table's holder.
func (r *sqlReader) tableDecl(tb *sqlTable, dl decl) {
	if dl.purposes != nil {
		tb.h.purposes = dl.purposes
	}
	if dl.encrypted {
		tb.h.encrypted = true
	}
	if dl.personal {
		tb.h.personLike = true
	}
	if dl.member.NotPersonal {
		tb.h.notPersonal = true
	}
}

// elements splits the parenthesised list opening at ts[open] into its
// comma-separated elements. ok is false (and an error reported) when it is
// not closed.
func (r *sqlReader) elements(ts []sqlTok, open int, what string) ([][]sqlTok, int, bool) {
	depth := 0
	var out [][]sqlTok
	start := open + 1
	for k := open; k < len(ts); k++ {
		switch {
		case punct(ts[k], "("):
			depth++
		case punct(ts[k], ")"):
			depth--
			if depth == 0 {
				out = append(out, ts[start:k])
				return out, ts[k].off, true
			}
		case depth == 1 && punct(ts[k], ","):
			out = append(out, ts[start:k])
			start = k + 1
		}
	}
	r.errorf(ts[0], "cannot read %s: its column list is not closed by ); the statement was skipped", what)
	return nil, 0, false
}

// constraintWords start a table constraint or index, not a column.
var constraintWords = map[string]bool{
	"CONSTRAINT": true, "PRIMARY": true, "FOREIGN": true, "CHECK": true, "UNIQUE": true, "EXCLUDE": true,
	"LIKE": true, "INDEX": true, "KEY": true, "FULLTEXT": true, "SPATIAL": true, "PERIOD": true,
}

// isConstraint says whether the element el is a table constraint or index
// definition. INDEX and KEY are column names too where they are not
// reserved (PostgreSQL): `key varchar(10)` is a column, `KEY idx (a)` an
// index, told apart by what the parentheses hold.
func isConstraint(el []sqlTok) bool {
	if el[0].kind != sqlIdent || !constraintWords[strings.ToUpper(el[0].text)] {
		return false
	}
	u := strings.ToUpper(el[0].text)
	if u != "KEY" && u != "INDEX" && u != "UNIQUE" && u != "CHECK" {
		return true
	}
	if len(el) < 2 || punct(el[1], "(") || kw(el[1], "KEY") || kw(el[1], "INDEX") || kw(el[1], "USING") {
		return true
	}
	if len(el) >= 3 && punct(el[2], "(") {
		// KEY name (cols) vs key varchar(10): a type's parentheses hold numbers.
		for _, t := range el[3:] {
			if punct(t, ")") {
				return false
			}
			if t.kind != sqlNumber && !punct(t, ",") {
				return true
			}
		}
	}
	return false
}

// columns reads the column definitions among elems into tb. Directives
// count on the lines above a column (after the previous element; from
// offset from for the first) and at the end of its line (before the next
// element; before offset to for the last). dl holds the directives that
// apply to all of them (those above ALTER TABLE).
func (r *sqlReader) columns(tb *sqlTable, elems [][]sqlTok, from, to int, dl decl) {
	for k, el := range elems {
		if len(el) == 0 {
			at := sqlTok{line: r.lx.line, col: 1}
			if k > 0 && len(elems[k-1]) > 0 {
				at = elems[k-1][len(elems[k-1])-1]
			}
			r.errorf(at, "cannot read a column of %s: an empty element in the column list", tb.h.name)
			continue
		}
		if isConstraint(el) {
			continue
		}
		name := el[0]
		if name.kind != sqlIdent && name.kind != sqlQuoted && name.kind != sqlString {
			r.errorf(name, "cannot read a column of %s: expected a column name, found %q; the column was skipped", tb.h.name, name.text)
			continue
		}
		prevEnd := from
		if k > 0 && len(elems[k-1]) > 0 {
			prevEnd = elems[k-1][len(elems[k-1])-1].off + 1
		}
		nextStart := to
		if k+1 < len(elems) && len(elems[k+1]) > 0 {
			nextStart = elems[k+1][0].off
		}
		// The column's own purposes replace those above ALTER TABLE.
		cdl := dl
		cdl.purposes = nil
		for _, cm := range r.comments(prevEnd, nextStart) {
			if cm.off < name.off && !cm.ownLine {
				continue // the end of the previous element's line
			}
			if cm.off > name.off && cm.ownLine {
				continue // above the next element
			}
			r.notes([]sqlComment{cm}, &cdl)
		}
		r.column(tb, name, el[1:], cdl, dl.purposes)
	}
}

// column adds the column named by name with definition rest to tb; dl
// holds its own directives, inherited the purposes declared above ALTER
// TABLE, which its own replace.
func (r *sqlReader) column(tb *sqlTable, name sqlTok, rest []sqlTok, dl decl, inherited []string) {
	m := classifier.Member{Name: name.text}
	m.Kind, m.TypeName = sqlType(rest)
	// MySQL: COMMENT '…' among the column's options.
	depth := 0
	for k, t := range rest {
		switch {
		case punct(t, "("):
			depth++
		case punct(t, ")"):
			depth--
		case depth == 0 && kw(t, "COMMENT") && k+1 < len(rest) && rest[k+1].kind == sqlString:
			r.c.commentText(r.pos(rest[k+1]), rest[k+1].text, &dl)
		}
	}
	if dl.purposes == nil {
		dl.purposes = inherited
	}
	mergeMember(&m, dl)
	key := strings.ToLower(name.text)
	p := &prop{name: name.text, symbol: tb.h.name + "." + name.text, pos: r.pos(name), member: m, purposes: dl.purposes, encrypted: dl.encrypted}
	p.annotated = dl.member.Declared != nil || dl.member.Infer || dl.member.NotPersonal
	if old, ok := tb.cols[key]; ok {
		// Declared again (a later migration re-adding it): the last
		// declaration is the one judged.
		i := slices.Index(tb.h.props, old)
		tb.h.props[i] = p
	} else {
		tb.h.props = append(tb.h.props, p)
	}
	tb.cols[key] = p
}

// sqlType returns the classifier kind of a column definition (what follows
// its name) and the type's name.
func sqlType(rest []sqlTok) (classifier.Kind, string) {
	if len(rest) == 0 || rest[0].kind != sqlIdent && rest[0].kind != sqlQuoted {
		return classifier.KindString, "" // SQLite: no declared type
	}
	name := rest[0].text
	switch strings.ToLower(name) {
	case "bool", "boolean":
		return classifier.KindBool, ""
	case "int", "integer", "int2", "int4", "int8", "smallint", "bigint", "tinyint", "mediumint",
		"serial", "bigserial", "smallserial", "serial2", "serial4", "serial8",
		"numeric", "decimal", "dec", "real", "double", "float", "float4", "float8", "money", "number":
		return classifier.KindNumber, ""
	case "date", "datetime", "timestamp", "timestamptz", "time", "timetz", "year", "datetime2", "smalldatetime":
		return classifier.KindTime, ""
	case "interval":
		return classifier.KindDuration, ""
	case "bytea", "blob", "tinyblob", "mediumblob", "longblob", "binary", "varbinary":
		return classifier.KindBytes, ""
	case "enum", "set":
		return classifier.KindEnum, ""
	case "json", "jsonb":
		return classifier.KindString, ""
	case "bit":
		if len(rest) >= 4 && punct(rest[1], "(") && rest[2].text == "1" {
			return classifier.KindBool, ""
		}
		return classifier.KindBytes, ""
	case "text", "varchar", "char", "character", "nchar", "nvarchar", "tinytext", "mediumtext", "longtext",
		"string", "clob", "citext", "uuid", "inet", "cidr", "macaddr", "macaddr8", "xml", "name":
		return classifier.KindString, ""
	}
	if len(rest) == 1 || len(rest) > 1 && !punct(rest[1], ".") {
		// A user-defined type (an enum or domain): its name is evidence.
		return classifier.KindString, name
	}
	return classifier.KindString, ""
}

// commentText reads the text of a COMMENT: the words pii, pii:KEY,
// purpose:NAME and encrypted count as annotations.
func (c *checker) commentText(pos finding.Position, text string, dl *decl) {
	words := strings.FieldsFunc(text, func(r rune) bool {
		return r == ' ' || r == '\t' || r == '\n' || r == '\r' || r == ',' || r == ';' || r == '(' || r == ')'
	})
	for i, w := range words {
		lw := strings.ToLower(strings.TrimRight(w, "."))
		switch {
		case lw == "pii" && i > 0 && (strings.EqualFold(words[i-1], "not") || strings.EqualFold(words[i-1], "no")):
			c.piiText(pos, "false", dl, "COMMENT not pii")
		case lw == "pii":
			if !dl.personal && dl.member.Declared == nil {
				c.piiText(pos, "true", dl, "COMMENT pii")
			}
		case strings.HasPrefix(lw, "pii:"):
			c.piiText(pos, strings.TrimRight(w, ".")[4:], dl, "COMMENT pii:")
		case strings.HasPrefix(lw, "purpose:"):
			if p := strings.TrimRight(w, ".")[len("purpose:"):]; p != "" {
				merged := append(slices.Clone(dl.purposes), p)
				slices.Sort(merged)
				dl.purposes = slices.Compact(merged)
			}
		case lw == "encrypted":
			if i == 0 || strings.ToLower(words[i-1]) != "not" {
				dl.encrypted = true
			}
		}
	}
}

// alter reads ALTER TABLE [IF EXISTS] [ONLY] name ADD [COLUMN] [IF NOT
// EXISTS] definition [, ADD …]; other actions are skipped.
func (r *sqlReader) alter(st sqlStatement) {
	ts := st.toks
	i := 2
	if i+1 < len(ts) && kw(ts[i], "IF") && kw(ts[i+1], "EXISTS") {
		i += 2
	}
	if i < len(ts) && kw(ts[i], "ONLY") {
		i++
	}
	parts, j := qualifiedName(ts, i)
	if len(parts) == 0 {
		r.errorf(ts[0], "cannot read ALTER TABLE: expected the table's name after TABLE; the statement was skipped")
		return
	}
	name := parts[len(parts)-1]
	// Split the actions at top-level commas.
	var actions [][]sqlTok
	depth, start := 0, j
	for k := j; k <= len(ts); k++ {
		if k == len(ts) || depth == 0 && punct(ts[k], ",") {
			actions = append(actions, ts[start:k])
			start = k + 1
			continue
		}
		if punct(ts[k], "(") {
			depth++
		} else if punct(ts[k], ")") {
			depth--
		}
	}
	var above decl
	r.notes(ownLineOnly(r.comments(st.from, ts[0].off)), &above)
	var tb *sqlTable
	for ai, a := range actions {
		if len(a) == 0 || !kw(a[0], "ADD") {
			continue
		}
		k := 1
		if k < len(a) && kw(a[k], "COLUMN") {
			k++
		}
		if k+2 < len(a) && kw(a[k], "IF") && kw(a[k+1], "NOT") && kw(a[k+2], "EXISTS") {
			k += 3
		}
		if k >= len(a) {
			r.errorf(a[0], "cannot read ALTER TABLE %s ADD: nothing follows ADD; the statement was skipped", name.text)
			return
		}
		if tb == nil {
			tb = r.table(name)
		}
		if punct(a[k], "(") {
			// MySQL: ADD [COLUMN] (a int, b text)
			elems, closeAt, ok := r.elements(a, k, "ALTER TABLE "+name.text+" ADD")
			if !ok {
				return
			}
			r.columns(tb, elems, a[k].off, closeAt, above)
			continue
		}
		if isConstraint(a[k:]) {
			continue
		}
		// Up to the next action: a comment after the comma that ends
		// this one is at the end of its line.
		to := st.end
		if ai+1 < len(actions) && len(actions[ai+1]) > 0 {
			to = actions[ai+1][0].off
		}
		// From the previous action (or the table's name): a comment on
		// the lines above ADD is above the column.
		from := ts[j-1].off + 1
		if ai > 0 && len(actions[ai-1]) > 0 {
			prev := actions[ai-1]
			from = prev[len(prev)-1].off + 1
		}
		r.columns(tb, [][]sqlTok{a[k:]}, from, to, above)
	}
}

// commentOn reads COMMENT ON COLUMN t.c IS '…' and COMMENT ON TABLE t IS
// '…' (PostgreSQL); other objects are skipped. The comment may come
// before or after the column in the run's files: it is laid on the column
// when the run's tables are judged.
func (r *sqlReader) commentOn(st sqlStatement) {
	ts := st.toks
	if len(ts) < 3 || !kw(ts[2], "COLUMN") && !kw(ts[2], "TABLE") {
		return
	}
	parts, j := qualifiedName(ts, 3)
	if j+1 >= len(ts) || !kw(ts[j], "IS") {
		r.errorf(ts[0], "cannot read COMMENT ON %s: expected a name, IS and the comment; the statement was skipped", strings.ToUpper(ts[2].text))
		return
	}
	if ts[j+1].kind != sqlString { // IS NULL removes a comment
		return
	}
	var dl decl
	r.c.commentText(r.pos(ts[j+1]), ts[j+1].text, &dl)
	r.later(kw(ts[2], "COLUMN"), parts, dl, ts[0])
}

// securityLabel reads PostgreSQL Anonymizer's SECURITY LABEL FOR anon ON
// COLUMN t.c IS 'MASKED WITH …': the column holds personal data.
func (r *sqlReader) securityLabel(st sqlStatement) {
	ts := st.toks
	i := 2
	if i+1 < len(ts) && kw(ts[i], "FOR") {
		if !strings.EqualFold(ts[i+1].text, "anon") {
			return
		}
		i += 2
	}
	if i+1 >= len(ts) || !kw(ts[i], "ON") || !kw(ts[i+1], "COLUMN") {
		return
	}
	parts, j := qualifiedName(ts, i+2)
	if j+1 >= len(ts) || !kw(ts[j], "IS") || ts[j+1].kind != sqlString {
		r.errorf(ts[0], "cannot read SECURITY LABEL: expected ON COLUMN table.column IS '…'; the statement was skipped")
		return
	}
	label := strings.ToUpper(strings.TrimSpace(ts[j+1].text))
	if !strings.HasPrefix(label, "MASKED WITH") {
		return
	}
	var dl decl
	dl.member.Infer, dl.personal = true, true
	r.later(true, parts, dl, ts[0])
}

// sqlLater is an annotation made by a separate statement, laid on its
// column or table once every file of the run is read.
type sqlLater struct {
	table, column string // lower-cased; column "" for a table
	dl            decl
	at            finding.Position
}

// later records an annotation of a column (parts: [schema.]table.column)
// or a table.
func (r *sqlReader) later(column bool, parts []sqlTok, dl decl, at sqlTok) {
	want := 1
	if column {
		want = 2
	}
	if len(parts) < want {
		r.errorf(at, "cannot read %s: expected a %s name; the statement was skipped", strings.ToUpper(at.text), map[bool]string{true: "table.column", false: "table"}[column])
		return
	}
	l := sqlLater{dl: dl, at: r.pos(at)}
	if column {
		l.table, l.column = strings.ToLower(parts[len(parts)-2].text), strings.ToLower(parts[len(parts)-1].text)
	} else {
		l.table = strings.ToLower(parts[len(parts)-1].text)
	}
	r.c.sqlLater = append(r.c.sqlLater, l)
}

// judgeSQL lays the run's COMMENT ON and SECURITY LABEL annotations and
// its Fides datasets on the tables, then judges every table.
func (c *checker) judgeSQL() {
	for _, l := range c.sqlLater {
		tb := c.tables[l.table]
		if tb == nil {
			continue // a table no file of the run creates
		}
		if l.column == "" {
			c.sqlTableLater(tb, l.dl)
			continue
		}
		col := tb.cols[l.column]
		if col == nil {
			continue
		}
		// An annotation on the column's own line is nearer and wins.
		if !col.annotated {
			mergeMember(&col.member, l.dl)
		}
		if col.purposes == nil && l.dl.purposes != nil {
			col.purposes = l.dl.purposes
		}
		if l.dl.encrypted {
			col.encrypted = true
		}
	}
	for _, key := range c.tableOrder {
		tb := c.tables[key]
		c.fidesTable(tb)
		if tb.h.notPersonal {
			for _, p := range tb.h.props {
				if p.member.Declared == nil && !p.member.Infer {
					p.member.NotPersonal = true
				}
			}
		}
		c.judgeHolder(tb.h)
	}
}

func (c *checker) sqlTableLater(tb *sqlTable, dl decl) {
	if tb.h.purposes == nil && dl.purposes != nil {
		tb.h.purposes = dl.purposes
	}
	if dl.encrypted {
		tb.h.encrypted = true
	}
	if dl.personal {
		tb.h.personLike = true
	}
}

// fidesTable lays the data_categories of the Fides dataset fields named
// like the table's columns on them as explicit categories, unless the SQL
// annotates the column itself.
func (c *checker) fidesTable(tb *sqlTable) {
	if c.pol == nil || len(c.pol.FidesDatasets) == 0 {
		return
	}
	for _, coll := range c.pol.FidesTable(tb.h.name) {
		for _, p := range tb.h.props {
			f := coll.Field(p.name)
			if f == nil || len(f.Categories) == 0 {
				continue
			}
			if p.annotated {
				continue
			}
			var personal string
			for _, cat := range f.Categories {
				if rules.IsPersonal(cat) {
					personal = cat
					break
				}
			}
			if personal == "" {
				p.member.NotPersonal, p.member.Declared, p.member.Infer = true, nil, false
				continue
			}
			p.member.Declared = &classifier.Match{Category: personal, By: classifier.Annotation,
				Pattern: fmt.Sprintf("fides dataset %s, collection %s, field %s", coll.Dataset, coll.Name, f.Name)}
			p.member.Infer, p.member.NotPersonal = false, false
		}
	}
}
