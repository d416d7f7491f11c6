package flow

import (
	"go/ast"
	"go/types"
	"slices"
	"strings"
	"unicode"

	"golang.org/x/tools/go/ssa"

	"github.com/privlint/privlint/internal/classifier"
	"github.com/privlint/privlint/rules"
)

// callSite is a call with its arguments laid out as the callee sees them.
type callSite struct {
	instr  ssa.CallInstruction
	val    ssa.Value     // the call's value; nil for go and defer
	obj    *types.Func   // the called function or method, when known
	callee *ssa.Function // its SSA body, when it has one here
	recv   ssa.Value     // the receiver, for methods
	args   []ssa.Value   // the arguments, receiver not included
}

// params returns the arguments in the callee's parameter order (receiver
// first for a method with a body).
func (c *callSite) params() []ssa.Value {
	if c.recv != nil && c.callee != nil && c.callee.Signature.Recv() != nil {
		return append([]ssa.Value{c.recv}, c.args...)
	}
	return c.args
}

// callSite returns the call ci laid out as its callee sees it, made once
// per package: the SSA does not change while the package is analyzed, and
// nothing changes a callSite once it is made.
func (st *fnState) callSite(ci ssa.CallInstruction) *callSite {
	a := st.a
	if c, ok := a.sites[ci.Common()]; ok {
		return c
	}
	c := st.newCallSite(ci)
	if a.sites == nil {
		a.sites = map[*ssa.CallCommon]*callSite{}
	}
	a.sites[ci.Common()] = c
	return c
}

func (st *fnState) newCallSite(ci ssa.CallInstruction) *callSite {
	common := ci.Common()
	c := &callSite{instr: ci}
	if v := ci.Value(); v != nil { // a *ssa.Call; nil for go and defer
		c.val = v
	}
	if common.IsInvoke() {
		c.obj = common.Method
		c.recv = common.Value
		c.args = common.Args
		return c
	}
	switch v := common.Value.(type) {
	case *ssa.Function:
		c.callee = v
	case *ssa.MakeClosure:
		fn := v.Fn.(*ssa.Function)
		if fn.Synthetic != "" && len(v.Bindings) == 1 {
			// A method value (u.GetEmail): call the method on the bound receiver.
			if obj, ok := fn.Object().(*types.Func); ok {
				c.obj = obj
				c.recv = v.Bindings[0]
				c.args = common.Args
				c.callee = st.a.ssaPkg.Prog.FuncValue(obj)
				return c
			}
		}
		c.callee = fn
	}
	if c.callee != nil {
		if obj, ok := c.callee.Object().(*types.Func); ok {
			c.obj = obj
		} else if o := c.callee.Origin(); o != nil {
			c.obj, _ = o.Object().(*types.Func)
		}
		if c.callee.Signature.Recv() != nil && len(common.Args) > 0 {
			c.recv = common.Args[0]
			c.args = common.Args[1:]
			return c
		}
	}
	c.args = common.Args
	return c
}

func (st *fnState) call(ci ssa.CallInstruction) {
	common := ci.Common()
	if b, ok := common.Value.(*ssa.Builtin); ok {
		if v := ci.Value(); v != nil {
			st.builtin(b, common.Args, v)
		} else {
			st.builtin(b, common.Args, nil)
		}
		return
	}
	c := st.callSite(ci)
	st.noteFilled(c)
	a := st.a
	if c.obj != nil {
		fi := a.info(c.obj)
		pkg, recv, name := fi.pkg, fi.recv, fi.name
		st.pairKeys(c, fi)
		if f, ok := a.sanitizerOf(c.obj); ok {
			st.sanitize(c, f)
			return
		}
		if a.find(a.cat.Barriers, c.obj) != nil {
			return
		}
		if a.isRedactor(c.obj) && !st.weakSummary(c) {
			// redactEmail(e), stripToken(u): named for hiding what it
			// is given, its results carry nothing.
			return
		}
		if c.val != nil && a.cat.EncryptedType(c.val.Type()) {
			return
		}
		if st.basicAuth(c) {
			return
		}
		if f := a.find(a.cat.Sources, c.obj); f != nil {
			if st.requestInput(c, f) {
				return
			}
		}
		if st.sinkCall(c, c.obj) || st.interfaceSink(c) {
			return
		}
		if st.authPlacement(c, pkg, recv, name) {
			return
		}
		if f := a.find(a.cat.Accumulators, c.obj); f != nil && c.recv != nil {
			st.accumulate(c, f)
			return
		}
		if f := a.find(a.cat.URLCalls, c.obj); f != nil && st.urlCall(c, f, pkg) {
			return
		}
	}
	if c.callee != nil || c.obj != nil {
		if s := st.summaryOf(c); s != nil {
			st.applySummary(c, s)
			return
		}
		if c.callee != nil && c.callee.Pkg == a.ssaPkg && len(c.callee.Blocks) > 0 {
			// A function of this package whose summary is not computed
			// yet (first round): the fixpoint comes back to it.
			return
		}
	}
	if s := a.fieldFuncSummary(c); s != nil {
		// l.getClient(req): what the package stores into the field runs.
		st.applySummary(c, s)
		return
	}
	st.generic(c)
}

func (st *fnState) builtin(b *ssa.Builtin, args []ssa.Value, val ssa.Value) {
	st.builtinUse(b.Name(), args)
	switch b.Name() {
	case "append":
		var t set
		for _, x := range args {
			t = union(t, st.deep(x))
		}
		if val != nil {
			st.set(val, t)
		}
	case "copy":
		if len(args) == 2 {
			st.addTo(cObj, st.obj, root(args[0]), st.deep(args[1]))
		}
	}
}

// sanitizerOf reports whether a call of obj protects its arguments.
func (a *analysis_) sanitizerOf(obj *types.Func) (*rules.Func, bool) {
	if a.encrypts[obj] {
		return &rules.Func{}, true
	}
	if f := a.find(a.cat.Sanitizers, obj); f != nil {
		return f, true
	}
	if obj.Pkg() != nil && obj.Pkg() != a.pass.Pkg {
		if s := a.importedSummary(obj); s != nil && s.Encrypts {
			return &rules.Func{}, true
		}
	}
	return nil, false
}

// sanitize handles a call to a sanitizer: its results carry nothing (or,
// for a hash that protects only some categories, the rest), and an object
// it makes (an HMAC, a hash) absorbs what is written to it.
func (st *fnState) sanitize(c *callSite, f *rules.Func) {
	if c.val == nil {
		return
	}
	st.seal[c.val] = f
	st.wrote(cSeal, c.val, 0)
	var w *Weakness
	if f.Weak != "" {
		w = st.weakness(c, f)
	}
	if len(f.Only) == 0 && w == nil {
		return
	}
	var t set
	for _, x := range c.args {
		t = union(t, st.deep(x))
	}
	if w != nil {
		// Weakly protected: the result carries the data marked with how
		// it was protected, and so does what is later written to the
		// object it makes (an md5 hash) and the destination buffer a
		// function without results writes (XORKeyStream(dst, src)).
		st.weak[c.val] = w
		st.wrote(cWeak, c.val, 0)
		for i := range c.args {
			t = union(t, st.credentialArg(c, i, w))
		}
		t = st.a.withAnonymous(st.a.weakOf(t, w), w)
		if sig, ok := c.instr.Common().Signature(), len(c.args) > 0; ok && sig.Results().Len() == 0 && isBytes(c.args[0].Type()) {
			st.addTo(cObj, st.obj, root(c.args[0]), t)
		}
	} else {
		t = st.a.without(t, f.Only)
	}
	st.setResults(c.val, t, w != nil)
}

// setResults gives the results of a call the labels t: each result that
// can carry data (and byte arrays: a digest), or, for a weakly protected
// value, every result but booleans and errors (crc32.ChecksumIEEE's
// number is the pseudonym).
func (st *fnState) setResults(v ssa.Value, t set, numbers bool) {
	can := func(t types.Type) bool {
		if numbers {
			if b, ok := t.Underlying().(*types.Basic); ok && b.Info()&types.IsNumeric != 0 {
				return true
			}
		}
		return carries(t) || isByteArray(t)
	}
	if ts, ok := v.Type().(*types.Tuple); ok {
		per := make([]set, ts.Len())
		for i := range per {
			if can(ts.At(i).Type()) {
				per[i] = t
			}
		}
		st.setTuple(v, per)
		return
	}
	if can(v.Type()) {
		st.set(v, t)
	}
}

// isBytes reports whether t is a byte slice.
func isBytes(t types.Type) bool {
	if s, ok := t.Underlying().(*types.Slice); ok {
		if b, ok := s.Elem().Underlying().(*types.Basic); ok {
			return b.Kind() == types.Byte
		}
	}
	return false
}

func isByteArray(t types.Type) bool {
	if a, ok := t.Underlying().(*types.Array); ok {
		if b, ok := a.Elem().Underlying().(*types.Basic); ok {
			return b.Kind() == types.Byte
		}
	}
	return false
}

// without drops the sources whose category one of only covers.
func (a *analysis_) without(t set, only []string) set {
	var out set
	for _, l := range t {
		if l >= 0 {
			cat := a.sources[l].Category
			covered := false
			for _, o := range only {
				if rules.Covers(o, cat) {
					covered = true
				}
			}
			if covered {
				continue
			}
		}
		out = append(out, l)
	}
	return out
}

func (st *fnState) setTuple(v ssa.Value, per []set) {
	old := st.tuple[v]
	changed := len(old) != len(per)
	if !changed {
		for i := range per {
			if grows(old[i], per[i]) {
				changed = true
			}
		}
	}
	if changed {
		merged := make([]set, len(per))
		for i := range per {
			if i < len(old) {
				merged[i] = union(old[i], per[i])
			} else {
				merged[i] = per[i]
			}
		}
		st.tuple[v] = merged
		st.dirty = true
		st.wrote(cTuple, v, 0)
	}
}

// requestInput handles r.FormValue("email") and the like: the result is a
// source when the key names personal data.
func (st *fnState) requestInput(c *callSite, f *rules.Func) bool {
	if len(f.Inputs) > 0 {
		return st.namedInputs(c, f.Inputs)
	}
	if f.Key == nil || c.val == nil {
		return false
	}
	k := *f.Key
	if k < 0 || k >= len(c.args) {
		return false
	}
	key, ok := constString(c.args[k])
	if !ok {
		return false
	}
	if fileInput(c.val.Type()) {
		return st.documentInput(c, key)
	}
	l, ok := st.inputSource(c, key)
	if !ok {
		return false
	}
	st.set(c.val, single(l))
	return true
}

// inputSource is the source of a request input named key, read by call c;
// ok is false when the name is not personal data's.
func (st *fnState) inputSource(c *callSite, key string) (l label, ok bool) {
	m, ok := st.a.keyMatch(key)
	if !ok {
		return 0, false
	}
	return st.a.intern(&Source{
		Category:   m.Category,
		Symbol:     st.a.inputText(c.instr),
		Pos:        st.a.posString(c.instr.Pos()),
		DetectedBy: "name",
		Evidence:   m.Details,
		Protected:  m.Protected,
		Sensitive:  m.Sensitive,
	}), true
}

// namedInputs handles a source whose results are the inputs the catalog
// names (r.UserAgent(), r.BasicAuth()): each result named for personal
// data is a source of it; the others carry nothing.
func (st *fnState) namedInputs(c *callSite, inputs []string) bool {
	if c.val == nil {
		return false
	}
	per := make([]set, len(inputs))
	found := false
	for i, name := range inputs {
		if name == "" {
			continue
		}
		if l, ok := st.inputSource(c, name); ok {
			per[i] = single(l)
			found = true
		}
	}
	if !found {
		return false
	}
	if tup, ok := c.val.Type().(*types.Tuple); ok {
		if tup.Len() != len(per) {
			return false
		}
		st.setTuple(c.val, per)
		return true
	}
	if len(per) != 1 {
		return false
	}
	st.set(c.val, per[0])
	return true
}

// documentInput handles a file input named for a person's document,
// r.FormFile("resume") or os.ReadFile("uploads/cv.pdf"): the file, or
// its contents, is a source of what that document holds.
func (st *fnState) documentInput(c *callSite, key string) bool {
	cat, ok := personDocument(key)
	if !ok {
		return false
	}
	m, _ := st.a.env.Classifier.Name(cat[strings.LastIndexByte(cat, '.')+1:], classifier.Context{Kind: classifier.KindString})
	l := single(st.a.intern(&Source{
		Category:   cat,
		Symbol:     st.a.inputText(c.instr),
		Pos:        st.a.posString(c.instr.Pos()),
		DetectedBy: "name",
		Protected:  m.Protected,
		Sensitive:  m.Sensitive,
	}))
	if tup, ok := c.val.Type().(*types.Tuple); ok {
		per := make([]set, tup.Len())
		// The file (or its header, for gin and echo); not the header
		// beside it nor the error.
		per[0] = l
		st.setTuple(c.val, per)
		return true
	}
	st.set(c.val, l)
	return true
}

// inputText is a request-input call as written: r.FormValue("email").
func (a *analysis_) inputText(ci ssa.CallInstruction) string {
	if ce, ok := a.callAt(ci.Common().Pos()); ok {
		s := types.ExprString(ce)
		if len(s) <= 80 {
			return s
		}
	}
	return a.callText(ci)
}

// callText is the call's function expression as written (db.Exec),
// worked out once per call.
func (a *analysis_) callText(ci ssa.CallInstruction) string {
	if s, ok := a.callTexts[ci.Common()]; ok {
		return s
	}
	s := a.callText1(ci)
	if a.callTexts == nil {
		a.callTexts = map[*ssa.CallCommon]string{}
	}
	a.callTexts[ci.Common()] = s
	return s
}

func (a *analysis_) callText1(ci ssa.CallInstruction) string {
	if ce, ok := a.callAt(ci.Common().Pos()); ok {
		s := types.ExprString(ce.Fun)
		if len(s) > 60 {
			s = s[:57] + "..."
		}
		if _, isCall := ce.Fun.(*ast.CallExpr); isCall {
			return s
		}
		if ci.Common().Pos() == ce.Lparen {
			return s
		}
	}
	if c := ci.Common(); c.StaticCallee() != nil {
		return c.StaticCallee().Name()
	} else if c.IsInvoke() {
		return c.Method.Name()
	}
	return "a function value"
}

// sinkCall handles a call to a sink, fn (the function called, or the
// implementation of the interface method called). It reports whether it
// was one.
func (st *fnState) sinkCall(c *callSite, fn *types.Func) bool {
	a := st.a
	fi := a.info(fn)
	pkg, recv, name := fi.pkg, fi.recv, fi.name
	if f := a.find(a.cat.Writers, fn); f != nil && f.Writer != nil && *f.Writer < len(c.args) {
		return st.writeTo(c, c.args[*f.Writer], c.args[*f.Writer+1:], pkg)
	}
	if c.recv != nil && wrapperWrite(pkg, recv, name) {
		// bw.WriteString(s) on a bufio.Writer made from a file,
		// enc.Encode(v) on a json.Encoder made from standard output.
		return st.writeTo(c, c.recv, c.args, pkg)
	}
	if c.recv != nil && c.instr.Common().IsInvoke() && (name == "Write" || name == "WriteString") &&
		st.writeTo(c, c.recv, c.args, pkg) {
		// w.Write(b) on an io.Writer whose destination is known: a
		// parameter, standard output, a logger's output field.
		return true
	}
	if st.stmtCall(c, pkg, recv, name) {
		// q.UpdateUser.Exec(…): a prepared statement whose text a .sql
		// file names.
		return true
	}
	type group struct {
		kind  Kind
		funcs *rules.FuncSet
	}
	for _, g := range []group{{KindLog, a.cat.Log}, {KindStorage, a.cat.Storage}, {KindThirdParty, a.cat.ThirdParty}} {
		f := a.find(g.funcs, fn)
		if f == nil {
			continue
		}
		ref := SinkRef{Kind: g.kind, What: f.What, Recipient: f.Recipient, Package: pkg}
		if g.kind == KindLog && len(f.Inputs) > 0 {
			// A request-logging middleware: what it logs is every
			// request's, not its arguments.
			st.requestLog(c, ref, f.Inputs)
			return true
		}
		if g.kind == KindThirdParty {
			if b, ok := st.backendOf(c, f); ok {
				if b.local {
					return true // the organisation's own server: nothing leaves
				}
				ref.Recipient, ref.What, ref.Host = b.recipient, b.what, b.host
			}
		}
		var args, keys []ssa.Value
		if f.SQL != nil {
			// A query writes only when its text is a constant write
			// statement; its data are the text and what follows it.
			q := *f.SQL
			if q >= len(c.args) {
				return true
			}
			text, ok := constString(c.args[q])
			if !ok {
				text = constPrefix(c.args[q], 0)
			}
			if !rules.IsWriteSQL(text) {
				// A read: the arguments are lookups, which use
				// what they are given.
				for _, x := range c.args[q+1:] {
					st.useDeep(x)
				}
				return true
			}
			if st.sqlSink(c, ref, q, text) {
				return true
			}
			args = c.args[q:]
			// What its WHERE alone binds finds rows: it is not stored.
			if stored, ok := st.storedArgs(c, c.args[q], c.args[q+1:]); ok {
				args = append([]ssa.Value{c.args[q]}, stored...)
			}
		} else {
			var stored []ssa.Value
			sq := -1 // the index of the text whose stored arguments are in stored
			if g.kind == KindStorage {
				// A statement that always writes (db.Exec): the SQL
				// text may still hash or encrypt what it binds, and
				// what its WHERE alone binds finds rows.
				q, text, ok := sqlText(c.args)
				if ok && st.sqlSink(c, ref, q, text) {
					return true
				}
				if !ok {
					q, ok = deleteText(c.args) // a DELETE writes no data but its text
				}
				if ok {
					if s, ok := st.storedArgs(c, c.args[q], c.args[q+1:]); ok && carriesAll(f, q+1, len(c.args)) {
						stored, sq = s, q
					}
				}
			}
			for i, x := range c.args {
				switch {
				case sq >= 0 && i > sq:
					// in stored
				case f.IsKey(i):
					keys = append(keys, x)
				case f.Carries(i, false):
					args = append(args, x)
				}
			}
			args = append(args, stored...)
		}
		if cl := st.writeColumns(pkg, name, c); g.kind == KindStorage && f.SQL == nil && (cl.limited || cl.omit != nil) {
			if cl.model != nil {
				// db.Model(&u).Exclude("Password").Insert(): the
				// model the chain started from is what is written.
				args = []ssa.Value{cl.model}
			}
			st.reachColumns(c, ref, args, cl)
		} else {
			st.reachSink(c, ref, args, c.recv != nil && f.Carries(0, true), library(a.cat, f, pkg))
		}
		if len(keys) > 0 {
			st.reachKeys(c, ref, keys)
		}
		return true
	}
	if f := a.find(a.cat.Requests, fn); f != nil && f.Request != nil {
		st.sendRequest(c, f, pkg)
		return true
	}
	if f := a.find(a.cat.Requests, fn); f != nil && f.URL != nil && *f.URL < len(c.args) {
		u := c.args[*f.URL]
		ut := st.deepAt(u, c.instr)
		if !sameLibrary(pkg, namedPkg(u.Type())) && !st.built(u, ut) {
			ut = union(ut, st.typeTaintAt(u, c.instr))
		}
		st.reachURL(c, SinkRef{Kind: KindURL, What: "a request URL", Package: pkg}, u, ut)
		if ref, ok := a.requestRecipient(u, pkg); ok {
			st.reachSink(c, ref, c.args, false, pkg)
		} else {
			st.reachURLParam(c, u, c.args, pkg)
		}
		// The response carries nothing of the request.
		return true
	}
	if appLogger(c.obj, a.pass.Pkg) {
		// logger.Infof(format, args...) of an application's own
		// logging package.
		ref := SinkRef{Kind: KindLog, What: "the log", Package: pkg, Call: a.callText(c.instr), Pos: a.posString(c.instr.Pos())}
		args := logArgs(c.args)
		if len(args) > 1 && requestContext(args[0]) {
			// log.Error(r, "msg", ...): the request the line belongs
			// to, read for its context (a request id, a logger kept
			// there); only what its value was built from counts.
			st.reach(c.instr, ref, st.contextTaint(args[0], c.instr), false)
			args = args[1:]
		}
		st.reachSink(c, ref, args, false, pkg)
		st.reach(c.instr, ref, st.declaredLogArgs(c), false)
		return true
	}
	if kind, ok := a.sinkDirective(c.obj); ok {
		ref := SinkRef{What: "a sink", Package: pkg}
		switch {
		case kind == "storage":
			ref.Kind, ref.What = KindStorage, "storage"
		case kind == "log":
			ref.Kind, ref.What = KindLog, "the log"
		case strings.HasPrefix(kind, "thirdparty:"):
			ref.Kind = KindThirdParty
			ref.Recipient = strings.TrimPrefix(kind, "thirdparty:")
			ref.What = ref.Recipient
		default:
			return false
		}
		st.reachSink(c, ref, c.params(), false, "")
		return true
	}
	return false
}

// sinkDirective returns the //privlint:sink kind of a function of this
// package or, through its summary fact, of another.
func (a *analysis_) sinkDirective(obj *types.Func) (string, bool) {
	if obj == nil {
		return "", false
	}
	if k, ok := a.sinkDir[obj]; ok {
		return k, true
	}
	if obj.Pkg() != nil && obj.Pkg() != a.pass.Pkg {
		if s := a.importedSummary(obj); s != nil && s.Sink != "" {
			return s.Sink, true
		}
	}
	return "", false
}

// writerKind says where an io.Writer argument writes: "stdout", "stderr",
// "file" for another *os.File, or "".
func writerKind(w ssa.Value) string {
	for i := 0; i < 4; i++ {
		switch x := w.(type) {
		case *ssa.MakeInterface:
			w = x.X
			continue
		case *ssa.ChangeInterface:
			w = x.X
			continue
		case *ssa.UnOp:
			if g, ok := x.X.(*ssa.Global); ok && g.Pkg != nil && g.Pkg.Pkg.Path() == "os" {
				switch g.Name() {
				case "Stdout":
					return "stdout"
				case "Stderr":
					return "stderr"
				}
			}
		}
		break
	}
	if p, ok := types.Unalias(w.Type()).(*types.Pointer); ok {
		if n, ok := types.Unalias(p.Elem()).(*types.Named); ok && n.Obj().Pkg() != nil &&
			n.Obj().Pkg().Path() == "os" && n.Obj().Name() == "File" {
			return "file"
		}
	}
	return ""
}

// reachSink records that the data in args (and the receiver, when
// withRecv) reaches ref at this call. A struct argument holding personal
// data counts for each of its personal-data fields, unless it is a type of
// the sink's own library lib (an SDK's parameter struct): what the program
// put into such a value is followed, not the fields the SDK declares.
func (st *fnState) reachSink(c *callSite, ref SinkRef, args []ssa.Value, withRecv bool, lib string) {
	var t set
	if ref.Kind == KindLog {
		args = logArgs(args)
	}
	for i, x := range args {
		if ref.Kind == KindLog && selfFormatted(x) {
			// Its String or LogString method decides what is logged.
			continue
		}
		if knownConstant(x, c.instr) {
			// Inside if x == "" || x == "-": x is one of those constants.
			continue
		}
		xt := st.deepAt(x, c.instr)
		if !sameLibrary(lib, namedPkg(x.Type())) && !st.built(x, xt) {
			xt = union(xt, st.typeTaintAt(x, c.instr))
		}
		if i == 0 && c.obj != nil && st.a.jsonEncodes(c.obj) {
			// enc.Encode(v): what v's encoding holds.
			xt = st.jsonFilter(x, xt, c.instr)
		}
		t = union(t, xt)
	}
	if withRecv && c.recv != nil {
		t = union(t, st.deep(c.recv))
	}
	st.reachAtCall(c, ref, t)
}

// reachAtCall records that t reaches the sink ref at call c, naming the
// call and its position when ref names none. With nothing in t, reach
// would record nothing, and the call's text is not worked out.
func (st *fnState) reachAtCall(c *callSite, ref SinkRef, t set) {
	if len(t) == 0 {
		return
	}
	if ref.Call == "" {
		ref.Call = st.a.callText(c.instr)
	}
	if ref.Pos == "" {
		ref.Pos = st.a.posString(c.instr.Pos())
	}
	st.reach(c.instr, ref, t, false)
}

// reachKeys records the data in keys, the lookup-key arguments of a
// storage sink (a cache key), reaching ref: what was hashed in a key is
// not reported by PL105, so it is left out; the rest counts as data.
func (st *fnState) reachKeys(c *callSite, ref SinkRef, keys []ssa.Value) {
	var t set
	for _, x := range keys {
		t = union(t, st.deep(x))
	}
	t = st.a.dropHashed(t)
	if len(t) == 0 {
		return
	}
	if ref.Call == "" {
		ref.Call = st.a.callText(c.instr)
	}
	if ref.Pos == "" {
		ref.Pos = st.a.posString(c.instr.Pos())
	}
	st.reach(c.instr, ref, t, true)
}

// reach records labels t reaching sink ref at call ci: parameters go into
// the summary, sources become flows in the final pass.
func (st *fnState) reach(ci ssa.CallInstruction, ref SinkRef, t set, key bool) {
	refKey := ""
	for _, l := range t {
		var ps ParamSink
		if p, w, ok := st.a.paramOf(l); ok {
			js := st.a.jsonMarked(l)
			if js && w == nil && t.has(paramLabel(p)) {
				continue // the parameter reaches the sink as it is, too
			}
			ps = ParamSink{Param: p, Sink: ref, Weak: w, Key: key, Auth: st.a.authMarked(l), JSON: js}
		} else if p, f, w, ok := st.a.paramFieldOf(l); ok && !strings.Contains(ref.Call, " → ") {
			// Only a sink the function calls itself: a field handed on
			// through further helpers (a message's content rendered,
			// then parts of it logged) is followed no deeper.
			ps = ParamSink{Param: p, Field: f + 1, Sink: ref, Weak: w, Key: key}
		} else {
			continue
		}
		if refKey == "" {
			refKey = ref.key()
		}
		k := ps.keyWith(refKey)
		if _, dup := st.sinks[k]; !dup && st.nSinks() < maxParamSinks {
			st.sinks[k] = struct{}{}
			st.sum.ParamSinks = append(st.sum.ParamSinks, ps)
		}
	}
	if ref.Kind == KindWriter {
		// Written into a writer parameter: the caller knows where
		// it goes (summary WriterSources).
		for _, l := range st.a.realSources(t) {
			src := st.a.sources[l]
			if refKey == "" {
				refKey = ref.key()
			}
			// A source of the table is told from the others by its
			// pointer as by its key (intern).
			k := writerKey{refKey, src}
			if _, dup := st.writers[k]; !dup && st.nSinks() < maxParamSinks {
				if st.writers == nil {
					st.writers = map[writerKey]struct{}{}
				}
				st.writers[k] = struct{}{}
				st.wkeys = append(st.wkeys, k)
				st.wsBuf = append(st.wsBuf, WriterSource{Sink: ref, Source: *src})
			}
		}
		return
	}
	if !st.a.final {
		return
	}
	srcs := st.a.realSources(t)
	if len(srcs) == 0 {
		return
	}
	ce, ok := st.a.callAt(ci.Common().Pos())
	if !ok {
		return
	}
	if strings.HasSuffix(st.a.pass.Fset.Position(ce.Pos()).Filename, "_test.go") {
		// Tests log and store the fixtures they make up; only the
		// program's own flows are findings.
		return
	}
	if refKey == "" {
		refKey = ref.key()
	}
	k := refKey + "\x00" + st.a.posString(ce.Pos())
	fl := st.a.flows[k]
	if fl == nil {
		fl = &Flow{Sink: ref, Pos: ce.Pos(), End: ce.End()}
		st.a.flows[k] = fl
	}
	for _, l := range srcs {
		s := st.a.sources[l]
		list := &fl.Sources
		if s.hiddenWeak() {
			list = &fl.Weak
		}
		dup := false
		sk := st.a.keyOf(s)
		for _, have := range *list {
			if have == s || st.a.keyOf(have) == sk {
				dup = true
				break
			}
		}
		if !dup {
			*list = append(*list, s)
		}
	}
}

// summaryOf returns the summary of the called function: computed here for
// a function of this package, imported as a fact for another.
func (st *fnState) summaryOf(c *callSite) *Summary {
	a := st.a
	if c.callee != nil && c.callee.Pkg != a.ssaPkg {
		// An instance of a generic function of this package (its
		// Pkg is not set): its summary is its origin's.
		if o := c.callee.Origin(); o != nil && o.Pkg == a.ssaPkg {
			return a.summaryFor(o)
		}
	}
	if c.callee != nil && c.callee.Pkg == a.ssaPkg {
		if s := a.summaryFor(c.callee); s != nil {
			return s
		}
		// An instance of a generic function: its summary is its origin's.
		if o := c.callee.Origin(); o != nil {
			return a.summaryFor(o)
		}
		return nil
	}
	if c.obj != nil && c.obj.Pkg() != nil && c.obj.Pkg() != a.pass.Pkg {
		if s := a.importedSummary(c.obj); s != nil {
			return s
		}
	}
	if c.instr.Common().IsInvoke() {
		return a.dispatch(c)
	}
	return nil
}

// applyFieldSink applies a callee's parameter sink of one field of a
// struct argument: what the caller stored in that field reaches the sink.
func (st *fnState) applyFieldSink(c *callSite, ps ParamSink, params []ssa.Value) {
	t := st.argField(params[ps.Param], ps.Field-1)
	if ps.Key {
		t = st.a.dropHashed(t)
	}
	t = st.a.weakOf(t, st.localWeak(ps.Weak, c))
	if len(t) == 0 {
		return
	}
	if ps.Sink.Kind == KindURL && ps.Sink.Whole {
		return // the field is the URL itself, judged as given
	}
	ref, ok := st.helperRef(c, ps.Sink, params)
	if !ok {
		return
	}
	st.forwardFieldSink(ps, ref, params[ps.Param])
	st.reach(c.instr, ref, t, ps.Key)
}

// helperRef returns the sink a callee's parameter sink ref is at call c:
// its writer and URL parameters resolved to what the caller passes
// (false when that is no sink: see writerRef, urlParamSink), and its call
// named through the helper (throughHelper).
func (st *fnState) helperRef(c *callSite, ref SinkRef, params []ssa.Value) (SinkRef, bool) {
	if ref.Kind == KindWriter {
		var ok bool
		if ref, ok = st.a.writerRef(ref, params); !ok {
			return ref, false
		}
	}
	if ref.URLParam > 0 {
		var ok bool
		if ref, ok = st.a.urlParamSink(ref, params); !ok {
			return ref, false
		}
	}
	return st.throughHelper(c, ref), true
}

// throughHelper names ref's call as the call c of the helper and the sink
// call inside it; the steps between would make the chain grow without end
// through recursion. The call's text is worked out only for a call that
// something reaches a sink through (callText keeps it for the package).
func (st *fnState) throughHelper(c *callSite, ref SinkRef) SinkRef {
	inner := ref.Call
	if i := strings.LastIndex(inner, " → "); i >= 0 {
		inner = inner[i+len(" → "):]
	}
	ref.Call = st.a.callText(c.instr) + " → " + inner
	return ref
}

// applySummary applies a callee's summary at a call.
func (st *fnState) applySummary(c *callSite, s *Summary) {
	// An imported method: its summary counts the receiver as parameter 0.
	params := st.summaryParams(c)
	st.summaryUses(c, s, params)
	st.applyFieldStores(c, s, params)
	st.applyResultFields(c, s, params)
	st.applyObjectStores(c, s, params)
	for _, ps := range s.guardedSinks(params) {
		if ps.Param >= len(params) {
			continue
		}
		if ps.Field > 0 {
			st.applyFieldSink(c, ps, params)
			continue
		}
		if ps.Limited {
			st.applyLimited(c, params, ps)
			continue
		}
		t := st.guardedArg(c, s, params, ps)
		if typeParam(c.callee, ps.Param) && !st.built(params[ps.Param], t) {
			// A generic helper's T is converted to an interface
			// inside it, where its fields are unknown: they are
			// known here.
			t = union(t, st.typeTaintAt(params[ps.Param], c.instr))
		}
		if ps.JSON {
			t = st.jsonFilter(params[ps.Param], t, c.instr)
		}
		if ps.Key {
			t = st.a.dropHashed(t)
		}
		t = st.a.authIf(st.a.weakOf(t, st.localWeak(ps.Weak, c)), ps.Auth)
		if !ps.Key {
			t = union(t, st.credentialArg(c, argIndex(c, params, ps.Param), st.localWeak(ps.Weak, c)))
		}
		if len(t) == 0 {
			continue
		}
		ref, ok := st.helperRef(c, ps.Sink, params)
		if !ok {
			continue
		}
		if ref.Kind == KindURL && ref.Whole {
			st.reachURL(c, ref, params[ps.Param], t)
			continue
		}
		st.reach(c.instr, ref, t, ps.Key)
	}
	st.applyWriterSources(c, s, params)
	if c.val == nil {
		return
	}
	n := 1
	ts, isTup := c.val.Type().(*types.Tuple)
	if isTup {
		n = ts.Len()
	}
	per := make([]set, n)
	for _, pr := range s.ParamResults {
		if pr.Param < len(params) && pr.Result < n {
			// A function value passed in may be called for its
			// results, which the helper then returns.
			in := union(st.deep(params[pr.Param]), st.funcResults(params[pr.Param]))
			if pr.JSON {
				in = st.jsonFilter(params[pr.Param], in, c.instr)
			}
			w := st.localWeak(pr.Weak, c)
			in = union(in, st.credentialArg(c, argIndex(c, params, pr.Param), w))
			t := st.a.authIf(st.a.weakOf(in, w), pr.Auth)
			per[pr.Result] = union(per[pr.Result], t)
		}
	}
	for _, fr := range s.FieldResults {
		if fr.Param < len(params) && fr.Result < n {
			per[fr.Result] = union(per[fr.Result], st.argField(params[fr.Param], fr.Field))
		}
	}
	var argFields map[string]*Weakness
	for _, rs := range s.ResultSources {
		if rs.Fallback > 0 && !fallbackApplies(st, params, &rs) {
			continue
		}
		if rs.Result < n {
			src := rs.Source
			src.Weak = st.localWeak(src.Weak, c)
			if src.Weak == nil && src.Field {
				// A field of an argument read inside (a converter's
				// d.Password) that this function overwrote before the
				// call: with a clean value (its bcrypt hash) it is gone,
				// with its MD5 it is weakly protected.
				if argFields == nil {
					argFields = st.argFields(params, c.instr)
				}
				if w, ow := argFields[src.ident()]; ow {
					if w == nil {
						continue
					}
					src.Weak = w
				}
			}
			per[rs.Result] = union(per[rs.Result], single(st.a.intern(&src)))
		}
	}
	if isTup {
		st.setTuple(c.val, per)
	} else {
		st.set(c.val, per[0])
	}
}

// generic handles a call to a function privlint knows nothing about: its
// results carry its arguments' data (unless they cannot: booleans,
// numbers, errors), a method taints its receiver with its arguments
// (a builder, a map, a buffer being written), and a function taints the
// buffers it is given (json.Unmarshal, io.Copy).
func (st *fnState) generic(c *callSite) {
	st.genericUse(c)
	var in set
	if shown, ok := formattedArgs(c); ok {
		auth := st.a.sprintfAuth(c)
		for _, x := range shown {
			in = union(in, st.a.authIf(st.deep(x), auth[x]))
		}
	} else {
		js := c.obj != nil && st.a.jsonEncodes(c.obj)
		for i, x := range c.args {
			if js && i == 0 {
				// json.Marshal(v): what v's encoding holds.
				in = union(in, st.jsonFilter(x, st.deep(x), c.instr))
				continue
			}
			in = union(in, st.deep(x))
		}
	}
	if common := c.instr.Common(); c.obj == nil && c.callee == nil && !common.IsInvoke() {
		// A call of a function value (a parameter f()): its results
		// carry what the value does, known to the caller that passed
		// it (funcResults).
		if _, isParam := common.Value.(*ssa.Parameter); isParam {
			in = union(in, st.deep(common.Value))
		}
	}
	var out set
	if c.recv != nil {
		r := root(c.recv)
		st.saw(cSeal, r, 0)
		if f, sealed := st.seal[r]; sealed {
			st.saw(cWeak, r, 0)
			if w := st.weak[r]; w != nil {
				// h.Write(b) / h.Sum(nil) on a weak hash: what goes in
				// and what comes out is marked with its weakness.
				st.addTo(cObj, st.obj, r, st.a.weakOf(in, w))
				if c.val != nil {
					st.setResults(c.val, st.a.withAnonymous(st.a.weakOf(st.deep(c.recv), w), w), true)
				}
				return
			}
			if len(f.Only) == 0 {
				return
			}
			in = st.a.without(in, f.Only)
			st.addTo(cObj, st.obj, r, in)
			out = st.a.without(st.deep(c.recv), f.Only)
		} else {
			if decodesInto(c.obj) {
				in = st.decodedFrom(c)
			}
			if len(in) > 0 && mutable(c.recv.Type()) && mutator(c.obj) && !responds(c.obj) && !st.a.handleCall(c) {
				st.addTo(cObj, st.obj, r, in)
			}
			out = union(in, st.deep(c.recv))
		}
	} else {
		out = in
		if len(in) > 0 {
			// What a decoding function (json.Unmarshal(b, &v)) puts
			// into its other arguments leaves out the destinations it
			// fills: their types' fields are not data yet.
			bufIn := in
			if decodesInto(c.obj) {
				bufIn = st.decodedFrom(c)
			}
			for _, x := range c.args {
				r := root(x)
				st.saw(cSeal, r, 0)
				if st.seal[r] != nil {
					// io.WriteString(h, s) into a hash: it absorbs s,
					// marked with its weakness if it is weak.
					st.saw(cWeak, r, 0)
					if w := st.weak[r]; w != nil {
						st.addTo(cObj, st.obj, r, st.a.weakOf(in, w))
					}
					continue
				}
				if dest, ok := structDest(x); ok {
					// Its type's fields are not data yet: what the
					// function copies into it is — what the other
					// arguments were given, not every field their
					// types declare.
					st.saw(cObj, root(dest), 0)
					if len(st.deep(dest)) == 0 || len(st.obj[root(dest)]) > 0 {
						var copied set
						for _, y := range c.args {
							if y != x {
								copied = union(copied, st.deep(unwrapInterface(y)))
							}
						}
						st.addTo(cObj, st.obj, root(dest), copied)
					}
					continue
				}
				if mutable(x.Type()) && len(st.deep(x)) == 0 && len(bufIn) > 0 {
					if _, isIface := x.Type().Underlying().(*types.Interface); !isIface {
						st.addTo(cObj, st.obj, root(x), bufIn)
					}
				}
			}
		}
	}
	if c.val == nil || len(out) == 0 {
		return
	}
	if ts, ok := c.val.Type().(*types.Tuple); ok {
		per := make([]set, ts.Len())
		for i := range per {
			if carries(ts.At(i).Type()) {
				per[i] = out
			}
		}
		st.setTuple(c.val, per)
		return
	}
	if carries(c.val.Type()) {
		st.set(c.val, out)
	}
}

// structDest returns the pointer an interface argument wraps when it is a
// pointer to a struct value made here, which a function filling its destination by
// reflection writes: copier.Copy(&row, req), mapstructure.Decode(in, &out).
func structDest(x ssa.Value) (ssa.Value, bool) {
	mi, ok := x.(*ssa.MakeInterface)
	if !ok {
		return nil, false
	}
	p, ok := mi.X.Type().Underlying().(*types.Pointer)
	if !ok {
		return nil, false
	}
	if _, isStruct := p.Elem().Underlying().(*types.Struct); !isStruct {
		return nil, false
	}
	_, local := root(mi.X).(*ssa.Alloc)
	return mi.X, local
}

// destination reports whether a value of type t given to a decoding
// method is where the method decodes to: a pointer or an interface.
func destination(t types.Type) bool {
	switch t.Underlying().(type) {
	case *types.Pointer, *types.Interface:
		return true
	}
	return false
}

// handleCall reports whether c hands its arguments away through an
// interface declared outside the standard library whose method no type in
// view implements (dispatch): a plugin's or a hook's, loaded from outside
// the program. A method named for handing data on (Notify, Send, Publish,
// Handle, OnCreate, AfterLogin) gives it to that code; it does not keep
// it in the interface value for the program's later calls on it to
// return (fn.Notify(msg), then fn.Subscribers(): the plugin's own list).
// A method that stores (c.Set(key, v), then c.Get(key): a request
// context) still does.
func (a *analysis_) handleCall(c *callSite) bool {
	if c.recv == nil || c.obj == nil || c.obj.Pkg() == nil || !c.instr.Common().IsInvoke() || !handsOn(c.obj.Name()) || stdlib(c.obj.Pkg().Path()) {
		return false
	}
	iface, ok := c.recv.Type().Underlying().(*types.Interface)
	return ok && len(a.implementations(iface, c.obj)) == 0
}

// handOnVerbs start the names of methods that hand their arguments on to
// whoever implements them: an event, a message, a callback.
var handOnVerbs = []string{"Notify", "Send", "Publish", "Emit", "Dispatch", "Deliver", "Broadcast",
	"Handle", "Process", "Report", "Trigger", "Fire", "On", "After", "Before"}

// handsOn reports whether a method name starts with a verb of handOnVerbs
// as a whole word (Notify, OnUserCreated; not Online, Sender).
func handsOn(name string) bool {
	for _, v := range handOnVerbs {
		if rest, ok := strings.CutPrefix(name, v); ok && (rest == "" || unicode.IsUpper(rune(rest[0]))) {
			return true
		}
	}
	return false
}

// localDest reports whether an interface argument wraps the address of a
// variable declared here, a slice, map or array a decoder fills by
// reflection (json.Unmarshal(b, &users)); structDest covers structs.
func localDest(x ssa.Value) bool {
	mi, ok := x.(*ssa.MakeInterface)
	if !ok {
		return false
	}
	p, ok := mi.X.Type().Underlying().(*types.Pointer)
	if !ok {
		return false
	}
	switch p.Elem().Underlying().(type) {
	case *types.Slice, *types.Map, *types.Array:
	default:
		return false
	}
	_, local := mi.X.(*ssa.Alloc)
	return local
}

// responds reports whether the method obj writes an HTTP response: a
// web framework's c.JSON(code, v), c.String(status, s), c.Blob(code, …)
// — a response verb whose first parameter is an integer status code.
// What it is given goes to the client; a later read of the receiver
// (c.Get(key), c.Param(name)) does not return it.
func responds(obj *types.Func) bool {
	if obj == nil {
		return false
	}
	sig, ok := obj.Type().(*types.Signature)
	if !ok || sig.Recv() == nil || sig.Params().Len() < 2 {
		return false
	}
	p := sig.Params().At(0)
	if b, ok := p.Type().Underlying().(*types.Basic); !ok || b.Info()&types.IsInteger == 0 {
		return false
	}
	switch strings.ToLower(p.Name()) {
	case "code", "status", "statuscode", "httpstatus":
	default:
		return false
	}
	name := obj.Name()
	for _, v := range []string{"JSON", "XML", "HTML", "YAML", "TOML", "Blob", "Stream", "Render", "Data", "String", "Redirect", "ProtoBuf", "MsgPack", "IndentedJSON", "SecureJSON", "AsciiJSON", "PureJSON", "NoContent", "Attachment", "Inline", "File"} {
		if strings.HasPrefix(name, v) {
			return true
		}
	}
	return false
}

// decodesInto reports whether the method obj decodes what its receiver
// holds into a value it is given by address: a request binder's
// c.Bind(&req), a configuration's k.Unmarshal("smtp", &s), a decoder's
// dec.Decode(&v).
func decodesInto(obj *types.Func) bool {
	if obj == nil {
		return false
	}
	for _, p := range []string{"Bind", "ShouldBind", "MustBind", "Unmarshal", "Decode", "Scan"} {
		if strings.HasPrefix(obj.Name(), p) {
			return true
		}
	}
	return false
}

// decodedFrom returns what the arguments of a decoding method's or
// function's call c carry into its receiver or its other arguments: every
// argument but a local variable given by address, which the call fills.
// Its fields are what the receiver or the input held, not data they
// receive (the variable's type declares personal fields; c.Bind(&u) does
// not put them into c, json.Unmarshal(b, &users) not into b). A decoding
// method's receiver holds the input, so an argument given to it as a
// pointer or an interface is where it decodes to as well, wherever that
// value comes from: a helper's c.ShouldBind(data) of the data any its
// caller passes puts nothing into c.
func (st *fnState) decodedFrom(c *callSite) set {
	var in set
	for _, x := range c.args {
		if _, ok := structDest(x); ok || localDest(x) {
			continue
		}
		if c.recv != nil && destination(x.Type()) {
			continue
		}
		in = union(in, st.deep(x))
	}
	return in
}

// unconvert returns the value that conversions (ChangeType, Convert,
// MakeInterface) of v wrap, peeling at most max of them (all when max
// is negative).
func unconvert(v ssa.Value, max int) ssa.Value {
	for i := 0; max < 0 || i < max; i++ {
		switch x := v.(type) {
		case *ssa.ChangeType:
			v = x.X
		case *ssa.Convert:
			v = x.X
		case *ssa.MakeInterface:
			v = x.X
		default:
			return v
		}
	}
	return v
}

// unwrapInterface returns the value an interface conversion wraps.
func unwrapInterface(x ssa.Value) ssa.Value {
	if mi, ok := x.(*ssa.MakeInterface); ok {
		return mi.X
	}
	return x
}

// mutator reports whether a method looks like it writes its arguments into
// its receiver (Builder.WriteString, Values.Set, Event.Str): it returns
// nothing but counts, booleans, errors or the receiver itself, and its name
// does not say it derives a new value (WithContext, Clone, Get…).
func mutator(obj *types.Func) bool {
	if obj == nil {
		return true
	}
	for _, p := range []string{"With", "Clone", "Copy", "New", "Get", "Find", "Lookup", "Load", "Read", "Has", "Is", "Contains", "Match", "Value"} {
		if strings.HasPrefix(obj.Name(), p) {
			return false
		}
	}
	sig, _ := obj.Type().(*types.Signature)
	if sig == nil || sig.Recv() == nil {
		return true
	}
	recvT := sig.Recv().Type()
	for i := range sig.Results().Len() {
		t := sig.Results().At(i).Type()
		if isError(t) || types.Identical(t, recvT) {
			continue
		}
		if b, ok := t.Underlying().(*types.Basic); ok && b.Info()&(types.IsBoolean|types.IsInteger) != 0 {
			continue
		}
		return false
	}
	return true
}

// mutable reports whether a value of type t refers to memory a call can
// write: pointers, maps, slices, channels and interfaces.
func mutable(t types.Type) bool {
	switch t.Underlying().(type) {
	case *types.Pointer, *types.Map, *types.Slice, *types.Chan, *types.Interface:
		return true
	}
	return false
}

// fallbackApplies reports whether a caller falls back on the callee's
// parameter name (ResultSource.Fallback): what it passes carries no
// source of its own, and it is not one of its own parameters whose name
// says something else (HashEmail(token) hashes a token, not an e-mail;
// HashEmail(senderEmail) an e-mail the classifier could not place).
func fallbackApplies(st *fnState, params []ssa.Value, rs *ResultSource) bool {
	p := rs.Fallback - 1
	if p >= len(params) || len(st.a.realSources(st.deep(params[p]))) > 0 {
		return false
	}
	arg := unconvert(params[p], -1)
	if _, lit := arg.(*ssa.Const); lit {
		// A literal is nobody's data (a demo's "Password123").
		return false
	}
	own, ok := arg.(*ssa.Parameter)
	if !ok {
		return true
	}
	name := strings.TrimPrefix(rs.Source.Symbol, "parameter ")
	name, _, _ = strings.Cut(name, " of ")
	theirs := classifier.Tokens(name)
	for _, t := range classifier.Tokens(own.Name()) {
		if slices.Contains(theirs, t) {
			return true
		}
	}
	return false
}

// typeParam reports whether parameter i of the generic function that fn
// instantiates has a type parameter's type.
func typeParam(fn *ssa.Function, i int) bool {
	if fn == nil {
		return false
	}
	o := fn.Origin()
	if o == nil || i >= len(o.Params) {
		return false
	}
	_, ok := o.Params[i].Type().(*types.TypeParam)
	return ok
}
