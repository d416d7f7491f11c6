package classify

import (
	_ "embed"
	"fmt"
	"go/ast"
	"go/token"
	"go/types"
	"reflect"
	"slices"
	"strconv"
	"strings"
	"sync"

	"golang.org/x/tools/go/analysis"

	"github.com/privlint/privlint/analyzers/config"
	"github.com/privlint/privlint/analyzers/internal/analysisdoc"
	"github.com/privlint/privlint/analyzers/internal/typewalk"
	"github.com/privlint/privlint/finding"
	"github.com/privlint/privlint/internal/classifier"
	"github.com/privlint/privlint/internal/diag"
	"github.com/privlint/privlint/internal/directive"
	"github.com/privlint/privlint/rules"
)

// doc is the package documentation, the source of the analyzer's Doc.
//
//go:embed doc.go
var doc string

// New returns the analyzer that finds personal-data struct fields (see
// the package doc), judged by the Env of env.
func New(env *analysis.Analyzer) *analysis.Analyzer {
	deps := &depCache{}
	return &analysis.Analyzer{
		Name:             "classify",
		Doc:              analysisdoc.MustExtract(doc, "classify"),
		URL:              "https://github.com/privlint/privlint#annotations",
		Requires:         []*analysis.Analyzer{env},
		RunDespiteErrors: true,
		Run:              func(pass *analysis.Pass) (any, error) { return run(pass, deps) },
		FactTypes:        []analysis.Fact{new(Field), new(Analyzed)},
		ResultType:       reflect.TypeFor[*Result](),
	}
}

// Purpose sources: where a field's purposes were declared.
const (
	FromField   = "field"
	FromType    = "type"
	FromPackage = "package"
)

// Field is the fact exported on a personal-data struct field.
type Field struct {
	Category   string   // fideslang key
	DetectedBy string   // annotation, type, format, tag, name or description
	Evidence   []string // the evidence items behind DetectedBy (classifier.Match.Details)
	Pattern    string   // what matched: a name pattern, a type, a tag value
	Purposes   []string // declared purposes, sorted; nil when none
	From       string   // FromField, FromType, FromPackage or "" when no purpose
	Protected  bool     // the name says it is already one-way (PasswordHash)
	Spent      bool     // the name says it is a one-time code used already (LastUsedPasscode)
	Encrypted  bool     // pii:"…,encrypted": stored encrypted
	Sensitive  bool     // the category needs encryption at rest by default
	Special    bool     // GDPR Art. 9/10 category
	Holder     bool     // a struct value whose own members carry the findings
	Symbol     string   // Type.Field (Type.Holder.Field for nested anonymous structs)
}

// AFact marks Field as an analysis fact.
func (*Field) AFact() {}

// String describes the fact; analysistest matches it in `// want` lines.
func (f *Field) String() string {
	var b strings.Builder
	fmt.Fprintf(&b, "pii %s by %s", f.Category, f.DetectedBy)
	if len(f.Purposes) > 0 {
		fmt.Fprintf(&b, " purposes %s from %s", strings.Join(f.Purposes, ","), f.From)
	}
	if f.Protected {
		b.WriteString(" protected")
	}
	if f.Spent {
		b.WriteString(" spent")
	}
	if f.Encrypted {
		b.WriteString(" encrypted")
	}
	if f.Holder {
		b.WriteString(" holder")
	}
	return b.String()
}

// Info is a personal-data field of the analyzed package.
type Info struct {
	Var  *types.Var
	Fact *Field
	// Pos and End span the field's name (or embedded type).
	Pos, End token.Pos
	// Sites are where the field's purposes are named when they come from
	// a //privlint:purpose directive on its type or package (Fact.From is
	// FromType or FromPackage), by purpose; nil otherwise. A purpose
	// such a directive names is one declaration, judged once at the
	// directive, however many fields inherit it.
	Sites map[string]Site
}

// Site is a //privlint:purpose directive comment on a type or a package
// clause.
type Site struct {
	Pos, End token.Pos
	Scope    string // "type User" or "package users": what the directive applies to
	Symbol   string // "User" or the package path: the fingerprint's symbol
}

// directiveSites returns, for each purpose the //privlint:purpose
// directives of cg name, the comment that names it first.
func directiveSites(cg *ast.CommentGroup, scope, symbol string, into map[string]Site) map[string]Site {
	if cg == nil {
		return into
	}
	for _, c := range cg.List {
		d, ok := directive.Parse(c.Text)
		if !ok || d.Verb != "purpose" {
			continue
		}
		for _, a := range d.Args {
			for _, name := range directive.SplitList(a) {
				if into == nil {
					into = map[string]Site{}
				}
				if _, seen := into[name]; !seen {
					into[name] = Site{Pos: c.Pos(), End: c.End(), Scope: scope, Symbol: symbol}
				}
			}
		}
	}
	return into
}

// Result is the analyzer's result: the package's personal-data fields in
// source order, and its PL005 findings.
type Result struct {
	Fields []*Info
	ByVar  map[*types.Var]*Info
	Diag   *diag.Result
	// Imported reports whether an imported package has personal-data
	// fields.
	Imported bool
	// NoneVisible reports that no personal-data field can appear in the
	// package: it declares none, no package of its import closure
	// analyzed from source declares one (no fact), and its closure holds
	// no package loaded from export data (whose fields are classified
	// only when asked for). Then FieldOf finds nothing for any field the
	// package's code can reach, and analyzers may skip their walks.
	NoneVisible bool

	pass *analysis.Pass
	// env and deps classify the fields of packages loaded from export
	// data; deps is nil unless the Env's Options.DepsFromExportData.
	// consts knows the constants' types of every package (isEnum).
	env    *config.Env
	deps   *depCache
	consts *constTypes
	// imported caches FieldOf's answers (*Field, nil for none) for the
	// fields of imported packages: the analyzers that require classify
	// ask about the same fields many times, from several goroutines.
	imported  sync.Map
	scratchMu sync.Mutex
	scratch   Field // importedField's
}

// FieldOf returns the fact of a personal-data field declared in this
// package or in an imported one. Analyzers that require classify use it,
// since facts are private to the analyzer that exports them. The Field
// may be shared with other callers: it must not be changed.
func (r *Result) FieldOf(v *types.Var) (*Field, bool) {
	if info, ok := r.ByVar[v]; ok {
		return info.Fact, true
	}
	if v.Pkg() == nil || v.Pkg() == r.pass.Pkg {
		return nil, false
	}
	if f, ok := r.imported.Load(v); ok {
		f := f.(*Field)
		return f, f != nil
	}
	f := r.importedField(v)
	r.imported.Store(v, f)
	return f, f != nil
}

// importedField is FieldOf for a field of an imported package, nil when
// it is no personal-data field.
func (r *Result) importedField(v *types.Var) *Field {
	// Most fields asked about have no fact: the fact is read into a
	// scratch Field, copied out only when there is one.
	r.scratchMu.Lock()
	var f *Field
	if r.pass.ImportObjectFact(v, &r.scratch) {
		c := r.scratch
		f = &c
	}
	r.scratchMu.Unlock()
	if f != nil {
		return f
	}
	if r.deps != nil && !r.pass.ImportPackageFact(v.Pkg(), new(Analyzed)) {
		// A package loaded from export data (SPEC §10).
		if f := r.deps.fields(r.env, v.Pkg())[v.Origin()]; f != nil {
			c := *f
			return &c
		}
	}
	return nil
}

// DiagResult returns the findings the analyzer reported.
func (r *Result) DiagResult() *diag.Result { return r.Diag }

type state struct {
	pass     *analysis.Pass
	env      *config.Env
	rep      *diag.Reporter
	pkgPurp  []string
	pkgSites map[string]Site
	res      *Result
	pending  []*pendingField
	enumMemo map[*types.TypeName]bool
	// sections are the package's struct types a configuration type
	// holds (configSections).
	sections map[string]bool
}

// pendingField is a classified member waiting for the holder decision,
// which needs every struct of the package classified first.
type pendingField struct {
	info   *Info
	nested []*pendingField // members of an anonymous struct it holds
	kind   classifier.Kind
}

func run(pass *analysis.Pass, deps *depCache) (any, error) {
	env := config.For(pass)
	s := &state{
		pass:     pass,
		env:      env,
		rep:      env.Reporter(pass),
		res:      &Result{ByVar: map[*types.Var]*Info{}, pass: pass, env: env, consts: &deps.consts},
		enumMemo: map[*types.TypeName]bool{},
		sections: configSections(env, pass.Pkg),
	}
	if env.Options.DepsFromExportData {
		s.res.deps = deps
		pass.ExportPackageFact(&Analyzed{Source: true})
	}
	for _, f := range pass.Files {
		if skipFile(pass, f) {
			continue
		}
		// A package directive is any //privlint:purpose above the package
		// clause, in the package doc or in a comment group of its own.
		for _, cg := range f.Comments {
			if cg.End() >= f.Package {
				break
			}
			if ps, ok := directive.Purposes(cg); ok {
				s.pkgPurp = union(s.pkgPurp, ps)
				s.pkgSites = directiveSites(cg, "package "+pass.Pkg.Name(), pass.Pkg.Path(), s.pkgSites)
			}
		}
	}
	local := localDecls(pass.TypesInfo)
	for _, f := range pass.Files {
		s.checkDirectives(f)
		if skipFile(pass, f) {
			continue
		}
		s.file(f, local)
	}
	s.resolveHolders()
	for _, p := range s.pending {
		s.export(p)
	}
	s.res.Diag = s.rep.Result()
	for _, f := range pass.AllObjectFacts() {
		if f.Object.Pkg() != pass.Pkg {
			s.res.Imported = true
			break
		}
	}
	// When every package of the closure was analyzed from source, a
	// field of another package is personal data only by its fact: the
	// package names no field of a dependency classified from export data.
	fromSource := s.allFromSource()
	if !s.res.Imported && s.res.deps != nil && !fromSource {
		s.res.Imported = s.usesDepField()
	}
	s.res.NoneVisible = len(s.res.Fields) == 0 && !s.res.Imported && fromSource
	return s.res, nil
}

// allFromSource reports whether every package of the import closure was
// analyzed from source, so that its personal-data fields, if any, are
// known by their facts. Without Options.DepsFromExportData every package
// is.
func (s *state) allFromSource() bool {
	if s.res.deps == nil {
		return true
	}
	seen := map[*types.Package]bool{}
	var from func(pkgs []*types.Package) bool
	from = func(pkgs []*types.Package) bool {
		for _, p := range pkgs {
			if seen[p] || p == types.Unsafe || p.Path() == "unsafe" {
				continue
			}
			seen[p] = true
			if !s.pass.ImportPackageFact(p, new(Analyzed)) || !from(p.Imports()) {
				return false
			}
		}
		return true
	}
	return from(s.pass.Pkg.Imports())
}

// usesDepField reports whether the package names a personal-data field
// of a package loaded from export data.
func (s *state) usesDepField() bool {
	for _, obj := range s.pass.TypesInfo.Uses {
		v, ok := obj.(*types.Var)
		if !ok || !v.IsField() || v.Pkg() == nil || v.Pkg() == s.pass.Pkg {
			continue
		}
		if _, ok := s.res.FieldOf(v); ok {
			return true
		}
	}
	return false
}

// skipFile reports whether f's structs are left out: test fixtures
// collect no data of their own. Generated files are classified (a
// protobuf message holds personal data like any struct); findings located
// in them are dropped by internal/diag unless asked for.
func skipFile(pass *analysis.Pass, f *ast.File) bool {
	return strings.HasSuffix(pass.Fset.File(f.FileStart).Name(), "_test.go")
}

func union(a, b []string) []string {
	out := append(slices.Clone(a), b...)
	slices.Sort(out)
	return slices.Compact(out)
}

// walkAll makes file walk every node of the file (tests compare it with
// what localDecls finds).
var walkAll = false

// localDecls returns, sorted, the positions of the names that can
// declare a struct type inside a function: every type name but type
// parameters, every variable (not field) of a struct type (or of no valid
// type), and every field (of a struct type written anywhere: an anonymous
// struct of a composite literal, a parameter or a conversion holds fields
// too). A top-level declaration holding none of them holds no struct type
// that file classifies.
func localDecls(info *types.Info) []token.Pos {
	var out []token.Pos
	for id, obj := range info.Defs {
		switch obj := obj.(type) {
		case *types.TypeName:
			if _, ok := obj.Type().(*types.TypeParam); ok {
				continue
			}
		case *types.Var:
			if obj.IsField() {
				break
			}
			switch t := obj.Type().(type) {
			case *types.Struct:
			case *types.Basic:
				if t.Kind() != types.Invalid {
					continue
				}
			case nil:
			default:
				continue
			}
		default:
			continue
		}
		out = append(out, id.Pos())
	}
	slices.Sort(out)
	return out
}

// file classifies the structs written in f: package-level and local type
// declarations, anonymous structs of variable declarations, and every
// other anonymous struct (of a composite literal, a parameter, a
// function literal in a variable's initializer). Local declarations are
// looked for only in the top-level declarations that hold a name of local
// (localDecls): the others hold none.
func (s *state) file(f *ast.File, local []token.Pos) {
	if walkAll {
		s.decls(f, "")
		return
	}
	for _, d := range f.Decls {
		if gd, ok := d.(*ast.GenDecl); ok && (gd.Tok == token.TYPE || gd.Tok == token.VAR) {
			s.decls(d, "")
			continue
		}
		i, _ := slices.BinarySearch(local, d.Pos())
		if i < len(local) && local[i] < d.End() {
			s.decls(d, funcSymbol(d))
		}
	}
}

// funcSymbol names the function d declares, as the symbol of the
// anonymous structs in it that no variable, parameter or field names:
// "Name", or "Type.Name" for a method. It is "" for other declarations.
func funcSymbol(d ast.Decl) string {
	fd, ok := d.(*ast.FuncDecl)
	if !ok {
		return ""
	}
	if fd.Recv != nil && len(fd.Recv.List) == 1 {
		if id := embeddedIdent(fd.Recv.List[0].Type); id != nil {
			return id.Name + "." + fd.Name.Name
		}
	}
	return fd.Name.Name
}

// decls classifies the structs written in n: type declarations,
// anonymous structs of variable declarations, and the anonymous structs
// of composite literals, parameters, conversions and the like, at any
// depth. A struct type a declaration, a variable or a parameter names is
// judged by that name (SPEC §1: for an anonymous struct the name holding
// it decides); one no name holds has symbol fn (the enclosing function's
// name) and no holder name.
func (s *state) decls(n ast.Node, fn string) {
	ast.Inspect(n, func(n ast.Node) bool {
		switch n := n.(type) {
		case *ast.FuncDecl:
			if sym := funcSymbol(n); sym != fn {
				s.decls(n, sym)
				return false
			}
		case *ast.GenDecl:
			switch n.Tok {
			case token.TYPE:
				for _, spec := range n.Specs {
					ts := spec.(*ast.TypeSpec)
					st, ok := ts.Type.(*ast.StructType)
					if !ok {
						s.anonymous(ts.Type, ts.Name.Name, fn)
						continue
					}
					doc := ts.Doc
					if doc == nil && !n.Lparen.IsValid() {
						doc = n.Doc
					}
					purp, from, sites := s.pkgPurp, FromPackage, s.pkgSites
					if ps, ok := directive.Purposes(doc); ok {
						purp, from = ps, FromType
						sites = directiveSites(doc, "type "+ts.Name.Name, ts.Name.Name, nil)
					}
					// A section of the configuration is part of it.
					inConfig := fn == "" && s.sections[ts.Name.Name]
					s.pending = append(s.pending, s.structType(st, ts.Name.Name, ts.Name.Name, purp, from, sites, false, inConfig)...)
				}
				return false
			case token.VAR:
				for _, spec := range n.Specs {
					vs := spec.(*ast.ValueSpec)
					name := ""
					if len(vs.Names) > 0 {
						name = vs.Names[0].Name
					}
					if st, ok := vs.Type.(*ast.StructType); ok && name != "" {
						s.pending = append(s.pending, s.structType(st, name, name, s.pkgPurp, FromPackage, s.pkgSites, false, false)...)
					} else if vs.Type != nil {
						s.anonymous(vs.Type, name, fn)
					}
					// A function literal of a package-level variable is
					// named by the variable.
					vfn := fn
					if vfn == "" {
						vfn = name
					}
					for _, v := range vs.Values {
						s.value(v, name, len(vs.Values) == len(vs.Names), vfn)
					}
				}
				return false
			}
		case *ast.AssignStmt:
			// x := struct{…}{…} names its struct as a variable does.
			for i, r := range n.Rhs {
				name := ""
				if len(n.Lhs) == len(n.Rhs) {
					if id, ok := n.Lhs[i].(*ast.Ident); ok && id.Name != "_" {
						name = id.Name
					}
				}
				s.value(r, name, name != "", fn)
			}
			for _, l := range n.Lhs {
				s.decls(l, fn)
			}
			return false
		case *ast.Field:
			// A parameter, a result or a receiver (fields of struct
			// types are structType's).
			name := ""
			if len(n.Names) == 1 && n.Names[0].Name != "_" {
				name = n.Names[0].Name
			}
			s.anonymous(n.Type, name, fn)
			return false
		case *ast.StructType:
			s.anonymous(n, "", fn)
			return false
		}
		return true
	})
}

// value classifies the structs of e, the value of a variable named name
// (named says the name holds e itself: not one of several values of a
// call): the struct type of a composite literal is held by that name, and
// so, in turn, is a composite literal keyed by a field name in it
// (Signing: struct{…}{…} in Repository's literal is Repository.Signing).
func (s *state) value(e ast.Expr, name string, named bool, fn string) {
	s.literal(e, name, name, named, fn, false)
}

// literal is value with the symbol of the name that holds e; cfg says e
// is a field of a configuration type's composite literal.
func (s *state) literal(e ast.Expr, holder, symbol string, named bool, fn string, cfg bool) {
	cl, ok := ast.Unparen(e).(*ast.CompositeLit)
	if !ok || !named || holder == "" || cl.Type == nil {
		s.decls(e, fn)
		return
	}
	s.anonymousAs(cl.Type, holder, symbol, fn, cfg)
	cfg = cfg || s.configLiteral(cl)
	for _, elt := range cl.Elts {
		if kv, ok := elt.(*ast.KeyValueExpr); ok {
			if key, ok := kv.Key.(*ast.Ident); ok {
				s.literal(kv.Value, key.Name, symbol+"."+key.Name, true, fn, cfg)
				continue
			}
		}
		s.decls(elt, fn)
	}
}

// anonymous classifies the struct types written in the type expression
// t — t itself, or the element of a slice, array, map, channel or pointer
// type, at any depth. holder names them when a declaration, variable or
// parameter does ("" when none does: then they are judged by their fields
// alone, and their symbol is fn, the enclosing function's name). Struct
// types inside function or interface types are left to decls.
func (s *state) anonymous(t ast.Expr, holder, fn string) {
	s.anonymousAs(t, holder, holder, fn, false)
}

// anonymousAs is anonymous with the symbol of the fields' holder; cfg
// says the struct is part of a configuration declaration (a field of a
// configuration type's composite literal).
func (s *state) anonymousAs(t ast.Expr, holder, symbol, fn string, cfg bool) {
	for t != nil {
		if m, ok := t.(*ast.MapType); ok {
			s.anonymousAs(m.Key, holder, symbol, fn, cfg)
		}
		if st, ok := t.(*ast.StructType); ok {
			if symbol == "" {
				symbol = fn
			}
			if symbol == "" {
				symbol = "struct"
			}
			s.pending = append(s.pending, s.structType(st, holder, symbol, s.pkgPurp, FromPackage, s.pkgSites, false, cfg)...)
			return
		}
		e := elemOf(t)
		if e == nil {
			s.decls(t, fn)
			return
		}
		t = e
	}
}

// structType classifies the fields of one struct type. holder is the name
// that decides person-likeness (the type's name, or the name of the field
// holding an anonymous struct); symbol prefixes the field symbols; inPerson
// says it is nested in a person-like struct. sites are where purp is
// named when from is FromType or FromPackage.
func (s *state) structType(st *ast.StructType, holder, symbol string, purp []string, from string, sites map[string]Site, inPerson, inConfig bool) []*pendingField {
	type memberRef struct {
		field *ast.Field
		ident *ast.Ident // nil for embedded fields
		v     *types.Var
	}
	n := 0
	for _, fld := range st.Fields.List {
		n += max(1, len(fld.Names))
	}
	refs := make([]memberRef, 0, n)
	members := make([]classifier.Member, 0, n)
	for _, fld := range st.Fields.List {
		idents := fld.Names
		if len(idents) == 0 {
			idents = []*ast.Ident{nil}
		}
		for _, id := range idents {
			var v *types.Var
			name := ""
			if id != nil {
				v, _ = s.pass.TypesInfo.Defs[id].(*types.Var)
				name = id.Name
			} else {
				v, _ = s.pass.TypesInfo.Defs[embeddedIdent(fld.Type)].(*types.Var)
				if v == nil {
					if sel, ok := fld.Type.(*ast.SelectorExpr); ok {
						v, _ = s.pass.TypesInfo.Defs[sel.Sel].(*types.Var)
					}
				}
				if v != nil {
					name = v.Name()
				}
			}
			if v == nil || name == "_" {
				continue
			}
			m := s.member(fld, name, v)
			refs = append(refs, memberRef{fld, id, v})
			members = append(members, m)
		}
	}
	loaded, fromEnv := configTagged(st)
	obj := classifier.Object{TypeName: holder, Package: s.pass.Pkg.Name(), PackagePath: s.pass.Pkg.Path(), PersonLike: inPerson, InConfig: inConfig, Loaded: loaded, FromEnv: fromEnv, Members: members}
	matches, personLike := s.env.Classifier.Judge(obj)
	config := s.env.Classifier.Config(obj)
	out := make([]*pendingField, 0, len(refs))
	for i, ref := range refs {
		fieldPurp, fieldFrom, fieldSites := purp, from, sites
		if tp, ok := tagPurposes(ref.field); ok {
			fieldPurp, fieldFrom, fieldSites = tp, FromField, nil
		} else if ps, ok := directive.Purposes(ref.field.Doc); ok {
			fieldPurp, fieldFrom, fieldSites = ps, FromField, nil
		} else if ps, ok := directive.Purposes(ref.field.Comment); ok {
			fieldPurp, fieldFrom, fieldSites = ps, FromField, nil
		}
		// The symbol is built only for a field that needs it (a personal
		// one, or one holding a struct): most fields are neither.
		sym := ""
		var nested []*pendingField
		if inner := elemStruct(ref.field.Type); inner != nil {
			sym = symbol + "." + ref.v.Name()
			// Values []struct{…} holds elements of what its holder is.
			innerHolder := ref.v.Name()
			if holder != "" && s.env.Classifier.Container(innerHolder) {
				innerHolder = holder
			}
			// A datum's own structure (a picture's sizes) is not the person's.
			inPersonNested := personLike && !s.env.Classifier.Datum(matches[i])
			nested = s.structType(inner, innerHolder, sym, fieldPurp, fieldFrom, fieldSites, inPersonNested, config)
		}
		match := matches[i]
		if ref.ident == nil {
			match = s.embeddedMatch(match, ref.v)
		}
		pf := &pendingField{nested: nested, kind: members[i].Kind}
		if match.Category != "" && rules.IsPersonal(match.Category) && !envelopeField(members[i], match, ref.v) && !recordOnly(members[i], match, ref.v) {
			if sym == "" {
				sym = symbol + "." + ref.v.Name()
			}
			pos, end := ref.field.Type.Pos(), ref.field.Type.End()
			if ref.ident != nil {
				pos, end = ref.ident.Pos(), ref.ident.End()
			}
			purposes := slices.Clone(fieldPurp)
			slices.Sort(purposes)
			purposes = slices.Compact(purposes)
			src := fieldFrom
			if len(purposes) == 0 {
				src, purposes, fieldSites = "", nil, nil
			}
			pf.info = &Info{
				Var:   ref.v,
				Pos:   pos,
				End:   end,
				Sites: fieldSites,
				Fact: &Field{
					Category:   match.Category,
					DetectedBy: string(match.By),
					Evidence:   match.Details,
					Pattern:    match.Pattern,
					Purposes:   purposes,
					From:       src,
					Protected:  match.Protected,
					Spent:      match.Spent,
					Encrypted:  encryptedTag(ref.field),
					Sensitive:  match.Sensitive,
					Special:    match.Special,
					Symbol:     sym,
				},
			}
		}
		out = append(out, pf)
	}
	return out
}

// embeddedMatch drops what the name of an embedded struct field found:
// the name is its type's, whose fields are promoted and judged each by
// their own names where the type is declared; it holds no value the name
// names. For a type of this package (optinReq, publicTpl) the name never
// counts. For another package's struct type it counts as a hint of what
// the type holds only when one of its fields, known from its facts or
// its type information, is personal data: an embedded *email.Email
// message with its recipients' addresses, not a notifier's *notify.Email
// that holds a relay's settings. An annotation still counts, and so does
// the name of a type whose fields are not known (it did not load).
func (s *state) embeddedMatch(m classifier.Match, v *types.Var) classifier.Match {
	if m.By != classifier.Name && m.By != classifier.Tag {
		return m
	}
	t := v.Type()
	if p, ok := t.Underlying().(*types.Pointer); ok {
		t = p.Elem()
	}
	n, ok := types.Unalias(t).(*types.Named)
	if !ok {
		return m
	}
	if _, isStruct := n.Underlying().(*types.Struct); !isStruct {
		return m
	}
	if n.Obj().Pkg() != s.pass.Pkg && s.namedHasPersonal(n, map[types.Type]bool{}) {
		return m
	}
	return classifier.Match{}
}

// loaderTags are the struct tag keys of configuration file loaders
// (koanf), and envTags those of environment loaders (caarlos0/env,
// envconfig): a struct whose fields carry one is filled from the
// operator's configuration (see classifier.Object's Loaded and FromEnv).
var (
	loaderTags = []string{"koanf"}
	envTags    = []string{"env", "envconfig"}
)

// loaderTagged reports whether a field's tag names a configuration file
// loader (loaded) or an environment loader (fromEnv).
func loaderTagged(tag reflect.StructTag) (loaded, fromEnv bool) {
	for _, k := range loaderTags {
		if _, ok := tag.Lookup(k); ok {
			loaded = true
		}
	}
	for _, k := range envTags {
		if _, ok := tag.Lookup(k); ok {
			fromEnv = true
		}
	}
	return loaded, fromEnv
}

// configTagged reports whether a field of st carries a configuration
// file loader's tag (loaded) or an environment loader's (fromEnv).
func configTagged(st *ast.StructType) (loaded, fromEnv bool) {
	for _, fld := range st.Fields.List {
		if fld.Tag == nil {
			continue
		}
		raw, err := strconv.Unquote(fld.Tag.Value)
		if err != nil {
			continue
		}
		l, e := loaderTagged(reflect.StructTag(raw))
		loaded, fromEnv = loaded || l, fromEnv || e
	}
	return loaded, fromEnv
}

// configLiteral reports whether the composite literal cl builds a value
// of a named configuration type (bounce.Opt{…}, config.Settings{…}): the
// anonymous structs of its fields are part of it.
func (s *state) configLiteral(cl *ast.CompositeLit) bool {
	tv, ok := s.pass.TypesInfo.Types[cl]
	if !ok {
		return false
	}
	t := types.Unalias(tv.Type)
	if p, ok := t.(*types.Pointer); ok {
		t = types.Unalias(p.Elem())
	}
	n, ok := t.(*types.Named)
	if !ok || n.Obj().Pkg() == nil {
		return false
	}
	return s.env.Classifier.Config(classifier.Object{TypeName: n.Obj().Name(), Package: n.Obj().Pkg().Name()})
}

// elemStruct returns the anonymous struct type t is, or is a pointer,
// slice, array, channel or map (its values) of, at any depth; nil when
// there is none.
func elemStruct(t ast.Expr) *ast.StructType {
	for t != nil {
		if st, ok := t.(*ast.StructType); ok {
			return st
		}
		t = elemOf(t)
	}
	return nil
}

// elemOf returns what the type expression t points to or holds: the
// element of a pointer, slice, array or channel type, a map's value, the
// type in parentheses; nil for any other expression.
func elemOf(t ast.Expr) ast.Expr {
	switch e := t.(type) {
	case *ast.ParenExpr:
		return e.X
	case *ast.StarExpr:
		return e.X
	case *ast.ArrayType:
		return e.Elt
	case *ast.ChanType:
		return e.Value
	case *ast.MapType:
		return e.Value
	}
	return nil
}

func embeddedIdent(e ast.Expr) *ast.Ident {
	switch e := e.(type) {
	case *ast.Ident:
		return e
	case *ast.StarExpr:
		return embeddedIdent(e.X)
	case *ast.SelectorExpr:
		return e.Sel
	case *ast.IndexExpr:
		return embeddedIdent(e.X)
	case *ast.IndexListExpr:
		return embeddedIdent(e.X)
	}
	return nil
}

// member describes one field to the classifier, reading its annotations;
// an annotation it cannot understand is reported at the field's tag.
func (s *state) member(fld *ast.Field, name string, v *types.Var) classifier.Member {
	m := describe(s.env, structTag(fld), name, v, s.isEnum, func(msg string) { s.invalid(fld.Tag, msg) })
	m.Description, m.SoftDescription = docText(fld, name), true
	return m
}

// namingTags are the struct tag keys whose values name a field (its
// column, its JSON key), in the order describe reads them.
var namingTags = [...]string{"json", "db", "bson", "yaml", "xml", "form", "query", "mapstructure", "csv"}

// describe describes one field, named name, with tag, to the classifier.
// invalid (nil: nothing) is told about annotations it cannot understand.
func describe(env *config.Env, tag reflect.StructTag, name string, v *types.Var, isEnum func(*types.TypeName) bool, invalid func(msg string)) classifier.Member {
	m := classifier.Member{Name: name}
	// The names are gathered on the stack, then TagNames and TagKeys
	// share one allocation of the right size.
	var found [len(namingTags) * 2]string
	k := 0
	var pairs tagPairs
	pairs.split(tag) // read once for the keys below
	for _, key := range namingTags {
		if val, ok := pairs.lookup(key); ok {
			n, _, _ := strings.Cut(val, ",")
			if key == "xml" {
				n = xmlLocalName(n)
			}
			if n != "" && n != "-" {
				found[k], found[len(namingTags)+k] = n, key
				k++
			}
		}
	}
	if k > 0 {
		both := make([]string, 2*k)
		copy(both, found[:k])
		copy(both[k:], found[len(namingTags):len(namingTags)+k])
		m.TagNames, m.TagKeys = both[:k:k], both[k:]
	}
	if val, ok := pairs.lookup("gorm"); ok {
		for _, part := range strings.Split(val, ";") {
			if col, ok := strings.CutPrefix(strings.TrimSpace(part), "column:"); ok && col != "" {
				m.TagNames = append(m.TagNames, col)
				m.TagKeys = append(m.TagKeys, "gorm")
			}
		}
	}
	t := v.Type()
	if b, ok := t.(*types.Basic); ok && !token.IsExported(b.Name()) {
		m.GoType = b.Name() // what TypeString writes for it, without a buffer
	} else {
		m.GoType = types.TypeString(t, func(p *types.Package) string { return p.Path() })
	}
	m.Kind, m.TypeName = classifier.GoKind(t, isEnum)
	m.Embedded = v != nil && v.Embedded()
	if invalid == nil {
		invalid = func(string) {}
	}
	annotation(env, tag, &m, invalid)
	return m
}

// xmlLocalName returns the element's own name of an xml tag's name part:
// encoding/xml writes a namespace before it ("http://purl.org/dc/elements/1.1/
// creator") and parents before it ("channel>author"), and neither names the
// value (a namespace URL's "org" or "schemas" would veto a name).
func xmlLocalName(n string) string {
	if i := strings.LastIndexByte(n, ' '); i >= 0 {
		n = n[i+1:]
	}
	if i := strings.LastIndexByte(n, '>'); i >= 0 {
		n = n[i+1:]
	}
	return n
}

// annotation reads the pii and mask tags into m.
func annotation(env *config.Env, tag reflect.StructTag, m *classifier.Member, invalid func(msg string)) {
	tax := env.Policy.Taxonomy
	if val, ok := tag.Lookup("pii"); ok {
		pt := parsePIITag(val)
		cat := pt.category
		for _, o := range pt.unknown {
			invalid(fmt.Sprintf("unknown pii tag option %q in `pii:%q`; the only option is \"encrypted\"", o, val))
		}
		switch {
		case pt.notPersonal:
			m.NotPersonal = true
		case pt.infer:
			m.Infer = true
		default:
			key, ok := tax.Canonical(cat)
			if !ok {
				key, ok = tax.ShortForm(cat)
			}
			if ok {
				m.Declared = &classifier.Match{Category: key, By: classifier.Annotation, Pattern: "pii:" + cat}
			} else {
				m.Infer = true
				invalid(fmt.Sprintf("unknown personal-data category %q in `pii:%q`; use a key of the taxonomy (privlint rules lists them in rules/taxonomy.yaml), a short form such as \"email\", or declare it under categories: in privlint.yaml", cat, val))
			}
		}
		return
	}
	if val, ok := tag.Lookup("mask"); ok && val != "" && val != "-" {
		if key, ok := tax.ShortForm(val); ok {
			m.Declared = &classifier.Match{Category: key, By: classifier.Annotation, Pattern: "mask:" + val}
		} else {
			m.Infer = true
		}
	}
}

func structTag(fld *ast.Field) reflect.StructTag {
	if fld.Tag == nil {
		return ""
	}
	raw := fld.Tag.Value
	if len(raw) >= 2 {
		raw = raw[1 : len(raw)-1]
	}
	return reflect.StructTag(raw)
}

func tagPurposes(fld *ast.Field) ([]string, bool) {
	val, ok := structTag(fld).Lookup("purpose")
	if !ok {
		return nil, false
	}
	return directive.SplitList(val), true
}

func encryptedTag(fld *ast.Field) bool {
	val, ok := structTag(fld).Lookup("pii")
	if !ok {
		return false
	}
	return parsePIITag(val).encrypted
}

// piiTag is a parsed pii:"<category>[,encrypted]" struct tag.
type piiTag struct {
	category    string   // the category as written; "" with infer
	notPersonal bool     // pii:"-" or pii:"false"
	infer       bool     // pii:"true" or pii:"": personal, category inferred
	encrypted   bool     // the encrypted option
	unknown     []string // options other than encrypted
}

// parsePIITag parses the value of a pii struct tag.
func parsePIITag(val string) piiTag {
	cat, opts, _ := strings.Cut(val, ",")
	pt := piiTag{category: strings.TrimSpace(cat)}
	for _, o := range directive.SplitList(opts) {
		if o == "encrypted" {
			pt.encrypted = true
		} else {
			pt.unknown = append(pt.unknown, o)
		}
	}
	switch pt.category {
	case "-", "false":
		pt.notPersonal, pt.category = true, ""
	case "true", "":
		pt.infer, pt.category = true, ""
	}
	return pt
}

// isEnum reports whether the package of the named type declares constants
// of that type: an enumeration.
func (s *state) isEnum(obj *types.TypeName) bool {
	return enumIn(s.enumMemo, s.res.consts, obj)
}

// enumIn is isEnum with its memo, and consts, which knows the types of
// each package's constants.
func enumIn(memo map[*types.TypeName]bool, consts *constTypes, obj *types.TypeName) bool {
	if v, ok := memo[obj]; ok {
		return v
	}
	enum := false
	if obj.Pkg() != nil {
		for _, t := range consts.of(obj.Pkg()) {
			if types.Identical(t, obj.Type()) {
				enum = true
				break
			}
		}
	}
	memo[obj] = enum
	return enum
}

// constTypes holds the types of the constants each package declares at
// package level, shared by the passes of one analyzer (one run): a
// package whose types many fields have is read once.
type constTypes struct {
	mu   sync.Mutex
	pkgs map[*types.Package][]types.Type
}

// of returns the distinct types of the package-level constants of pkg.
func (c *constTypes) of(pkg *types.Package) []types.Type {
	c.mu.Lock()
	ts, ok := c.pkgs[pkg]
	c.mu.Unlock()
	if ok {
		return ts
	}
	seen := map[types.Type]bool{}
	scope := pkg.Scope()
	for _, n := range scope.Names() {
		if k, ok := scope.Lookup(n).(*types.Const); ok && !seen[k.Type()] {
			seen[k.Type()] = true
			ts = append(ts, k.Type())
		}
	}
	c.mu.Lock()
	if c.pkgs == nil {
		c.pkgs = map[*types.Package][]types.Type{}
	}
	c.pkgs[pkg] = ts
	c.mu.Unlock()
	return ts
}

// resolveHolders marks struct-valued personal fields whose struct has
// personal members of its own: the findings sit on those members.
func (s *state) resolveHolders() {
	var mark func(ps []*pendingField)
	mark = func(ps []*pendingField) {
		for _, p := range ps {
			mark(p.nested)
			if p.info == nil || p.kind != classifier.KindStruct {
				continue
			}
			if hasPersonal(p.nested) || s.namedHasPersonal(p.info.Var.Type(), map[types.Type]bool{}) {
				p.info.Fact.Holder = true
			}
		}
	}
	mark(s.pending)
}

func hasPersonal(ps []*pendingField) bool {
	for _, p := range ps {
		if p.info != nil || hasPersonal(p.nested) {
			return true
		}
	}
	return false
}

// namedHasPersonal reports whether the struct type behind t has a
// personal-data field, known from this package's pending fields or from
// facts of imported packages.
func (s *state) namedHasPersonal(t types.Type, seen map[types.Type]bool) bool {
	st := structBehind(t, seen)
	if st == nil {
		return false
	}
	for i := range st.NumFields() {
		f := st.Field(i)
		if f.Pkg() == s.pass.Pkg {
			if s.pendingHas(f) {
				return true
			}
		} else if _, ok := s.res.FieldOf(f); ok {
			return true
		}
	}
	return false
}

func (s *state) pendingHas(v *types.Var) bool {
	var find func(ps []*pendingField) bool
	find = func(ps []*pendingField) bool {
		for _, p := range ps {
			if p.info != nil && p.info.Var == v {
				return true
			}
			if find(p.nested) {
				return true
			}
		}
		return false
	}
	return find(s.pending)
}

// export records the personal fields in source order and exports facts.
func (s *state) export(p *pendingField) {
	if p.info != nil {
		s.res.Fields = append(s.res.Fields, p.info)
		s.res.ByVar[p.info.Var] = p.info
		s.pass.ExportObjectFact(p.info.Var, p.info.Fact)
	}
	for _, n := range p.nested {
		s.export(n)
	}
}

// checkDirectives reports privlint directives that cannot be understood.
func (s *state) checkDirectives(f *ast.File) {
	for _, cg := range f.Comments {
		for _, c := range cg.List {
			d, ok := directive.Parse(c.Text)
			if !ok {
				continue
			}
			switch {
			case !d.Known():
				s.invalid(c, fmt.Sprintf("unknown directive %q; privlint understands //privlint:%s", strings.Fields(c.Text)[0], strings.Join(directive.Verbs, ", //privlint:")))
			case d.Verb == "purpose" && len(d.Args) == 0:
				s.invalid(c, "//privlint:purpose names no purpose; write //privlint:purpose <name> [<name>…]")
			case d.Verb == "ignore":
				ig := directive.ParseIgnore(d)
				switch {
				case len(ig.Rules) == 0 && len(ig.Bad) == 0:
					s.invalid(c, "//privlint:ignore names no rule; write //privlint:ignore PL101[,PL102] <reason>")
				case len(ig.Bad) > 0:
					s.invalid(c, fmt.Sprintf("//privlint:ignore names %s, which is not a rule id (PL001…); write //privlint:ignore PL101[,PL102] <reason>", strings.Join(ig.Bad, ", ")))
				case ig.Reason == "":
					s.invalid(c, fmt.Sprintf("//privlint:ignore %s has no reason, so it suppresses nothing; add why the finding does not apply", strings.Join(ig.Rules, ",")))
				}
			}
		}
	}
}

func (s *state) invalid(n ast.Node, msg string) {
	s.rep.Report(n.Pos(), n.End(), &finding.Finding{
		RuleID:  "PL005",
		Message: msg,
		Symbol:  msg,
	})
}

// structBehind returns the struct type behind t and its pointers, or nil
// when there is none or seen already holds it (it adds it to seen: the
// walks over field types that use it end on recursive types).
func structBehind(t types.Type, seen map[types.Type]bool) *types.Struct {
	for {
		p, ok := types.Unalias(t).(*types.Pointer)
		if !ok {
			break
		}
		t = p.Elem()
	}
	if seen[t] {
		return nil
	}
	seen[t] = true
	st, _ := t.Underlying().(*types.Struct)
	return st
}

// recordOnly reports whether m, the field v matched by its name or its
// tag (not an annotation), holds a struct of a record's bookkeeping only:
// its identifiers (ID, UserID), the times it was written (CreatedAt,
// UpdatedAt) and flags (IsPrimary), with an ID among them
// (User.Password of type PasswordCredential{ID, CreatedAt, UpdatedAt}:
// that the user has a password and since when, not the password). No
// such member can hold the text, number or date the name names; a
// struct with any other member (Birthday{Year, Month, Day}, a Value, a
// Hash) may, and stays what its name says.
func recordOnly(m classifier.Member, match classifier.Match, v *types.Var) bool {
	if m.Kind != classifier.KindStruct || m.Declared != nil || m.Infer {
		return false
	}
	if match.By != classifier.Name && match.By != classifier.Tag {
		return false
	}
	st := typewalk.ElemStruct(v.Type())
	if st == nil || st.NumFields() == 0 {
		return false
	}
	hasID := false
	for i := range st.NumFields() {
		f := st.Field(i)
		toks := classifier.Tokens(f.Name())
		if len(toks) == 0 || f.Embedded() {
			return false
		}
		last := toks[len(toks)-1]
		kind, _ := classifier.GoKind(f.Type(), nil)
		switch {
		case last == "id" || last == "uuid":
			hasID = hasID || len(toks) == 1
		case kind == classifier.KindTime && last == "at":
		case kind == classifier.KindBool:
		default:
			return false
		}
	}
	return hasID
}

// envelopeField reports whether m, the field v matched by its name or
// its tag (not an annotation), holds a request or response object
// (authMethodsResponse.Password of type passwordResponse): an envelope of
// settings or results, not the value the name names, as a schema's
// property holding one is not (schemacheck). An object with a field named
// for the same thing (Tokens []*apiAccountTokenResponse, whose elements
// hold a Token) holds that value: it is no envelope.
func envelopeField(m classifier.Member, match classifier.Match, v *types.Var) bool {
	if m.Kind != classifier.KindStruct || m.Declared != nil {
		return false
	}
	if match.By != classifier.Name && match.By != classifier.Tag {
		return false
	}
	if !classifier.Envelope(m.TypeName) {
		return false
	}
	st := typewalk.ElemStruct(v.Type())
	if st == nil {
		return false
	}
	named := map[string]bool{}
	for _, t := range classifier.Tokens(v.Name()) {
		named[strings.TrimSuffix(t, "s")] = true
	}
	for i := range st.NumFields() {
		for _, t := range classifier.Tokens(st.Field(i).Name()) {
			if named[strings.TrimSuffix(t, "s")] {
				return false
			}
		}
	}
	return true
}
