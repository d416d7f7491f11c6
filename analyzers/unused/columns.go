package unused

import (
	"go/ast"
	"go/token"
	"go/types"
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
func statementsOf(res *flow.Result) map[[2]token.Pos]*statement {
	out := make(map[[2]token.Pos]*statement, len(res.Statements))
	for _, st := range res.Statements {
		out[[2]token.Pos{st.Pos, st.End}] = &statement{Statement: st}
	}
	return out
}

// statement is a SQL statement of the package with what its text says,
// each read once when first asked: a statement is asked for its tables
// and columns at every field it binds or scans.
type statement struct {
	flow.Statement
	tables, selected []string
	columns          map[int]string
	read             uint8               // readTables, readSelected, readColumns
	qualified        map[string][]string // qualified's answers, by column
}

const (
	readTables uint8 = 1 << iota
	readSelected
	readColumns
)

// Tables is flow.Statement.Tables, read once.
func (st *statement) Tables() []string {
	if st.read&readTables == 0 {
		st.tables, st.read = st.Statement.Tables(), st.read|readTables
	}
	return st.tables
}

// Selected is flow.Statement.Selected, read once.
func (st *statement) Selected() []string {
	if st.read&readSelected == 0 {
		st.selected, st.read = st.Statement.Selected(), st.read|readSelected
	}
	return st.selected
}

// Columns is flow.Statement.Columns, read once.
func (st *statement) Columns() map[int]string {
	if st.read&readColumns == 0 {
		st.columns, st.read = st.Statement.Columns(), st.read|readColumns
	}
	return st.columns
}

// compared records the columns the package's statements compare, each
// at the first statement that does.
func (s *state) compared() {
	for _, st := range s.stmts {
		for _, col := range st.Compared() {
			for _, c := range qualified(st, col) {
				s.comparedAt(c, st.Pos)
			}
		}
	}
}

// comparedAt records that the column col is compared (or read back) at
// pos, unless it is at an earlier place already.
func (s *state) comparedAt(col string, pos token.Pos) {
	p := s.position(pos)
	if old, ok := s.res.Compared[col]; !ok || comparePos(p, old) < 0 {
		if s.res.Compared == nil {
			s.res.Compared = map[string]finding.Position{}
		}
		s.res.Compared[col] = p
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
// ("table.column"), or by none (".column") when it names none. The
// slice is st's: callers do not change it.
func qualified(st *statement, col string) []string {
	if q, ok := st.qualified[col]; ok {
		return q
	}
	tables := st.Tables()
	var out []string
	if len(tables) == 0 {
		out = []string{"." + col}
	} else {
		out = make([]string, len(tables))
		for i, t := range tables {
			out[i] = t + "." + col
		}
	}
	if st.qualified == nil {
		st.qualified = map[string][]string{}
	}
	st.qualified[col] = out
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

// scanned records the columns a Scan call reads back into personal-data
// fields: rows.Scan(&u.Email) after a query whose SELECT (or RETURNING)
// list names the column at the same place. The query is the call Scan is
// made on (db.QueryRow(q).Scan(…)) or the call a variable of the same
// function was assigned from (rows, err := db.Query(q)).
func (s *state) scanned(call *ast.CallExpr) {
	sel, ok := ast.Unparen(call.Fun).(*ast.SelectorExpr)
	if !ok || sel.Sel.Name != "Scan" || call.Ellipsis.IsValid() {
		return
	}
	st, ok := s.queryOf(sel.X)
	if !ok {
		return
	}
	cols := st.Selected()
	for i, arg := range call.Args {
		if i >= len(cols) || cols[i] == "" {
			continue
		}
		un, ok := ast.Unparen(arg).(*ast.UnaryExpr)
		if !ok || un.Op != token.AND {
			continue
		}
		fsel, ok := ast.Unparen(un.X).(*ast.SelectorExpr)
		if !ok {
			continue
		}
		key, v := s.personal(fsel)
		if v == nil {
			continue // not a field
		}
		if key == "" {
			// Read back into a field PL201 does not judge (not
			// personal data): its uses are unknown, so it counts as a
			// use, as a comparison does.
			for _, c := range qualified(st, cols[i]) {
				s.comparedAt(c, call.Pos())
			}
			continue
		}
		if s.res.Selected == nil {
			s.res.Selected = map[string][]string{}
		}
		for _, c := range qualified(st, cols[i]) {
			if !slices.Contains(s.res.Selected[c], key) {
				s.res.Selected[c] = append(s.res.Selected[c], key)
			}
		}
	}
}

// queryOf finds the statement whose results x holds: x is the query call
// itself, or a variable assigned from it in the same function.
func (s *state) queryOf(x ast.Expr) (*statement, bool) {
	x = ast.Unparen(x)
	if c, ok := x.(*ast.CallExpr); ok {
		st, ok := s.stmts[[2]token.Pos{c.Pos(), c.End()}]
		return st, ok
	}
	id, ok := x.(*ast.Ident)
	if !ok {
		return nil, false
	}
	obj := s.pass.TypesInfo.ObjectOf(id)
	body := s.enclosingBody(id)
	if obj == nil || body == nil {
		return nil, false
	}
	assigned, ok := s.queries[body]
	if !ok {
		assigned = s.queriesIn(body)
		if s.queries == nil {
			s.queries = map[*ast.BlockStmt]map[types.Object]*statement{}
		}
		s.queries[body] = assigned
	}
	st, ok := assigned[obj]
	return st, ok
}

// queriesIn maps each variable assigned a SQL statement's call in body
// (rows, err := db.Query(q)) to the first such statement, in source
// order: the variable holds its results.
func (s *state) queriesIn(body *ast.BlockStmt) map[types.Object]*statement {
	var out map[types.Object]*statement
	ast.Inspect(body, func(n ast.Node) bool {
		as, isAssign := n.(*ast.AssignStmt)
		if !isAssign || len(as.Rhs) != 1 || len(as.Lhs) == 0 {
			return true
		}
		lhs, isIdent := as.Lhs[0].(*ast.Ident)
		c, isCall := ast.Unparen(as.Rhs[0]).(*ast.CallExpr)
		if !isIdent || !isCall {
			return true
		}
		st, ok := s.stmts[[2]token.Pos{c.Pos(), c.End()}]
		obj := s.pass.TypesInfo.ObjectOf(lhs)
		if !ok || obj == nil {
			return true
		}
		if _, seen := out[obj]; !seen {
			if out == nil {
				out = map[types.Object]*statement{}
			}
			out[obj] = st
		}
		return true
	})
	return out
}

// columnCopies adds to uses a copy of every field stored into a column
// into each field a query scans that column back into: the stored value
// is used when what it is read back into is.
func columnCopies(uses map[string]*Use, stored map[string][]string, selected map[string][]string) {
	for _, key := range slices.Sorted(maps.Keys(stored)) {
		u, ok := uses[key]
		if !ok {
			continue
		}
		for _, col := range stored[key] {
			for _, into := range selected[col] {
				if into != key {
					u.CopiesTo = append(u.CopiesTo, into)
				}
			}
		}
	}
}
