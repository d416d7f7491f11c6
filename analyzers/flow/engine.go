package flow

import (
	"go/ast"
	"go/constant"
	"go/token"
	"go/types"
	"maps"
	"net/url"
	"reflect"
	"slices"
	"strings"

	"golang.org/x/tools/go/analysis"
	"golang.org/x/tools/go/ssa"

	"github.com/privlint/privlint/analyzers/classify"
	"github.com/privlint/privlint/analyzers/config"
	"github.com/privlint/privlint/internal/classifier"
	"github.com/privlint/privlint/rules"
)

// maxRounds bounds the package-level fixpoint over function summaries and
// captured variables; maxIters the per-function fixpoint over its blocks.
const (
	maxRounds = 6
	maxIters  = 12
	// maxParamSinks bounds how many (parameter, sink) pairs one function's
	// summary keeps, so that a function reaching hundreds of sinks (a
	// compiler's recursive builder) costs a bounded amount.
	maxParamSinks = 256
)

// analysis_ is the state of one package's flow analysis.
type analysis_ struct {
	pass   *analysis.Pass
	env    *config.Env
	fields *classify.Result
	cat    *config.Sinks
	res    *Result
	shared *shared // what the analyzer's passes share

	encrypts map[*types.Func]bool
	sinkDir  map[*types.Func]string

	ssaPkg *ssa.Package
	funcs  []*ssa.Function
	calls  callIndex // the package's call expressions, by Lparen (callAt)

	// sums are the summaries computed for the package's functions, read
	// only through summaryFor while a function is analyzed (see solve).
	sums      map[*ssa.Function]*Summary
	freeTaint map[*ssa.Function][]set
	changed   bool // a summary or captured-variable taint changed this round
	// hashed memoizes hashedResults.
	hashed map[*ssa.Function][]int

	// memo keeps, by function, what its last analysis read of the rest
	// of the package and the flows it found, so that a round analyzes
	// again only the functions whose inputs changed (see solve);
	// recording is the memo of the function being analyzed, and
	// ftVersion counts the growths of each closure's freeTaint.
	memo      map[*ssa.Function]*funcMemo
	recording *funcMemo
	ftVersion map[*ssa.Function]int
	analyses  int // analyses of functions solve ran

	imported  map[*types.Func]*Summary // facts of other packages' functions, nil for none
	posMemo   map[token.Pos]string     // posString
	fieldMemo map[fieldAt]set          // fieldSource
	paramMemo map[paramAt]paramSrc     // paramSource

	fieldLabels map[[2]int]label // paramFieldLabel, by parameter and field

	sources   []*Source
	sourceIdx map[string]label
	typeMemo  map[types.Type]set
	globals   map[*ssa.Global][]ssa.Instruction // uses of package variables, built on demand

	final bool
	flows map[string]*Flow

	impls     map[*types.Func][]*types.Func // implementations of interface methods, by method
	sinkImpls map[*types.Func][]*types.Func // the same, looked for in the interface's package too (interfaceSink)

	fileData []string // the taxonomy's file-data categories (fileDataCategory), read on demand

	encCols   map[string]bool       // columns of fields marked encrypted (encryptedColumns), built on demand
	logFields map[*types.Var]string // writer fields set to standard output or error (fieldWriters)

	funcFields map[*types.Var][]*ssa.Function // functions stored into function-valued fields (fieldFuncs)

	// What does not change while the package is analyzed, worked out
	// once: per called function (info), per call (callSite) and the
	// calls' text as written (callText).
	funcInfos map[*types.Func]*funcInfo
	sites     map[*ssa.CallCommon]*callSite
	callTexts map[*ssa.CallCommon]string
	srcKeys   map[*Source]string // keyOf
	sqlProt   map[string]map[int]sqlProtection
	sqlLook   map[string]map[int]bool   // sqlLookupsOnce
	queries   *namedQueries             // the module's named SQL statements (namedQueries)
	encArgs   map[string]map[int]string // encryptedArgs, by statement
	readBuf   []uint64                  // fnState.read, cleared for each pass
	spare     *fnState                  // an emptied state for the next analysis (recycle)
	passes    int                       // passes of the functions' fixpoints (passHook)

	// guard, while a guarded variant is analyzed (guardVariants), says
	// which blocks of the function run and which ways between them.
	guard *guardRun

	// lastInfoFn and lastInfo are the last function info was asked
	// about and its answer.
	lastInfoFn *types.Func
	lastInfo   *funcInfo
}

// build creates the package's SSA, as buildssa does, without requiring it
// (and its ctrlflow facts) for packages that are skipped.
func (a *analysis_) build() {
	prog, skipped := a.buildSSA()

	for _, f := range a.pass.Files {
		for _, d := range f.Decls {
			if fd, ok := d.(*ast.FuncDecl); ok {
				if obj, ok := a.pass.TypesInfo.Defs[fd.Name].(*types.Func); ok && !skipped[obj] {
					if fn := prog.FuncValue(obj); fn != nil {
						a.addFunc(fn)
					}
				}
			}
		}
	}
	// Package-level var initializers and their closures live in init.
	if initFn := a.ssaPkg.Func("init"); initFn != nil {
		a.addFunc(initFn)
	}
}

func (a *analysis_) addFunc(fn *ssa.Function) {
	a.funcs = append(a.funcs, fn)
	for _, anon := range fn.AnonFuncs {
		a.addFunc(anon)
	}
}

// solve computes summaries to a fixpoint and records the flows in a final
// pass over the fixpoint: the last round when it changed nothing.
//
// Every round records flows: a round that changes nothing saw the final
// summaries throughout, so it is the final pass, and a separate one is not
// needed. A function's analysis depends on the rest of the package only
// through the summaries of the package's functions it reads (summaryFor)
// and what its captured variables hold (freeTaint): when neither changed
// since its last analysis, analyzing it again would find the same summary
// and flows, and change nothing else, so its memo is used instead. Each
// function's flows are found in a map of its own and merged into the
// round's in the functions' order (mergeFlows), which gives the flows one
// shared map would.
func (a *analysis_) solve() {
	a.sizeMaps()
	a.typeMemo = map[types.Type]set{}
	a.freeTaint = map[*ssa.Function][]set{}
	a.ftVersion = map[*ssa.Function]int{}
	a.final = true
	var flows map[string]*Flow
	converged := false
	for round := 0; round < maxRounds && !converged; round++ {
		a.changed = false
		flows = map[string]*Flow{}
		for _, fn := range a.funcs {
			m, s := a.analyzeAgain(fn)
			a.mergeFlows(flows, m.flows)
			if s == nil {
				continue // the memo's summary: unchanged
			}
			if old := a.sums[fn]; old == nil || !old.equal(s) {
				a.sums[fn] = s
				a.changed = true
			}
		}
		converged = !a.changed && round > 0
	}
	if !converged {
		flows = map[string]*Flow{}
		for _, fn := range a.funcs {
			m, _ := a.analyzeAgain(fn)
			a.mergeFlows(flows, m.flows)
		}
	}
	a.flows = nil
	// Every function's memo is that of the last round (each was
	// analyzed again, or found unchanged, in it).
	for _, fn := range a.funcs {
		if m := a.memo[fn]; m != nil && len(m.uses) > 0 {
			if a.res.ArgUses == nil {
				a.res.ArgUses = map[[2]token.Pos][]int{}
			}
			mergeArgUses(a.res.ArgUses, m.uses)
		}
	}
	for k, xs := range a.res.ArgUses {
		slices.Sort(xs)
		a.res.ArgUses[k] = slices.Compact(xs)
	}
	if solveHook != nil {
		solveHook(a.pass.Pkg.Path(), a.analyses, len(a.funcs))
	}
	if passHook != nil {
		passHook(a.pass.Pkg.Path(), a.passes)
	}
	keys := slices.Sorted(maps.Keys(flows))
	for _, k := range keys {
		a.res.Flows = append(a.res.Flows, flows[k])
	}
	sortByPlace(a.pass.Fset, a.res.Flows, func(f *Flow) token.Pos { return f.Pos })
}

// sizeMaps makes the maps solve fills about the size they end up, from
// the package's functions and their instructions, so that they do not
// grow (and move every entry) an insertion at a time: a memo of each
// function's analysis and a summary of it, a call site per call (about
// one instruction in seven), about a source per two reads of a field
// (one instruction in nine reads one; half of the fields read hold
// personal data on a generated set full of it, and a package with fewer
// only leaves room unused), a position and a key per source, a source
// per parameter. The instructions are counted by block, not looked at:
// telling their kinds apart cost more than the maps' growth. A map made
// before (a memo build used) is left as it is.
func (a *analysis_) sizeMaps() {
	nInstrs, nParams := 0, 0
	for _, fn := range a.funcs {
		nParams += len(fn.Params)
		for _, b := range fn.Blocks {
			nInstrs += len(b.Instrs)
		}
	}
	nCalls, nFields := nInstrs/7, nInstrs/9
	a.memo = make(map[*ssa.Function]*funcMemo, len(a.funcs))
	a.sourceIdx = make(map[string]label, nFields/2)
	if len(a.sums) == 0 {
		a.sums = make(map[*ssa.Function]*Summary, len(a.funcs))
	}
	if a.sites == nil {
		a.sites = make(map[*ssa.CallCommon]*callSite, nCalls)
	}
	if a.fieldMemo == nil {
		a.fieldMemo = make(map[fieldAt]set, nFields/2)
	}
	if a.posMemo == nil {
		a.posMemo = make(map[token.Pos]string, nFields/2)
	}
	if a.srcKeys == nil {
		a.srcKeys = make(map[*Source]string, nFields/2)
	}
	if a.paramMemo == nil {
		a.paramMemo = make(map[paramAt]paramSrc, nParams)
	}
}

// solveHook, set only by tests, is told, at the end of each package's
// solve, how many analyses of functions it ran and how many functions the
// package has.
var solveHook func(pkg string, analyses, funcs int)

// passHook, set only by tests, is told, at the end of each package's
// solve, how many passes over a function's instructions its analyses
// made in all.
var passHook func(pkg string, passes int)

// funcMemo is what a function's last analysis read of the rest of the
// package, and the flows it found.
type funcMemo struct {
	reads     map[*ssa.Function]*Summary // the package's summaries it read
	ftVersion int                        // a.ftVersion of the function then
	flows     map[string]*Flow
	uses      map[[2]token.Pos][]int // the arguments its calls use otherwise (argUses)
}

// analyzeAgain returns the memo of fn's analysis in this round and the
// summary it found: the last memo and a nil summary when nothing fn reads
// changed since, else those of a new analysis.
func (a *analysis_) analyzeAgain(fn *ssa.Function) (*funcMemo, *Summary) {
	if m := a.memo[fn]; m != nil && m.ftVersion == a.ftVersion[fn] {
		same := true
		for g, s := range m.reads {
			if a.sums[g] != s {
				same = false
				break
			}
		}
		if same {
			return m, nil
		}
	}
	m := &funcMemo{ftVersion: a.ftVersion[fn], flows: map[string]*Flow{}}
	a.recording, a.flows = m, m.flows
	a.analyses++
	s := a.analyzeFunc(fn)
	a.recording, a.flows = nil, nil
	s.Guarded = a.guardVariants(fn, s.ParamSinks)
	a.memo[fn] = m
	return m, s
}

// summaryFor returns the summary computed for fn, a function of this
// package, nil when there is none (yet), and records the read in the memo
// of the function being analyzed.
func (a *analysis_) summaryFor(fn *ssa.Function) *Summary {
	s := a.sums[fn]
	if m := a.recording; m != nil {
		if m.reads == nil {
			m.reads = map[*ssa.Function]*Summary{}
		}
		m.reads[fn] = s
	}
	return s
}

// mergeFlows adds the flows one function found (from, in a map of its
// own) to the round's, as if that function had recorded them there: a
// flow into a sink at the same call gains the sources it lacks, in order
// (reach), and a store of a weak hash into a credential field is kept
// only when there is none at that place yet (hashedStore). Flows are
// copied, so that from can be merged again in a later round.
func (a *analysis_) mergeFlows(into, from map[string]*Flow) {
	for k, fl := range from { // each key on its own: the order does not matter
		have := into[k]
		if have == nil {
			cp := *fl
			cp.Sources = slices.Clone(fl.Sources)
			cp.Weak = slices.Clone(fl.Weak)
			into[k] = &cp
			continue
		}
		if fl.Sink.Kind == KindHashedField {
			continue
		}
		have.Sources = a.appendNew(have.Sources, fl.Sources)
		have.Weak = a.appendNew(have.Weak, fl.Weak)
	}
}

// appendNew appends to list the sources of more whose keys it lacks.
func (a *analysis_) appendNew(list, more []*Source) []*Source {
	for _, s := range more {
		dup := false
		sk := a.keyOf(s)
		for _, h := range list {
			if a.keyOf(h) == sk {
				dup = true
				break
			}
		}
		if !dup {
			list = append(list, s)
		}
	}
	return list
}

// exportSummaries exports the summaries of the package's declared
// functions (not closures: they cannot be named from other packages).
func (a *analysis_) exportSummaries() {
	for _, fn := range a.funcs {
		obj, _ := fn.Object().(*types.Func)
		if obj == nil || fn.Parent() != nil || obj.Pkg() != a.pass.Pkg {
			continue
		}
		if len(fn.Blocks) == 0 && !a.encrypts[obj] {
			if _, ok := a.sinkDir[obj]; !ok {
				// No body (assembly, or go:linkname): to an importer it
				// is as unknown as a function from export data.
				continue
			}
		}
		s := *a.sums[fn]
		if a.encrypts[obj] {
			s.Encrypts = true
		}
		if k, ok := a.sinkDir[obj]; ok {
			s.Sink = k
		}
		s.Builds = returnsBuilt(fn)
		s.Hashes = a.hashedResults(fn, 0)
		// Every function gets a fact, an empty one too: for an importer,
		// "nothing flows" is knowledge (a function that hashes its
		// argument), while no fact means "unknown" and data is assumed to
		// pass through.
		a.pass.ExportObjectFact(obj, &s)
	}
}

// fnState is the taint state of one function during one analysis.
type fnState struct {
	a     *analysis_
	fn    *ssa.Function
	taint map[ssa.Value]set   // values
	tuple map[ssa.Value][]set // per-result taint of multi-value calls
	addr  map[ssa.Value]set   // what was stored through a pointer value
	field map[memKey]set      // what was stored into a field
	obj   map[ssa.Value]set   // everything stored anywhere inside a root object
	seal  map[ssa.Value]*rules.Func
	weak  map[ssa.Value]*Weakness // objects made by a weak sanitizer (an md5 hash, an HMAC with a hard-coded key)
	sum   *Summary
	sinks map[string]struct{} // keys of the summary's parameter sinks so far
	// writers has the sink key and source of each of the summary's
	// writer sources so far (WriterSources): with sinks, at most
	// maxParamSinks in all.
	writers map[writerKey]struct{}
	wkeys   []writerKey // those of the summary's WriterSources, in order
	// wsBuf collects the summary's WriterSources, which get a slice of
	// their own, of their size, once sorted (sortWriters).
	wsBuf []WriterSource
	dirty bool

	// read has the bits of the cells read in this pass of the fixpoint
	// (cellBit), and late says whether a cell changed after it was read,
	// or one that shares its bit was (see analyzeFunc).
	read []uint64
	late bool

	owCalls map[owKey][]int // fields of a struct a call overwrites (callOverwrites)
	// lastStores has, for a load of a local variable's field, the store
	// whose value it reads, or nil (lastStore).
	lastStores map[ssa.Instruction]ssa.Instruction
}

// writerKey is a writer sink's key and a source of the table.
type writerKey struct {
	sink string
	src  *Source
}

// sortWriters sorts the summary's WriterSources as normalize does, by
// their sink's key and their source's key, joined by a NUL: reach keeps
// both keys and no two alike, so nothing needs to be compacted or worked
// out again. They are collected in wsBuf and go into the summary in a
// slice of their own, of their number.
func (st *fnState) sortWriters() {
	ws := st.wsBuf
	if len(ws) == 0 {
		return
	}
	if len(ws) > 1 {
		sortByJoinedKeys(ws, st.wkeys, st.a.keyOf)
	}
	st.sum.WriterSources = slices.Clone(ws)
}

// sortByJoinedKeys sorts ws in place by the keys of their sink and source
// (keys, in the same order; keyOf gives a source's key), joined by a NUL.
func sortByJoinedKeys(ws []WriterSource, keys []writerKey, keyOf func(*Source) string) {
	idx := make([]int, len(ws))
	src := make([]string, len(ws))
	for i := range idx {
		idx[i] = i
		src[i] = keyOf(keys[i].src)
	}
	slices.SortFunc(idx, func(i, j int) int { return compareJoined(keys[i].sink, src[i], keys[j].sink, src[j]) })
	// Move element idx[i] to i, cycle by cycle; idx[i] = i marks i done.
	for i := range idx {
		if idx[i] == i {
			continue
		}
		tmp := ws[i]
		j := i
		for {
			k := idx[j]
			idx[j] = j
			if k == i {
				ws[j] = tmp
				break
			}
			ws[j] = ws[k]
			j = k
		}
	}
}

// compareJoined compares a1+"\x00"+b1 with a2+"\x00"+b2 without joining
// them.
func compareJoined(a1, b1, a2, b2 string) int {
	x := [3]string{a1, "\x00", b1}
	y := [3]string{a2, "\x00", b2}
	xi, xo, yi, yo := 0, 0, 0, 0
	for {
		for xi < 3 && xo == len(x[xi]) {
			xi, xo = xi+1, 0
		}
		for yi < 3 && yo == len(y[yi]) {
			yi, yo = yi+1, 0
		}
		if xi == 3 || yi == 3 {
			switch {
			case xi == 3 && yi == 3:
				return 0
			case xi == 3:
				return -1
			}
			return 1
		}
		// Compare the longest run both parts still have.
		n := min(len(x[xi])-xo, len(y[yi])-yo)
		if c := strings.Compare(x[xi][xo:xo+n], y[yi][yo:yo+n]); c != 0 {
			return c
		}
		xo += n
		yo += n
	}
}

// nSinks counts the summary's parameter sinks and writer sources so far.
func (st *fnState) nSinks() int { return len(st.sinks) + len(st.writers) }

type memKey struct {
	base  ssa.Value
	field int
}

// The kinds of the cells of a function's taint state, on a value: its
// taint (cTaint), what was stored through it (cAddr), into its object
// (cObj), into one of its fields (cField, with the field's index) or into
// any of them (cFields, read by walking them all), its results (cTuple),
// and the sanitizer (cSeal) or weakness (cWeak) of the object it makes.
const (
	cTaint uint8 = iota
	cAddr
	cObj
	cField
	cFields
	cTuple
	cSeal
	cWeak
)

// readBits is the number of bits of fnState.read, 1<<readShift.
const (
	readShift = 15
	readBits  = 1 << readShift
)

// cellBit returns the bit of fnState.read of the cell of kind on v (and
// field): a hash of the three, so that two cells may share a bit. Every
// ssa.Value is a pointer; a value that is not shares bit 0's hash.
func cellBit(kind uint8, v ssa.Value, field int) uint64 {
	var p uintptr
	if v != nil {
		if rv := reflect.ValueOf(v); rv.Kind() == reflect.Pointer {
			p = rv.Pointer()
		}
	}
	h := uint64(p)*0x9E3779B97F4A7C15 + uint64(kind)*0xBF58476D1CE4E5B9 + uint64(field)*0x94D049BB133111EB
	h ^= h >> 31
	h *= 0x9E3779B97F4A7C15
	return h >> (64 - readShift)
}

// saw records that the pass read the cell of kind on v (and field).
func (st *fnState) saw(kind uint8, v ssa.Value, field int) {
	if !st.late {
		b := cellBit(kind, v, field)
		st.read[b/64] |= 1 << (b % 64)
	}
}

// wrote records that the cell of kind on v (and field) changed: the pass
// is late when it read that cell (or one sharing its bit) before.
func (st *fnState) wrote(kind uint8, v ssa.Value, field int) {
	if !st.late {
		b := cellBit(kind, v, field)
		if st.read[b/64]&(1<<(b%64)) != 0 {
			st.late = true
		}
	}
}

func (a *analysis_) analyzeFunc(fn *ssa.Function) *Summary {
	st := a.spare
	a.spare = nil
	if st == nil {
		st = &fnState{
			taint: map[ssa.Value]set{},
			tuple: map[ssa.Value][]set{},
			addr:  map[ssa.Value]set{},
			field: map[memKey]set{},
			obj:   map[ssa.Value]set{},
			seal:  map[ssa.Value]*rules.Func{},
			weak:  map[ssa.Value]*Weakness{},
			sinks: map[string]struct{}{},
		}
	}
	st.a, st.fn, st.sum = a, fn, &Summary{}
	for i, p := range fn.Params {
		t := single(paramLabel(i))
		if l, ok := a.paramSource(fn, p); ok {
			t = union(t, single(l))
		}
		st.taint[p] = t
	}
	ft := a.freeTaint[fn]
	for i, fv := range fn.FreeVars {
		// Free variable i is parameter len(Params)+i for the
		// closure's summary: the parent turns what reaches a sink
		// from it into its own parameters' sinks (capturedSinks).
		t := single(paramLabel(len(fn.Params) + i))
		if i < len(ft) {
			t = union(t, ft[i])
		}
		st.addr[fv] = t
		st.obj[fv] = t
		st.taint[fv] = t
	}
	// A pass that changed the state (dirty) is followed by another, which
	// sees what the first wrote. When every cell the pass read had its
	// final value when it was read (not late), the next pass would read
	// the same at every instruction, so do the same: every write adds
	// what is already there (a union, a sanitizer set again), every flow
	// and parameter sink it records is already recorded, and it changes
	// nothing, which ends the fixpoint. That pass is skipped; the only
	// trace it would leave, the results its returns append to the
	// summary again (normalize sorts and compacts them), is appended
	// here.
	if a.readBuf == nil {
		a.readBuf = make([]uint64, readBits/64)
	}
	st.read = a.readBuf
	never := neverRun(fn)
	for iter := 0; iter < maxIters; iter++ {
		st.dirty, st.late = false, false
		clear(st.read)
		nPR, nRS := len(st.sum.ParamResults), len(st.sum.ResultSources)
		a.passes++
		for _, b := range fn.Blocks {
			if a.guard != nil && a.guard.dead[b.Index] {
				continue
			}
			if never != nil && never[b.Index] {
				continue // runs only when a write that never fails failed
			}
			for _, instr := range b.Instrs {
				st.step(instr)
			}
		}
		if !st.dirty {
			break
		}
		if !st.late && iter+1 < maxIters {
			st.sum.ParamResults = append(st.sum.ParamResults, st.sum.ParamResults[nPR:]...)
			st.sum.ResultSources = append(st.sum.ResultSources, st.sum.ResultSources[nRS:]...)
			break
		}
	}
	st.sum.Overwrites = st.overwrites()
	st.sum.FieldStores = st.fieldStores()
	st.sum.ResultFields = st.resultFields()
	st.sum.ObjectStores, st.sum.ObjectSources = st.objectStores()
	st.sortWriters()
	st.sum.normalizeButWriters()
	sum := st.sum
	a.recycle(st)
	return sum
}

// maxSpare bounds the entries of each map of a state that recycle keeps
// for the next function: a cleared map keeps its room, and walking it
// (st.field) costs that room.
const maxSpare = 128

// recycle keeps st, emptied, for the next analysis (analyzeFunc), when
// its maps are small: most functions are, and their maps then cost no
// allocation. Nothing of st outlives its analysis but the summary.
func (a *analysis_) recycle(st *fnState) {
	for _, n := range []int{len(st.taint), len(st.tuple), len(st.addr), len(st.field), len(st.obj),
		len(st.seal), len(st.weak), len(st.sinks), len(st.writers)} {
		if n > maxSpare {
			return
		}
	}
	clear(st.taint)
	clear(st.tuple)
	clear(st.addr)
	clear(st.field)
	clear(st.obj)
	clear(st.seal)
	clear(st.weak)
	clear(st.sinks)
	clear(st.writers)
	clear(st.wkeys)
	st.wkeys = st.wkeys[:0]
	clear(st.wsBuf)
	st.wsBuf = st.wsBuf[:0]
	st.a, st.fn, st.sum, st.read, st.owCalls, st.lastStores = nil, nil, nil, nil, nil, nil
	st.dirty, st.late = false, false
	a.spare = st
}

// built reports whether v is a struct this function built itself (a
// composite literal) whose contents are tracked (t, its labels, is not
// empty): then what was put into it is known, and its type's personal
// fields would only repeat those sources under another name.
func (st *fnState) built(v ssa.Value, t set) bool {
	if len(t) == 0 {
		return false
	}
	r := v
	if ld, ok := v.(*ssa.UnOp); ok && ld.Op == token.MUL {
		r = ld.X
	}
	if fv, ok := r.(*ssa.FreeVar); ok {
		// A variable of the enclosing function a closure captured
		// (user, err := newUser(...); tx(func() { save(user) })).
		if v := capturedValue(fv); v != nil && st.builtByCallee(v) {
			return true
		}
	}
	if st.builtByCallee(r) {
		return true
	}
	// A struct allocated here, not a variable spilled to memory because a
	// closure captures it (an Alloc of a pointer or a string).
	alloc, ok := root(r).(*ssa.Alloc)
	if !ok {
		return false
	}
	ptr, ok := alloc.Type().Underlying().(*types.Pointer)
	if !ok {
		return false
	}
	_, isStruct := ptr.Elem().Underlying().(*types.Struct)
	return isStruct
}

// builtByCallee reports whether v is the result of a call to a function
// of the program whose every return of it is a struct that function built
// (a converter returning &Entity{Password: d.Password}): its summary says
// what it put there, and the fields its type declares would repeat that
// under another name. A function of another package says so in its
// summary (Summary.Builds).
func (st *fnState) builtByCallee(v ssa.Value) bool {
	if ex, ok := v.(*ssa.Extract); ok && ex.Index == 0 {
		v = ex.Tuple // u, err := newUser(...)
	}
	call, ok := v.(*ssa.Call)
	if !ok {
		return false
	}
	fn := call.Call.StaticCallee()
	if fn == nil || fn.Pkg == nil || !builderResults(fn.Signature) {
		return false
	}
	if p := call.Parent(); p == nil || p.Pkg != fn.Pkg {
		obj, _ := fn.Object().(*types.Func)
		if obj == nil || obj.Pkg() == nil || obj.Pkg() == st.a.pass.Pkg {
			return false
		}
		s := st.a.importedSummary(obj)
		return s != nil && s.Builds
	}
	return returnsBuilt(fn)
}

// capturedValue returns the one value the enclosing function stores into
// the variable a closure's free variable fv captures, nil when it is not
// known (no such store, or more than one) or when the enclosing function,
// before it makes the closure, may change what the value points to
// otherwise than with fresh values (the closure does not see what it
// stored there).
func capturedValue(fv *ssa.FreeVar) ssa.Value {
	fn := fv.Parent()
	parent := fn.Parent()
	if parent == nil {
		return nil
	}
	i := slices.Index(fn.FreeVars, fv)
	if i < 0 {
		return nil
	}
	var val ssa.Value
	for _, b := range parent.Blocks {
		for _, instr := range b.Instrs {
			mc, ok := instr.(*ssa.MakeClosure)
			if !ok || mc.Fn != fn || i >= len(mc.Bindings) {
				continue
			}
			alloc, ok := mc.Bindings[i].(*ssa.Alloc)
			if !ok {
				return nil
			}
			for _, r := range *alloc.Referrers() {
				switch r := r.(type) {
				case *ssa.Store:
					if r.Addr != alloc || val != nil {
						return nil
					}
					val = r.Val
				case *ssa.UnOp:
					if !before(mc, r) && !onlyRead(r) {
						return nil
					}
				case *ssa.MakeClosure, *ssa.DebugRef:
				default:
					return nil
				}
			}
		}
	}
	return val
}

// onlyRead reports whether the value ld loads from a captured variable is
// only read, compared, returned, captured again, or has fields set to a
// constant, a fresh map or slice (u.Meta = make(map[string]any)) or a
// value that carries no data (a flag): it is passed to no call and no
// other value is stored into it.
func onlyRead(ld *ssa.UnOp) bool {
	if ld.Op != token.MUL {
		return false
	}
	for _, r := range *ld.Referrers() {
		switch r := r.(type) {
		case *ssa.FieldAddr:
			for _, rr := range *r.Referrers() {
				switch rr := rr.(type) {
				case *ssa.UnOp, *ssa.DebugRef:
				case *ssa.Store:
					v := rr.Val
					if ct, ok := v.(*ssa.ChangeType); ok {
						v = ct.X // u.Meta = make(map[string]any) of a named map type
					}
					if !carries(v.Type()) {
						continue // a flag or a number: no personal data
					}
					switch v.(type) {
					case *ssa.Const, *ssa.MakeMap, *ssa.MakeSlice:
					default:
						return false
					}
				default:
					return false
				}
			}
		case *ssa.BinOp, *ssa.Return, *ssa.MakeClosure, *ssa.DebugRef:
		default:
			return false
		}
	}
	return true
}

// builderResults reports whether sig returns one value, or one and an
// error.
func builderResults(sig *types.Signature) bool {
	r := sig.Results()
	return r.Len() == 1 || r.Len() == 2 && isError(r.At(1).Type())
}

// returnsBuilt reports whether fn returns one value (and perhaps an
// error) and every return of it that does not fail is a struct fn built.
func returnsBuilt(fn *ssa.Function) bool {
	if len(fn.Blocks) == 0 || !builderResults(fn.Signature) {
		return false
	}
	n := fn.Signature.Results().Len()
	rets := 0
	for _, b := range fn.Blocks {
		ret, ok := b.Instrs[len(b.Instrs)-1].(*ssa.Return)
		if !ok || b == fn.Recover {
			continue
		}
		if len(ret.Results) != n {
			return false
		}
		if n == 2 && failing(ret) {
			continue // return nil, err
		}
		al, ok := root(ret.Results[0]).(*ssa.Alloc)
		if !ok {
			return false
		}
		ptr, ok := al.Type().Underlying().(*types.Pointer)
		if !ok {
			return false
		}
		if _, isStruct := ptr.Elem().Underlying().(*types.Struct); !isStruct {
			return false
		}
		rets++
	}
	return rets > 0
}

// get returns the labels of a value.
func (st *fnState) get(v ssa.Value) set {
	st.saw(cTaint, v, 0)
	return st.taint[v]
}

// paramField returns the label of field f of base when base is a
// parameter of the function (a struct of the package's own types or a
// pointer to one) and the field can carry data: what the caller stored
// in it (paramFieldLabel). A personal-data field is a source of its own
// and needs none; a struct of another package (an *http.Request) is
// filled by code the analysis does not follow field by field.
func (st *fnState) paramField(base ssa.Value, f int) set {
	p, ok := base.(*ssa.Parameter)
	if !ok || !st.a.ownStruct(p.Type()) {
		return nil
	}
	s := structOf(p.Type())
	if s == nil || f >= s.NumFields() || !carries(s.Field(f).Type()) {
		return nil
	}
	if _, ok := st.a.fields.FieldOf(s.Field(f)); ok {
		return nil
	}
	for j, q := range st.fn.Params {
		if q == p {
			return single(st.a.paramFieldLabel(j, f))
		}
	}
	return nil
}

// ownStruct reports whether t is a named struct type of the package
// being analyzed, or a pointer to one.
func (a *analysis_) ownStruct(t types.Type) bool {
	if ptr, ok := types.Unalias(t).(*types.Pointer); ok {
		t = ptr.Elem()
	}
	n, ok := types.Unalias(t).(*types.Named)
	if !ok || n.Obj().Pkg() != a.pass.Pkg {
		return false
	}
	_, isStruct := n.Underlying().(*types.Struct)
	return isStruct
}

// argField returns what the caller stored in field f of the struct
// argument v (a local struct or a pointer to one, or its own
// parameter's), for a callee's parameter sink of that field.
func (st *fnState) argField(v ssa.Value, f int) set {
	base := v
	if ld, ok := v.(*ssa.UnOp); ok && ld.Op == token.MUL && structOf(v.Type()) != nil {
		base = ld.X // a struct value copied from a local: its fields
	}
	if _, local := base.(*ssa.Alloc); !local {
		// An object a method kept the data in (applyFieldStores).
		if base = st.objBase(v); base == nil {
			return nil
		}
		if s := structOf(base.Type()); s == nil || f >= s.NumFields() || types.IsInterface(s.Field(f).Type()) {
			// What an interface field holds reaches the sink through
			// a method of it, whose result the analysis only guesses
			// carries all of it (a TLS listener's Addr and its
			// config): not followed into a method's object.
			return nil
		}
	}
	st.saw(cField, base, f)
	t := st.field[memKey{base, f}]
	if p, ok := base.(*ssa.Parameter); ok {
		// The function's own parameter: what its caller stored there
		// too, but not the parameter itself, which a value stored in
		// its field may point back to (srv.listener = wrap(l, srv)).
		t = union(st.paramField(p, f), t)
		for j, q := range st.fn.Params {
			if q == p {
				t = slices.DeleteFunc(slices.Clone(t), func(l label) bool { return l == paramLabel(j) })
			}
		}
	}
	return t
}

// root follows addresses and views of a value back to the object that
// holds the data.
func root(v ssa.Value) ssa.Value {
	r, _ := rootVia(v)
	return r
}

// rootVia is root, and also returns the field address of the root that
// the way to it went through last, when its last step was one (nil
// otherwise).
func rootVia(v ssa.Value) (ssa.Value, *ssa.FieldAddr) {
	var last *ssa.FieldAddr
	for i := 0; i < 32; i++ {
		last0 := last
		last = nil
		switch x := v.(type) {
		case *ssa.FieldAddr:
			last = x
			v = x.X
		case *ssa.IndexAddr:
			v = x.X
		case *ssa.Slice:
			if isString(x.X.Type()) || shortPrefix(x) {
				// A string is a value, not memory: a part of one
				// holds only what the Slice step gave it (a short
				// prefix of a hash holds nothing).
				return v, last0
			}
			v = x.X
		case *ssa.ChangeType:
			v = x.X
		case *ssa.Convert:
			v = x.X
		case *ssa.MakeInterface:
			v = x.X
		case *ssa.ChangeInterface:
			v = x.X
		case *ssa.SliceToArrayPointer:
			v = x.X
		case *ssa.UnOp:
			// A map, pointer or channel read from a package variable
			// is the variable's object: every read of history (a
			// package map a chat bot appends to) sees what an earlier
			// one updated.
			g, ok := x.X.(*ssa.Global)
			if !ok || x.Op != token.MUL || !sharedRef(x.Type()) {
				return v, last0
			}
			v = g
		default:
			return v, last0
		}
	}
	return v, last
}

// sharedRef reports whether a value of type t refers to memory that its
// copies share: a map, a pointer or a channel.
func sharedRef(t types.Type) bool {
	switch t.Underlying().(type) {
	case *types.Map, *types.Pointer, *types.Chan:
		return true
	}
	return false
}

// deep returns the labels of a value and of everything reachable from it.
func (st *fnState) deep(v ssa.Value) set {
	st.saw(cTaint, v, 0)
	st.saw(cAddr, v, 0)
	t := st.taint[v]
	t = union(t, st.addr[v])
	r, fa := rootVia(v)
	st.saw(cObj, r, 0)
	t = union(t, st.obj[r])
	if r != v {
		st.saw(cTaint, r, 0)
		st.saw(cAddr, r, 0)
		if fa != nil && resultOfCall(r) && st.builtByCallee(r) {
			// A part of one field of a struct a constructor built
			// (c.PublicID[:]): what the constructor and this function
			// stored in that field, not all the constructor was given.
			st.saw(cField, r, fa.Field)
			t = union(t, st.field[memKey{r, fa.Field}])
		} else {
			t = union(t, st.taint[r])
		}
		t = union(t, st.addr[r])
	}
	return t
}

// resultOfCall reports whether v is the result of a call, or one of its
// results.
func resultOfCall(v ssa.Value) bool {
	if ex, ok := v.(*ssa.Extract); ok {
		v = ex.Tuple
	}
	_, ok := v.(*ssa.Call)
	return ok
}

func (st *fnState) set(v ssa.Value, t set) {
	if len(t) == 0 {
		return
	}
	old := st.taint[v]
	if grows(old, t) {
		st.taint[v] = union(old, t)
		st.dirty = true
		st.wrote(cTaint, v, 0)
	}
}

func (st *fnState) addTo(kind uint8, m map[ssa.Value]set, v ssa.Value, t set) {
	if len(t) == 0 || v == nil {
		return
	}
	old := m[v]
	if grows(old, t) {
		m[v] = union(old, t)
		st.dirty = true
		st.wrote(kind, v, 0)
	}
}

func (st *fnState) addField(k memKey, t set) {
	if len(t) == 0 {
		return
	}
	old := st.field[k]
	if grows(old, t) {
		st.field[k] = union(old, t)
		st.dirty = true
		st.wrote(cField, k.base, k.field)
		st.wrote(cFields, k.base, 0)
	}
}

// store records that t was stored through the address addr.
func (st *fnState) store(addr ssa.Value, t set) {
	if len(t) == 0 {
		return
	}
	st.saw(cSeal, root(addr), 0)
	if _, sealed := st.seal[root(addr)]; sealed {
		return
	}
	st.addTo(cAddr, st.addr, addr, t)
	if fa, ok := addr.(*ssa.FieldAddr); ok {
		st.addField(memKey{fa.X, fa.Field}, t)
	}
	st.addTo(cObj, st.obj, root(addr), t)
}

// load returns the labels read through the address x.
func (st *fnState) load(x ssa.Value) set {
	switch x := x.(type) {
	case *ssa.FieldAddr:
		st.saw(cAddr, x, 0)
		st.saw(cField, x.X, x.Field)
		t := union(st.addr[x], st.field[memKey{x.X, x.Field}])
		if fs := st.a.fieldSource(x.X.Type(), x.Field, x.Pos()); len(fs) > 0 {
			t = union(t, fs)
		} else {
			t = union(t, st.paramField(x.X, x.Field))
		}
		// A part of a personal-data field is personal too:
		// u.Password.String of a null.String password.
		t = union(t, st.a.parentSource(x.X))
		if fp, ok := x.Type().(*types.Pointer); ok && isStringish(fp.Elem()) {
			t = union(t, st.a.elementSource(x.X))
		}
		return t
	case *ssa.IndexAddr:
		st.saw(cAddr, x, 0)
		if domainElement(x) {
			// A mail domain, cut from an address at its "@".
			return st.addr[x]
		}
		return union(st.addr[x], st.deep(x.X))
	}
	return st.deep(x)
}

func (st *fnState) step(instr ssa.Instruction) {
	switch in := instr.(type) {
	case *ssa.Store:
		t := st.deep(in.Val)
		if fa, ok := in.Addr.(*ssa.FieldAddr); ok && len(t) > 0 && st.a.spentField(fa) {
			// A code stored as the one last used (t.LastUsedPasscode =
			// passcode), kept to refuse its replay: it authenticates
			// nothing any more, whatever the caller passed.
			t = st.dropCredentials(t, true)
		}
		st.store(in.Addr, t)
		if fa, ok := in.Addr.(*ssa.FieldAddr); ok {
			st.encodedStore(fa, in.Val)
			var v *types.Var
			var info *classify.Field
			if st.a.final {
				v, info = st.a.personalFieldAt(fa)
			}
			if info != nil {
				st.hashedStore(fa, v, info, in.Val)
			}
			st.urlStore(fa, in.Val)
			if info != nil {
				st.noteFieldStore(fa, v, info, in.Val)
			}
		}
		// A struct parameter spilled to memory (a value receiver whose
		// fields are read through its address): each field holds what
		// the caller stored in it.
		if p, ok := in.Val.(*ssa.Parameter); ok && p.Parent() == st.fn {
			if s, ok := p.Type().Underlying().(*types.Struct); ok {
				for f := range s.NumFields() {
					st.addField(memKey{in.Addr, f}, st.paramField(p, f))
				}
			}
		}
		// A struct a call returned, kept in a variable: its fields hold
		// what the callee stored in them (applyResultFields).
		if _, isStruct := in.Val.Type().Underlying().(*types.Struct); isStruct && resultOfCall(in.Val) {
			st.saw(cFields, in.Val, 0)
			for k, t := range st.field {
				if k.base == in.Val {
					st.addField(memKey{in.Addr, k.field}, t)
				}
			}
		}
		// A struct copied whole (b := Box{V: x} builds the literal in a
		// temporary and copies it) keeps what its fields hold.
		if ld, ok := in.Val.(*ssa.UnOp); ok && ld.Op == token.MUL && structOf(in.Val.Type()) != nil {
			st.saw(cFields, ld.X, 0)
			for k, t := range st.field {
				if k.base == ld.X {
					st.addField(memKey{in.Addr, k.field}, t)
				}
			}
		}
	case *ssa.UnOp:
		switch in.Op {
		case token.MUL:
			if w := st.lastStore(in.X, in); w != nil {
				// A local variable's field read after a write that
				// overwrote it on every path: the value stored, or
				// nothing in the clear after a setter's clean value.
				if s, ok := w.(*ssa.Store); ok {
					st.set(in, st.deep(s.Val))
				}
				break
			}
			st.set(in, st.load(in.X))
		case token.ARROW:
			st.set(in, st.deep(in.X))
		}
	case *ssa.Field:
		t := st.a.fieldSource(in.X.Type(), in.Field, in.Pos())
		if len(t) == 0 {
			t = st.paramField(in.X, in.Field)
		}
		t = union(t, st.a.parentSource(in.X))
		if isStringish(in.Type()) {
			t = union(t, st.a.elementSource(in.X))
		}
		if ld, ok := in.X.(*ssa.UnOp); ok && ld.Op == token.MUL {
			st.saw(cField, ld.X, in.Field)
			t = union(t, st.field[memKey{ld.X, in.Field}])
		} else if resultOfCall(in.X) {
			// A field of a struct a constructor returned by value:
			// what it stored there (applyResultFields).
			st.saw(cField, in.X, in.Field)
			t = union(t, st.field[memKey{in.X, in.Field}])
		}
		st.set(in, t)
	case *ssa.Phi:
		var t set
		for i, e := range in.Edges {
			if g := st.a.guard; g != nil && g.deadEdge(in.Block().Preds[i], in.Block()) {
				continue // a guarded variant: that way does not run
			}
			t = union(t, st.get(e))
		}
		st.set(in, t)
	case *ssa.MakeInterface:
		t := st.deepAt(in.X, in)
		if !st.built(in.X, t) {
			t = union(t, st.typeTaintAt(in.X, in))
		}
		st.set(in, t)
	case *ssa.ChangeInterface, *ssa.ChangeType, *ssa.Convert, *ssa.MultiConvert, *ssa.SliceToArrayPointer:
		x := instr.(ssa.Value)
		if st.a.cat.EncryptedType(x.Type()) {
			return
		}
		st.set(x, st.deep(operand0(instr)))
	case *ssa.TypeAssert:
		if st.a.cat.EncryptedType(in.AssertedType) {
			return
		}
		st.set(in, st.deep(in.X))
	case *ssa.Slice:
		if domainSlice(in) {
			return // a mail domain: addr[strings.Index(addr, "@")+1:]
		}
		t := st.deep(in.X)
		if shortPrefix(in) {
			// A hash cut to a few characters (the range of a k-anonymity
			// query) no longer identifies anyone.
			t = st.a.dropHashed(t)
		}
		if shortSuffix(in) {
			// The last few characters of a longer token or key
			// (TokenLastEight = tok[len(tok)-8:]), kept to tell it
			// apart when listed, no longer authenticate.
			t = st.dropCredentials(t, false)
		}
		st.set(in, t)
	case *ssa.BinOp:
		st.binOpUse(in)
		if isStringish(in.Type()) {
			// A value after a constant "?access_token=" in a URL
			// naming its host is the request's authentication
			// (auth.go).
			y := st.a.authIf(st.get(in.Y), in.Op == token.ADD && st.a.authInText(constSuffix(in.X)) && requestURL(constPrefix(in.X, 0)))
			st.set(in, union(st.get(in.X), y))
			if in.Op == token.ADD {
				st.urlText(in)
			}
		}
	case *ssa.Extract:
		if domainAfterCut(in) {
			return // a mail domain: _, domain, _ := strings.Cut(addr, "@")
		}
		st.saw(cTuple, in.Tuple, 0)
		if ts, ok := st.tuple[in.Tuple]; ok && in.Index < len(ts) {
			st.set(in, ts[in.Index])
		} else if carries(in.Type()) {
			st.set(in, st.get(in.Tuple))
		}
	case *ssa.IndexAddr:
		st.useValue(in.Index, false)
	case *ssa.Index:
		st.useValue(in.Index, false)
		st.set(in, st.deep(in.X))
	case *ssa.Lookup:
		st.useValue(in.Index, false)
		if carries(in.Type()) || isTuple(in.Type()) {
			st.set(in, st.deep(in.X))
		}
	case *ssa.MapUpdate:
		t := union(st.deep(in.Key), st.deep(in.Value))
		if k := st.mapKeySource(in); k != nil {
			t = union(t, k)
		}
		st.addTo(cObj, st.obj, root(in.Map), t)
		if fa := fieldMap(in.Map); fa != nil {
			// A map held in a struct's field (e.fields[k] = v): a later
			// read of that field sees it.
			st.addField(memKey{fa.X, fa.Field}, t)
		}
	case *ssa.Send:
		st.addTo(cObj, st.obj, root(in.Chan), st.deep(in.X))
	case *ssa.Range:
		st.set(in, st.deep(in.X))
	case *ssa.Next:
		st.set(in, st.deep(in.Iter))
	case *ssa.MakeClosure:
		var t set
		fn := in.Fn.(*ssa.Function)
		ft := st.a.freeTaint[fn]
		grew := false
		for i, b := range in.Bindings {
			bt := st.deep(b)
			t = union(t, bt)
			if len(bt) == 0 {
				continue
			}
			for len(ft) <= i {
				ft = append(ft, nil)
			}
			// Only sources cross into the closure; the parent's
			// parameter labels mean nothing there.
			bt = st.a.realSources(bt)
			if grows(ft[i], bt) {
				ft[i] = union(ft[i], bt)
				grew = true
			}
		}
		if grew {
			st.a.freeTaint[fn] = ft
			st.a.ftVersion[fn]++
			st.a.changed = true
		}
		st.capturedSinks(in, fn)
		st.set(in, t)
	case *ssa.Return:
		for i, r := range in.Results {
			// A number, a boolean or an error does not carry its inputs'
			// data to the caller (the same rule as for unknown callees).
			if carries(r.Type()) || isTuple(r.Type()) {
				st.returns(i, st.deep(r))
			}
			st.selfResult(i, r)
		}
	case ssa.CallInstruction:
		st.call(in)
		if c, ok := in.(*ssa.Call); ok && isSprintf(c) {
			st.urlText(c)
		}
		st.clientAddress(in)
	}
}

// isSprintf reports whether c calls fmt.Sprintf.
func isSprintf(c *ssa.Call) bool {
	fn, ok := c.Call.Value.(*ssa.Function)
	return ok && fn.Pkg != nil && fn.Pkg.Pkg.Path() == "fmt" && fn.Name() == "Sprintf"
}

func operand0(instr ssa.Instruction) ssa.Value {
	ops := instr.Operands(nil)
	if len(ops) == 0 || ops[0] == nil {
		return nil
	}
	return *ops[0]
}

func sourcesOnly(t set) set {
	i := 0
	for i < len(t) && t[i] < 0 {
		i++
	}
	return t[i:]
}

// returns records what a function's result i carries, for its summary.
func (st *fnState) returns(i int, t set) {
	for _, l := range t {
		if p, w, ok := st.a.paramOf(l); ok {
			js := st.a.jsonMarked(l)
			if js && w == nil && t.has(paramLabel(p)) {
				continue // the parameter is returned as it is, too
			}
			st.sum.ParamResults = append(st.sum.ParamResults, ParamResult{Param: p, Result: i, Weak: w, Auth: st.a.authMarked(l), JSON: js})
			continue
		}
		src := st.a.sources[l]
		if src.pseudo > 0 {
			// A parameter's field (paramFieldLabel): no source, but
			// the caller knows what it stored there (FieldResults).
			st.fieldResult(l, i)
			continue
		}
		if src.Param {
			// A caller knows better what it passed: its own sources
			// travel through ParamResults. When the function hashes a
			// parameter named for personal data (HashEmail(email)),
			// that name is what a caller that knows nothing falls
			// back on.
			if src.Weak != nil && src.ParamIndex > 0 {
				st.sum.ResultSources = append(st.sum.ResultSources, ResultSource{Result: i, Source: *src, Fallback: src.ParamIndex})
			}
			continue
		}
		st.sum.ResultSources = append(st.sum.ResultSources, ResultSource{Result: i, Source: *src})
	}
}

// isStringish reports whether t can hold text: strings, byte and rune
// slices.
func isStringish(t types.Type) bool {
	switch u := t.Underlying().(type) {
	case *types.Basic:
		return u.Info()&types.IsString != 0
	case *types.Slice:
		if b, ok := u.Elem().Underlying().(*types.Basic); ok {
			return b.Kind() == types.Byte || b.Kind() == types.Rune
		}
	}
	return false
}

// carries reports whether a value of type t can carry personal data that
// an unknown function derived from its arguments: not booleans, numbers
// or errors.
func carries(t types.Type) bool {
	if t == nil {
		return false
	}
	if isError(t) {
		return false
	}
	switch u := t.Underlying().(type) {
	case *types.Basic:
		return u.Info()&(types.IsBoolean|types.IsNumeric) == 0 && u.Kind() != types.UnsafePointer
	case *types.Tuple:
		return false
	case *types.Signature:
		return false
	}
	return true
}

func isTuple(t types.Type) bool {
	_, ok := t.(*types.Tuple)
	return ok
}

var errorType = types.Universe.Lookup("error").Type()

func isError(t types.Type) bool {
	return types.Identical(t, errorType)
}

// fieldAt is a field read at a place.
type fieldAt struct {
	field *types.Var
	pos   token.Pos
}

// fieldSource returns the source label of reading field i of a struct
// (or pointer to struct) of type t, if the field holds personal data.
// The answer for a field at a place is kept for the analysis.
func (a *analysis_) fieldSource(t types.Type, i int, pos token.Pos) set {
	st := structOf(t)
	if st == nil || i >= st.NumFields() {
		return nil
	}
	// Most fields read hold no personal data, which FieldOf tells as
	// cheaply as the memo would: only personal-data fields are kept.
	v := st.Field(i)
	f, ok := a.fields.FieldOf(v)
	if !ok || f.Holder {
		return nil
	}
	k := fieldAt{v, pos}
	if s, ok := a.fieldMemo[k]; ok {
		return s
	}
	if a.fieldMemo == nil {
		a.fieldMemo = map[fieldAt]set{}
	}
	s := a.fieldSource1(v, f, pos)
	a.fieldMemo[k] = s
	return s
}

// fieldSource1 is fieldSource for the personal-data field v, f its
// classification.
func (a *analysis_) fieldSource1(v *types.Var, f *classify.Field, pos token.Pos) set {
	return single(a.intern(&Source{
		Category:   f.Category,
		Symbol:     f.Symbol,
		ID:         qualified(v.Pkg(), f.Symbol),
		Pos:        a.posString(pos),
		DetectedBy: f.DetectedBy,
		Evidence:   f.Evidence,
		Purposes:   f.Purposes,
		Protected:  f.Protected,
		Encrypted:  f.Encrypted,
		Sensitive:  f.Sensitive,
		Field:      true,
		Ref:        a.reference(f.Category, v.Type()),
	}))
}

// parentSource returns the source of the personal-data field that v is
// (an address of, or the value of), so that reading a part of it carries
// the field's data.
func (a *analysis_) parentSource(v ssa.Value) set {
	switch x := v.(type) {
	case *ssa.FieldAddr:
		return a.fieldSource(x.X.Type(), x.Field, x.Pos())
	case *ssa.Field:
		return a.fieldSource(x.X.Type(), x.Field, x.Pos())
	case *ssa.UnOp:
		if fa, ok := x.X.(*ssa.FieldAddr); ok && x.Op == token.MUL {
			return a.fieldSource(fa.X.Type(), fa.Field, fa.Pos())
		}
	}
	return nil
}

// elementSource returns the source of the personal-data list field that
// v is an element of (its address, or its value loaded or indexed), so
// that a text field read out of the element carries the list's data: the
// Address of a recipient in To []mail.Address (m.To[0].Address, or r.Name
// for r ranging over m.To). Its callers ask only for a string-like part:
// a number or a flag in the element is not the data the list is named
// for.
func (a *analysis_) elementSource(v ssa.Value) set {
	if ld, ok := v.(*ssa.UnOp); ok && ld.Op == token.MUL {
		v = ld.X
	}
	switch x := v.(type) {
	case *ssa.IndexAddr:
		return a.parentSource(x.X)
	case *ssa.Index:
		return a.parentSource(x.X)
	case *ssa.Alloc:
		// The variable of a range loop (for _, r := range m.To) whose
		// fields are read through its address: the elements copied
		// into it.
		var t set
		for _, r := range *x.Referrers() {
			if st, ok := r.(*ssa.Store); ok && st.Addr == x {
				if ld, ok := st.Val.(*ssa.UnOp); ok && ld.Op == token.MUL {
					if ia, ok := ld.X.(*ssa.IndexAddr); ok {
						t = union(t, a.parentSource(ia.X))
					}
				}
			}
		}
		return t
	}
	return nil
}

func structOf(t types.Type) *types.Struct {
	for i := 0; i < 4; i++ {
		switch u := types.Unalias(t).Underlying().(type) {
		case *types.Pointer:
			t = u.Elem()
			continue
		case *types.Struct:
			return u
		}
		return nil
	}
	return nil
}

// typeTaint returns the sources of every personal-data field reachable in
// a value of type t: a struct that holds personal data, or a pointer,
// slice, array, map or channel of them. Types that format themselves
// (String, Error, LogValue, LogString, MarshalLogObject, Format) carry nothing: they
// decide what they show.
func (a *analysis_) typeTaint(t types.Type) set {
	if s, ok := a.typeMemo[t]; ok {
		return s
	}
	a.typeMemo[t] = nil // cycle guard
	s := a.typeTaint1(t, 0)
	a.typeMemo[t] = s
	return s
}

var formatterMethods = []string{"String", "Error", "LogValue", "LogString", "MarshalLogObject", "Format", "GoString"}

func (a *analysis_) typeTaint1(t types.Type, depth int) set {
	if depth > 4 || t == nil {
		return nil
	}
	t = types.Unalias(t)
	switch u := t.(type) {
	case *types.Pointer:
		return a.typeTaint1(u.Elem(), depth+1)
	case *types.Slice:
		return a.typeTaint1(u.Elem(), depth+1)
	case *types.Array:
		return a.typeTaint1(u.Elem(), depth+1)
	case *types.Map:
		return a.typeTaint1(u.Elem(), depth+1)
	case *types.Chan:
		return nil
	}
	st, ok := t.Underlying().(*types.Struct)
	if !ok {
		return nil
	}
	// A struct that formats itself (a String method) says what it
	// shows: its fields are not read by a formatter. Only a struct is
	// looked at, as the lookups are costly.
	if named, _ := t.(*types.Named); named != nil {
		for _, m := range formatterMethods {
			if obj, _, _ := types.LookupFieldOrMethod(types.NewPointer(t), true, named.Obj().Pkg(), m); obj != nil {
				if _, isFunc := obj.(*types.Func); isFunc {
					return nil
				}
			}
		}
	}
	var out set
	for i := range st.NumFields() {
		v := st.Field(i)
		f, ok := a.fields.FieldOf(v)
		switch {
		case ok && !f.Holder:
			out = union(out, single(a.intern(&Source{
				Category:   f.Category,
				Symbol:     f.Symbol,
				ID:         qualified(v.Pkg(), f.Symbol),
				Pos:        a.posString(v.Pos()),
				DetectedBy: f.DetectedBy,
				Evidence:   f.Evidence,
				Purposes:   f.Purposes,
				Protected:  f.Protected,
				Encrypted:  f.Encrypted,
				Sensitive:  f.Sensitive,
				Field:      true,
				Ref:        a.reference(f.Category, v.Type()),
				Unmapped:   unmapped(st.Tag(i)),
			})))
		case ok && f.Holder, v.Embedded():
			out = union(out, a.typeTaint1(v.Type(), depth+1))
		}
	}
	return out
}

// qualified prefixes a symbol with the import path of the package that
// declares it.
func qualified(pkg *types.Package, sym string) string {
	if pkg == nil {
		return sym
	}
	return pkg.Path() + "." + sym
}

// keyOf is s.key(), worked out once for each source: the sources of the
// table (intern) and of flows are not changed once made.
func (a *analysis_) keyOf(s *Source) string {
	if k, ok := a.srcKeys[s]; ok {
		return k
	}
	if a.srcKeys == nil {
		a.srcKeys = map[*Source]string{}
	}
	k := s.key()
	a.srcKeys[s] = k
	return k
}

// intern returns the label of a source, adding it to the table.
func (a *analysis_) intern(s *Source) label {
	k := s.key()
	if l, ok := a.sourceIdx[k]; ok {
		return l
	}
	l := label(len(a.sources))
	a.sources = append(a.sources, s)
	a.sourceIdx[k] = l
	if a.srcKeys == nil {
		a.srcKeys = map[*Source]string{}
	}
	a.srcKeys[s] = k
	return l
}

func (a *analysis_) posString(pos token.Pos) string {
	if !pos.IsValid() {
		return ""
	}
	if s, ok := a.posMemo[pos]; ok {
		return s
	}
	if a.posMemo == nil {
		a.posMemo = map[token.Pos]string{}
	}
	s := a.pass.Fset.Position(pos).String()
	a.posMemo[pos] = s
	return s
}

// importedSummary returns the summary fact that another package exported
// for fn, nil when there is none. Facts do not change while a package is
// analyzed, so each is imported once; the summary is shared and must not
// be changed.
func (a *analysis_) importedSummary(fn *types.Func) *Summary {
	if s, ok := a.imported[fn]; ok {
		return s
	}
	if a.imported == nil {
		a.imported = map[*types.Func]*Summary{}
	}
	var s *Summary
	var f Summary
	if a.pass.ImportObjectFact(fn, &f) {
		s = &f
	}
	a.imported[fn] = s
	return s
}

// paramSource returns the source label of a parameter whose name
// classifies as personal data (email, ssn).
func (a *analysis_) paramSource(fn *ssa.Function, p *ssa.Parameter) (label, bool) {
	k := paramAt{fn, p}
	if r, ok := a.paramMemo[k]; ok {
		return r.l, r.ok
	}
	l, ok := a.paramSource1(fn, p)
	if a.paramMemo == nil {
		a.paramMemo = map[paramAt]paramSrc{}
	}
	a.paramMemo[k] = paramSrc{l, ok}
	return l, ok
}

// paramAt is a parameter of a function, and paramSrc what paramSource
// found for it.
type (
	paramAt struct {
		fn *ssa.Function
		p  *ssa.Parameter
	}
	paramSrc struct {
		l  label
		ok bool
	}
)

// paramSource1 is paramSource, worked out: every analysis of a function
// asks it for each parameter, and the answer does not change.
func (a *analysis_) paramSource1(fn *ssa.Function, p *ssa.Parameter) (label, bool) {
	cat, ok := a.paramCategory(p.Name(), p.Type())
	weakOnly, logged := false, false
	if !ok {
		cat, logged = a.loggedAccountParam(fn, p)
		if !logged {
			if cat, ok = a.credentialParam(p.Name(), p.Type()); !ok {
				return 0, false
			}
			weakOnly = true
		}
	}
	m, _ := a.env.Classifier.Name(p.Name(), classifier.Context{Kind: goKind(p.Type()), PersonLike: weakOnly || logged})
	sym := "parameter " + p.Name()
	if fn.Object() != nil {
		sym = "parameter " + p.Name() + " of " + fn.Name()
	}
	index := 0
	for i, q := range fn.Params {
		if q == p {
			index = i + 1
		}
	}
	return a.intern(&Source{
		Category:   cat,
		Symbol:     sym,
		ID:         qualified(a.pass.Pkg, sym),
		Pos:        a.posString(p.Pos()),
		DetectedBy: "name",
		Evidence:   m.Details,
		Protected:  m.Protected,
		Sensitive:  m.Sensitive,
		Param:      true,
		ParamIndex: index,
		Ref:        a.reference(cat, p.Type()),
		weakOnly:   weakOnly,
	}), true
}

// loggedAccountParam classifies a parameter named for a login name
// (username) of an exported function or method of an application's
// logging package (a package named log, logger, logging or logs): what a
// logger is given as a user name is the logged person's login name, though
// a bare username elsewhere may be a service account's.
func (a *analysis_) loggedAccountParam(fn *ssa.Function, p *ssa.Parameter) (string, bool) {
	if !logPackageNames[a.pass.Pkg.Name()] || a.pass.Pkg.Path() == "log" || !isStringish(p.Type()) {
		return "", false
	}
	obj, ok := fn.Object().(*types.Func)
	if !ok || !obj.Exported() {
		return "", false
	}
	if recv := fn.Signature.Recv(); recv != nil && !exportedRecv(recv.Type()) {
		return "", false
	}
	m, ok := a.requesterMatch(p.Name(), goKind(p.Type()))
	if !ok || m.Category != requesterAccount {
		return "", false
	}
	return m.Category, true
}

// exportedRecv reports whether a receiver's named type is exported.
func exportedRecv(t types.Type) bool {
	if p, ok := types.Unalias(t).(*types.Pointer); ok {
		t = p.Elem()
	}
	n, ok := types.Unalias(t).(*types.Named)
	return ok && n.Obj().Exported()
}

// credentialParam classifies a parameter named like a credential a person
// chooses (password, passwd, pwd, pin) that paramCategory leaves out: on
// its own such a name may be a service's secret (SPEC §1), so the source
// it makes is weakOnly, followed only where a fast hash turns it into
// what PL105 judges (GetMD5(password) logging the digest).
func (a *analysis_) credentialParam(name string, t types.Type) (string, bool) {
	if name == "" || name == "_" || !isStringish(t) {
		return "", false
	}
	m, ok := a.env.Classifier.Name(name, classifier.Context{Kind: goKind(t), PersonLike: true})
	if !ok || m.Protected || !(&Source{Category: m.Category, Symbol: name}).GuessableCredential() {
		return "", false
	}
	return m.Category, true
}

// paramCategory classifies a parameter or variable name of type t.
func (a *analysis_) paramCategory(name string, t types.Type) (string, bool) {
	if name == "" || name == "_" {
		return "", false
	}
	m, ok := a.env.Classifier.Name(name, classifier.Context{Kind: goKind(t)})
	if !ok || m.Category == "" || !rules.IsPersonal(m.Category) {
		return "", false
	}
	return m.Category, true
}

// keyCategory classifies a constant request-input key ("email").
func (a *analysis_) keyCategory(lit string) (string, bool) {
	m, ok := a.keyMatch(lit)
	return m.Category, ok
}

// requesterAccount is the category a request-input key may take as the
// requesting person's own: a login form's or an API's "username" is the
// login name of whoever signs in, though a bare username elsewhere (a
// function's parameter, a configuration field) may be a service's.
const requesterAccount = "user.account.username"

// keyMatch classifies a constant request-input key ("email") and returns
// the classifier's match. A key named like an account's login name
// ("username", "login") counts as the requester's, as if held by a
// person; other names keep their context-free reading, since a request's
// "name" or "title" names a repository or an issue as often as a person.
func (a *analysis_) keyMatch(lit string) (classifier.Match, bool) {
	s := strings.Trim(lit, "\"`")
	if s == "" || len(s) > 64 {
		return classifier.Match{}, false
	}
	return a.requesterMatch(s, classifier.KindString)
}

// requesterMatch classifies a name that stands for data of the person a
// request or a log line is about: personal data by its name alone, or a
// login name ("username"), which counts as that person's.
func (a *analysis_) requesterMatch(name string, kind classifier.Kind) (classifier.Match, bool) {
	m, ok := a.env.Classifier.Name(name, classifier.Context{Kind: kind})
	if ok && m.Category != "" && rules.IsPersonal(m.Category) {
		return m, true
	}
	m, ok = a.env.Classifier.Name(name, classifier.Context{Kind: kind, PersonLike: true})
	if ok && m.Category == requesterAccount {
		return m, true
	}
	return classifier.Match{}, false
}

// constString returns the value of a constant string.
func constString(v ssa.Value) (string, bool) {
	c, ok := v.(*ssa.Const)
	if !ok || c.Value == nil || c.Value.Kind() != constant.String {
		return "", false
	}
	return constant.StringVal(c.Value), true
}

// constPrefix returns the constant text a string value starts with: a
// constant, the left side of a concatenation, or the format of a
// fmt.Sprintf up to its first verb.
func constPrefix(v ssa.Value, depth int) string {
	if depth > 8 || v == nil {
		return ""
	}
	if s, ok := constString(v); ok {
		return s
	}
	switch x := v.(type) {
	case *ssa.BinOp:
		if x.Op == token.ADD {
			left := constPrefix(x.X, depth+1)
			if c, ok := constString(x.X); ok && c == left {
				return left + constPrefix(x.Y, depth+1)
			}
			return left
		}
	case *ssa.Phi:
		// All edges must agree on the host; take the first edge's prefix
		// only when every edge starts the same way.
		var p string
		for i, e := range x.Edges {
			ep := constPrefix(e, depth+1)
			if i == 0 {
				p = ep
			} else if hostOf(ep, false) != hostOf(p, false) {
				return ""
			}
		}
		return p
	case *ssa.Call:
		if fn, ok := x.Call.Value.(*ssa.Function); ok && fn.Pkg != nil && fn.Pkg.Pkg.Path() == "fmt" && fn.Name() == "Sprintf" && len(x.Call.Args) > 0 {
			if f, ok := constString(x.Call.Args[0]); ok {
				if i := strings.IndexByte(f, '%'); i >= 0 {
					return f[:i]
				}
				return f
			}
		}
	case *ssa.MakeInterface:
		return constPrefix(x.X, depth+1)
	}
	return ""
}

// hostOf returns the host of a URL prefix, when the prefix holds all of
// it: it ends after the host, or complete says the URL is all constant.
func hostOf(prefix string, complete bool) string {
	i := strings.Index(prefix, "://")
	if i < 0 {
		return ""
	}
	rest := prefix[i+3:]
	end := strings.IndexAny(rest, "/?#")
	if end < 0 {
		if !complete {
			// The host may go on past the constant text.
			return ""
		}
		end = len(rest)
	}
	u, err := url.Parse(prefix[:i+3] + rest[:end])
	if err != nil {
		return ""
	}
	return strings.ToLower(u.Hostname())
}

// goKind is the classifier's value kind of a Go type.
func goKind(t types.Type) classifier.Kind {
	k, _ := classifier.GoKind(t, nil)
	return k
}
