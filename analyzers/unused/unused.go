package unused

import (
	"cmp"
	_ "embed"
	"fmt"
	"go/ast"
	"go/token"
	"go/types"
	"maps"
	"os"
	"path/filepath"
	"reflect"
	"slices"
	"strconv"
	"strings"
	"sync"

	"golang.org/x/tools/go/analysis"

	"github.com/privlint/privlint/analyzers/classify"
	"github.com/privlint/privlint/analyzers/config"
	"github.com/privlint/privlint/analyzers/flow"
	"github.com/privlint/privlint/analyzers/internal/analysisdoc"
	"github.com/privlint/privlint/finding"
	"github.com/privlint/privlint/internal/diag"
	"github.com/privlint/privlint/internal/directive"
	"github.com/privlint/privlint/rules"
)

// doc is the package documentation, the source of the analyzer's Doc.
//
//go:embed doc.go
var doc string

// RuleID is the rule this analyzer reports.
const RuleID = "PL201"

// New returns the analyzer that reports PL201 for unexported fields (see
// the package doc) among the fields that classifyAnalyzer, made by
// classify.New, finds, judged by the Env of env.
// flowAnalyzer, made by flow.New, tells which calls reach only storage or
// a log.
func New(env, classifyAnalyzer, flowAnalyzer *analysis.Analyzer) *analysis.Analyzer {
	methods := &ifaceMethods{}
	return &analysis.Analyzer{
		Name:             Name,
		Doc:              analysisdoc.MustExtract(doc, Name),
		URL:              rules.HelpURIFor(RuleID),
		Requires:         []*analysis.Analyzer{env, classifyAnalyzer, flowAnalyzer},
		RunDespiteErrors: true,
		Run:              func(pass *analysis.Pass) (any, error) { return run(pass, classifyAnalyzer, methods) },
		ResultType:       reflect.TypeFor[*Result](),
	}
}

// Name is the unused analyzer's name.
const Name = "unused"

// Field is a personal-data field declared in the analyzed package.
type Field struct {
	Key        string   // import path + "." + Symbol: stable across packages
	Package    string   // import path of the declaring package
	Symbol     string   // Type.Field
	Category   string   // fideslang key
	DetectedBy string   // annotation, type, tag or name
	Evidence   []string // the evidence items behind DetectedBy
	Purposes   []string // declared purposes, sorted
	Exported   bool     // the field's name is exported
	Encrypted  bool     // pii:"…,encrypted": stored encrypted
	Special    bool     // GDPR Art. 9/10 category
	Generated  bool     // declared in a generated file
	Pos, End   finding.Position
	// Suppressed is set when a //privlint:ignore PL201 with a reason is on
	// the field's line or the line above; Justification is the reason.
	// Program.Findings applies it to the findings it builds itself.
	Suppressed    bool
	Justification string
}

// Use is what the analyzed package does with one personal-data field (of
// this package or another).
type Use struct {
	Package  string             // import path of the field's package
	Symbol   string             // Type.Field
	Reads    []finding.Position // real uses, in source order
	Writes   []finding.Position // collection points, in source order
	Sunk     []finding.Position // reads that reach only storage or a log, in source order
	CopiesTo []string           // keys of the personal-data fields it is copied into, sorted
	// Via maps a decoder's write (in Writes) of a field nested under
	// holders to those holders (see holders.go): the write counts, in
	// the whole program, only if the program reads them all.
	Via map[finding.Position][]string
}

// Result is the analyzer's result.
type Result struct {
	// Fields are the package's personal-data fields (not holders), in
	// source order.
	Fields []*Field
	// Uses maps a field key to its uses in this package, for the fields
	// of every package that this package touches.
	Uses map[string]*Use
	// Diag holds the PL201 findings on unexported fields.
	Diag *diag.Result
	// Imports are the import paths that the package's non-test files
	// import.
	Imports []string
	// API maps the key of every personal-data field reachable (exported
	// fields only) from a result of the package's exported functions and
	// methods to the first such function: callers outside the program
	// read it when no package of the program imports this one (a library
	// such as an API client) and the program has a main package: it is an
	// application, and a package of it that nothing imports is there for
	// others. Empty for main and internal packages.
	API map[string]finding.Position
	// Main is set for a main package (not a test binary's generated one).
	Main bool
	// WritesIn maps the writes made inside a function or method of a
	// package that nothing outside the program can import (main, or
	// under internal/) to that function: if the program never calls it,
	// the write never happens (see Join).
	WritesIn map[finding.Position]Func
	// Refs are the functions and methods of main and internal packages
	// that the package names (calls, method values), by Func.Key.
	Refs []string
	// Dynamic are the method names of the interface types the package
	// declares, uses or finds in the packages it imports: a method of that
	// name may be called through an interface without being named.
	Dynamic []string
	// Stored maps a field key to the columns its value is stored into
	// (bound to an INSERT or UPDATE column by the package's SQL text).
	Stored map[string][]string
	// Compared maps a column ("table.column") that the package's SQL
	// text compares (WHERE, ON, HAVING), or that a query scans back into
	// a field that is not personal data, to the first place that does: a
	// value stored in it is read back for the program.
	Compared map[string]finding.Position
	// Selected maps a column ("table.column") that a query of the
	// package scans back to the personal-data fields it scans it into.
	Selected map[string][]string
	// Holders are the holder fields (struct-valued, see holders.go) the
	// package reads, by a stable id of their declaration, sorted.
	Holders []string
	// Logged are the keys of the personal-data fields of the structs
	// whose values the package hands to a log, and NotLogged those of the
	// structs whose values it uses otherwise, sorted (logrecords.go): a
	// struct only ever logged is a log record, whose fields PL201 leaves
	// to PL102.
	Logged, NotLogged []string
	// HandedOut maps an interface method of the program that code outside
	// it may implement (an exported interface of an importable package of
	// the same repository: a plugin's) to the personal-data fields the
	// package hands it, by key, with where: unless a type of the program
	// implements the interface (Implements), what reads them is outside
	// the program, and Join counts them as read.
	HandedOut map[string]map[string]finding.Position
	// Implements are the interfaces of HandedOut's kind, from the
	// packages this one imports and its own, that a type it declares
	// implements, by "path.Name".
	Implements []string

	path string // the package's import path
}

// DiagResult returns the findings the analyzer reported.
func (r *Result) DiagResult() *diag.Result { return r.Diag }

// role is what a field selector does where it appears.
type role uint8

const (
	roleRead  role = iota // the value is used
	roleWrite             // the field is assigned (a collection point)
	rolePath              // a step on the way to a written field: neither
	roleCopy              // the value is stored into another personal field
	roleSink              // the value reaches only storage or a log
)

type state struct {
	pass    *analysis.Pass
	methods *ifaceMethods
	env     *config.Env
	fields  *classify.Result
	res     *Result
	roles   map[*ast.SelectorExpr]role
	copyTo  map[*ast.SelectorExpr]string // roleCopy → target key
	// file is the file being read, and parents maps every node of it to
	// its parent once parent needs it. During the walk, cur is the node
	// visited and enclosing the nodes above it, innermost last: parent
	// finds their parents there, without the map.
	file      *ast.File
	parents   map[ast.Node]ast.Node
	below     []ast.Node // the last path parentBelow found, outermost first
	searched  int        // the nodes parentBelow visited in file
	cur       ast.Node
	enclosing []ast.Node
	stack     []ast.Node // the walk's scratch space (walkFile)
	// sinkKinds are the kinds of sink that the flows of each call
	// (keyed by its position and end) reach.
	sinkKinds map[[2]token.Pos][]flow.Kind
	// argUses are the arguments of the package's calls into helpers
	// that the helper uses otherwise than storing or logging them
	// (flow.Result.ArgUses).
	argUses map[[2]token.Pos][]int
	// reachable caches the personal-data fields an encoder reads from a
	// value of a type (see reachableFields).
	reachable map[reachKey][]*types.Var
	// importable is set when packages outside the program can import the
	// package: its functions may be called from there.
	importable bool
	// stmts are the package's SQL statements (the flow engine's), by
	// the span of their call.
	stmts map[[2]token.Pos]*statement
	// queries caches queriesIn, by function body.
	queries map[*ast.BlockStmt]map[types.Object]*statement
	// holders are the holder fields the package reads (by fieldID), and
	// decodes caches decodedFields.
	holders   map[string]bool
	holdersOf map[reachKey]bool
	decodes   map[types.Type][]decoded
	fieldIDs  map[*types.Var]string
	// logged and notLogged are the keys of the fields of the structs
	// whose values the package hands to a log and uses otherwise (see
	// logrecords.go); records caches the keys of the personal-data fields
	// each struct declares directly (record).
	logged, notLogged map[string]bool
	records           map[*types.Named][]string
	// recordsIn tells, for each struct whose keys logRecordAt added,
	// the sets it added them to (inLogged, inNotLogged).
	recordsIn map[*types.Named]uint8
	// keys caches personalVar, by the field's origin.
	keys map[*types.Var]string
	// ignores caches suppression's directives, by file.
	ignores map[*token.File][]lineIgnore
	// ifaceNames are the method names of the interface types of the
	// package's expressions, and recordStarts the positions at which
	// its record values start, sorted: the expressions (not types)
	// whose value is a struct with personal-data fields of its own
	// (recordOf); scanTypes fills them. starts is the walk's bit set of
	// those of the file walked, by offset (startsIn): most expressions
	// of a file start at none, which a bit tells without looking their
	// type up.
	ifaceNames   map[string]bool
	recordStarts []token.Pos
	starts       []uint64
}

func run(pass *analysis.Pass, classifyAnalyzer *analysis.Analyzer, methods *ifaceMethods) (any, error) {
	env := config.For(pass)
	s := &state{
		pass:      pass,
		methods:   methods,
		env:       env,
		fields:    pass.ResultOf[classifyAnalyzer].(*classify.Result),
		res:       &Result{Uses: map[string]*Use{}, path: pass.Pkg.Path()},
		roles:     map[*ast.SelectorExpr]role{},
		copyTo:    map[*ast.SelectorExpr]string{},
		sinkKinds: map[[2]token.Pos][]flow.Kind{},
		reachable: map[reachKey][]*types.Var{},
	}
	s.importable = importablePkg(pass.Pkg)
	s.stmts = statementsOf(flow.Of(pass))
	s.argUses = flow.Of(pass).ArgUses
	s.compared()
	for _, fl := range flow.Of(pass).Flows {
		k := [2]token.Pos{fl.Pos, fl.End}
		if !slices.Contains(s.sinkKinds[k], fl.Sink.Kind) {
			s.sinkKinds[k] = append(s.sinkKinds[k], fl.Sink.Kind)
		}
	}
	for _, info := range s.fields.Fields {
		if info.Fact.Holder {
			continue
		}
		s.res.Fields = append(s.res.Fields, s.declared(info))
	}
	if s.fields.NoneVisible && len(s.stmts) == 0 && !alwaysWalk {
		// No personal-data field can appear in the package's code and no
		// SQL text names a column: the walk below would record nothing
		// but the holders the package reads, which the selections give.
		s.selectedHolders()
	} else {
		// A log record is a struct with personal-data fields: where the
		// package declares none and imports none, no value can be one.
		records := len(s.fields.Fields) > 0 || s.fields.Imported
		s.scanTypes(records)
		for _, f := range pass.Files {
			if isTest(pass, f) {
				continue
			}
			s.file, s.parents, s.below, s.searched = f, nil, s.below[:0], 0
			s.walk(f, records)
		}
	}
	s.res.Logged = slices.Sorted(maps.Keys(s.logged))
	s.res.NotLogged = slices.Sorted(maps.Keys(s.notLogged))
	columnReads(s.res.Uses, s.res.Stored, s.res.Compared)
	columnCopies(s.res.Uses, s.res.Stored, s.res.Selected)
	for _, u := range s.res.Uses {
		slices.SortFunc(u.Reads, comparePos)
		u.Reads = slices.Compact(u.Reads)
		slices.SortFunc(u.Sunk, comparePos)
		slices.SortFunc(u.Writes, comparePos)
		slices.Sort(u.CopiesTo)
		u.CopiesTo = slices.Compact(u.CopiesTo)
	}
	s.res.Holders = s.holderReads()
	s.api()
	s.implemented()
	s.liveness()
	rep := env.Reporter(pass)
	s.report(rep)
	s.res.Diag = rep.Result()
	return s.res, nil
}

// api fills the result's Imports and API (see Result).
func (s *state) api() {
	s.res.API = map[string]finding.Position{}
	path := s.pass.Pkg.Path()
	importable := s.pass.Pkg.Name() != "main" && !slices.Contains(strings.Split(path, "/"), "internal")
	if s.pass.Pkg.Name() == "main" && strings.HasSuffix(path, ".test") {
		return // the generated main of a test binary imports what it tests
	}
	s.res.Main = s.pass.Pkg.Name() == "main"
	for _, f := range s.pass.Files {
		if isTest(s.pass, f) {
			continue
		}
		for _, spec := range f.Imports {
			if p, err := strconv.Unquote(spec.Path.Value); err == nil {
				s.res.Imports = append(s.res.Imports, p)
			}
		}
		if !importable {
			continue
		}
		for _, d := range f.Decls {
			fd, ok := d.(*ast.FuncDecl)
			if !ok || !fd.Name.IsExported() {
				continue
			}
			fn, ok := s.pass.TypesInfo.Defs[fd.Name].(*types.Func)
			if !ok {
				continue
			}
			sig := fn.Type().(*types.Signature)
			if sig.Recv() != nil {
				if n, ok := types.Unalias(deref(sig.Recv().Type())).(*types.Named); !ok || !n.Obj().Exported() {
					continue
				}
			}
			for i := range sig.Results().Len() {
				for _, v := range s.reachableFields(sig.Results().At(i).Type(), false) {
					key := s.personalVar(v)
					if _, ok := s.res.API[key]; !ok {
						s.res.API[key] = s.position(fd.Name.Pos())
					}
				}
			}
		}
	}
	slices.Sort(s.res.Imports)
	s.res.Imports = slices.Compact(s.res.Imports)
}

func isTest(pass *analysis.Pass, f *ast.File) bool {
	return strings.HasSuffix(pass.Fset.File(f.FileStart).Name(), "_test.go")
}

func comparePos(a, b finding.Position) int {
	return cmp.Or(strings.Compare(a.File, b.File), cmp.Compare(a.Line, b.Line), cmp.Compare(a.Column, b.Column))
}

// declared describes a personal-data field of this package.
func (s *state) declared(info *classify.Info) *Field {
	f := info.Fact
	fd := &Field{
		Key:        Key(s.pass.Pkg.Path(), f.Symbol),
		Package:    s.pass.Pkg.Path(),
		Symbol:     f.Symbol,
		Category:   f.Category,
		DetectedBy: f.DetectedBy,
		Evidence:   f.Evidence,
		Purposes:   f.Purposes,
		Exported:   info.Var.Exported(),
		Encrypted:  f.Encrypted || f.Protected,
		Special:    f.Special,
		Generated:  diag.Generated(s.pass, info.Pos),
		Pos:        s.position(info.Pos),
		End:        s.position(info.End),
	}
	if ig, ok := s.suppression(info.Pos); ok {
		fd.Suppressed, fd.Justification = true, ig.Reason
	}
	return fd
}

// Key is the stable identity of a field across packages: the import path
// of its package and its symbol (Type.Field).
func Key(pkgPath, symbol string) string { return pkgPath + "." + symbol }

func (s *state) position(pos token.Pos) finding.Position {
	p := s.pass.Fset.Position(pos)
	return finding.Position{File: p.Filename, Line: p.Line, Column: p.Column}
}

// suppression finds a //privlint:ignore PL201 with a reason on the line
// of pos or the line above, as internal/diag does for reported findings.
func (s *state) suppression(pos token.Pos) (directive.Ignore, bool) {
	tf := s.pass.Fset.File(pos)
	if tf == nil {
		return directive.Ignore{}, false
	}
	line := tf.Line(pos)
	ignores, ok := s.ignores[tf]
	if !ok {
		ignores = s.ignoresIn(tf)
		if s.ignores == nil {
			s.ignores = map[*token.File][]lineIgnore{}
		}
		s.ignores[tf] = ignores
	}
	for _, li := range ignores {
		if li.line == line || li.line == line-1 {
			return li.ig, true
		}
	}
	return directive.Ignore{}, false
}

// lineIgnore is a //privlint:ignore PL201 with a reason, and its line.
type lineIgnore struct {
	line int
	ig   directive.Ignore
}

// ignoresIn returns the //privlint:ignore PL201 directives with a reason
// of the file tf, in the order of its comments: read once for all the
// fields it declares.
func (s *state) ignoresIn(tf *token.File) []lineIgnore {
	var out []lineIgnore
	for _, f := range s.pass.Files {
		if s.pass.Fset.File(f.FileStart) != tf {
			continue
		}
		for _, cg := range f.Comments {
			for _, c := range cg.List {
				d, ok := directive.Parse(c.Text)
				if !ok || d.Verb != "ignore" {
					continue
				}
				if ig := directive.ParseIgnore(d); ig.Reason != "" && ig.Covers(RuleID) {
					out = append(out, lineIgnore{tf.Line(c.Pos()), ig})
				}
			}
		}
	}
	return out
}

// personal returns the key of the personal-data field that sel selects,
// or "" when it selects something else (a method, a non-personal field, a
// holder).
func (s *state) personal(sel *ast.SelectorExpr) (string, *types.Var) {
	selection, ok := s.pass.TypesInfo.Selections[sel]
	if !ok || selection.Kind() != types.FieldVal {
		return "", nil
	}
	v, ok := selection.Obj().(*types.Var)
	if !ok {
		return "", nil
	}
	return s.personalVar(v), v
}

func (s *state) personalVar(v *types.Var) string {
	v = v.Origin()
	if key, ok := s.keys[v]; ok {
		return key
	}
	key := ""
	if f, ok := s.fields.FieldOf(v); ok && !f.Holder && v.Pkg() != nil {
		key = Key(v.Pkg().Path(), f.Symbol)
	}
	if s.keys == nil {
		s.keys = map[*types.Var]string{}
	}
	s.keys[v] = key
	return key
}

func (s *state) use(key string, v *types.Var) *Use {
	u, ok := s.res.Uses[key]
	if !ok {
		sym := strings.TrimPrefix(key, v.Origin().Pkg().Path()+".")
		u = &Use{Package: v.Origin().Pkg().Path(), Symbol: sym}
		s.res.Uses[key] = u
	}
	return u
}

// alwaysWalk makes run walk every package (tests compare what the walk
// records with what the skip of it does), and walked, when set, is told
// of every file walked; noRecordStarts makes the walk look every
// expression's type up (tests compare that with the look-ups
// recordStarts spares).
var (
	alwaysWalk     = false
	walked         func(*ast.File)
	noRecordStarts = false
)

// walk reads f in one pass: at each node, in source order, it marks the
// roles of the selectors below it (roleNode), records the reflective
// reads it makes (reflectiveNode), records it by its role when it is a
// field selector (collectNode) and, with records, judges whether its value
// goes to a log (logRecordAt). Each of them reads only what the nodes
// above it have marked, so one pass gives what a pass of each would.
// walkFile visits the nodes, in ast.Inspect's order.
func (s *state) walk(f *ast.File, records bool) {
	if walked != nil {
		walked(f)
	}
	instances := len(s.pass.TypesInfo.Instances) > 0
	// Only the expressions scanTypes found can be log records: where
	// their bits are known (recordStarts), only those starting at a
	// marked offset of f.
	records = records && s.recordStarts != nil
	var starts []uint64
	if records && !noRecordStarts {
		starts = s.startsIn(f)
		records = starts != nil
	}
	s.stack = walkFile(f, s.stack, func(n ast.Node, stack []ast.Node) {
		// Only these kinds of node have roles to mark or reflective
		// reads to record; an identifier, the commonest node, only as a
		// generic function's instance. The current node is set for
		// them (parent) only.
		switch n := n.(type) {
		case *ast.CallExpr:
			s.cur, s.enclosing = n, stack
			s.callNode(n)
		case *ast.AssignStmt, *ast.IncDecStmt, *ast.CompositeLit, *ast.ValueSpec, *ast.ReturnStmt:
			s.cur, s.enclosing = n, stack
			s.roleNode(n)
			s.reflectiveNode(n, stack)
		case *ast.Ident:
			if instances {
				s.cur, s.enclosing = n, stack
				s.reflectiveNode(n, stack)
			}
		case *ast.SelectorExpr:
			s.cur, s.enclosing = n, stack
			s.collectNode(n)
		}
		if records && len(stack) > 0 {
			if starts != nil {
				if off := int(n.Pos() - f.FileStart); off >= 0 && off < len(starts)*64 && starts[off/64]&(1<<(off%64)) == 0 {
					return
				}
			}
			if e, ok := n.(ast.Expr); ok {
				s.cur, s.enclosing = n, stack
				s.logRecordAt(e, stack[len(stack)-1])
			}
		}
	})
	s.cur, s.enclosing = nil, nil
	clear(starts)
}

// startsIn returns the bit set of the offsets in f at which expressions
// whose value is a record start (recordStarts), nil when none is in f: every
// node of f starts in f, or at no position, which the walk looks up. It
// is s's until the walk of f ends, which clears it.
func (s *state) startsIn(f *ast.File) []uint64 {
	lo, _ := slices.BinarySearch(s.recordStarts, f.FileStart)
	hi, _ := slices.BinarySearch(s.recordStarts, f.FileEnd+1)
	if lo == hi && (len(s.recordStarts) == 0 || s.recordStarts[0].IsValid()) {
		return nil
	}
	n := (int(f.FileEnd-f.FileStart) + 64) / 64
	if cap(s.starts) < n {
		s.starts = make([]uint64, n)
	}
	bits := s.starts[:n]
	for _, pos := range s.recordStarts[lo:hi] {
		off := int(pos - f.FileStart)
		bits[off/64] |= 1 << (off % 64)
	}
	return bits
}

// selectedHolders records the holders that the selectors of the
// package's non-test files read, as the walk's collectNode does.
func (s *state) selectedHolders() {
	var tests [][2]token.Pos // the spans of the test files
	for _, f := range s.pass.Files {
		if isTest(s.pass, f) {
			tests = append(tests, [2]token.Pos{f.FileStart, f.FileEnd})
		}
	}
	for sel, selection := range s.pass.TypesInfo.Selections {
		if len(tests) > 0 && slices.ContainsFunc(tests, func(t [2]token.Pos) bool { return t[0] <= sel.Pos() && sel.Pos() <= t[1] }) {
			continue
		}
		s.selectedHolder(selection)
	}
}

// callNode is roleNode and reflectiveNode for a call, whose name they
// both need.
func (s *state) callNode(call *ast.CallExpr) {
	name := callName(call)
	s.decodeCall(call, name)
	s.scanned(call)
	s.callConversions(call, name)
}

// roleNode marks the selectors below n that write, copy or lead to a
// field; every other field selector is a read. A call's are callNode's.
func (s *state) roleNode(n ast.Node) {
	switch n := n.(type) {
	case *ast.AssignStmt:
		if n.Tok == token.DEFINE {
			return
		}
		for i, lhs := range n.Lhs {
			target := s.lhs(lhs)
			if target != "" && n.Tok == token.ASSIGN && len(n.Lhs) == len(n.Rhs) {
				s.copyInto(n.Rhs[i], target)
			}
		}
	case *ast.IncDecStmt:
		s.lhs(n.X)
	case *ast.CompositeLit:
		s.compositeLit(n)
	}
}

// lhs marks an assigned expression: a field selector is a write, and the
// selectors leading to it are paths. It returns the key of the written
// personal-data field, if any.
func (s *state) lhs(e ast.Expr) string {
	switch e := ast.Unparen(e).(type) {
	case *ast.SelectorExpr:
		key, v := s.personal(e)
		if v == nil {
			return ""
		}
		s.roles[e] = roleWrite
		s.path(e.X)
		return key
	case *ast.IndexExpr:
		s.lhs(e.X)
	case *ast.StarExpr:
		s.lhs(e.X)
	}
	return ""
}

// path marks the field selectors of e, the base of a written field, as
// neither read nor written.
func (s *state) path(e ast.Expr) {
	switch e := ast.Unparen(e).(type) {
	case *ast.SelectorExpr:
		if _, v := s.personal(e); v != nil {
			s.roles[e] = rolePath
		} else if sel, ok := s.pass.TypesInfo.Selections[e]; !ok || sel.Kind() != types.FieldVal {
			return
		}
		s.path(e.X)
	case *ast.IndexExpr:
		s.path(e.X)
	case *ast.StarExpr:
		s.path(e.X)
	}
}

// copyInto marks value as copied into the personal field target when it
// is itself a personal-data field selector.
func (s *state) copyInto(value ast.Expr, target string) {
	sel, ok := ast.Unparen(value).(*ast.SelectorExpr)
	if !ok {
		return
	}
	if key, _ := s.personal(sel); key != "" && s.roles[sel] == roleRead {
		s.roles[sel] = roleCopy
		s.copyTo[sel] = target
	}
}

// compositeLit records the fields a struct literal writes, and the
// personal fields copied into them.
func (s *state) compositeLit(lit *ast.CompositeLit) {
	tv, ok := s.pass.TypesInfo.Types[lit]
	if !ok {
		return
	}
	st, ok := deref(tv.Type).Underlying().(*types.Struct)
	if !ok {
		return
	}
	for i, elt := range lit.Elts {
		var v *types.Var
		value := elt
		at := elt.Pos()
		if kv, ok := elt.(*ast.KeyValueExpr); ok {
			id, ok := kv.Key.(*ast.Ident)
			if !ok {
				continue
			}
			v, _ = s.pass.TypesInfo.Uses[id].(*types.Var)
			if v == nil {
				v = fieldByName(st, id.Name)
			}
			value, at = kv.Value, kv.Key.Pos()
		} else if i < st.NumFields() {
			v = st.Field(i)
		}
		if v == nil {
			continue
		}
		key := s.personalVar(v)
		if key == "" {
			continue
		}
		u := s.use(key, v)
		s.wrote(u, elt, at)
		s.copyInto(value, key)
	}
}

func fieldByName(st *types.Struct, name string) *types.Var {
	for i := range st.NumFields() {
		if st.Field(i).Name() == name {
			return st.Field(i)
		}
	}
	return nil
}

func deref(t types.Type) types.Type {
	if p, ok := types.Unalias(t).(*types.Pointer); ok {
		return p.Elem()
	}
	return t
}

// collectNode records the field selector sel by its role, which the
// nodes above it have marked, when it selects a personal-data field, and
// the holder it reads.
func (s *state) collectNode(sel *ast.SelectorExpr) {
	selection, ok := s.pass.TypesInfo.Selections[sel]
	if !ok || selection.Kind() != types.FieldVal {
		return
	}
	v, ok := selection.Obj().(*types.Var)
	if !ok {
		return
	}
	s.readHolder(v) // as selectedHolder does
	key := s.personalVar(v)
	if key == "" {
		return
	}
	u := s.use(key, v)
	r := s.roles[sel]
	if r == roleRead {
		if call, arg := s.sinkAt(sel); call != nil {
			r = roleSink
			s.storedIn(key, call, arg)
		}
	}
	switch r {
	case roleRead:
		u.Reads = append(u.Reads, s.position(sel.Sel.Pos()))
	case roleWrite:
		s.wrote(u, sel, sel.Pos())
	case roleCopy:
		u.CopiesTo = append(u.CopiesTo, s.copyTo[sel])
	case roleSink:
		u.Sunk = append(u.Sunk, s.position(sel.Sel.Pos()))
	}
}

// report reports the unexported fields of the package that nothing uses:
// their readers are all here, so the judgement is final.
func (s *state) report(rep *diag.Reporter) {
	if !rep.Enabled(RuleID) {
		return
	}
	local := map[string]*Field{}
	for _, f := range s.res.Fields {
		local[f.Key] = f
	}
	// A copy into an exported or foreign field is a use here: only the
	// whole program can judge the target.
	used := Used(s.res.Uses, func(key string) bool {
		f, ok := local[key]
		return ok && !f.Exported
	})
	records := logRecordsOf([]*Result{s.res})
	for _, f := range s.res.Fields {
		if f.Exported || used[f.Key] || !written(s.res.Uses[f.Key]) || records[f.Key] {
			continue
		}
		info := s.infoOf(f)
		if info == nil {
			continue
		}
		rep.Report(info.Pos, info.End, NewFinding(f, s.res.Uses[f.Key], s.res.Uses))
	}
}

func (s *state) infoOf(f *Field) *classify.Info {
	for _, info := range s.fields.Fields {
		if info.Fact.Symbol == f.Symbol {
			return info
		}
	}
	return nil
}

// Used returns the set of fields that are used: read somewhere, or copied
// into a field that is used. judged says whether a copy target is one
// whose uses are all known (in uses); a copy into any other field counts
// as a use.
func Used(uses map[string]*Use, judged func(key string) bool) map[string]bool {
	used := map[string]bool{}
	copiedFrom := map[string][]string{} // target → sources
	var work []string
	mark := func(k string) {
		if !used[k] {
			used[k] = true
			work = append(work, k)
		}
	}
	keys := slices.Sorted(maps.Keys(uses))
	for _, k := range keys {
		u := uses[k]
		if len(u.Reads) > 0 {
			mark(k)
		}
		for _, t := range u.CopiesTo {
			if !judged(t) {
				mark(k)
			}
			copiedFrom[t] = append(copiedFrom[t], k)
		}
	}
	for len(work) > 0 {
		k := work[len(work)-1]
		work = work[:len(work)-1]
		for _, src := range copiedFrom[k] {
			mark(src)
		}
	}
	return used
}

// NewFinding builds the PL201 finding for the unused field f; u is what
// the analyzed code does with it (nil when nothing touches it) and all the
// uses of every field, to name the copy targets.
func NewFinding(f *Field, u *Use, all map[string]*Use) *finding.Finding {
	var notes []string
	if u != nil && len(u.CopiesTo) > 0 {
		var names []string
		for _, t := range u.CopiesTo {
			names = append(names, displayName(t, all, f.Package))
		}
		which := "which is"
		if len(names) > 1 {
			which = "which are"
		}
		notes = append(notes, "only copied into "+strings.Join(names, ", ")+", "+which+" never used either")
	}
	switch {
	case u == nil || len(u.Writes) == 0:
		// Not reported (see written); kept for a caller that asks.
		notes = append(notes, "nothing writes it")
	case len(u.Writes) == 1:
		notes = append(notes, "written at "+ShortPos(u.Writes[0]))
	default:
		notes = append(notes, fmt.Sprintf("written at %s and %d other places", ShortPos(u.Writes[0]), len(u.Writes)-1))
	}
	if u != nil && len(u.Sunk) > 0 {
		notes = append(notes, "only stored or logged, at "+ShortPos(u.Sunk[0]))
	}
	return &finding.Finding{
		RuleID: RuleID,
		Message: fmt.Sprintf("%s in %s is collected but never used (%s); stop collecting it and delete the field, or use it for a declared purpose",
			f.Category, f.Symbol, strings.Join(notes, "; ")),
		Category:      f.Category,
		Purposes:      f.Purposes,
		DetectedBy:    f.DetectedBy,
		Evidence:      f.Evidence,
		Symbol:        f.Symbol,
		Suppressed:    f.Suppressed,
		Justification: f.Justification,
	}
}

// displayName names a field key for a message: Type.Field, qualified by
// the package name when it is another package's.
func displayName(key string, all map[string]*Use, pkg string) string {
	u, ok := all[key]
	if !ok {
		return key
	}
	if u.Package == pkg {
		return u.Symbol
	}
	return filepath.Base(u.Package) + "." + u.Symbol
}

// ShortPos formats p as file:line with the file relative to the root of
// its Go module (the nearest directory above it holding a go.mod), so that
// messages read the same from any working directory.
func ShortPos(p finding.Position) string {
	return fmt.Sprintf("%s:%d", moduleRel(p.File), p.Line)
}

var moduleRoots sync.Map // dir → module root ("" when none)

func moduleRel(file string) string {
	dir := filepath.Dir(file)
	root := moduleRoot(dir)
	if root == "" {
		return filepath.Base(file)
	}
	rel, err := filepath.Rel(root, file)
	if err != nil {
		return filepath.Base(file)
	}
	return filepath.ToSlash(rel)
}

func moduleRoot(dir string) string {
	if r, ok := moduleRoots.Load(dir); ok {
		return r.(string)
	}
	root := ""
	if _, err := os.Stat(filepath.Join(dir, "go.mod")); err == nil {
		root = dir
	} else if parent := filepath.Dir(dir); parent != dir {
		root = moduleRoot(parent)
	}
	moduleRoots.Store(dir, root)
	return root
}

// Func is a function or method that holds writes (Result.WritesIn).
type Func struct {
	Key    string // types.Func.FullName of its origin
	Name   string // its name, for interface calls
	Method bool
}

// wrote records a write of u at pos, made by node n, and the function
// that makes it when that function may be dead.
func (s *state) wrote(u *Use, n ast.Node, pos token.Pos) {
	p := s.position(pos)
	u.Writes = append(u.Writes, p)
	if s.importable {
		return
	}
	for x := n; x != nil; x = s.parent(x) {
		fd, ok := x.(*ast.FuncDecl)
		if !ok {
			continue
		}
		fn, ok := s.pass.TypesInfo.Defs[fd.Name].(*types.Func)
		if !ok || (fd.Recv == nil && (fd.Name.Name == "init" || fd.Name.Name == "main")) {
			return
		}
		if s.res.WritesIn == nil {
			s.res.WritesIn = map[finding.Position]Func{}
		}
		s.res.WritesIn[p] = Func{Key: fn.Origin().FullName(), Name: fn.Name(), Method: fd.Recv != nil}
		return
	}
}

// importablePkg reports whether a package can be imported from outside
// its module: it is not main and no element of its path is internal.
func importablePkg(pkg *types.Package) bool {
	return pkg.Name() != "main" && !slices.Contains(strings.Split(pkg.Path(), "/"), "internal")
}

// liveness fills the result's Refs and Dynamic (see Result).
func (s *state) liveness() {
	// Each function, package and interface is judged once: most uses
	// repeat one.
	funcs := map[*types.Func]bool{}
	importable := map[*types.Package]bool{}
	for _, obj := range s.pass.TypesInfo.Uses {
		fn, ok := obj.(*types.Func)
		if !ok || fn.Pkg() == nil {
			continue
		}
		imp, ok := importable[fn.Pkg()]
		if !ok {
			imp = importablePkg(fn.Pkg())
			importable[fn.Pkg()] = imp
		}
		if !imp {
			funcs[fn.Origin()] = true
		}
	}
	var refs []string
	for fn := range funcs {
		if refs == nil {
			refs = make([]string, 0, len(funcs))
		}
		refs = append(refs, fn.FullName())
	}
	slices.Sort(refs)
	s.res.Refs = slices.Compact(refs)
	names := s.ifaceNames
	if names == nil {
		s.scanTypes(false)
		names = s.ifaceNames
	}
	for _, name := range s.methods.of(s.pass.Pkg) { // its importers ask too
		names[name] = true
	}
	for _, pkg := range s.pass.Pkg.Imports() {
		for _, name := range s.methods.of(pkg) {
			names[name] = true
		}
	}
	s.res.Dynamic = slices.Sorted(maps.Keys(names))
}

// scanTypes reads the types of the package's expressions once: it fills
// s.ifaceNames for liveness and, with records, s.recordStarts for the
// walk. A pass over the map costs less than a look-up at every
// expression of the walk.
func (s *state) scanTypes(records bool) {
	s.ifaceNames = map[string]bool{}
	ifaces := map[*types.Interface]bool{}
	for e, tv := range s.pass.TypesInfo.Types {
		if tv.Type == nil {
			continue
		}
		if _, ok := tv.Type.(*types.Basic); ok {
			continue // the commonest type: no struct, no interface
		}
		if records && !tv.IsType() && s.record(tv.Type) != nil {
			s.recordStarts = append(s.recordStarts, e.Pos())
		}
		it, ok := tv.Type.Underlying().(*types.Interface)
		if !ok || ifaces[it] {
			continue
		}
		ifaces[it] = true
		for i := range it.NumMethods() {
			s.ifaceNames[it.Method(i).Name()] = true
		}
	}
	slices.Sort(s.recordStarts)
}

// recordOf returns the struct of e's value when it is a record value (as
// scanTypes finds them), nil otherwise.
func (s *state) recordOf(e ast.Expr) *types.Named {
	tv, ok := s.pass.TypesInfo.Types[e]
	if !ok || tv.Type == nil || tv.IsType() {
		return nil
	}
	if _, ok := tv.Type.(*types.Basic); ok {
		return nil
	}
	return s.record(tv.Type)
}

// ifaceMethods holds declaredMethods of the imported packages, shared by
// the passes of one analyzer (one run): a package imported by many is
// read once.
type ifaceMethods struct {
	mu   sync.Mutex
	pkgs map[*types.Package][]string
}

// of returns declaredMethods(pkg), reading pkg once.
func (c *ifaceMethods) of(pkg *types.Package) []string {
	c.mu.Lock()
	names, ok := c.pkgs[pkg]
	c.mu.Unlock()
	if ok {
		return names
	}
	names = declaredMethods(pkg)
	c.mu.Lock()
	if c.pkgs == nil {
		c.pkgs = map[*types.Package][]string{}
	}
	c.pkgs[pkg] = names
	c.mu.Unlock()
	return names
}

// declaredMethods returns the method names of the interface types that
// pkg declares at package level.
func declaredMethods(pkg *types.Package) []string {
	var names []string
	scope := pkg.Scope()
	for _, name := range scope.Names() {
		tn, ok := scope.Lookup(name).(*types.TypeName)
		if !ok {
			continue
		}
		if it, ok := tn.Type().Underlying().(*types.Interface); ok {
			for i := range it.NumMethods() {
				names = append(names, it.Method(i).Name())
			}
		}
	}
	return names
}
