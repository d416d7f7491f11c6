package unused

import (
	"go/ast"
	"go/token"
	"go/types"
	"slices"
)

// A log record is a struct type whose values the program builds only to
// hand them to a log: a composite literal given straight to a log call,
// or to a template, an encoder or a formatter whose output goes only to a
// log (l.tmpl.Execute(l.writer, accessLine{…}) with l.writer the log
// output). Its fields are the log line's columns: what is written into
// them is logged, which PL102 judges, and their use is the log. SPEC §5
// does not count a read whose output only goes to a log, so by its letter
// such a field is collected and never used; but the advice "stop
// collecting it and delete the field" would only repeat PL102's. So a
// personal-data field of a log record is not reported by PL201.
//
// The reading is narrow: a struct type is a log record only when every
// value of it that the program names (in a non-test file) is one handed to
// a log that way, or a literal bound to a local variable (whose uses are
// judged in turn). A value of it that is stored, returned, sent, decoded
// into, selected from or given to anything else makes it an ordinary
// struct, in every package. Only the struct's own fields are log columns
// (not those of embedded or nested structs), and a field of a log record
// that nothing writes stays dead code, unreported as ever.

// logRecordAt records, for the expression e, whose parent is parent, the
// struct type holding personal-data fields of its value as handed to a log
// (Result.Logged) or used otherwise (Result.NotLogged), by its fields'
// keys.
func (s *state) logRecordAt(e ast.Expr, parent ast.Node) {
	switch e.(type) {
	case *ast.BasicLit, *ast.BinaryExpr, *ast.FuncLit, *ast.KeyValueExpr,
		*ast.ArrayType, *ast.StructType, *ast.FuncType, *ast.InterfaceType, *ast.MapType, *ast.ChanType, *ast.Ellipsis:
		// A constant, an operation's result (a number, a string or a
		// bool), a function, a type, or no value: never a struct.
		return
	}
	n := s.recordOf(e)
	if n == nil {
		return
	}
	into, in := &s.notLogged, inNotLogged
	// Parentheses, & and * around a value are judged as the value: only
	// the outermost of them is. A selector (x.F, x.Method()), the
	// commonest place, is another use, known without mapping the file's
	// parents.
	switch p := parent.(type) {
	case *ast.ParenExpr, *ast.StarExpr:
		return
	case *ast.UnaryExpr:
		if p.Op == token.AND {
			return
		}
	}
	if _, sel := parent.(*ast.SelectorExpr); !sel {
		switch {
		case s.loggedValue(e):
			into, in = &s.logged, inLogged
		case s.boundLocally(e):
			return
		}
	}
	// The struct's keys are added to a set once: many values of it
	// are used alike.
	if s.recordsIn[n]&in != 0 {
		return
	}
	if s.recordsIn == nil {
		s.recordsIn = map[*types.Named]uint8{}
	}
	s.recordsIn[n] |= in
	if *into == nil {
		*into = map[string]bool{}
	}
	for _, k := range s.records[n] {
		(*into)[k] = true
	}
}

// The sets of state.recordsIn.
const (
	inLogged uint8 = 1 << iota
	inNotLogged
)

// record returns the origin of the named struct of t (through one
// pointer) when it declares personal-data fields directly, nil
// otherwise; s.records then holds their keys.
func (s *state) record(t types.Type) *types.Named {
	n, ok := types.Unalias(deref(t)).(*types.Named)
	if !ok {
		return nil
	}
	n = n.Origin()
	keys, ok := s.records[n]
	if !ok {
		keys = s.ownFields(n)
		if s.records == nil {
			s.records = map[*types.Named][]string{}
		}
		s.records[n] = keys
	}
	if len(keys) == 0 {
		return nil
	}
	return n
}

// ownFields returns the keys of the personal-data fields declared
// directly in the struct of n.
func (s *state) ownFields(n *types.Named) []string {
	var keys []string
	if st, ok := n.Underlying().(*types.Struct); ok {
		for i := range st.NumFields() {
			if k := s.personalVar(st.Field(i)); k != "" {
				keys = append(keys, k)
			}
		}
	}
	return keys
}

// loggedValue reports whether the value of e goes only to a log: it is an
// argument of a log call (through formatters), or of an encoder whose
// output goes only to a log. A template's Execute into the log's writer
// is a log call for the flow analysis.
func (s *state) loggedValue(e ast.Expr) bool {
	if call, _ := s.sinkAtTo(e, true); call != nil {
		return true
	}
	return s.encodedTo(e, true)
}

// boundLocally reports whether e is a composite literal (or its address)
// that initializes a local variable (rec := T{…}, var rec = &T{…}): the variable's uses are
// judged where they are.
func (s *state) boundLocally(e ast.Expr) bool {
	lit := ast.Unparen(e)
	if u, ok := lit.(*ast.UnaryExpr); ok && u.Op == token.AND {
		lit = ast.Unparen(u.X)
	}
	if _, ok := lit.(*ast.CompositeLit); !ok {
		return false
	}
	var lhs []ast.Expr
	var rhs []ast.Expr
	switch p := s.parent(e).(type) {
	case *ast.AssignStmt:
		if p.Tok != token.DEFINE {
			return false
		}
		lhs, rhs = p.Lhs, p.Rhs
	case *ast.ValueSpec:
		for _, n := range p.Names {
			lhs = append(lhs, n)
		}
		rhs = p.Values
	default:
		return false
	}
	i := slices.Index(rhs, e)
	if i < 0 || len(lhs) != len(rhs) {
		return false
	}
	id, ok := lhs[i].(*ast.Ident)
	if !ok || id.Name == "_" {
		return false
	}
	v, ok := s.pass.TypesInfo.ObjectOf(id).(*types.Var)
	return ok && v.Parent() != nil && v.Parent() != s.pass.Pkg.Scope()
}

// logRecordsOf returns the keys of the fields that are log records'
// columns in the program: their struct is handed to a log somewhere and
// used otherwise nowhere.
func logRecordsOf(results []*Result) map[string]bool {
	logged, other := map[string]bool{}, map[string]bool{}
	for _, r := range results {
		for _, k := range r.Logged {
			logged[k] = true
		}
		for _, k := range r.NotLogged {
			other[k] = true
		}
	}
	for k := range other {
		delete(logged, k)
	}
	return logged
}
