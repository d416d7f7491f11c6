package unused

import (
	"go/ast"
	"go/token"
	"maps"
	"slices"
	"strings"

	"github.com/privlint/privlint/analyzers/flow"
	"github.com/privlint/privlint/finding"
)

// A value stored into a column that a query of the program compares is
// used: the database reads it back for the program (a sign-in that looks
// a user up by WHERE fever_token = $1 uses every token it stored). The
// columns come from the SQL text the flow engine collects
// (flow.Result.Statements): a field's value bound to a column of an
// INSERT or UPDATE is stored in that column, and a column named in a
// WHERE, ON or HAVING condition is compared. Columns are told apart by
// the tables their statement names ("table.column"): a guests.email
// lookup does not read what members.email holds. A statement whose
// tables are not found names its columns with no table (".column"), which
// matches that column of any table.

// statementsOf indexes the package's SQL statements by their call.
func statementsOf(res *flow.Result) map[[2]token.Pos]flow.Statement {
	out := make(map[[2]token.Pos]flow.Statement, len(res.Statements))
	for _, st := range res.Statements {
		out[[2]token.Pos{st.Pos, st.End}] = st
	}
	return out
}

// compared records the columns the package's statements compare, each
// at the first statement that does.
func (s *state) compared() {
	for _, st := range s.stmts {
		for _, col := range st.Compared() {
			p := s.position(st.Pos)
			for _, c := range qualified(st, col) {
				if old, ok := s.res.Compared[c]; !ok || comparePos(p, old) < 0 {
					if s.res.Compared == nil {
						s.res.Compared = map[string]finding.Position{}
					}
					s.res.Compared[c] = p
				}
			}
		}
	}
}

// storedIn records the column that the storage call binds arg, which
// holds the value of the field key, to: nothing when the call's SQL text
// is unknown or binds arg to no column.
func (s *state) storedIn(key string, call *ast.CallExpr, arg ast.Node) {
	st, ok := s.stmts[[2]token.Pos{call.Pos(), call.End()}]
	if !ok {
		return
	}
	i := slices.IndexFunc(call.Args, func(a ast.Expr) bool { return a == arg })
	if i <= st.Query || call.Ellipsis.IsValid() {
		return
	}
	col, ok := st.Columns()[i-st.Query-1]
	if !ok {
		return
	}
	if s.res.Stored == nil {
		s.res.Stored = map[string][]string{}
	}
	for _, c := range qualified(st, col) {
		if !slices.Contains(s.res.Stored[key], c) {
			s.res.Stored[key] = append(s.res.Stored[key], c)
		}
	}
}

// qualified names col of the statement st by each table st names
// ("table.column"), or by none (".column") when it names none.
func qualified(st flow.Statement, col string) []string {
	tables := st.Tables()
	if len(tables) == 0 {
		return []string{"." + col}
	}
	out := make([]string, len(tables))
	for i, t := range tables {
		out[i] = t + "." + col
	}
	return out
}

// columnReads adds to uses a read, at the comparing statement, of every
// field stored into a column that some statement compares.
func columnReads(uses map[string]*Use, stored map[string][]string, compared map[string]finding.Position) {
	for _, key := range slices.Sorted(maps.Keys(stored)) {
		u, ok := uses[key]
		if !ok {
			continue
		}
		for _, col := range stored[key] {
			if p, ok := compared[col]; ok {
				u.Reads = append(u.Reads, p)
			}
			if _, c, ok := strings.Cut(col, "."); ok {
				if p, ok := compared["."+c]; ok {
					u.Reads = append(u.Reads, p)
				}
			}
		}
	}
}
