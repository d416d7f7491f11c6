package flow

import (
	"cmp"
	_ "embed"
	"fmt"
	"go/ast"
	"go/build"
	"go/token"
	"go/types"
	"path/filepath"
	"reflect"
	"slices"
	"strconv"
	"strings"

	"golang.org/x/tools/go/analysis"
	"golang.org/x/tools/go/ssa"
	"golang.org/x/tools/go/types/typeutil"

	"github.com/privlint/privlint/analyzers/classify"
	"github.com/privlint/privlint/analyzers/config"
	"github.com/privlint/privlint/analyzers/internal/analysisdoc"
	"github.com/privlint/privlint/finding"
	"github.com/privlint/privlint/internal/directive"
)

// doc is the package documentation, the source of the analyzer's Doc.
//
//go:embed doc.go
var doc string

// New returns the analyzer that finds flows of personal data into sinks
// (see the package doc), judged by the Env of env and reading the fields
// that classify, an analyzer made by classify.New, finds.
func New(env, classify *analysis.Analyzer) *analysis.Analyzer {
	return newAnalyzer(env, classify, false)
}

// newAnalyzer is New; analyzeGOROOT, set only by tests, analyzes every
// package in full, the standard library and packages without personal data
// included, so that the engine can be exercised on real-world code.
func newAnalyzer(env, classify *analysis.Analyzer, analyzeGOROOT bool) *analysis.Analyzer {
	sh := &shared{}
	return &analysis.Analyzer{
		Name:             Name,
		Doc:              analysisdoc.MustExtract(doc, Name),
		URL:              "https://github.com/privlint/privlint#rules",
		Requires:         []*analysis.Analyzer{env, classify},
		RunDespiteErrors: true,
		Run:              func(pass *analysis.Pass) (any, error) { return run(pass, classify, analyzeGOROOT, sh) },
		FactTypes:        []analysis.Fact{new(Summary)},
		ResultType:       ResultType,
	}
}

// Name is the flow analyzer's name.
const Name = "flow"

// ResultType is the type of the flow analyzer's result.
var ResultType = reflect.TypeFor[*Result]()

// Of returns the result of the flow analyzer that pass's analyzer
// Requires.
func Of(pass *analysis.Pass) *Result {
	for _, req := range pass.Analyzer.Requires {
		if req.ResultType == ResultType {
			return pass.ResultOf[req].(*Result)
		}
	}
	panic(fmt.Sprintf("privlint analyzer %s does not require the flow analyzer", pass.Analyzer.Name))
}

// Kind is the kind of a sink, which decides the rule that judges a flow
// into it.
type Kind string

// Sink kinds.
const (
	KindStorage    Kind = "storage"    // PL101
	KindLog        Kind = "log"        // PL102
	KindThirdParty Kind = "thirdparty" // PL103
	KindURL        Kind = "url"        // PL104
	// KindHashedField is a store into a field that holds a password or
	// another guessable credential (User.Password, User.PasswordHash) of
	// a value that passed a fast hash: only PL105 judges it.
	KindHashedField Kind = "hashed-field"
	// KindEncryptedField is a store into a field marked encrypted
	// (pii:"…,encrypted"): only PL105 judges it, when the value stored
	// was merely encoded (base64, hex).
	KindEncryptedField Kind = "encrypted-field"
	// KindURLPart is a store into the path, query or fragment of a
	// net/url.URL the program builds (a Gravatar link it hands out): only
	// PL105 judges it, when the value stored passed a weak protection;
	// PL104 judges the request that uses a URL.
	KindURLPart Kind = "url-part"
)

// Source is where personal data enters a flow.
type Source struct {
	Category   string   // fideslang key
	Symbol     string   // User.Email, parameter email, r.FormValue("email")
	ID         string   // Symbol qualified by its import path: tells User.Email of two packages apart
	Pos        string   // file:line:col of the read
	DetectedBy string   // annotation, type, tag, name
	Evidence   []string // the evidence items behind DetectedBy
	Purposes   []string // declared purposes of a field, sorted
	Protected  bool     // already one-way (PasswordHash)
	Encrypted  bool     // pii:"…,encrypted": encrypted at rest
	Sensitive  bool     // the category needs encryption at rest by default
	Field      bool     // a struct field (not a parameter or request input)
	Param      bool     // a parameter named for personal data (email)
	ParamIndex int      // for Param: 1 + the parameter's index in its function
	// Weak, when set, says the data reaches the sink through a method
	// that protects it only weakly (PL105): a fast hash, an HMAC or a
	// cipher with a hard-coded key, an encoding.
	Weak *Weakness
	// Anonymous marks data privlint cannot place that passed Weak (the
	// MD5 of an unclassified request field): never a finding's source by
	// itself, it tells a field that holds a password that it received a
	// fast hash.
	Anonymous bool
	// Auth, when set, says the data reaches the sink as the request's own
	// authentication: a credential placed under an Authorization header
	// or a query or form parameter named for a credential (auth_token,
	// api_key). It authenticates to the recipient, whose credential it
	// is, and discloses nothing to it: PL103 does not count it; PL101,
	// PL102 and PL104 still do (a token in a URL or a log is exposed).
	Auth bool
	// Ref says the value names where a file-data datum lies (a photo's
	// storage key, URL or path: a string of such a category), not the
	// datum itself (see reference): PL102 does not count it.
	Ref bool
	// Unmapped, for a field of a struct handed whole to a sink, lists the
	// storage mappings whose struct tag leaves the field out (xorm:"-",
	// gorm:"-", db:"-", bson:"-"; see unmapped): a store of that mapping
	// does not write it.
	Unmapped []string

	// weakOnly marks a parameter named like a person's credential
	// (password) whose function gives no other sign that a person's data
	// is meant: it is a source only after a weak protection (PL105),
	// never for PL101–PL104. Never exported: a summary carries it only
	// with Weak set.
	weakOnly bool

	// pseudo, when > 0, makes this entry of the source table no source
	// at all but parameter pseudo-1 of the function being analyzed after
	// Weak: how summaries say that a parameter is hashed on its way to a
	// result or a sink. Never exported.
	pseudo int
	// pfield, when > 0 (with pseudo), makes the entry stand for field
	// pfield-1 of that parameter's struct only (see paramFieldLabel).
	pfield int
	// json, with pseudo, makes the entry stand for the parameter's JSON
	// encoding (encoding/json.Marshal of it): a summary turns it into a
	// parameter sink whose caller counts only the fields the encoding
	// outputs (ParamSink.JSON).
	json bool
}

func (s *Source) key() string {
	k := s.ident() + "\x00" + s.Category + "\x00" + s.Pos
	if s.pseudo > 0 {
		k = "\x01param " + strconv.Itoa(s.pseudo-1)
		if s.pfield > 0 {
			k += "." + strconv.Itoa(s.pfield-1)
		}
		if s.json {
			k += " json"
		}
	}
	if s.Anonymous {
		k = "\x02anonymous"
	}
	if s.weakOnly {
		k += "\x00weak-only"
	}
	if s.Weak != nil {
		k += "\x00" + s.Weak.key()
	}
	if s.Auth {
		k += "\x00auth"
	}
	return k
}

// ident identifies the field, parameter or input the source reads.
func (s *Source) ident() string {
	if s.ID != "" {
		return s.ID
	}
	return s.Symbol
}

// SinkRef names a sink a flow reaches.
type SinkRef struct {
	Kind      Kind
	What      string // "a SQL database", "the log", "Stripe", "api.example.com"
	Call      string // the sink call as written: db.Exec, or store.Save → db.Exec
	Recipient string // third parties: the catalog's recipient name
	Host      string // third parties over HTTP: the constant host
	Package   string // the sink's package path (matched against third_parties.packages)
	Pos       string // file:line:col of the sink call (where it is)
	Writer    int    // KindWriter: 1 + the index of the writer parameter
	// URLParam, when > 0, makes the sink a request to the URL its
	// function's parameter URLParam-1 holds, in a summary: the caller
	// knows where that URL comes from (see urlParamSink).
	URLParam int
	// Whole, for KindURL in a summary, says the parameter is the whole
	// request URL, fetched as it is: the caller reports what it passes
	// only when that is not a personal-data value itself (wholeURL).
	Whole bool
}

func (s SinkRef) key() string {
	k := string(s.Kind) + "\x00" + s.What + "\x00" + s.Call + "\x00" + s.Recipient + "\x00" + s.Host + "\x00" + s.Pos + "\x00" + strconv.Itoa(s.Writer)
	if s.URLParam > 0 {
		k += "\x00url" + strconv.Itoa(s.URLParam)
	}
	if s.Whole {
		k += "\x00whole"
	}
	return k
}

// Flow is personal data reaching a sink at a call in this package.
type Flow struct {
	Sink    SinkRef
	Pos     token.Pos // the call in this package (the sink, or the call into a helper that reaches it)
	End     token.Pos
	Sources []*Source // sorted by symbol
	Steps   []Step    // from the source to the sink
	// Weak are the sources that reach the sink protected by a method
	// PL101–PL104 count as protection but PL105 judges weak (a fast hash
	// of a credential, an HMAC or a cipher with a hard-coded key or a
	// constant nonce, an encoding stored as encrypted). Identifiers under
	// a fast hash stay in Sources, with Weak set: they are still
	// personal data.
	Weak []*Source
}

// Step is one position on a flow's path.
type Step struct {
	Pos     string // file:line:col
	Message string
}

// Result is the flow analyzer's result.
type Result struct {
	Flows []*Flow
	// Skipped are the package's functions whose flows were not followed:
	// they hold a type error or use a type that could not be loaded
	// (package.Func or package.Type.Method, sorted).
	Skipped []string
	// Statements are the SQL texts the package's storage calls are
	// given, in source order.
	Statements []Statement
	// FieldWrites say how the package writes personal-data struct fields
	// (its own and other packages'), by the field's Source.ID; privlint
	// check merges them over the program.
	FieldWrites map[string]FieldWrite
	// ArgUses lists, for each call of the package into a helper that
	// reaches a sink (keyed by the call's position and end, as a Flow's
	// Pos and End), the indices of its arguments (as written, sorted)
	// that the helper also uses otherwise (Summary.Uses) or returns to a
	// caller that reads the result: such an argument is not only
	// stored or logged (PL201).
	ArgUses map[[2]token.Pos][]int
}

// ParamSink says that a function's parameter reaches a sink: after Weak
// when set (the parameter is hashed or weakly encrypted on the way), as a
// lookup key only when Key.
type ParamSink struct {
	Param int
	// Field, when > 0, says only field Field-1 of the parameter's struct
	// reaches the sink (a method posting its receiver's payload field):
	// the caller counts what it stored in that field, not the whole
	// value.
	Field int
	Sink  SinkRef
	Weak  *Weakness
	Key   bool
	Auth  bool // the parameter reaches the sink as the request's authentication (Source.Auth)
	// Limited says the parameter is a struct written only in some
	// columns (xorm's Cols): the caller counts what it stored into the
	// fields of those columns, not all that reached the struct. Columns
	// are their normalized names (normColumn); ColsParam, when > 0, is
	// 1 + the index of the parameter holding them (Cols(cols...)).
	Limited   bool
	Columns   []string
	ColsParam int
	// JSON says the parameter reaches the sink only as its JSON encoding
	// (encoding/json.Marshal of it, an Encoder's Encode): the caller
	// counts what encoding/json outputs of what it passes, not the fields
	// tagged json:"-" nor unexported ones (see jsonOmitted).
	JSON bool
}

func (p ParamSink) key() string { return p.keyWith(p.Sink.key()) }

// keyWith is key, given the key of p's sink.
func (p ParamSink) keyWith(sinkKey string) string {
	k := strconv.Itoa(p.Param) + "\x00" + sinkKey
	if p.Field > 0 {
		k += "\x00field " + strconv.Itoa(p.Field-1)
	}
	if p.Weak != nil {
		k += "\x00" + p.Weak.key()
	}
	if p.Key {
		k += "\x00key"
	}
	if p.Auth {
		k += "\x00auth"
	}
	if p.Limited {
		k += "\x00cols" + strconv.Itoa(p.ColsParam) + ":" + strings.Join(p.Columns, ",")
	}
	if p.JSON {
		k += "\x00json"
	}
	return k
}

// ParamResult says that a function's parameter flows to a result, after
// Weak when set.
type ParamResult struct {
	Param, Result int
	Weak          *Weakness
	Auth          bool // the result holds the parameter as a request's authentication (Source.Auth)
	// JSON says the result holds only the parameter's JSON encoding
	// (ParamSink.JSON): the caller counts the fields encoding/json
	// outputs of what it passes.
	JSON bool
}

func (p ParamResult) key() string {
	k := strconv.Itoa(p.Param) + "\x00" + strconv.Itoa(p.Result)
	if p.Weak != nil {
		k += "\x00" + p.Weak.key()
	}
	if p.Auth {
		k += "\x00auth"
	}
	if p.JSON {
		k += "\x00json"
	}
	return k
}

// ResultSource says that a function's result carries personal data from a
// source inside it.
//
// Fallback, when > 0, makes it a fallback: the source is a parameter
// (Fallback-1) whose name says what it holds, hashed on its way to the
// result (HashEmail(email string)); a caller uses it only when what it
// passes carries no source of its own.
type ResultSource struct {
	Result   int
	Source   Source
	Fallback int
}

// Summary is the fact exported on a function: how data moves through it.
// Slices, not maps, so that its encoding is deterministic.
type Summary struct {
	Encrypts bool // //privlint:encrypts: results are protected
	// Builds: its one result is, on every return, a struct it built (a
	// constructor): the fields its type declares hold only what it put
	// there, which ParamResults and ResultSources say.
	Builds        bool
	Sink          string
	ParamSinks    []ParamSink
	ParamResults  []ParamResult
	ResultSources []ResultSource
	Overwrites    []ParamField
	WriterSources []WriterSource
	// Uses are the parameters (receiver first, as in ParamSinks) that
	// the function uses otherwise than carrying them to a sink or a
	// result: it compares or computes with them, looks them up, or
	// hands them to a call that reads them (see paramuse.go). Sorted, at
	// most one per parameter.
	Uses []int
	// FieldStores say which parameters the function keeps in which
	// fields of its pointer parameters (a builder's receiver), and
	// SelfResults which results are such a parameter itself (see
	// fieldstores.go).
	FieldStores []FieldStore
	SelfResults []ParamResult
	// FieldResults say which fields of which parameters a result
	// carries (an event's Render returning its fields as text).
	FieldResults []FieldResult
	// ResultFields say which parameters a constructor keeps in which
	// fields of the struct it returns (see resultfields.go).
	ResultFields []ResultField
	// Guarded are the parameter sinks that remain when a boolean
	// parameter the function branches on has a constant value (see
	// guards.go), sorted by parameter, then value.
	Guarded []Guarded
	// ObjectStores and ObjectSources say what the function writes into
	// the objects of other packages' types its pointer parameters refer
	// to (a JSON encoder's writer; see objstores.go).
	ObjectStores  []ObjectStore
	ObjectSources []ObjectSource
	// Hashes are the results that hold, on every return, what a
	// sanitizer without a weakness made or a constant, and a sanitizer's
	// output on one return at least (a helper returning a bcrypt hash):
	// a field written with one holds no plain value (FieldWrite). Not
	// part of String.
	Hashes []int
}

// AFact marks Summary as an analysis fact.
func (*Summary) AFact() {}

// String describes the summary for tests.
func (s *Summary) String() string {
	var parts []string
	if s.Encrypts {
		parts = append(parts, "encrypts")
	}
	if s.Sink != "" {
		parts = append(parts, "sink "+s.Sink)
	}
	for _, p := range s.ParamSinks {
		key := ""
		if p.Key {
			key = " as a key"
		}
		if p.Auth {
			key += " as authentication"
		}
		if p.JSON {
			key += " as JSON"
		}
		field := ""
		if p.Field > 0 {
			field = fmt.Sprintf(" field %d", p.Field-1)
		}
		parts = append(parts, fmt.Sprintf("param %d%s%s → %s %s%s", p.Param, field, p.Weak.String(), p.Sink.Kind, p.Sink.What, key))
	}
	for _, p := range s.ParamResults {
		auth := ""
		if p.Auth {
			auth = " as authentication"
		}
		if p.JSON {
			auth += " as JSON"
		}
		parts = append(parts, fmt.Sprintf("param %d%s → result %d%s", p.Param, p.Weak.String(), p.Result, auth))
	}
	for _, r := range s.ResultSources {
		fallback := ""
		if r.Fallback > 0 {
			fallback = fmt.Sprintf(" unless param %d carries data", r.Fallback-1)
		}
		what := r.Source.Category + " " + r.Source.Symbol
		if r.Source.Anonymous {
			what = "hashed data"
		}
		parts = append(parts, fmt.Sprintf("result %d ← %s%s%s", r.Result, what, r.Source.Weak.String(), fallback))
	}
	for _, w := range s.WriterSources {
		parts = append(parts, fmt.Sprintf("%s %s → writer param %d", w.Source.Category, w.Source.Symbol, w.Sink.Writer-1))
	}
	for _, o := range s.Overwrites {
		parts = append(parts, fmt.Sprintf("param %d field %d overwritten%s", o.Param, o.Field, o.Weak.String()))
	}
	for _, p := range s.Uses {
		parts = append(parts, fmt.Sprintf("param %d used", p))
	}
	for _, f := range s.FieldStores {
		parts = append(parts, fmt.Sprintf("param %d → param %d field %d", f.Param, f.Into, f.Field))
	}
	for _, r := range s.SelfResults {
		parts = append(parts, fmt.Sprintf("param %d is result %d", r.Param, r.Result))
	}
	for _, r := range s.FieldResults {
		parts = append(parts, fmt.Sprintf("param %d field %d → result %d", r.Param, r.Field, r.Result))
	}
	for _, r := range s.ResultFields {
		parts = append(parts, fmt.Sprintf("param %d → result %d field %d", r.Param, r.Result, r.Field))
	}
	for _, g := range s.Guarded {
		var sinks []string
		for _, p := range g.ParamSinks {
			sinks = append(sinks, fmt.Sprintf("param %d → %s %s", p.Param, p.Sink.Kind, p.Sink.What))
		}
		parts = append(parts, fmt.Sprintf("if param %d is %v: [%s]", g.Param, g.Value, strings.Join(sinks, ", ")))
	}
	for _, o := range s.ObjectStores {
		parts = append(parts, fmt.Sprintf("param %d → object of param %d", o.Param, o.Into))
	}
	for _, o := range s.ObjectSources {
		parts = append(parts, fmt.Sprintf("%s %s → object of param %d", o.Source.Category, o.Source.Symbol, o.Into))
	}
	if len(parts) == 0 {
		return "summary (nothing flows)"
	}
	return "summary " + strings.Join(parts, "; ")
}

func (s *Summary) normalize() {
	s.WriterSources = sortCompact(s.WriterSources, func(w *WriterSource) (string, string, string) {
		sink, src := w.Sink.key(), w.Source.key()
		return sink + "\x00" + src, sink, src
	}, func(a, b *WriterSource) int { return 0 }, false)
	s.normalizeButWriters()
}

// normalizeButWriters is normalize for a summary whose WriterSources
// are sorted and compacted already.
func (s *Summary) normalizeButWriters() {
	// Each element's key is worked out once, not at every comparison;
	// the sorts compare as before, so they order alike.
	s.ParamSinks = sortCompact(s.ParamSinks, func(p *ParamSink) (string, string, string) { k := p.key(); return k, k, "" },
		func(a, b *ParamSink) int { return a.Param - b.Param }, false)
	s.ParamResults = sortCompact(s.ParamResults, func(p *ParamResult) (string, string, string) { k := p.key(); return k, k, "" },
		func(a, b *ParamResult) int {
			if a.Param != b.Param {
				return a.Param - b.Param
			}
			return a.Result - b.Result
		}, false)
	s.ResultSources = sortCompact(s.ResultSources, func(r *ResultSource) (string, string, string) { k := r.Source.key(); return k, k, "" },
		func(a, b *ResultSource) int { return a.Result - b.Result }, true)
	slices.SortFunc(s.Overwrites, func(a, b ParamField) int {
		if a.Param != b.Param {
			return a.Param - b.Param
		}
		return a.Field - b.Field
	})
	s.Overwrites = slices.CompactFunc(s.Overwrites, func(a, b ParamField) bool { return a.Param == b.Param && a.Field == b.Field })
	slices.Sort(s.Uses)
	s.Uses = slices.Compact(s.Uses)
	s.normalizeFieldStores()
	s.normalizeObjectStores()
}

// keyed is an element of a summary's list with its sort key and the
// parts of its key that make two elements the same.
type keyed[T any] struct {
	v      T
	sort   string
	p1, p2 string
}

// sortCompact sorts xs by first, then by their sort keys, and keeps the
// first of each run of elements whose key parts are the same (and, with
// firstToo, first says 0): what slices.SortFunc and slices.CompactFunc
// did with comparisons that worked the keys out each time, in the same
// order. key returns an element's sort key and its two parts.
func sortCompact[T any](xs []T, key func(*T) (sort, p1, p2 string), first func(a, b *T) int, firstToo bool) []T {
	if len(xs) < 2 {
		return xs
	}
	ks := make([]keyed[T], len(xs))
	for i := range xs {
		ks[i].v = xs[i]
		ks[i].sort, ks[i].p1, ks[i].p2 = key(&xs[i])
	}
	// The elements' indices are sorted, not copies of them: the
	// comparisons then take the addresses of elements of ks, where
	// comparing copies would move every copy to the heap. The sort makes
	// the same comparisons, so the order is the same.
	idx := make([]int, len(ks))
	for i := range idx {
		idx[i] = i
	}
	slices.SortFunc(idx, func(i, j int) int {
		a, b := &ks[i], &ks[j]
		if c := first(&a.v, &b.v); c != 0 {
			return c
		}
		return strings.Compare(a.sort, b.sort)
	})
	// Keep each element unlike the one before it, as slices.CompactFunc.
	out := xs[:0]
	for n, i := range idx {
		if n > 0 {
			a, b := &ks[i], &ks[idx[n-1]]
			if a.p1 == b.p1 && a.p2 == b.p2 && (!firstToo || first(&a.v, &b.v) == 0) {
				continue
			}
		}
		out = append(out, ks[i].v)
	}
	clear(xs[len(out):])
	return out
}

func (s *Summary) equal(o *Summary) bool {
	return reflect.DeepEqual(s, o)
}

func run(pass *analysis.Pass, classifyAnalyzer *analysis.Analyzer, analyzeGOROOT bool, sh *shared) (res any, err error) {
	partialSkipped := false
	defer func() {
		// A construct the engine does not expect must cost one package's
		// flows, reported as an error, never the whole run.
		if r := recover(); r != nil {
			if len(pass.TypeErrors) > 0 || partialSkipped {
				// Code that does not type-check is outside what the
				// engine promises: its flows are skipped, and its
				// importers are still analyzed.
				res, err = &Result{Skipped: allFuncNames(pass)}, nil
				return
			}
			err = fmt.Errorf("internal error following data flows in %s: %v (please report it)", pass.Pkg.Path(), r)
		}
	}()
	env := config.For(pass)
	a := &analysis_{
		pass:   pass,
		env:    env,
		fields: pass.ResultOf[classifyAnalyzer].(*classify.Result),
		cat:    env.Sinks,
		res:    &Result{},
		sums:   map[*ssa.Function]*Summary{},
		shared: sh,
	}
	a.readDirectives()
	if !analyzeGOROOT && (a.inGOROOT() || !a.worthIt()) {
		a.exportDirectiveFacts()
		return a.res, nil
	}
	a.build()
	partialSkipped = len(a.res.Skipped) > 0
	a.solve()
	a.statements()
	a.exportSummaries()
	return a.res, nil
}

// inGOROOT reports whether the package is part of the Go distribution (the
// standard library): the catalog models its sinks and propagators, so it is
// not analyzed.
func (a *analysis_) inGOROOT() bool {
	if len(a.pass.Files) == 0 {
		return true
	}
	name := a.pass.Fset.File(a.pass.Files[0].Pos()).Name()
	root := filepath.Join(build.Default.GOROOT, "src") + string(filepath.Separator)
	return strings.HasPrefix(name, root)
}

// readDirectives records //privlint:encrypts and //privlint:sink on the
// package's functions.
func (a *analysis_) readDirectives() {
	a.encrypts = map[*types.Func]bool{}
	a.sinkDir = map[*types.Func]string{}
	for _, f := range a.pass.Files {
		for _, decl := range f.Decls {
			fd, ok := decl.(*ast.FuncDecl)
			if !ok || fd.Doc == nil {
				continue
			}
			obj, _ := a.pass.TypesInfo.Defs[fd.Name].(*types.Func)
			if obj == nil {
				continue
			}
			for _, d := range directive.Group(fd.Doc) {
				switch d.Verb {
				case "encrypts":
					a.encrypts[obj] = true
				case "sink":
					if len(d.Args) > 0 {
						a.sinkDir[obj] = d.Args[0]
					}
				}
			}
		}
	}
}

// worthIt reports whether the package can hold personal data: it declares
// or imports personal-data fields, imports flow summaries, or names
// personal data in parameters or request inputs.
func (a *analysis_) worthIt() bool {
	if len(a.fields.Fields) > 0 || a.fields.Imported || len(a.encrypts) > 0 || len(a.sinkDir) > 0 {
		return true
	}
	for _, f := range a.pass.AllObjectFacts() {
		if f.Object.Pkg() != a.pass.Pkg {
			return true
		}
	}
	found := false
	for _, f := range a.pass.Files {
		ast.Inspect(f, func(n ast.Node) bool {
			if found {
				return false
			}
			switch n := n.(type) {
			case *ast.FuncType:
				if n.Params != nil {
					for _, p := range n.Params.List {
						for _, name := range p.Names {
							if _, ok := a.paramCategory(name.Name, a.pass.TypesInfo.TypeOf(p.Type)); ok {
								found = true
							}
						}
					}
				}
			case *ast.BasicLit:
				if n.Kind == token.STRING {
					if _, ok := a.keyCategory(n.Value); ok {
						found = true
					}
				}
			case *ast.CallExpr:
				// A package that calls a sink or a sanitizer is a helper
				// others rely on: its summaries say what its functions do.
				if fn, ok := typeutil.Callee(a.pass.TypesInfo, n).(*types.Func); ok && known(a.cat, fn) {
					found = true
				}
			}
			return true
		})
		if found {
			return true
		}
	}
	return false
}

// exportDirectiveFacts exports summaries for annotated functions of a
// package that is otherwise not analyzed.
func (a *analysis_) exportDirectiveFacts() {
	for fn := range a.encrypts {
		a.pass.ExportObjectFact(fn, &Summary{Encrypts: true})
	}
	for fn, kind := range a.sinkDir {
		if a.encrypts[fn] {
			continue
		}
		a.pass.ExportObjectFact(fn, &Summary{Sink: kind})
	}
}

// Unique returns the flow's sources with one per field or parameter (the
// first read of each), so that a rule reports one finding per sink call
// and field, not one per path.
func (fl *Flow) Unique() []*Source {
	seen := map[string]bool{}
	var out []*Source
	srcs := slices.Clone(fl.Sources)
	slices.SortStableFunc(srcs, func(x, y *Source) int {
		// Of the same data, the one not used as authentication first:
		// PL103 counts it, the other not.
		return cmp.Or(strings.Compare(x.ident()+"\x00"+x.Category, y.ident()+"\x00"+y.Category),
			compareBool(x.Auth, y.Auth), strings.Compare(x.Pos, y.Pos))
	})
	for _, s := range srcs {
		k := s.ident() + "\x00" + s.Category
		if !seen[k] {
			seen[k] = true
			out = append(out, s)
		}
	}
	return out
}

// Finding builds the finding of rule for src reaching the flow's sink,
// with its code flow: the source, the call into a helper when the sink is
// inside one, and the sink.
func (fl *Flow) Finding(fset *token.FileSet, src *Source, rule, msg string) *finding.Finding {
	f := &finding.Finding{
		RuleID:     rule,
		Message:    msg,
		Category:   src.Category,
		Purposes:   src.Purposes,
		DetectedBy: src.DetectedBy,
		Evidence:   src.Evidence,
		Symbol:     src.Symbol,
		Sink:       string(fl.Sink.Kind) + ":" + fl.Sink.Call,
	}
	if p, ok := parsePos(src.Pos); ok {
		f.Flow = append(f.Flow, finding.Step{Pos: p, Message: "personal data (" + src.Category + ") from " + src.Symbol})
	}
	here := fset.Position(fl.Pos)
	callPos := finding.Position{File: here.Filename, Line: here.Line, Column: here.Column}
	sinkPos, ok := parsePos(fl.Sink.Pos)
	if strings.Contains(fl.Sink.Call, " → ") {
		f.Flow = append(f.Flow, finding.Step{Pos: callPos, Message: "passed to " + strings.SplitN(fl.Sink.Call, " → ", 2)[0]})
		if ok {
			f.Flow = append(f.Flow, finding.Step{Pos: sinkPos, Message: "reaches " + fl.Sink.What})
		}
	} else {
		f.Flow = append(f.Flow, finding.Step{Pos: callPos, Message: "reaches " + fl.Sink.What})
	}
	return f
}

// parsePos reads a "file:line:col" position.
func parsePos(s string) (finding.Position, bool) {
	if s == "" {
		return finding.Position{}, false
	}
	i := strings.LastIndexByte(s, ':')
	if i < 0 {
		return finding.Position{}, false
	}
	j := strings.LastIndexByte(s[:i], ':')
	if j < 0 {
		return finding.Position{}, false
	}
	line, err1 := strconv.Atoi(s[j+1 : i])
	col, err2 := strconv.Atoi(s[i+1:])
	if err1 != nil || err2 != nil {
		return finding.Position{}, false
	}
	return finding.Position{File: s[:j], Line: line, Column: col}, true
}

// WeakFinding builds the finding of rule for src, weakly protected on its
// way to the flow's sink: the code flow goes from the source to the call
// that protects weakly (described by protected), the call into the
// function that makes it when that is elsewhere, and the sink. Its sink
// for fingerprints is the protecting function, which does not change when
// the data reaches one more sink.
func (fl *Flow) WeakFinding(fset *token.FileSet, src *Source, rule, msg, protected string) *finding.Finding {
	f := fl.Finding(fset, src, rule, msg)
	if src.Weak == nil {
		return f
	}
	f.Sink = "weak:" + src.Weak.Func
	if p, ok := parsePos(src.Weak.Pos); ok && fl.Sink.Kind != KindHashedField && fl.Sink.Kind != KindEncryptedField {
		// The flaw lies at the weak protection's call, wherever the
		// flow is reported (finding.GroupPlaces); a field given a fast
		// hash or marked encrypted is a flaw of that field.
		f.Place = p
	}
	var steps []finding.Step
	if len(f.Flow) > 0 && strings.HasPrefix(f.Flow[0].Message, "personal data (") {
		steps = append(steps, f.Flow[0])
		f.Flow = f.Flow[1:]
	}
	if p, ok := parsePos(src.Weak.Pos); ok {
		steps = append(steps, finding.Step{Pos: p, Message: protected})
	}
	if src.Weak.At != src.Weak.Pos {
		if p, ok := parsePos(src.Weak.At); ok {
			steps = append(steps, finding.Step{Pos: p, Message: "passed to " + src.Weak.Via + ", which protects it so"})
		}
	}
	switch fl.Sink.Kind {
	case KindEncryptedField, KindHashedField:
		what := ", a field marked encrypted"
		if strings.HasPrefix(fl.Sink.What, "column ") {
			what = ", a column marked encrypted"
		}
		if fl.Sink.Kind == KindHashedField {
			what = ", which holds a password"
		}
		if p, ok := parsePos(fl.Sink.Pos); ok {
			steps = append(steps, finding.Step{Pos: p, Message: "stored in " + fl.Sink.What + what})
		}
		f.Flow = steps
		return f
	}
	f.Flow = append(steps, f.Flow...)
	return f
}

// compareBool orders false before true.
func compareBool(x, y bool) int {
	switch {
	case x == y:
		return 0
	case x:
		return 1
	}
	return -1
}
