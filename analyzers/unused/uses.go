package unused

import (
	"go/ast"
	"go/token"
	"go/types"
	"slices"
	"strings"

	"golang.org/x/tools/go/types/typeutil"

	"github.com/privlint/privlint/analyzers/flow"
	"github.com/privlint/privlint/analyzers/internal/typewalk"
)

// parent returns the parent of n, a node of the file being read. The
// walk's current node and the nodes enclosing it have theirs on the
// walk's stack; for any other node the file's parents are mapped on the
// first call: most files never need them.
func (s *state) parent(n ast.Node) ast.Node {
	if s.cur != nil {
		above := s.enclosing
		if n != s.cur {
			above = nil
			for i := len(s.enclosing) - 1; i >= 0; i-- {
				if s.enclosing[i] == n {
					above = s.enclosing[:i:i]
					break
				}
			}
		}
		if above != nil || n == s.cur {
			if len(above) == 0 {
				return nil
			}
			return above[len(above)-1]
		}
	}
	// The searches are bounded: once they have visited as many nodes
	// as the file holds (a huge block asked about many times), mapping
	// the file costs less.
	if s.cur != nil && s.parents == nil && s.searched <= maxSearched(s.file) {
		if p, ok := s.parentBelow(n); ok {
			return p
		}
	}
	if s.parents == nil && s.file != nil {
		s.parents = parentsOf(s.file)
	}
	return s.parents[n]
}

// parentBelow finds the parent of n, a node below the walk's current
// node or below a node enclosing it, without mapping the file: it
// descends from the innermost of them whose span holds n's, through the
// nodes whose spans hold it, and keeps the path it found in s.below,
// which the callers climb next (sinkAtTo, enclosingBody). A span may
// hold a node that is not below it (a FuncDecl's FuncType spans its
// name): the search then starts again from the next node out. It reports
// false when n is not found that way (a comment, a node with no
// position).
func (s *state) parentBelow(n ast.Node) (ast.Node, bool) {
	for i := len(s.below) - 1; i > 0; i-- {
		if s.below[i] == n {
			return s.below[i-1], true
		}
	}
	pos, end := n.Pos(), n.End()
	if !pos.IsValid() {
		return nil, false
	}
	holds := func(x ast.Node) bool { return x.Pos() <= pos && end <= x.End() }
	for i := len(s.enclosing); i >= 0; i-- {
		anchor := s.cur
		if i < len(s.enclosing) {
			anchor = s.enclosing[i]
		}
		if !holds(anchor) {
			continue
		}
		path := s.below[:0]
		found := false
		ast.Inspect(anchor, func(x ast.Node) bool {
			s.searched++
			switch {
			case found:
				return false
			case x == nil:
				path = path[:len(path)-1]
				return false
			case x != anchor && !holds(x):
				return false
			}
			path = append(path, x)
			found = x == n
			return !found
		})
		s.below = path
		if found && len(path) >= 2 {
			return path[len(path)-2], true
		}
		s.below = s.below[:0]
	}
	return nil, false
}

// maxSearched is the number of nodes parentBelow may visit in f before
// parent maps the file instead: about the number of nodes f holds (Go
// source has about one per six bytes).
func maxSearched(f *ast.File) int {
	if f == nil {
		return 0
	}
	return max(1024, int(f.FileEnd-f.FileStart)/6)
}

// parentsOf maps every node of f to its parent.
func parentsOf(f *ast.File) map[ast.Node]ast.Node {
	// Go source has about one node per six bytes: sizing the map for
	// that spares it growing many times over on a large file.
	parents := make(map[ast.Node]ast.Node, max(0, int(f.FileEnd-f.FileStart))/6)
	var stack []ast.Node
	ast.Inspect(f, func(n ast.Node) bool {
		if n == nil {
			stack = stack[:len(stack)-1]
			return false
		}
		if len(stack) > 0 {
			parents[n] = stack[len(stack)-1]
		}
		stack = append(stack, n)
		return true
	})
	return parents
}

// funcID splits a function into import path, receiver type name and name,
// as the sink catalog names them.
func funcID(fn *types.Func) (pkg, recv, name string) {
	if fn.Pkg() != nil {
		pkg = fn.Pkg().Path()
	}
	name = fn.Name()
	sig, _ := fn.Type().(*types.Signature)
	if sig != nil && sig.Recv() != nil {
		if n, ok := types.Unalias(deref(sig.Recv().Type())).(*types.Named); ok {
			recv = n.Obj().Name()
			if n.Obj().Pkg() != nil {
				pkg = n.Obj().Pkg().Path()
			}
		}
	}
	return pkg, recv, name
}

func (s *state) callee(call *ast.CallExpr) *types.Func {
	fn, _ := typeutil.Callee(s.pass.TypesInfo, call).(*types.Func)
	return fn
}

// sinkCallTo reports whether call writes to storage or a log and nowhere
// else: a storage or log function of the catalog, or a call whose flows
// (the flow analyzer's, through helpers) reach only storage and logs.
// With logOnly, only the log counts.
func (s *state) sinkCallTo(call *ast.CallExpr, logOnly bool) bool {
	if fn := s.callee(call); fn != nil {
		pkg, recv, name := funcID(fn)
		if s.env.Sinks.Log.Find(pkg, recv, name) != nil || (!logOnly && s.env.Sinks.Storage.Find(pkg, recv, name) != nil) {
			return true
		}
	}
	kinds := s.sinkKinds[[2]token.Pos{call.Pos(), call.End()}]
	if len(kinds) == 0 {
		return false
	}
	for _, k := range kinds {
		if k != flow.KindLog && (logOnly || k != flow.KindStorage) {
			return false
		}
	}
	return true
}

// usedByCallee reports whether the callee of call, a helper whose flows
// reach only storage and logs, also uses its argument arg otherwise
// (compares it, looks it up, hands it to a call that reads it) or
// returns it to this caller, which reads the result: the flow engine's
// ArgUses, from the helper's summary.
func (s *state) usedByCallee(call *ast.CallExpr, arg ast.Node) bool {
	used := s.argUses[[2]token.Pos{call.Pos(), call.End()}]
	if len(used) == 0 {
		return false
	}
	for i, a := range call.Args {
		if a == arg {
			return slices.Contains(used, i)
		}
	}
	return false
}

func isArg(call *ast.CallExpr, n ast.Node) bool {
	for _, a := range call.Args {
		if a == n {
			return true
		}
	}
	return false
}

// sinkOnly reports whether the value of e goes straight into a storage or
// log call (sinkCall): as an argument, through parentheses, &, *,
// conversions and formatters (fmt.Sprintf, slog.String, zap.String).
func (s *state) sinkOnly(e ast.Expr) bool {
	call, _ := s.sinkAt(e)
	return call != nil
}

// sinkAt is sinkOnly that also returns the storage or log call and the
// argument of it that holds e's value; nil when there is none.
func (s *state) sinkAt(e ast.Expr) (*ast.CallExpr, ast.Node) { return s.sinkAtTo(e, false) }

// sinkAtTo is sinkAt, restricted to log calls when logOnly is set.
func (s *state) sinkAtTo(e ast.Expr, logOnly bool) (*ast.CallExpr, ast.Node) {
	var cur ast.Node = e
	for range 12 {
		switch p := s.parent(cur).(type) {
		case *ast.ParenExpr, *ast.StarExpr:
			cur = p
		case *ast.UnaryExpr:
			if p.Op != token.AND {
				return nil, nil
			}
			cur = p
		case *ast.CallExpr:
			if !isArg(p, cur) {
				return nil, nil
			}
			if tv, ok := s.pass.TypesInfo.Types[p.Fun]; ok && tv.IsType() {
				cur = p
				continue
			}
			if s.sinkCallTo(p, logOnly) {
				if s.usedByCallee(p, cur) {
					// The helper stores or logs it, and uses it
					// too: not only stored.
					return nil, nil
				}
				return p, cur
			}
			if !flow.Formats(s.callee(p)) {
				return nil, nil
			}
			cur = p
		default:
			return nil, nil
		}
	}
	return nil, nil
}

// reflectiveNode records the reads of encoders, templates and every
// other reflective reader that n makes, under the nodes enclosing it
// (innermost last): a value whose type holds personal-data fields,
// converted to an interface (an argument of type any, a map[string]any
// entry, an any field, a return), is read whole, every exported field
// reachable from it (all fields for fmt), unless it goes only to storage
// or a log (directly, or as an encoder's output). Passing a struct to a
// function that declares database tables (xorm's Sync, gorm's
// AutoMigrate) reads it too: the table is its use. A call's are
// callNode's.
func (s *state) reflectiveNode(n ast.Node, enclosing []ast.Node) {
	info := s.pass.TypesInfo
	switch n := n.(type) {
	case *ast.AssignStmt:
		if n.Tok != token.ASSIGN {
			return
		}
		if len(n.Lhs) == len(n.Rhs) {
			for i, lhs := range n.Lhs {
				s.convert(n.Rhs[i], info.TypeOf(lhs), false)
			}
		} else if tuple, ok := info.TypeOf(n.Rhs[0]).(*types.Tuple); ok && len(n.Rhs) == 1 && tuple.Len() == len(n.Lhs) {
			// v, err = f(): each result is converted on its own.
			for i, lhs := range n.Lhs {
				if to := info.TypeOf(lhs); to != nil && types.IsInterface(to) && !types.IsInterface(tuple.At(i).Type()) {
					s.readAll(n.Rhs[0], tuple.At(i).Type(), false)
				}
			}
		}
	case *ast.Ident:
		s.instance(n)
	case *ast.ValueSpec:
		if n.Type != nil {
			for _, v := range n.Values {
				s.convert(v, info.TypeOf(n.Type), false)
			}
		}
	case *ast.CompositeLit:
		s.literalConversions(n)
	case *ast.ReturnStmt:
		s.returnConversions(n, enclosing)
	}
}

// declarer reports whether name is that of an ORM call that declares
// tables from the structs it is given.
func declarer(name string) bool {
	switch name {
	case "Sync", "Sync2", "SyncWithOptions", "CreateTables", "CreateTable",
		"AutoMigrate", "RegisterModel", "RecreateTable":
		return true
	}
	return false
}

// mayHoldFields reports whether convert or readAll may find personal-data
// fields to read in a value of type t: t is no interface, and a struct is
// reachable from it as eachReachable walks it (from the results of its
// function type, for convert). It is a bound that costs no walk of the
// structs: when it is false, reachableFields(t, all) is empty.
func mayHoldFields(t types.Type) bool {
	if t == nil || types.IsInterface(t) {
		return false
	}
	if sig, ok := t.Underlying().(*types.Signature); ok {
		for i := range sig.Results().Len() {
			if holdsStruct(sig.Results().At(i).Type()) {
				return true
			}
		}
		return false
	}
	return holdsStruct(t)
}

// holdsStruct reports whether eachReachable(t) may visit a field: t is a
// struct or a named struct type, through pointers, slices, arrays and
// maps.
func holdsStruct(t types.Type) bool {
	for {
		switch u := types.Unalias(t).(type) {
		case *types.Map:
			if holdsStruct(u.Key()) {
				return true
			}
		case *types.Named:
			_, ok := u.Underlying().(*types.Struct)
			return ok
		case *types.Struct:
			return true
		}
		e, ok := typewalk.Elem(t)
		if !ok {
			return false
		}
		t = e
	}
}

// instance records the reads of a generic function instantiated with
// types that hold personal-data fields: inside it the values are of a type
// parameter, which encoders and templates read whole (json.Marshal(payload
// T)), so the type arguments are read as if converted to any.
func (s *state) instance(id *ast.Ident) {
	inst, ok := s.pass.TypesInfo.Instances[id]
	if !ok || inst.TypeArgs == nil {
		return
	}
	if _, ok := s.pass.TypesInfo.Uses[id].(*types.Func); !ok {
		return // a generic type: instantiating it reads nothing
	}
	for i := range inst.TypeArgs.Len() {
		s.readAll(id, inst.TypeArgs.At(i), false)
	}
}

// callConversions records the reads of the arguments of call, whose name
// (callName) is name.
func (s *state) callConversions(call *ast.CallExpr, name string) {
	info := s.pass.TypesInfo
	tv, ok := info.Types[call.Fun]
	if !ok {
		return
	}
	if tv.IsType() {
		if len(call.Args) == 1 {
			s.convert(call.Args[0], tv.Type, false)
		}
		return
	}
	sig, ok := tv.Type.Underlying().(*types.Signature)
	if !ok || tv.IsBuiltin() {
		return
	}
	// Only an argument whose value holds personal-data fields can be
	// read below (readAll, convert): most calls have none, and asking
	// costs less than finding the callee.
	if !slices.ContainsFunc(call.Args, func(arg ast.Expr) bool { return mayHoldFields(info.TypeOf(arg)) }) {
		return
	}
	fn := s.callee(call)
	if fn != nil && declarer(fn.Name()) {
		for _, arg := range call.Args {
			if t := info.TypeOf(arg); t != nil {
				s.readAll(arg, t, false)
			}
		}
		return
	}
	if key := s.handedOutKey(fn); key != "" {
		for _, arg := range call.Args {
			if t := info.TypeOf(arg); t != nil {
				s.handOut(key, arg, t)
			}
		}
	}
	var generic *types.Signature
	if fn != nil {
		generic, _ = fn.Origin().Type().(*types.Signature)
	}
	fmtCall := fn != nil && fn.Pkg() != nil && fn.Pkg().Path() == "fmt"
	decodes := decoder(name)
	for i, arg := range call.Args {
		if decodes && isPointer(info.TypeOf(arg)) {
			continue // filled by the decoder: a write (decodeCall), not a read
		}
		pt := paramType(sig, i, call.Ellipsis.IsValid())
		if generic != nil {
			// A type parameter takes anything, as any does: a generic
			// helper that renders or encodes T reads it whole.
			if _, ok := paramType(generic, i, call.Ellipsis.IsValid()).(*types.TypeParam); ok {
				pt = types.NewInterfaceType(nil, nil)
			}
		}
		s.convert(arg, pt, fmtCall)
	}
}

// paramType is the type the i-th argument of a call of sig is assigned
// to, nil when there is none.
func paramType(sig *types.Signature, i int, ellipsis bool) types.Type {
	n := sig.Params().Len()
	if sig.Variadic() && i >= n-1 {
		last := sig.Params().At(n - 1).Type()
		if ellipsis {
			return last
		}
		if sl, ok := last.Underlying().(*types.Slice); ok {
			return sl.Elem()
		}
		return nil
	}
	if i < n {
		return sig.Params().At(i).Type()
	}
	return nil
}

func (s *state) literalConversions(lit *ast.CompositeLit) {
	t := s.pass.TypesInfo.TypeOf(lit)
	if t == nil {
		return
	}
	switch u := t.Underlying().(type) {
	case *types.Map:
		for _, elt := range lit.Elts {
			if kv, ok := elt.(*ast.KeyValueExpr); ok {
				s.convert(kv.Key, u.Key(), false)
				s.convert(kv.Value, u.Elem(), false)
			}
		}
	case *types.Slice, *types.Array:
		elem := u.(interface{ Elem() types.Type }).Elem()
		for _, elt := range lit.Elts {
			if kv, ok := elt.(*ast.KeyValueExpr); ok {
				elt = kv.Value
			}
			s.convert(elt, elem, false)
		}
	case *types.Struct:
		for i, elt := range lit.Elts {
			if kv, ok := elt.(*ast.KeyValueExpr); ok {
				if id, ok := kv.Key.(*ast.Ident); ok {
					if v := fieldByName(u, id.Name); v != nil {
						s.convert(kv.Value, v.Type(), false)
					}
				}
			} else if i < u.NumFields() {
				s.convert(elt, u.Field(i).Type(), false)
			}
		}
	}
}

func (s *state) returnConversions(ret *ast.ReturnStmt, enclosing []ast.Node) {
	var sig *types.Signature
	for i := len(enclosing) - 1; i >= 0 && sig == nil; i-- {
		n := enclosing[i]
		switch fn := n.(type) {
		case *ast.FuncLit:
			sig, _ = s.pass.TypesInfo.TypeOf(fn).(*types.Signature)
		case *ast.FuncDecl:
			if obj := s.pass.TypesInfo.Defs[fn.Name]; obj != nil {
				sig, _ = obj.Type().(*types.Signature)
			}
		}
		if _, ok := n.(*ast.FuncDecl); ok {
			break
		}
	}
	if sig == nil || sig.Results().Len() != len(ret.Results) {
		return
	}
	for i, r := range ret.Results {
		s.convert(r, sig.Results().At(i).Type(), false)
	}
}

// convert records the reads of e converted to the type to, when to is an
// interface and e's type holds personal-data fields; all reads unexported
// fields too (fmt).
func (s *state) convert(e ast.Expr, to types.Type, all bool) {
	if to == nil || !types.IsInterface(to) {
		return
	}
	from := s.pass.TypesInfo.TypeOf(e)
	if from == nil || types.IsInterface(from) {
		return
	}
	// A function handed over as a value to what takes any (a template's
	// FuncMap entry, a reflective registry) is called by it, and what it
	// returns is read as a template reads a value it is given.
	read := []types.Type{from}
	if sig, ok := from.Underlying().(*types.Signature); ok {
		read = read[:0]
		for i := range sig.Results().Len() {
			read = append(read, sig.Results().At(i).Type())
		}
	}
	some := false
	for _, t := range read {
		some = some || len(s.reachableFields(t, all)) > 0
	}
	if !some {
		return // nothing to read (asked first: it is cheaper than the walks below)
	}
	if s.sinkOnly(e) || s.encodedToSink(e) {
		return
	}
	for _, t := range read {
		s.readAll(e, t, all)
	}
}

// readAll records a read, at e, of every personal-data field reachable
// from a value of type t.
func (s *state) readAll(e ast.Expr, t types.Type, all bool) {
	vars := s.reachableFields(t, all)
	if len(vars) == 0 {
		return
	}
	s.readHolders(t, all)
	pos := s.position(e.Pos())
	for _, v := range vars {
		u := s.use(s.personalVar(v), v)
		u.Reads = append(u.Reads, pos)
	}
}

type reachKey struct {
	t   types.Type
	all bool
}

// maxReach bounds the named types one reachableFields walk visits.
const maxReach = 300

// reachableFields returns the personal-data fields that an encoder reads
// from a value of type t: the exported fields (all fields when all is set)
// of its struct, through pointers, slices, arrays, maps and embedded or
// exported struct fields.
func (s *state) reachableFields(t types.Type, all bool) []*types.Var {
	if _, ok := t.(*types.Basic); ok {
		return nil // the commonest type, with no fields
	}
	k := reachKey{t, all}
	if vars, ok := s.reachable[k]; ok {
		return vars
	}
	var out []*types.Var
	eachReachable(t, all, func(f *types.Var) {
		if (all || f.Exported()) && s.personalVar(f) != "" {
			out = append(out, f)
		}
	})
	if out == nil {
		out = []*types.Var{}
	}
	s.reachable[k] = out
	return out
}

// eachReachable calls visit with every field an encoder or a template
// reads from a value of type t, as reachableFields describes: the
// exported fields (all when all is set) and embedded ones, through
// pointers, slices, arrays, maps and struct fields, up to 10 levels of
// struct fields and maxReach named types. Only a struct's field is a
// level: a pointer, a slice or a named type is a step an encoder takes
// on the way to the same value (Resp.List[i].Object.Author is three
// levels), and a type that holds itself is cut by the named types
// already seen.
func eachReachable(t types.Type, all bool, visit func(*types.Var)) {
	seen := map[*types.Named]bool{}
	var walk func(t types.Type, depth int)
	walk = func(t types.Type, depth int) {
		if depth > 10 || len(seen) > maxReach {
			return
		}
		switch u := types.Unalias(t).(type) {
		case *types.Pointer:
			walk(u.Elem(), depth)
		case *types.Slice:
			walk(u.Elem(), depth)
		case *types.Array:
			walk(u.Elem(), depth)
		case *types.Map:
			walk(u.Key(), depth)
			walk(u.Elem(), depth)
		case *types.Named:
			if seen[u] {
				return
			}
			seen[u] = true
			if _, ok := u.Underlying().(*types.Struct); ok {
				walk(u.Underlying(), depth)
			}
		case *types.Struct:
			for i := range u.NumFields() {
				f := u.Field(i)
				if !all && !f.Exported() && !f.Embedded() {
					continue
				}
				visit(f)
				walk(f.Type(), depth+1)
			}
		}
	}
	walk(t, 0)
}

// encoders are the calls whose output is their argument encoded: when
// that output goes only to storage or a log, the argument is not used.
func encoder(fn *types.Func) bool {
	if fn == nil || fn.Pkg() == nil {
		return false
	}
	switch fn.Pkg().Path() {
	case "encoding/json", "encoding/xml", "encoding/gob", "gopkg.in/yaml.v2", "gopkg.in/yaml.v3",
		"github.com/BurntSushi/toml", "google.golang.org/protobuf/proto", "github.com/golang/protobuf/proto":
	default:
		return false
	}
	return strings.HasPrefix(fn.Name(), "Marshal") || fn.Name() == "Encode"
}

// encodedToSink reports whether e is the argument of an encoder whose
// output goes only to storage or a log: b, err := json.Marshal(v) with
// every use of b in a storage or log call, or json.NewEncoder(f).Encode(v)
// with f a file.
func (s *state) encodedToSink(e ast.Expr) bool { return s.encodedTo(e, false) }

// encodedTo is encodedToSink, restricted to the log when logOnly is set
// (a file written by an encoder is storage, not the log).
func (s *state) encodedTo(e ast.Expr, logOnly bool) bool {
	var cur ast.Node = e
	for {
		p, ok := s.parent(cur).(*ast.ParenExpr)
		if !ok {
			break
		}
		cur = p
	}
	call, ok := s.parent(cur).(*ast.CallExpr)
	if !ok || !isArg(call, cur) || !encoder(s.callee(call)) {
		return false
	}
	if sel, ok := ast.Unparen(call.Fun).(*ast.SelectorExpr); ok && sel.Sel.Name == "Encode" {
		newEnc, ok := ast.Unparen(sel.X).(*ast.CallExpr)
		if !ok || len(newEnc.Args) != 1 {
			return false
		}
		return !logOnly && isFile(s.pass.TypesInfo.TypeOf(newEnc.Args[0]))
	}
	if c, _ := s.sinkAtTo(call, logOnly); c != nil {
		return true
	}
	as, ok := s.parent(call).(*ast.AssignStmt)
	if !ok || len(as.Rhs) != 1 || as.Rhs[0] != call || len(as.Lhs) == 0 {
		return false
	}
	id, ok := as.Lhs[0].(*ast.Ident)
	if !ok || id.Name == "_" {
		return false
	}
	obj := s.pass.TypesInfo.ObjectOf(id)
	body := s.enclosingBody(as)
	if obj == nil || body == nil {
		return false
	}
	only := true
	ast.Inspect(body, func(n ast.Node) bool {
		if x, ok := n.(*ast.Ident); ok && x != id && s.pass.TypesInfo.Uses[x] == obj {
			if c, _ := s.sinkAtTo(x, logOnly); c != nil {
				return true
			}
			only = false
		}
		return only
	})
	return only
}

func (s *state) enclosingBody(n ast.Node) *ast.BlockStmt {
	for p := s.parent(n); p != nil; p = s.parent(p) {
		switch fn := p.(type) {
		case *ast.FuncLit:
			return fn.Body
		case *ast.FuncDecl:
			return fn.Body
		}
	}
	return nil
}

func isFile(t types.Type) bool {
	n, ok := types.Unalias(deref(t)).(*types.Named)
	return ok && n.Obj().Pkg() != nil && n.Obj().Pkg().Path() == "os" && n.Obj().Name() == "File"
}

// decoder reports whether a call named name fills what its pointer
// arguments point to: decoders, form binders and database reads.
func decoder(name string) bool {
	if name == "" {
		return false
	}
	switch name[0] { // the first letters of the names below
	case 'S', 'U', 'D', 'B', 'M', 'F', 'G', 'L', 'T':
	default:
		return false
	}
	for _, p := range []string{"Scan", "StructScan", "Unmarshal", "Decode", "Bind", "ShouldBind", "MustBind", "Find"} {
		if strings.HasPrefix(name, p) {
			return true
		}
	}
	switch name {
	case "Get", "Select", "First", "Last", "Take", "Load":
		return true
	}
	return false
}

// decodeCall records the writes of rows.Scan(&u.Email), json.Unmarshal(b,
// &u), c.ShouldBind(&form), db.Get(&u, …) and their kin: &x.F is a write
// of F; any other pointer a write of every exported personal-data field
// reachable from what it points to (the decoder fills them by reflection).
func (s *state) decodeCall(call *ast.CallExpr, name string) {
	if !decoder(name) {
		return
	}
	for _, arg := range call.Args {
		if un, ok := ast.Unparen(arg).(*ast.UnaryExpr); ok && un.Op == token.AND {
			if sel, ok := ast.Unparen(un.X).(*ast.SelectorExpr); ok {
				if key, _ := s.personal(sel); key != "" {
					s.roles[sel] = roleWrite
					s.path(sel.X)
					continue
				}
			}
		}
		t := s.pass.TypesInfo.TypeOf(arg)
		if !isPointer(t) {
			continue
		}
		for _, d := range s.decodedFields(t) {
			u := s.use(s.personalVar(d.v), d.v)
			s.wrote(u, call, call.Pos())
			gated(u, s.position(call.Pos()), d.via)
		}
	}
}

// written reports whether the program collects the field: something
// writes it. A field nothing writes is dead code, not collection.
func written(u *Use) bool { return u != nil && len(u.Writes) > 0 }

// callName is the name of the function or method call calls, as written.
func callName(call *ast.CallExpr) string {
	switch fn := ast.Unparen(call.Fun).(type) {
	case *ast.SelectorExpr:
		return fn.Sel.Name
	case *ast.Ident:
		return fn.Name
	case *ast.IndexExpr: // a generic function instantiated explicitly
		if id, ok := fn.X.(*ast.Ident); ok {
			return id.Name
		}
	}
	return ""
}

func isPointer(t types.Type) bool {
	if t == nil {
		return false
	}
	_, ok := t.Underlying().(*types.Pointer)
	return ok
}
