package flow

import (
	"go/token"
	"slices"
	"strings"

	"golang.org/x/tools/go/ssa"
)

// Statement is SQL text that a storage call of the package is given, as
// the flow engine reads it (a constant, or the constant prefix of a
// concatenation or a fmt.Sprintf format), so that other analyzers read
// the same text without reading SQL themselves.
type Statement struct {
	Pos, End token.Pos // the call, as Flow.Pos and Flow.End
	// Query is the index of the text among the call's arguments (the
	// receiver not counted): the bound parameters follow it.
	Query int
	Text  string

	// parsed is what the methods read of Text, worked out once per
	// package and text (nil: worked out at each call).
	parsed *parsedSQL
}

// parsedSQL is what Statement's methods read of a statement's text.
type parsedSQL struct {
	toks    []string
	columns map[int]string
	tables  []string
}

// parseSQL reads the text q for Statement's methods.
func parseSQL(q string) *parsedSQL {
	p := &parsedSQL{toks: sqlTokens(q)}
	if cols := sqlColumnsOf(p.toks); len(cols) > 0 {
		p.columns = cols
	}
	p.tables = sqlTablesOf(p.toks)
	return p
}

// tokens returns the tokens of the statement's text.
func (s Statement) tokens() []string {
	if s.parsed != nil {
		return s.parsed.toks
	}
	return sqlTokens(s.Text)
}

// Columns maps the arguments that the statement binds to a column it
// writes to the column: the index after the text (0 for $1 or the first
// ?) to the lower-case column name, for INSERT INTO t (a, b) VALUES ($1,
// $2) and UPDATE t SET a = $1. Nil for a statement that writes nothing.
// The map may be shared: it must not be changed.
func (s Statement) Columns() map[int]string {
	if s.parsed != nil {
		return s.parsed.columns
	}
	if cols := sqlColumns(s.Text); len(cols) > 0 {
		return cols
	}
	return nil
}

// Compared returns the columns the statement compares or tests: the
// column names in its WHERE, ON and HAVING conditions (lower case,
// unquoted, without their table qualifier), sorted: lower(fever_token) =
// lower($1) compares fever_token.
func (s Statement) Compared() []string { return sqlComparedOf(s.tokens()) }

// Tables returns the tables the statement names (after FROM, JOIN,
// INTO and UPDATE, and in a FROM list), lower case, unquoted and without
// their schema, sorted. The slice may be shared: it must not be changed.
func (s Statement) Tables() []string {
	if s.parsed != nil {
		return s.parsed.tables
	}
	return sqlTables(s.Text)
}

// Selected returns the columns of the statement's first SELECT list (or
// of its RETURNING list, when it has no SELECT), in order: a column, qualified or not, with or without an alias, gives its
// lower-case name; an expression or * gives "". Nil when the statement
// selects nothing.
func (s Statement) Selected() []string { return sqlSelectedOf(s.tokens()) }

// sqlSelected reads the first SELECT list of a statement.
func sqlSelected(q string) []string { return sqlSelectedOf(sqlTokens(q)) }

// sqlSelectedOf is sqlSelected of the statement's tokens.
func sqlSelectedOf(toks []string) []string {
	i := slices.IndexFunc(toks, func(t string) bool { return strings.EqualFold(t, "select") })
	if i < 0 {
		i = slices.IndexFunc(toks, func(t string) bool { return strings.EqualFold(t, "returning") })
	}
	if i < 0 {
		return nil
	}
	var out []string
	var item []string
	depth := 0
	flush := func() {
		col := ""
		if len(item) > 0 && strings.EqualFold(item[0], "distinct") {
			item = item[1:]
		}
		if len(item) == 3 && strings.EqualFold(item[1], "as") || len(item) == 2 {
			item = item[:1] // email AS e, email e
		}
		if len(item) == 1 {
			if t := item[0]; t[0] == '"' || t[0] == '`' || isIdentByte(t[0]) && (t[0] < '0' || t[0] > '9') && t[0] != '.' {
				col = unquote(t)
			}
		}
		out = append(out, col)
		item = nil
	}
	for _, t := range toks[i+1:] {
		switch {
		case t == "(":
			depth++
			item = append(item, t)
		case t == ")":
			depth--
			if depth < 0 {
				flush()
				return out
			}
			item = append(item, t)
		case depth == 0 && t == ",":
			flush()
		case depth == 0 && (strings.EqualFold(t, "from") || t == ";" || strings.EqualFold(t, "where") ||
			strings.EqualFold(t, "union") || strings.EqualFold(t, "into")):
			flush()
			return out
		default:
			item = append(item, t)
		}
	}
	flush()
	return out
}

// sqlTableWords are the keywords a table name follows.
var sqlTableWords = map[string]bool{"from": true, "join": true, "into": true, "update": true}

// sqlTables reads a statement for the tables it names.
func sqlTables(q string) []string { return sqlTablesOf(sqlTokens(q)) }

// sqlTablesOf is sqlTables of the statement's tokens.
func sqlTablesOf(toks []string) []string {
	var out []string
	inFrom := false
	for i := 0; i+1 < len(toks); i++ {
		low := strings.ToLower(toks[i])
		switch {
		case sqlTableWords[low]:
			inFrom = low == "from"
		case inFrom && toks[i] == ",":
		default:
			if low != "," && (sqlCondition[low] || sqlClauseEnd[low] || toks[i] == "(" || toks[i] == ")") {
				inFrom = false
			}
			continue
		}
		j := i + 1
		if strings.EqualFold(toks[j], "only") && j+1 < len(toks) {
			j++ // FROM ONLY t
		}
		for j+2 < len(toks) && toks[j+1] == "." {
			j += 2 // "schema"."table"
		}
		next := toks[j]
		if next[0] == '"' || next[0] == '`' || (isIdentByte(next[0]) && (next[0] < '0' || next[0] > '9')) {
			if t := unquote(next); t != "" && !sqlClauseEnd[t] && t != "(" {
				out = append(out, t)
			}
		}
	}
	slices.Sort(out)
	return slices.Compact(out)
}

// sqlCondition are the keywords that open a condition, and sqlClauseEnd
// those that close one.
var (
	sqlCondition = map[string]bool{"where": true, "on": true, "having": true}
	sqlClauseEnd = map[string]bool{
		"order": true, "group": true, "limit": true, "offset": true, "returning": true, "union": true,
		"intersect": true, "except": true, "select": true, "from": true, "join": true, "inner": true,
		"left": true, "right": true, "full": true, "cross": true, "set": true, "values": true,
		"for": true, "window": true, "fetch": true, ";": true, "do": true,
	}
	sqlOnAction = map[string]bool{"conflict": true, "delete": true, "update": true, "duplicate": true, "commit": true}
	// sqlWords are the keywords and literals that may stand in a
	// condition where a column name could.
	sqlWords = map[string]bool{
		"and": true, "or": true, "not": true, "is": true, "null": true, "in": true, "like": true,
		"ilike": true, "between": true, "true": true, "false": true, "exists": true, "any": true,
		"all": true, "some": true, "case": true, "when": true, "then": true, "else": true, "end": true,
		"as": true, "distinct": true, "escape": true, "collate": true, "similar": true, "to": true,
		"unknown": true, "interval": true, "current_date": true, "current_timestamp": true, "now": true,
	}
)

// sqlCompared reads a statement for the columns its conditions name: an
// identifier in a WHERE, ON or HAVING condition that is neither a keyword,
// a function (followed by a parenthesis), a number nor a placeholder.
func sqlCompared(q string) []string { return sqlComparedOf(sqlTokens(q)) }

// sqlComparedOf is sqlCompared of the statement's tokens.
func sqlComparedOf(toks []string) []string {
	var out []string
	in := false
	for i, tok := range toks {
		low := strings.ToLower(tok)
		switch {
		case sqlCondition[low]:
			// ON CONFLICT (email), ON DELETE CASCADE: a constraint's
			// target, not a condition.
			in = low != "on" || i+1 >= len(toks) || !sqlOnAction[strings.ToLower(toks[i+1])]
			continue
		case sqlClauseEnd[low]:
			in = false
			continue
		}
		if !in || sqlWords[low] || tok[0] == '$' || tok[0] >= '0' && tok[0] <= '9' || tok[0] == '.' {
			continue
		}
		if tok[0] != '"' && tok[0] != '`' && !isIdentByte(tok[0]) {
			continue
		}
		if i+1 < len(toks) && toks[i+1] == "(" {
			continue // a function: lower(…)
		}
		if i > 0 && toks[i-1] == ":" {
			continue // a cast (::text) or a named parameter (:name)
		}
		if c := unquote(tok); c != "" {
			out = append(out, c)
		}
	}
	slices.Sort(out)
	return slices.Compact(out)
}

// statements records the SQL text given to the package's storage calls
// (Result.Statements): the argument the catalog names as the text, or,
// for a call that names none (db.Exec), the first string argument whose
// text is a constant or has a constant prefix.
func (a *analysis_) statements() {
	seen := map[token.Pos]bool{}
	parsed := map[string]*parsedSQL{}
	for _, fn := range a.funcs {
		for _, b := range fn.Blocks {
			for _, instr := range b.Instrs {
				ci, ok := instr.(ssa.CallInstruction)
				if !ok {
					continue
				}
				s, ok := a.statement(ci)
				if !ok || seen[s.Pos] {
					continue
				}
				seen[s.Pos] = true
				p := parsed[s.Text]
				if p == nil {
					p = parseSQL(s.Text)
					parsed[s.Text] = p
				}
				s.parsed = p
				a.res.Statements = append(a.res.Statements, s)
			}
		}
	}
	sortByPlace(a.pass.Fset, a.res.Statements, func(s Statement) token.Pos { return s.Pos })
}

// statement reads the SQL text of one storage call.
func (a *analysis_) statement(ci ssa.CallInstruction) (Statement, bool) {
	common := ci.Common()
	obj := calleeObj(common)
	if obj == nil {
		return Statement{}, false
	}
	f := a.find(a.cat.Storage, obj)
	if f == nil {
		return Statement{}, false
	}
	args := common.Args
	if !common.IsInvoke() && len(args) > 0 {
		if fn := common.StaticCallee(); fn != nil && fn.Signature.Recv() != nil {
			args = args[1:]
		}
	}
	ce, ok := a.callAt(common.Pos())
	if !ok {
		return Statement{}, false
	}
	text := func(x ssa.Value) string {
		if t, ok := constString(x); ok {
			return t
		}
		return constPrefix(x, 0)
	}
	if f.SQL != nil {
		if q := *f.SQL; q < len(args) && isString(args[q].Type()) {
			if t := text(args[q]); t != "" {
				return Statement{Pos: ce.Pos(), End: ce.End(), Query: q, Text: t}, true
			}
		}
		return Statement{}, false
	}
	for i, x := range args {
		if !isString(x.Type()) {
			continue
		}
		if t := text(x); t != "" {
			return Statement{Pos: ce.Pos(), End: ce.End(), Query: i, Text: t}, true
		}
		return Statement{}, false
	}
	return Statement{}, false
}
