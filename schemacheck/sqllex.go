package schemacheck

import (
	"fmt"
	"strings"
)

// The SQL reader is privlint's own (see the README, "SQL DDL"): no
// maintained pure-Go parser reads the DDL of PostgreSQL, MySQL/MariaDB and
// SQLite alike (pg_query_go needs cgo; vitess's and its forks' parsers read
// MySQL only), and privlint needs only the declarations of a migration:
// CREATE TABLE, ALTER TABLE … ADD COLUMN, COMMENT ON and SECURITY LABEL.
// It stands on a tokenizer that knows the three dialects' lexical rules —
// string literals ('…' with '' doubling, E'…' and MySQL's backslash
// escapes), quoted identifiers ("…", `…`, […]), PostgreSQL dollar quoting
// ($$…$$, $tag$…$tag$), -- # and /* */ comments — so that a semicolon,
// parenthesis or keyword inside any of them never splits or opens a
// statement. Every other statement is skipped whole.

// sqlKind is the kind of an SQL token.
type sqlKind uint8

const (
	sqlIdent  sqlKind = iota + 1 // a bare word: keyword or identifier
	sqlQuoted                    // a quoted identifier ("…", `…`, […]), unescaped
	sqlString                    // a string literal, unescaped
	sqlNumber
	sqlParam // $1
	sqlPunct // one byte of punctuation
)

// sqlTok is one token.
type sqlTok struct {
	kind sqlKind
	text string
	off  int // byte offset
	line int // 1-based
	col  int // 1-based byte column
}

// sqlComment is a comment that holds a privlint directive or a migration
// tool's "down" marker; other comments are not kept.
type sqlComment struct {
	text    string // without its markers
	off     int
	line    int
	col     int
	ownLine bool // nothing but blanks before it on its line
}

// sqlLexer tokenizes one SQL file.
type sqlLexer struct {
	src       string
	pos       int
	line      int
	lineStart int
	mysql     bool // backslash escapes in strings, # comments
	depth     int  // open parentheses
	maxDepth  int
	comments  []sqlComment
	// err is the first lexical error: the file is read up to it.
	err *sqlError
	// end is where a migration's down half starts (-1: none): reading
	// stops there.
	end int
}

// sqlError is a lexical or syntax error at a line and column.
type sqlError struct {
	line, col int
	msg       string
}

func newSQLLexer(src string, maxDepth int) *sqlLexer {
	return &sqlLexer{src: src, line: 1, mysql: looksMySQL(src), maxDepth: maxDepth, end: -1}
}

// looksMySQL says whether a file is written for MySQL/MariaDB: it quotes
// with backticks or names a storage engine or AUTO_INCREMENT. Only MySQL
// reads backslash escapes in '…' strings and # as a comment.
func looksMySQL(src string) bool {
	if strings.IndexByte(src, '`') >= 0 {
		return true
	}
	for _, w := range []string{"ENGINE", "engine", "Engine", "AUTO_INCREMENT", "auto_increment"} {
		if strings.Contains(src, w) {
			return true
		}
	}
	return false
}

func (l *sqlLexer) fail(off int, format string, args ...any) {
	if l.err == nil {
		line, col := l.lineCol(off)
		l.err = &sqlError{line: line, col: col, msg: fmt.Sprintf(format, args...)}
	}
	l.pos = len(l.src)
}

// lineCol returns the line and column of an offset at or after the
// current line's start, or on an earlier line (counted then).
func (l *sqlLexer) lineCol(off int) (int, int) {
	if off >= l.lineStart {
		return l.line, off - l.lineStart + 1
	}
	line := l.line - strings.Count(l.src[off:l.lineStart], "\n")
	start := strings.LastIndexByte(l.src[:off], '\n') + 1
	return line, off - start + 1
}

// advance moves to off, counting the newlines passed.
func (l *sqlLexer) advance(off int) {
	s := l.src[l.pos:off]
	if n := strings.Count(s, "\n"); n > 0 {
		l.line += n
		l.lineStart = l.pos + strings.LastIndexByte(s, '\n') + 1
	}
	l.pos = off
}

func isIdentStart(b byte) bool {
	return b == '_' || b >= 0x80 || (b|0x20 >= 'a' && b|0x20 <= 'z')
}

func isIdentByte(b byte) bool {
	return isIdentStart(b) || b == '$' || (b >= '0' && b <= '9')
}

// next returns the next token; ok is false at the end of the file or at
// the first lexical error (l.err).
func (l *sqlLexer) next() (t sqlTok, ok bool) {
	src := l.src
	for l.pos < len(src) && l.end < 0 {
		b := src[l.pos]
		switch {
		case b == '\n':
			l.pos++
			l.line++
			l.lineStart = l.pos
			continue
		case b == ' ' || b == '\t' || b == '\r' || b == '\f' || b == '\v':
			l.pos++
			continue
		case b == '-' && l.pos+1 < len(src) && src[l.pos+1] == '-':
			l.lineComment(l.pos, 2)
			continue
		case b == '#' && l.mysql:
			l.lineComment(l.pos, 1)
			continue
		case b == '/' && l.pos+1 < len(src) && src[l.pos+1] == '*':
			start := l.pos
			end := strings.Index(src[start+2:], "*/")
			if end < 0 {
				l.fail(start, "unterminated /* comment")
				return sqlTok{}, false
			}
			l.keep(start, src[start+2:start+2+end])
			if l.end < 0 {
				l.advance(start + 2 + end + 2)
			}
			continue
		case b == 0xEF && l.pos == 0 && strings.HasPrefix(src, "\xEF\xBB\xBF"):
			l.pos += 3
			continue
		}
		break
	}
	if l.pos >= len(src) || l.end >= 0 {
		return sqlTok{}, false
	}
	start := l.pos
	t = sqlTok{off: start, line: l.line, col: start - l.lineStart + 1}
	b := src[start]
	switch {
	case (b == 'E' || b == 'e') && start+1 < len(src) && src[start+1] == '\'':
		l.pos++
		t.kind, t.text = sqlString, l.quoted('\'', start, true)
	case isIdentStart(b):
		i := start + 1
		for i < len(src) && isIdentByte(src[i]) {
			i++
		}
		l.pos = i
		t.kind, t.text = sqlIdent, src[start:i]
	case b >= '0' && b <= '9' || b == '.' && start+1 < len(src) && src[start+1] >= '0' && src[start+1] <= '9':
		i := start + 1
		for i < len(src) {
			c := src[i]
			if c >= '0' && c <= '9' || c == '.' || c == '_' || isIdentStart(c) {
				i++
			} else if (c == '+' || c == '-') && (src[i-1]|0x20 == 'e') {
				i++
			} else {
				break
			}
		}
		l.pos = i
		t.kind, t.text = sqlNumber, src[start:i]
	case b == '\'':
		t.kind, t.text = sqlString, l.quoted('\'', start, l.mysql)
	case b == '"':
		t.kind, t.text = sqlQuoted, l.quoted('"', start, false)
	case b == '`':
		t.kind, t.text = sqlQuoted, l.quoted('`', start, false)
	case b == '[' && l.bracketIdent(start):
		end := start + 1 + strings.IndexByte(src[start+1:], ']')
		t.kind, t.text = sqlQuoted, src[start+1:end]
		l.pos = end + 1
	case b == '$':
		l.dollar(start, &t)
	case b == '{' && start+1 < len(src) && src[start+1] == '{':
		// A Go template action ({{ index .Options "Namespace" }}, as
		// pop/soda and gotrue migrations write schema names) stands
		// for a name.
		end := strings.Index(src[start+2:], "}}")
		if end < 0 {
			l.fail(start, "unterminated {{ template action")
			return sqlTok{}, false
		}
		t.kind, t.text = sqlQuoted, src[start:start+2+end+2]
		l.advance(start + 2 + end + 2)
	default:
		l.pos++
		t.kind, t.text = sqlPunct, src[start:start+1]
		switch b {
		case '(':
			l.depth++
			if l.depth > l.maxDepth {
				l.fail(start, "parentheses nested more than %d deep (limits.max_depth)", l.maxDepth)
				return sqlTok{}, false
			}
		case ')':
			if l.depth > 0 {
				l.depth--
			}
		}
	}
	if l.err != nil {
		return sqlTok{}, false
	}
	return t, true
}

// lineComment skips a comment that runs to the end of the line, its
// marker n bytes long.
func (l *sqlLexer) lineComment(start, n int) {
	end := strings.IndexByte(l.src[start:], '\n')
	if end < 0 {
		end = len(l.src)
	} else {
		end += start
	}
	l.pos = end
	l.keep(start, strings.TrimSuffix(l.src[start+n:end], "\r"))
}

// keep records a comment that holds a directive or a down marker.
func (l *sqlLexer) keep(start int, text string) {
	if !strings.Contains(text, "privlint:") && !isDownMarker(text) {
		return
	}
	if isDownMarker(text) {
		// The rest of the file undoes the migration.
		l.end = start
		return
	}
	line, col := l.lineCol(start)
	own := strings.TrimLeft(l.src[l.lineStart:start], " \t\r\f\v\xEF\xBB\xBF") == ""
	l.comments = append(l.comments, sqlComment{text: text, off: start, line: line, col: col, ownLine: own})
}

// isDownMarker reports whether a comment starts the "down" half of a
// goose, sql-migrate or dbmate migration: what follows undoes the
// migration and is not part of the schema.
func isDownMarker(text string) bool {
	t := strings.ToLower(strings.TrimSpace(text))
	return t == "+goose down" || t == "+migrate down" || t == "migrate:down"
}

// quoted reads a literal or quoted identifier opened by q at l.pos,
// doubling q to escape it (and a backslash when bs). start is the token's
// offset, for errors.
func (l *sqlLexer) quoted(q byte, start int, bs bool) string {
	src := l.src
	i := l.pos + 1
	from := i
	var sb *strings.Builder
	for {
		j := i
		for j < len(src) && src[j] != q && !(bs && src[j] == '\\') {
			j++
		}
		if j >= len(src) {
			l.fail(start, "unterminated %s", quoteName(q))
			return ""
		}
		if src[j] == '\\' {
			if j+1 >= len(src) {
				l.fail(start, "unterminated %s", quoteName(q))
				return ""
			}
			if sb == nil {
				sb = &strings.Builder{}
			}
			sb.WriteString(src[from:j])
			sb.WriteByte(unescapeByte(src[j+1]))
			i = j + 2
			from = i
			continue
		}
		if j+1 < len(src) && src[j+1] == q {
			if sb == nil {
				sb = &strings.Builder{}
			}
			sb.WriteString(src[from : j+1])
			i = j + 2
			from = i
			continue
		}
		l.advance(j + 1)
		if sb == nil {
			return src[from:j]
		}
		sb.WriteString(src[from:j])
		return sb.String()
	}
}

func unescapeByte(b byte) byte {
	switch b {
	case 'n':
		return '\n'
	case 't':
		return '\t'
	case 'r':
		return '\r'
	case '0':
		return 0
	}
	return b
}

func quoteName(q byte) string {
	switch q {
	case '\'':
		return "string literal"
	case '"':
		return `"quoted" identifier`
	}
	return "`quoted` identifier"
}

// bracketIdent says whether '[' at start opens an SQLite/SQL Server
// [identifier] rather than a PostgreSQL array bound (text[], int[3],
// ARRAY['a']): a letter or underscore follows and ']' closes it on the same
// line.
func (l *sqlLexer) bracketIdent(start int) bool {
	if start+1 >= len(l.src) || !isIdentStart(l.src[start+1]) {
		return false
	}
	rest := l.src[start+1:]
	end := strings.IndexByte(rest, ']')
	nl := strings.IndexByte(rest, '\n')
	return end > 0 && (nl < 0 || end < nl)
}

// dollar reads a token starting with '$': a positional parameter ($1), a
// dollar-quoted string ($$…$$, $tag$…$tag$), or punctuation.
func (l *sqlLexer) dollar(start int, t *sqlTok) {
	src := l.src
	i := start + 1
	if i < len(src) && src[i] >= '0' && src[i] <= '9' {
		for i < len(src) && src[i] >= '0' && src[i] <= '9' {
			i++
		}
		l.pos = i
		t.kind, t.text = sqlParam, src[start:i]
		return
	}
	for i < len(src) && isIdentByte(src[i]) && src[i] != '$' {
		i++
	}
	if i >= len(src) || src[i] != '$' {
		l.pos = start + 1
		t.kind, t.text = sqlPunct, "$"
		return
	}
	tag := src[start : i+1]
	end := strings.Index(src[i+1:], tag)
	if end < 0 {
		l.fail(start, "unterminated dollar-quoted string %s", tag)
		return
	}
	t.kind, t.text = sqlString, src[i+1:i+1+end]
	l.advance(i + 1 + end + len(tag))
}

// sqlStatement is the tokens of one statement and the offset where the
// text before it (its leading comments) starts.
type sqlStatement struct {
	toks []sqlTok
	from int // offset just past the previous statement's ';'
	end  int // offset of its ';' (or the end of the file)
}

// statement returns the next statement (without its ';'); ok is false at
// the end of the file. A statement is cut short by a lexical error (l.err).
func (l *sqlLexer) statement(buf []sqlTok) (sqlStatement, bool) {
	st := sqlStatement{toks: buf[:0], from: l.pos}
	for {
		t, ok := l.next()
		if !ok {
			st.end = len(l.src)
			return st, len(st.toks) > 0
		}
		if t.kind == sqlPunct && t.text == ";" {
			st.end = t.off
			l.depth = 0
			return st, true
		}
		st.toks = append(st.toks, t)
	}
}
