package flow

import (
	"go/types"
	"maps"
	"slices"
	"strings"

	"golang.org/x/tools/go/ssa"
)

// Column lists: xorm writes only the columns a statement names with Cols
// (sess.ID(id).Cols("avatar").Update(u)), and leaves out those it names
// with Omit; AllCols writes every column, MustCols only adds columns that
// are empty. pop names them in the write itself: UpdateColumns(m, "a")
// writes only those, Create, Update and Save(m, "b") leave those out. A
// write limited to named columns stores what the bean's fields of those
// columns hold (the fields' own sources, judged by how the program writes
// them), not whatever else reached the bean: a password stored into
// u.Passwd before it was hashed in another function is not written by an
// UPDATE of u's language column.

// columnAPI is how a store's statements name the columns they write.
type columnAPI struct {
	pkgs []string // the import paths of the store (and those under them)
	// The methods of a statement's chain that limit it to the columns
	// they name, leave out those they name, or lift the limit.
	only, omit, all string
	// The write methods whose arguments from colsFrom on name the only
	// columns written (all of them when none is named), and those whose
	// arguments from colsFrom on name columns left out.
	writeOnly, writeOmit []string
	// colsFrom is the index of a write's first column argument: 1 after
	// the model (pop's Update(m, "a")), 0 when the model is not an
	// argument of the write but of model, the chain's method that takes
	// it (dbx's db.Model(&u).Exclude("a").Insert("b")).
	colsFrom int
	model    string
}

// columnAPIs are the stores whose statements take column lists.
var columnAPIs = []columnAPI{
	{pkgs: []string{"xorm.io/xorm", "github.com/go-xorm/xorm"}, only: "Cols", omit: "Omit", all: "AllCols"},
	{
		pkgs:      []string{"github.com/gobuffalo/pop", "github.com/markbates/pop"},
		writeOnly: []string{"UpdateColumns"},
		writeOmit: []string{"Create", "ValidateAndCreate", "Update", "ValidateAndUpdate", "Save", "ValidateAndSave"},
		colsFrom:  1,
	},
	{
		// Insert and Update name struct fields, which the columns are
		// named for (FirstName is first_name).
		pkgs:      []string{"github.com/pocketbase/dbx", "github.com/go-ozzo/ozzo-dbx"},
		omit:      "Exclude",
		model:     "Model",
		writeOnly: []string{"Insert", "Update"},
	},
}

// columnList is what a statement's chain of calls says about the columns
// it writes.
type columnList struct {
	only    map[string]bool // Cols: the columns written (normalized), when named
	limited bool            // Cols was called: only the columns it names are written
	unknown bool            // some Cols argument is not constant: which, is not known
	colsArg ssa.Value       // the Cols argument that is not constant
	omit    map[string]bool // Omit: the columns left out (normalized)
	omitArg ssa.Value       // a list of columns left out that is not constant
	model   ssa.Value       // the model the chain's model method was given (dbx), or nil
}

// columnsOf returns what the write name of package pkg, called with
// args (the receiver not included), says about the columns it writes:
// its own column arguments, and the statement chain its receiver recv
// was built by (e.ID(id).Cols("a").Update), through calls of the store's
// methods or of an application's interface over them.
func columnsOf(pkg, name string, recv ssa.Value, args []ssa.Value) columnList {
	var cl columnList
	api := columnStore(pkg)
	if api == nil {
		return cl
	}
	if cf := api.colsFrom; len(args) > cf {
		switch {
		case slices.Contains(api.writeOnly, name):
			names, ok := constStrings(args[cf:])
			switch {
			case !ok:
				cl.limited, cl.unknown, cl.colsArg = true, true, args[cf]
			case len(names) > 0:
				cl.limited = true
				cl.only = addColumns(cl.only, names)
			}
		case slices.Contains(api.writeOmit, name):
			names, ok := constStrings(args[cf:])
			if !ok {
				cl.omitArg = args[cf]
			}
			cl.omit = addColumns(cl.omit, names)
		}
	}
	all := false
	for i := 0; i < 32 && recv != nil && (api.only != "" || api.omit != ""); i++ {
		call, ok := recv.(*ssa.Call)
		if !ok {
			break
		}
		common := call.Common()
		var m *types.Func
		var args []ssa.Value
		var next ssa.Value
		if common.IsInvoke() {
			m, args, next = common.Method, common.Args, common.Value
		} else if callee := common.StaticCallee(); callee != nil && callee.Signature.Recv() != nil && len(common.Args) > 0 {
			m, _ = callee.Object().(*types.Func)
			args, next = common.Args[1:], common.Args[0]
		}
		if m == nil {
			break
		}
		if !common.IsInvoke() && (m.Pkg() == nil || columnStore(m.Pkg().Path()) != api) {
			break
		}
		switch m.Name() {
		case api.only:
			cl.limited = true
			names, ok := constStrings(args)
			if !ok {
				cl.unknown = true
				if len(args) > 0 {
					cl.colsArg = args[0]
				}
			}
			cl.only = addColumns(cl.only, names)
		case api.omit:
			names, _ := constStrings(args)
			cl.omit = addColumns(cl.omit, names)
		case api.all:
			all = true
		case api.model:
			if len(args) > 0 {
				cl.model = args[0]
			}
			next = nil // the chain starts here
		}
		recv = next
	}
	if all {
		cl.limited, cl.unknown, cl.only, cl.colsArg = false, false, nil, nil
	}
	return cl
}

// writeColumns returns what the write name of package pkg at c says
// about the columns it writes (columnsOf), and, when it leaves out a list
// of columns computed from a parameter that names the columns to write,
// that it writes only those: its callers name them.
func (st *fnState) writeColumns(pkg, name string, c *callSite) columnList {
	cl := columnsOf(pkg, name, c.recv, c.args)
	if cl.omitArg != nil && cl.omit == nil && !cl.limited {
		if p := includedBy(cl.omitArg); p != nil && paramIndex(st.fn, p) >= 0 {
			return columnList{limited: true, unknown: true, colsArg: p}
		}
	}
	return cl
}

// includedBy returns the parameter a list of columns left out, x, is
// computed from when that parameter is a list of columns named for what
// it includes (includeColumns, onlyCols), passed to the call that returns
// the list (xcols, err := excluded(model, includeColumns...)): the list
// is its complement. Nil otherwise: a list of excluded columns passed on
// or added to (append(exclude, "name")) still names what is left out.
func includedBy(x ssa.Value) *ssa.Parameter {
	if ex, ok := x.(*ssa.Extract); ok {
		x = ex.Tuple
	}
	call, ok := x.(*ssa.Call)
	if !ok || call.Call.StaticCallee() == nil {
		return nil
	}
	var found *ssa.Parameter
	for _, a := range call.Call.Args {
		p, ok := a.(*ssa.Parameter)
		if !ok || !isStringSlice(p.Type()) {
			continue
		}
		n := strings.ToLower(p.Name())
		if !strings.Contains(n, "include") && !strings.Contains(n, "only") {
			continue
		}
		if found != nil {
			return nil // two such lists: which one is not known
		}
		found = p
	}
	return found
}

// isStringSlice reports whether t is a slice of strings.
func isStringSlice(t types.Type) bool {
	s, ok := t.Underlying().(*types.Slice)
	if !ok {
		return false
	}
	b, ok := s.Elem().Underlying().(*types.Basic)
	return ok && b.Kind() == types.String
}

// columnStore returns the column API of the store pkg is (under), or nil.
func columnStore(pkg string) *columnAPI {
	for i := range columnAPIs {
		for _, p := range columnAPIs[i].pkgs {
			if pkg == p || strings.HasPrefix(pkg, p+"/") {
				return &columnAPIs[i]
			}
		}
	}
	return nil
}

// addColumns adds the normalized columns of names (each may list several,
// comma-separated, as xorm accepts) to m.
func addColumns(m map[string]bool, names []string) map[string]bool {
	for _, n := range names {
		for _, c := range strings.Split(n, ",") {
			if c = normColumn(c); c != "" {
				if m == nil {
					m = map[string]bool{}
				}
				m[c] = true
			}
		}
	}
	return m
}

// normColumn normalizes a column or field name for comparison: lower
// case without quotes, spaces and underscores, so that a snake-case
// column (last_used_passcode) meets its Go field (LastUsedPasscode).
func normColumn(s string) string {
	s = strings.ToLower(s)
	return strings.Map(func(r rune) rune {
		switch r {
		case '_', '`', '"', '\'', ' ', '\t':
			return -1
		}
		return r
	}, s)
}

// constStrings returns the constant strings a variadic call passes
// (Cols("a", "b") builds a slice of constants); false when one is not a
// constant or the slice is not built at the call (Cols(cols...)).
func constStrings(args []ssa.Value) ([]string, bool) {
	if len(args) == 0 {
		return nil, true
	}
	switch v := args[0].(type) {
	case *ssa.Const:
		return nil, v.IsNil()
	case *ssa.Slice:
		alloc, ok := v.X.(*ssa.Alloc)
		if !ok {
			return nil, false
		}
		var out []string
		for _, r := range *alloc.Referrers() {
			ia, ok := r.(*ssa.IndexAddr)
			if !ok {
				continue
			}
			for _, rr := range *ia.Referrers() {
				st, ok := rr.(*ssa.Store)
				if !ok || st.Addr != ia {
					continue
				}
				s, ok := constString(st.Val)
				if !ok {
					return nil, false
				}
				out = append(out, s)
			}
		}
		return out, true
	}
	return nil, false
}

// writes reports whether a statement with column list cl writes the
// field named name.
func (cl columnList) writes(name string) bool {
	n := normColumn(name)
	if cl.omit[n] {
		return false
	}
	return !cl.limited || cl.unknown || cl.only[n]
}

// columnBeans returns the structs an argument of a write hands over: the
// value an interface holds (Update(u)), or those of a variadic list
// (Insert(u, e)); nil when it hands none that is seen here.
func columnBeans(x ssa.Value) []ssa.Value {
	switch v := x.(type) {
	case *ssa.MakeInterface:
		if structOf(v.X.Type()) != nil {
			return []ssa.Value{v.X}
		}
	case *ssa.Slice:
		alloc, ok := v.X.(*ssa.Alloc)
		if !ok {
			return nil
		}
		var out []ssa.Value
		for _, r := range *alloc.Referrers() {
			ia, ok := r.(*ssa.IndexAddr)
			if !ok {
				continue
			}
			for _, rr := range *ia.Referrers() {
				if st, ok := rr.(*ssa.Store); ok && st.Addr == ia {
					b := columnBeans(st.Val)
					if b == nil {
						return nil
					}
					out = append(out, b...)
				}
			}
		}
		return out
	}
	return nil
}

// reachColumns records what a write limited by cl stores from args: for
// a struct handed over, with Cols, its fields of the named columns
// (their own sources, and what this function stored into them), without
// the rest of what reached it; without Cols,
// all that reached it but the fields of omitted columns. An argument that
// hands no struct seen here (a map of columns) counts whole.
func (st *fnState) reachColumns(c *callSite, ref SinkRef, args []ssa.Value, cl columnList) {
	if ref.Call == "" {
		ref.Call = st.a.callText(c.instr)
	}
	if ref.Pos == "" {
		ref.Pos = st.a.posString(c.instr.Pos())
	}
	var t set
	for _, x := range args {
		beans := columnBeans(x)
		if beans == nil {
			if cl.limited && paramIndex(st.fn, x) >= 0 && types.IsInterface(x.Type()) && paramIndex(st.fn, cl.colsArg) >= 0 {
				// A model of any type, written in the columns the
				// callers name: they count what they stored there.
				st.limitedParamSink(ref, x, cl)
				continue
			}
			t = union(t, st.deepAt(x, c.instr))
			continue
		}
		if cl.limited {
			for _, b := range beans {
				// The fields' own values, but those of columns not
				// written; and what was stored into the written ones,
				// whatever field it was read from.
				t = union(t, st.a.dropIDs(st.typeTaintAt(b, c.instr), st.a.fieldIDs(b, cl.leftOut(b))))
				t = union(t, st.columnFields(b, cl))
				st.limitedParamSink(ref, b, cl)
			}
			continue
		}
		gone := map[string]bool{}
		for _, b := range beans {
			maps.Copy(gone, st.a.fieldIDs(b, cl.leftOut(b)))
		}
		t = union(t, st.a.dropIDs(st.deepAt(x, c.instr), gone))
	}
	if len(t) > 0 {
		st.reach(c.instr, ref, t, false)
	}
}

// paramIndex returns the index of v among the parameters of fn, or -1.
func paramIndex(fn *ssa.Function, v ssa.Value) int {
	p, ok := v.(*ssa.Parameter)
	if !ok {
		return -1
	}
	for i, q := range fn.Params {
		if q == p {
			return i
		}
	}
	return -1
}

// limitedParamSink records, when the struct b a write limited by cl
// stores is a parameter, that the parameter reaches ref in those columns
// only: the caller counts what it stored into their fields
// (applyLimited), with the columns the caller names when cl's are a
// parameter too (Cols(cols...)).
func (st *fnState) limitedParamSink(ref SinkRef, b ssa.Value, cl columnList) {
	pi := paramIndex(st.fn, b)
	if pi < 0 {
		return
	}
	ps := ParamSink{Param: pi, Sink: ref, Limited: true}
	switch {
	case !cl.unknown:
		ps.Columns = slices.Sorted(maps.Keys(cl.only))
	case cl.colsArg != nil && paramIndex(st.fn, cl.colsArg) >= 0:
		ps.ColsParam = 1 + paramIndex(st.fn, cl.colsArg)
	default:
		return // which columns is not known: the fields' own values count (above)
	}
	k := ps.key()
	if _, dup := st.sinks[k]; !dup && st.nSinks() < maxParamSinks {
		st.sinks[k] = struct{}{}
		st.sum.ParamSinks = append(st.sum.ParamSinks, ps)
	}
}

// applyLimited applies a callee's parameter sink limited to columns
// (ParamSink.Limited) at call c: what this function stored into the
// fields of those columns of the struct it passes reaches the sink, and
// the sink is this function's own when the struct is its parameter.
func (st *fnState) applyLimited(c *callSite, params []ssa.Value, ps ParamSink) {
	cl := columnList{limited: true}
	if ps.ColsParam > 0 {
		i := ps.ColsParam - 1
		if i >= len(params) {
			return
		}
		names, ok := constStrings(params[i : i+1])
		switch {
		case !ok:
			cl.unknown, cl.colsArg = true, params[i]
		case len(names) == 0:
			cl.limited = false // no column named: every one is written
		}
		cl.only = addColumns(nil, names)
	} else {
		for _, n := range ps.Columns {
			cl.only = addColumns(cl.only, []string{n})
		}
		cl.limited = len(cl.only) > 0 // none named: every column is written
	}
	ref := st.throughHelper(c, ps.Sink)
	beans := columnBeans(params[ps.Param])
	if beans == nil && structOf(params[ps.Param].Type()) != nil {
		beans = []ssa.Value{params[ps.Param]}
	}
	var t set
	for _, b := range beans {
		t = union(t, st.columnFields(b, cl))
		st.limitedParamSink(ref, b, cl)
	}
	if len(t) > 0 {
		st.reach(c.instr, ref, t, false)
	}
}

// dropIDs returns t without the sources of the fields ids names, as they
// are (a hash of one, Weak set, is another value).
func (a *analysis_) dropIDs(t set, ids map[string]bool) set {
	if len(ids) == 0 {
		return t
	}
	var out set
	for _, l := range t {
		if l >= 0 {
			if s := a.sources[l]; s.Field && s.Weak == nil && ids[s.ident()] {
				continue
			}
		}
		out = append(out, l)
	}
	return out
}

// leftOut returns the indices of the fields of the struct b points to
// that a write limited by cl does not write.
func (cl columnList) leftOut(b ssa.Value) []int {
	s := structOf(b.Type())
	if s == nil {
		return nil
	}
	var out []int
	for i := range s.NumFields() {
		if !cl.writes(s.Field(i).Name()) {
			out = append(out, i)
		}
	}
	return out
}

// columnFields returns what this function stored into the fields of the
// struct b points to that a write limited by cl writes (u.Passwd = p
// before Cols("passwd").Update(u)).
func (st *fnState) columnFields(b ssa.Value, cl columnList) set {
	s := structOf(b.Type())
	if s == nil {
		return nil
	}
	var t set
	for i := range s.NumFields() {
		if !cl.writes(s.Field(i).Name()) {
			continue
		}
		st.saw(cField, b, i)
		t = union(t, st.field[memKey{b, i}])
	}
	return t
}
