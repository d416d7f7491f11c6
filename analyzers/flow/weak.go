package flow

import (
	"go/ast"
	"go/constant"
	"go/token"
	"go/types"
	"slices"
	"strings"

	"golang.org/x/tools/go/ssa"

	"github.com/privlint/privlint/analyzers/classify"
	"github.com/privlint/privlint/internal/classifier"
	"github.com/privlint/privlint/rules"
)

// WeakEncoding is the weakness of an encoding (base64, hex) whose result
// the code stores as encrypted. The other kinds are the catalog's
// (rules.WeakHash, rules.WeakMAC, rules.WeakCipher).
const WeakEncoding = "encoding"

// Weakness says how data was "protected" by a method that does not
// protect it, for PL105.
type Weakness struct {
	Kind string // rules.WeakHash, rules.WeakMAC, rules.WeakCipher or WeakEncoding
	Func string // the method as the catalog names it: crypto/md5.Sum
	Call string // the call as written: md5.Sum
	Why  string // what makes it weak: "an unkeyed fast hash", "a hard-coded key (a literal)"
	Pos  string // file:line:col of the call that protects weakly
	// At and AtEnd delimit where PL105 reports it in the package that
	// found the flow: the protecting call itself when it is in that
	// package, else the call into the imported function that makes it,
	// which Via names as written.
	At, AtEnd string
	Via       string
}

func (w *Weakness) key() string {
	return w.Kind + "\x00" + w.Func + "\x00" + w.Why + "\x00" + w.Pos + "\x00" + w.At
}

// String describes the weakness for summaries in tests; "" for nil.
func (w *Weakness) String() string {
	if w == nil {
		return ""
	}
	return " via " + w.Kind + " " + w.Func
}

// sanitizes reports whether PL101–PL104 count w as protection of data of
// category cat, as they did before PL105 judged it: encryption, an HMAC,
// an encoding into a field marked encrypted, and a hash of a credential.
// A hash of anything else leaves the data personal.
func (w *Weakness) sanitizes(cat string) bool {
	return w.Kind != rules.WeakHash || rules.Covers("user.authorization", cat)
}

// identifierCategories are the categories whose values are identifiers a
// dictionary enumerates: a fast hash of one is a pseudonym anyone reverses.
var identifierCategories = []string{
	"user.contact.email",
	"user.contact.phone_number",
	"user.government_id",
	"user.financial.credit_card",
	"user.financial.bank_account",
	"user.device.ip_address",
	"user.device.device_id",
	"user.device.advertising_id",
	"user.device.mac_address",
	"user.device.cookie_id",
}

// IdentifierCategory reports whether cat is an identifier that PL105
// judges when it is pseudonymised with an unkeyed fast hash: an e-mail
// address, a phone number, a government id, a card or bank account
// number, an IP address or a device identifier.
func IdentifierCategory(cat string) bool {
	for _, c := range identifierCategories {
		if rules.Covers(c, cat) {
			return true
		}
	}
	return false
}

// guessableTokens name credentials a person chooses or that are short:
// a fast hash of one is reversed by trying them all. Random tokens
// (session tokens, API keys, reset tokens) are not among them: a SHA-256
// of a random token is how such tokens are meant to be kept.
var guessableTokens = []string{"pin", "answer", "answers", "recovery", "backup", "passcode", "passphrase", "passwd", "pwd", "password", "passwort", "kennwort"}

// GuessableCredential reports whether s is a credential that a person
// chooses or that is short — a password, PIN, security answer or recovery
// code — which only a password hash (bcrypt, scrypt, argon2, pbkdf2)
// protects.
func (s *Source) GuessableCredential() bool {
	if rules.Covers("user.authorization.password", s.Category) {
		return true
	}
	if !rules.Covers("user.authorization.credentials", s.Category) {
		return false
	}
	for _, t := range classifier.Tokens(s.Symbol) {
		if slices.Contains(guessableTokens, t) {
			return true
		}
	}
	return false
}

// WeakProtection reports whether PL105 reports s: data that reaches its
// sink protected by a method that does not protect it. An unkeyed fast
// hash or an HMAC with a hard-coded key counts for guessable credentials
// and identifiers; a cipher with a hard-coded key or a constant nonce, and
// an encoding stored as encrypted, for any personal data. Values already
// one-way by name (PasswordHash) are not judged again.
func (s *Source) WeakProtection() bool {
	if s.Weak == nil || s.pseudo > 0 || s.Anonymous {
		return false
	}
	switch s.Weak.Kind {
	case rules.WeakCipher, WeakEncoding:
		return true
	case rules.WeakHash, rules.WeakMAC:
		return !s.Protected && (s.GuessableCredential() || IdentifierCategory(s.Category))
	}
	return false
}

// hiddenWeak reports whether PL101–PL104 count s as protected: it goes to
// a flow's Weak list, not its Sources.
func (s *Source) hiddenWeak() bool {
	return s.Weak != nil && s.Weak.sanitizes(s.Category)
}

// weakOf returns t with every source and parameter marked as passing w.
// A value already weakly protected keeps its first weakness: md5 of a
// sha1 is reported at the sha1.
func (a *analysis_) weakOf(t set, w *Weakness) set {
	if len(t) == 0 || w == nil {
		return t
	}
	return a.remark(t, func(s *Source) bool { return s.Weak != nil }, func(s *Source) { s.Weak = w })
}

// remark returns the labels of t marked by mark, sorted: a parameter as a
// new pseudo-source of it, a source as a marked copy of it unless keep
// says it stays as it is.
func (a *analysis_) remark(t set, keep func(*Source) bool, mark func(*Source)) set {
	out := make(set, 0, len(t))
	for _, l := range t {
		if p, ok := isParam(l); ok {
			s := Source{pseudo: p + 1}
			mark(&s)
			out = append(out, a.intern(&s))
			continue
		}
		s := a.sources[l]
		if keep(s) {
			out = append(out, l)
			continue
		}
		c := *s
		mark(&c)
		out = append(out, a.intern(&c))
	}
	slices.Sort(out)
	return slices.Compact(out)
}

// paramOf returns the parameter a label stands for, with the weakness it
// passed when it is a pseudo-label.
func (a *analysis_) paramOf(l label) (int, *Weakness, bool) {
	if p, ok := isParam(l); ok {
		return p, nil, true
	}
	if s := a.sources[l]; s.pseudo > 0 && s.pfield == 0 {
		return s.pseudo - 1, s.Weak, true
	}
	return 0, nil, false
}

// paramFieldOf returns the parameter and the field of its struct that a
// label made by paramFieldLabel stands for, with the weakness it passed.
func (a *analysis_) paramFieldOf(l label) (p, f int, w *Weakness, ok bool) {
	if l < 0 {
		return 0, 0, nil, false
	}
	if s := a.sources[l]; s.pseudo > 0 && s.pfield > 0 {
		return s.pseudo - 1, s.pfield - 1, s.Weak, true
	}
	return 0, 0, nil, false
}

// paramFieldLabel returns the label of field f of the struct that
// parameter p of the function being analyzed points to (or is): what a
// caller stored there before the call. Like the other parameter
// pseudo-labels it is no source; a summary turns it into a parameter
// sink of that field only, so that a method that posts its receiver's
// payload field reports what the caller put in the payload, and not
// what it put in the receiver's other fields (its URL).
func (a *analysis_) paramFieldLabel(p, f int) label {
	k := [2]int{p, f}
	if l, ok := a.fieldLabels[k]; ok {
		return l
	}
	if a.fieldLabels == nil {
		a.fieldLabels = map[[2]int]label{}
	}
	l := a.intern(&Source{pseudo: p + 1, pfield: f + 1})
	a.fieldLabels[k] = l
	return l
}

// realSources returns the labels of t that are sources: neither
// parameters, pseudo-labels of parameters, anonymous hashed data nor a
// credential-named parameter that passed no weak protection (weakOnly).
func (a *analysis_) realSources(t set) set {
	t = sourcesOnly(t)
	for _, l := range t {
		if !a.sources[l].real() {
			out := make(set, 0, len(t))
			for _, l := range t {
				if a.sources[l].real() {
					out = append(out, l)
				}
			}
			return out
		}
	}
	return t
}

// real reports whether s is a source a flow reports (see realSources).
func (s *Source) real() bool {
	return s.pseudo == 0 && !s.Anonymous && (!s.weakOnly || s.Weak != nil)
}

// withAnonymous adds to t the label of whatever data passed w, known or
// not, for fast hashes and HMACs: a field that holds a password judges
// what it receives by it.
func (a *analysis_) withAnonymous(t set, w *Weakness) set {
	if w == nil || (w.Kind != rules.WeakHash && w.Kind != rules.WeakMAC) {
		return t
	}
	return union(t, single(a.intern(&Source{Anonymous: true, Weak: w})))
}

// hashedStore handles a store into a field that holds a guessable
// credential (User.Password, User.PasswordHash): when the value stored
// passed a fast hash or an HMAC with a hard-coded key — whatever it was
// made from — the field receives a weak password hash. v is the field fa
// addresses, info its fact (the final pass only).
func (st *fnState) hashedStore(fa *ssa.FieldAddr, v *types.Var, info *classify.Field, val ssa.Value) {
	a := st.a
	field := &Source{
		Category:   info.Category,
		Symbol:     info.Symbol,
		ID:         fieldID(v, info.Symbol),
		DetectedBy: info.DetectedBy,
		Evidence:   info.Evidence,
		Purposes:   info.Purposes,
		Sensitive:  info.Sensitive,
		Field:      true,
	}
	if !field.GuessableCredential() {
		return
	}
	var w *Weakness
	for _, l := range st.deep(val) {
		if l < 0 {
			continue
		}
		src := a.sources[l]
		if src.ident() == field.ident() {
			// The field rehashed in place (req.Password =
			// md5(req.Password)), a request about to be compared or
			// copied: the flows judge where it goes.
			return
		}
		if sw := src.Weak; w == nil && sw != nil && (sw.Kind == rules.WeakHash || sw.Kind == rules.WeakMAC) {
			w = sw
		}
	}
	if w == nil {
		return
	}
	field.Weak = w
	field.Pos = a.posString(fa.Pos())
	ref := SinkRef{Kind: KindHashedField, What: info.Symbol, Call: w.Call, Pos: field.Pos}
	pos := fa.Pos()
	if !pos.IsValid() {
		pos = val.Pos()
	}
	k := ref.key() + "\x00" + a.posString(pos) + "\x00" + w.key()
	if a.flows[k] == nil && !strings.HasSuffix(a.pass.Fset.Position(pos).Filename, "_test.go") {
		a.flows[k] = &Flow{Sink: ref, Pos: pos, End: pos, Weak: []*Source{field}}
	}
}

// dropHashed removes the labels that passed a fast hash or an HMAC: what
// is left of a value used as a lookup key or cut to a short prefix.
func (a *analysis_) dropHashed(t set) set {
	var out set
	for _, l := range t {
		if l >= 0 {
			if w := a.sources[l].Weak; w != nil && (w.Kind == rules.WeakHash || w.Kind == rules.WeakMAC) {
				continue
			}
		}
		out = append(out, l)
	}
	return out
}

// localWeak returns w as seen at call c: unchanged when the callee is a
// function of this package (PL105 reports at the protecting call inside
// it), else reported at c.
func (st *fnState) localWeak(w *Weakness, c *callSite) *Weakness {
	if w == nil {
		return nil
	}
	if c.callee != nil && c.callee.Pkg == st.a.ssaPkg {
		return w
	}
	cp := *w
	cp.At, cp.AtEnd = st.a.callSpan(c.instr)
	cp.Via = st.a.callText(c.instr)
	return &cp
}

// callSpan returns where a call's expression starts and ends.
func (a *analysis_) callSpan(ci ssa.CallInstruction) (pos, end string) {
	if ce, ok := a.callAt(ci.Common().Pos()); ok {
		return a.posString(ce.Pos()), a.posString(ce.End())
	}
	return a.posString(ci.Pos()), ""
}

// catalogName names a function as the catalog does: crypto/md5.Sum,
// crypto/cipher.(AEAD).Seal.
func catalogName(fn *types.Func) string {
	pkg, recv, name := funcID(fn)
	if recv != "" {
		return pkg + ".(" + recv + ")." + name
	}
	return pkg + "." + name
}

// weakness judges a call to a sanitizer marked weak in the catalog: the
// weakness of its result, or nil when it protects (an HMAC or a cipher
// whose key and nonce are not constant).
func (st *fnState) weakness(c *callSite, f *rules.Func) *Weakness {
	a := st.a
	w := &Weakness{Kind: f.Weak, Call: a.callText(c.instr), Pos: a.posString(c.instr.Pos())}
	if c.obj != nil {
		w.Func = catalogName(c.obj)
	}
	if ce, ok := a.callAt(c.instr.Common().Pos()); ok {
		w.Pos = a.posString(ce.Pos())
	}
	w.At, w.AtEnd = a.callSpan(c.instr)
	switch f.Weak {
	case rules.WeakHash:
		w.Why = "an unkeyed fast hash"
		return w
	case rules.WeakMAC:
		if f.Secret == nil || *f.Secret >= len(c.args) {
			return nil
		}
		d, ok := a.constBytes(c.args[*f.Secret], 0)
		if !ok {
			return nil
		}
		w.Why = "a hard-coded key (" + d + ")"
		return w
	case rules.WeakCipher:
		return st.cipherWeakness(c, f, w)
	}
	return nil
}

// cipherWeakness finds the key and nonce of an encryption call — its own
// arguments, or those of the constructors of its receiver (an AEAD made
// by cipher.NewGCM from aes.NewCipher(key)) — and judges them.
func (st *fnState) cipherWeakness(c *callSite, f *rules.Func, w *Weakness) *Weakness {
	a := st.a
	arg := func(args []ssa.Value, i *int) ssa.Value {
		if i == nil || *i < 0 || *i >= len(args) {
			return nil
		}
		return args[*i]
	}
	key, nonce := arg(c.args, f.Secret), arg(c.args, f.Nonce)
	if c.recv != nil && key == nil {
		v := c.recv
		for depth := 0; depth < 4; depth++ {
			call, cf := a.cipherCtor(v)
			if call == nil {
				break
			}
			args := call.Args
			if cf.Nonce != nil {
				if *cf.Nonce < 0 {
					nonce = nil // the cipher makes its own nonces
				} else if iv := arg(args, cf.Nonce); iv != nil {
					nonce = iv
				}
			}
			if k := arg(args, cf.Secret); k != nil {
				key = k
				break
			}
			if v = arg(args, cf.Block); v == nil {
				break
			}
		}
	}
	if key != nil {
		if d, ok := a.constBytes(key, 0); ok {
			w.Why = "a hard-coded key (" + d + ")"
			return w
		}
	}
	if nonce != nil {
		if why, ok := a.weakNonce(nonce); ok {
			w.Why = why
			return w
		}
	}
	return nil
}

// cipherCtor returns the call of a cipher constructor (the catalog's
// ciphers) that made v, through interface conversions and variables.
func (a *analysis_) cipherCtor(v ssa.Value) (*ssa.CallCommon, *rules.Func) {
	call := traceCall(v, false)
	if call == nil {
		return nil, nil
	}
	obj := calleeObj(call.Common())
	if obj == nil {
		return nil, nil
	}
	pkg, recv, name := funcID(obj)
	if f := a.cat.Ciphers.Find(pkg, recv, name); f != nil {
		return call.Common(), f
	}
	return nil, nil
}

// calleeObj returns the function or method a call calls, when it is known
// statically or is an interface method.
func calleeObj(c *ssa.CallCommon) *types.Func {
	if c.IsInvoke() {
		return c.Method
	}
	if fn := c.StaticCallee(); fn != nil {
		if obj, ok := fn.Object().(*types.Func); ok {
			return obj
		}
		if o := fn.Origin(); o != nil {
			obj, _ := o.Object().(*types.Func)
			return obj
		}
	}
	return nil
}

// traceCall follows v back through conversions, tuple extraction and a
// variable stored once to the call that made it. With fields it also
// follows the fields of a value v is part of and pointers it loads from
// (client.Chat.Completions is made by openai.NewClient), a few more hops.
func traceCall(v ssa.Value, fields bool) *ssa.Call {
	hops := 8
	if fields {
		hops = 12
	}
	for i := 0; i < hops && v != nil; i++ {
		switch x := v.(type) {
		case *ssa.Call:
			return x
		case *ssa.Extract:
			v = x.Tuple
		case *ssa.MakeInterface:
			v = x.X
		case *ssa.ChangeInterface:
			v = x.X
		case *ssa.ChangeType:
			v = x.X
		case *ssa.TypeAssert:
			v = x.X
		case *ssa.FieldAddr:
			if !fields {
				return nil
			}
			v = x.X
		case *ssa.Field:
			if !fields {
				return nil
			}
			v = x.X
		case *ssa.UnOp:
			if x.Op != token.MUL {
				return nil
			}
			if al, ok := x.X.(*ssa.Alloc); ok {
				v = onlyStore(al)
				continue
			}
			if !fields {
				return nil
			}
			v = x.X
		case *ssa.Alloc:
			if !fields {
				return nil
			}
			v = onlyStore(x)
		default:
			return nil
		}
	}
	return nil
}

// onlyStore returns the value stored into a variable when exactly one
// store writes it whole.
func onlyStore(al *ssa.Alloc) ssa.Value {
	var val ssa.Value
	for _, r := range *al.Referrers() {
		if s, ok := r.(*ssa.Store); ok && s.Addr == al {
			if val != nil {
				return nil
			}
			val = s.Val
		}
	}
	return val
}

// Descriptions of constant bytes, for messages.
const (
	constLiteral = "a literal"
	constZero    = "all zeros"
	constDerived = "derived from a literal"
)

// constBytes reports whether v, a key or nonce, is the same on every run:
// a literal, a buffer nothing but constants are written to (all zeros
// when nothing is), a hash or decoding of a literal, or an unexported
// package variable only ever set from one of those. It says which.
func (a *analysis_) constBytes(v ssa.Value, depth int) (string, bool) {
	return a.constBytesIn(v, depth, nil)
}

// constBytesIn is constBytes for a value stored into parent (a package
// variable or local array being judged): that store is not an escape.
func (a *analysis_) constBytesIn(v ssa.Value, depth int, parent ssa.Value) (string, bool) {
	if depth > 6 || v == nil {
		return "", false
	}
	switch x := v.(type) {
	case *ssa.Const:
		if x.Value == nil {
			return constZero, true
		}
		if x.Value.Kind() == constant.String && constant.StringVal(x.Value) == "" {
			return constZero, true
		}
		return constLiteral, true
	case *ssa.Convert:
		return a.constBytesIn(x.X, depth+1, parent)
	case *ssa.ChangeType:
		return a.constBytesIn(x.X, depth+1, parent)
	case *ssa.MakeInterface:
		return a.constBytesIn(x.X, depth+1, parent)
	case *ssa.SliceToArrayPointer:
		return a.constBytesIn(x.X, depth+1, parent)
	case *ssa.Slice:
		return a.constBytesIn(x.X, depth+1, parent)
	case *ssa.Extract:
		return a.constBytesIn(x.Tuple, depth+1, parent)
	case *ssa.Alloc, *ssa.MakeSlice:
		if fill, d := a.buffer(v, depth+1, parent); fill == fillConst {
			return d, true
		}
	case *ssa.Global:
		return a.globalConst(x, depth+1)
	case *ssa.UnOp:
		if x.Op != token.MUL {
			return "", false
		}
		switch y := x.X.(type) {
		case *ssa.Global:
			return a.globalConst(y, depth+1)
		case *ssa.Alloc:
			if fill, d := a.buffer(y, depth+1, nil); fill == fillConst {
				return d, true
			}
		}
	case *ssa.Call:
		if !a.derives(x.Common()) {
			return "", false
		}
		args := x.Common().Args
		if x.Common().Signature().Recv() != nil && len(args) > 0 {
			args = args[1:] // base64.StdEncoding.DecodeString: the receiver is not data
		}
		if len(args) == 0 {
			return "", false
		}
		for _, y := range args {
			if _, ok := a.constBytes(y, depth+1); !ok {
				return "", false
			}
		}
		return constDerived, true
	case *ssa.Phi:
		d := ""
		for _, e := range x.Edges {
			ed, ok := a.constBytes(e, depth+1)
			if !ok {
				return "", false
			}
			if d == "" || ed != constZero {
				d = ed
			}
		}
		return d, d != ""
	}
	return "", false
}

// derives reports whether a call computes its result from its arguments
// alone, so that constant arguments give a constant key: a hash or a
// decoding (hex, base64).
func (a *analysis_) derives(c *ssa.CallCommon) bool {
	obj := calleeObj(c)
	if obj == nil {
		return false
	}
	pkg, recv, name := funcID(obj)
	if f := a.cat.Sanitizers.Find(pkg, recv, name); f != nil && f.Weak == rules.WeakHash {
		return true
	}
	switch pkg {
	case "encoding/hex":
		return name == "DecodeString"
	case "encoding/base64", "encoding/base32":
		return recv == "Encoding" && name == "DecodeString"
	}
	return false
}

// Fill states of a buffer.
const (
	fillConst    = iota // only constants are written to it (or nothing)
	fillMathRand        // math/rand fills it
	fillOther           // something else may write it: a call, a store of a computed value, an escape
)

// buffer judges what writes the bytes of root, a buffer made here
// (make([]byte, n), a local array, a composite literal) or a package
// variable: only constants (and it says which), math/rand, or something
// else. Reads, len and cap, and cipher calls that use it as a key or
// nonce do not write it.
//
// parent, when not nil, is the variable root is stored into by the caller
// judging that variable: that store is how it is set, not an escape.
func (a *analysis_) buffer(root ssa.Value, depth int, parent ssa.Value) (int, string) {
	if depth > 6 {
		return fillOther, ""
	}
	stored := false
	derived := false
	mathRand := false
	seen := map[ssa.Value]bool{}
	work := []ssa.Value{root}
	for len(work) > 0 {
		v := work[len(work)-1]
		work = work[:len(work)-1]
		if seen[v] {
			continue
		}
		seen[v] = true
		for _, r := range a.referrers(v) {
			switch r := r.(type) {
			case *ssa.DebugRef:
			case *ssa.Slice:
				if r.X == v {
					work = append(work, r)
				}
			case *ssa.IndexAddr:
				if r.X == v {
					work = append(work, r)
				}
			case *ssa.Index, *ssa.Lookup, *ssa.BinOp, *ssa.Field:
				// Reads.
			case *ssa.Convert:
				if !isString(r.Type()) { // string(b) reads b
					work = append(work, r)
				}
			case *ssa.ChangeType, *ssa.MakeInterface, *ssa.SliceToArrayPointer:
				work = append(work, r.(ssa.Value))
			case *ssa.UnOp:
				if r.Op != token.MUL {
					continue
				}
				// Loading an array copies it; loading a slice or
				// pointer from a variable gives the buffer itself.
				if _, isArray := r.Type().Underlying().(*types.Array); !isArray {
					work = append(work, r)
				}
			case *ssa.Store:
				if r.Addr != v {
					if parent != nil && r.Addr == parent && r.Val == v {
						continue
					}
					return fillOther, "" // the buffer escapes into memory
				}
				d, ok := a.constBytesIn(r.Val, depth+1, v)
				if !ok {
					return fillOther, ""
				}
				if d != constZero {
					stored = true
				}
				if d == constDerived {
					derived = true
				}
			case ssa.CallInstruction:
				switch a.callFill(r.Common(), v, depth) {
				case fillOther:
					return fillOther, ""
				case fillMathRand:
					mathRand = true
				}
			default:
				return fillOther, ""
			}
		}
	}
	switch {
	case mathRand:
		return fillMathRand, ""
	case derived:
		return fillConst, constDerived
	case stored:
		return fillConst, constLiteral
	}
	return fillConst, constZero
}

// callFill says what a call that v is passed to does to v's bytes.
func (a *analysis_) callFill(c *ssa.CallCommon, v ssa.Value, depth int) int {
	if b, ok := c.Value.(*ssa.Builtin); ok {
		switch b.Name() {
		case "len", "cap", "append":
			return fillConst
		case "copy":
			if len(c.Args) == 2 && c.Args[0] == v {
				if _, ok := a.constBytes(c.Args[1], depth+1); !ok {
					return fillOther
				}
			}
			return fillConst
		}
		return fillOther
	}
	obj := calleeObj(c)
	if obj == nil {
		return fillOther
	}
	pkg, recv, name := funcID(obj)
	if (pkg == "math/rand" && name == "Read" && (recv == "" || recv == "Rand")) ||
		(pkg == "math/rand/v2" && recv == "ChaCha8" && name == "Read") {
		return fillMathRand
	}
	if a.cryptoUse(pkg, recv, name) {
		return fillConst
	}
	return fillOther
}

// cipherPackages use a key or nonce without writing it.
var cipherPackages = []string{
	"crypto/cipher", "crypto/aes", "crypto/des", "crypto/hmac", "crypto/subtle",
	"golang.org/x/crypto/chacha20poly1305", "golang.org/x/crypto/nacl/secretbox",
	"golang.org/x/crypto/nacl/box", "golang.org/x/crypto/blowfish",
}

// cryptoUse reports whether a function uses a buffer as a key, nonce or
// input without writing it: cipher constructors, Seal and Open, hashes.
func (a *analysis_) cryptoUse(pkg, recv, name string) bool {
	if slices.Contains(cipherPackages, pkg) {
		return true
	}
	return a.cat.Sanitizers.Find(pkg, recv, name) != nil || a.cat.Ciphers.Find(pkg, recv, name) != nil
}

func isString(t types.Type) bool {
	b, ok := t.Underlying().(*types.Basic)
	return ok && b.Info()&types.IsString != 0
}

// referrers returns the instructions that use v; for a package variable,
// those of every function of the package.
func (a *analysis_) referrers(v ssa.Value) []ssa.Instruction {
	if g, ok := v.(*ssa.Global); ok {
		return a.globalUses()[g]
	}
	if rs := v.Referrers(); rs != nil {
		return *rs
	}
	return nil
}

// globalUses indexes the instructions of the package that use each of its
// package variables, built once.
func (a *analysis_) globalUses() map[*ssa.Global][]ssa.Instruction {
	if a.globals != nil {
		return a.globals
	}
	a.globals = map[*ssa.Global][]ssa.Instruction{}
	var ops []*ssa.Value
	for _, fn := range a.funcs {
		for _, b := range fn.Blocks {
			for _, instr := range b.Instrs {
				ops = instr.Operands(ops[:0])
				for _, op := range ops {
					if op == nil {
						continue
					}
					if g, ok := (*op).(*ssa.Global); ok && g.Pkg == a.ssaPkg {
						a.globals[g] = append(a.globals[g], instr)
					}
				}
			}
		}
	}
	return a.globals
}

// globalConst reports whether an unexported package variable of this
// package holds the same bytes on every run: set only from constants,
// never written by a call. Exported variables may be set by other
// packages, so they are not judged.
func (a *analysis_) globalConst(g *ssa.Global, depth int) (string, bool) {
	if g.Pkg != a.ssaPkg || g.Object() == nil || g.Object().Exported() && g.Pkg.Pkg.Name() != "main" {
		return "", false
	}
	fill, d := a.buffer(g, depth, nil)
	if fill != fillConst {
		return "", false
	}
	return "package variable " + g.Name() + ", " + d, true
}

// weakNonce judges a nonce or IV: constant (a literal, all zeros because
// nothing fills it) or filled by math/rand.
func (a *analysis_) weakNonce(v ssa.Value) (string, bool) {
	if d, ok := a.constBytes(v, 0); ok {
		if strings.HasSuffix(d, constZero) {
			return "a nonce never filled from a random source (" + d + ")", true
		}
		return "a constant nonce (" + d + ")", true
	}
	if root := bufferRoot(v); root != nil {
		if fill, _ := a.buffer(root, 0, nil); fill == fillMathRand {
			return "a nonce from math/rand, which is predictable", true
		}
	}
	return "", false
}

// bufferRoot follows slicing and conversions back to the buffer made
// here that holds v's bytes.
func bufferRoot(v ssa.Value) ssa.Value {
	for i := 0; i < 8 && v != nil; i++ {
		switch x := v.(type) {
		case *ssa.Slice:
			v = x.X
		case *ssa.ChangeType:
			v = x.X
		case *ssa.Convert:
			v = x.X
		case *ssa.MakeInterface:
			v = x.X
		case *ssa.SliceToArrayPointer:
			v = x.X
		case *ssa.MakeSlice, *ssa.Alloc:
			return x
		default:
			return nil
		}
	}
	return nil
}

// shortPrefix reports whether a slice expression keeps at most
// maxPrefix elements from the start of its operand: the hash prefix of
// a k-anonymity range query (the first five hex digits of a SHA-1).
func shortPrefix(s *ssa.Slice) bool {
	const maxPrefix = 10
	if s.High == nil {
		return false
	}
	hi, ok := intConst(s.High)
	if !ok {
		return false
	}
	lo := int64(0)
	if s.Low != nil {
		if lo, ok = intConst(s.Low); !ok || lo != 0 {
			return false
		}
	}
	return hi-lo <= maxPrefix
}

// shortSuffix reports whether s takes the last few characters of a
// value by its length, x[len(x)-k:] with k at most maxSuffix: a display
// hint of a longer value, as gitea keeps a token's last eight.
func shortSuffix(s *ssa.Slice) bool {
	const maxSuffix = 8
	if s.High != nil || s.Low == nil {
		return false
	}
	b, ok := s.Low.(*ssa.BinOp)
	if !ok || b.Op != token.SUB {
		return false
	}
	k, ok := intConst(b.Y)
	if !ok || k <= 0 || k > maxSuffix {
		return false
	}
	call, ok := b.X.(*ssa.Call)
	if !ok {
		return false
	}
	bi, ok := call.Call.Value.(*ssa.Builtin)
	return ok && bi.Name() == "len" && len(call.Call.Args) == 1 && sameValue(call.Call.Args[0], s.X)
}

// dropCredentials returns t without the sources of credentials (tokens,
// keys, one-time codes: user.authorization.credentials), and without the
// parameters whose own name says they hold one (a token, a passcode), or
// every parameter when allParams is set (a value that by where it goes is
// a credential): what the caller passes there is judged as a credential
// here. Passwords and other data stay.
func (st *fnState) dropCredentials(t set, allParams bool) set {
	a := st.a
	credential := func(l label) bool {
		if i, ok := isParam(l); ok {
			if i >= len(st.fn.Params) {
				return false // a captured variable
			}
			if allParams {
				return true
			}
			// The name as a person's member would be read (a bare
			// token): whatever the caller passes, the function
			// takes it for a credential.
			p := st.fn.Params[i]
			m, ok := a.env.Classifier.Name(p.Name(), classifier.Context{Kind: goKind(p.Type()), PersonLike: true})
			return ok && rules.Covers("user.authorization.credentials", m.Category)
		}
		return rules.Covers("user.authorization.credentials", a.sources[l].Category)
	}
	var out set
	for _, l := range t {
		if !credential(l) {
			out = append(out, l)
		}
	}
	return out
}

func intConst(v ssa.Value) (int64, bool) {
	c, ok := v.(*ssa.Const)
	if !ok || c.Value == nil || c.Value.Kind() != constant.Int {
		return 0, false
	}
	return constant.Int64Val(c.Value)
}

// encodedStore handles a store into a field: when the field is marked
// encrypted (pii:"…,encrypted") and the value stored is only an encoding
// of personal data (base64, hex — directly or through a function of this
// package that returns one), the encoding is taken for encryption.
func (st *fnState) encodedStore(fa *ssa.FieldAddr, val ssa.Value) {
	a := st.a
	v := addrField(fa)
	if v == nil {
		return
	}
	info, ok := a.fields.FieldOf(v)
	if !ok || !info.Encrypted {
		return
	}
	outer, inner := a.encoderCall(val, 0)
	if outer == nil {
		return
	}
	var t set
	for _, x := range outer.Call.Args {
		t = union(t, st.deep(x))
	}
	if len(t) == 0 {
		return
	}
	obj := calleeObj(inner.Common())
	w := &Weakness{Kind: WeakEncoding, Call: a.callText(inner), Why: "only an encoding"}
	if obj != nil {
		w.Func = catalogName(obj)
	}
	w.At, w.AtEnd = a.callSpan(inner)
	w.Pos = w.At
	ref := SinkRef{Kind: KindEncryptedField, What: info.Symbol, Call: w.Call, Pos: a.posString(fa.Pos())}
	if fa.Pos() == token.NoPos {
		ref.Pos = w.Pos
	}
	st.reach(outer, ref, a.weakOf(t, w), false)
}

// encoderCall returns the call whose result v is when that result is
// only an encoding: a call to an encoder, or to a function of this package
// every return of which is one (then inner is the encoder call inside it).
func (a *analysis_) encoderCall(v ssa.Value, depth int) (outer, inner *ssa.Call) {
	if v == nil {
		return nil, nil
	}
	x, ok := unconvert(v, 6).(*ssa.Call)
	if !ok {
		return nil, nil
	}
	obj := calleeObj(x.Common())
	if obj == nil {
		return nil, nil
	}
	pkg, recv, name := funcID(obj)
	if a.cat.Encoders.Find(pkg, recv, name) != nil {
		return x, x
	}
	fn := x.Common().StaticCallee()
	if depth > 1 || fn == nil || fn.Pkg != a.ssaPkg || len(fn.Blocks) == 0 {
		return nil, nil
	}
	var in *ssa.Call
	for _, b := range fn.Blocks {
		for _, instr := range b.Instrs {
			ret, ok := instr.(*ssa.Return)
			if !ok || len(ret.Results) == 0 {
				continue
			}
			_, ri := a.encoderCall(ret.Results[0], depth+1)
			if ri == nil {
				return nil, nil
			}
			in = ri
		}
	}
	if in == nil {
		return nil, nil
	}
	return x, in
}

// urlParts are the fields of a net/url.URL whose text the URL carries
// wherever it is sent or shown.
var urlParts = []string{"Path", "RawPath", "RawQuery", "Fragment", "RawFragment", "Opaque"}

// urlStore handles a store into a part of a net/url.URL (url.URL{Path:
// "/avatar/" + md5hex(email)}): a value that passed a weak protection
// (a fast hash of an e-mail address) is put into a URL, which the program
// returns, links or requests (KindURLPart). Data stored in the clear is
// left to the request that uses the URL (PL104).
func (st *fnState) urlStore(fa *ssa.FieldAddr, val ssa.Value) {
	s := structOf(fa.X.Type())
	if s == nil || fa.Field >= s.NumFields() || !isURLType(fa.X.Type()) {
		return
	}
	part := s.Field(fa.Field).Name()
	if !slices.Contains(urlParts, part) {
		return
	}
	pos := fa.Pos()
	if !pos.IsValid() {
		pos = val.Pos()
	}
	st.urlPart(pos, SinkRef{Kind: KindURLPart, What: "the " + part + " of a URL", Call: "url.URL." + part}, st.deep(val))
}

// urlText handles text built from a constant http or https URL prefix
// ("https://www.gravatar.com/avatar/" + md5hex(email), or a Sprintf of
// such a format): what passed a weak protection is put into a URL
// (KindURLPart), wherever the text then goes.
func (st *fnState) urlText(v ssa.Value) {
	t := st.get(v)
	if len(t) == 0 {
		return
	}
	prefix := strings.ToLower(constPrefix(v, 0))
	if !strings.HasPrefix(prefix, "https://") && !strings.HasPrefix(prefix, "http://") {
		return
	}
	host := hostOf(prefix, false)
	if host == "" {
		return
	}
	st.urlPart(v.Pos(), SinkRef{Kind: KindURLPart, What: "a URL to " + host, Call: "a URL to " + host}, t)
}

// urlPart records the labels of t that passed a weak protection reaching
// ref, a part of a URL being built at pos: parameters in the summary,
// sources as a flow in the final pass.
func (st *fnState) urlPart(pos token.Pos, ref SinkRef, in set) {
	a := st.a
	var t set
	for _, l := range in {
		if _, w, ok := a.paramOf(l); ok {
			if w != nil {
				t = append(t, l)
			}
			continue
		}
		if a.sources[l].Weak != nil && a.sources[l].real() {
			t = append(t, l)
		}
	}
	if len(t) == 0 {
		return
	}
	ref.Pos = a.posString(pos)
	for _, l := range t {
		if p, w, ok := a.paramOf(l); ok {
			ps := ParamSink{Param: p, Sink: ref, Weak: w}
			if k := ps.key(); st.nSinks() < maxParamSinks {
				if _, dup := st.sinks[k]; !dup {
					st.sinks[k] = struct{}{}
					st.sum.ParamSinks = append(st.sum.ParamSinks, ps)
				}
			}
		}
	}
	srcs := a.realSources(t)
	if !a.final || len(srcs) == 0 || !pos.IsValid() || strings.HasSuffix(a.pass.Fset.Position(pos).Filename, "_test.go") {
		return
	}
	k := ref.key() + "\x00" + a.posString(pos)
	fl := a.flows[k]
	if fl == nil {
		fl = &Flow{Sink: ref, Pos: pos, End: pos}
		a.flows[k] = fl
	}
	for _, l := range srcs {
		src := a.sources[l]
		list := &fl.Sources
		if src.hiddenWeak() {
			list = &fl.Weak
		}
		sk := a.keyOf(src)
		if !slices.ContainsFunc(*list, func(have *Source) bool { return a.keyOf(have) == sk }) {
			*list = append(*list, src)
		}
	}
}

// credentialArg returns the source of a local variable named like a
// credential a person chooses (password, pwd, pin) that call c passes as
// its argument i (receiver not counted) to a fast hash w, directly or
// through a helper that hashes it: password := "hello" + mobile[7:];
// GetMD5(password). Like a parameter so named (credentialParam), the name
// alone says what the variable holds only once a fast hash is judged, so
// the source counts only with w. A helper's body says nothing of what it
// is given, so the finding is at the call, where the credential goes in.
// The value must carry something the function is given or reads (a
// parameter, request input): a literal is a demo's sample. Parameters,
// fields and package variables are not judged here.
func (st *fnState) credentialArg(c *callSite, i int, w *Weakness) set {
	if w == nil || i < 0 || i >= len(c.args) || len(st.deep(c.args[i])) == 0 {
		// Nothing the function is given or reads reaches the value:
		// a literal (password := "Password123") is a demo's sample.
		return nil
	}
	ce, ok := st.a.callAt(c.instr.Common().Pos())
	if !ok || len(ce.Args) != len(c.args) || ce.Ellipsis.IsValid() {
		return nil
	}
	x := ast.Unparen(ce.Args[i])
	if conv, ok := x.(*ast.CallExpr); ok && len(conv.Args) == 1 {
		if tv, ok := st.a.pass.TypesInfo.Types[conv.Fun]; ok && tv.IsType() {
			x = ast.Unparen(conv.Args[0]) // []byte(password)
		}
	}
	id, ok := x.(*ast.Ident)
	if !ok {
		return nil
	}
	v, ok := st.a.pass.TypesInfo.Uses[id].(*types.Var)
	if !ok || v.IsField() || v.Parent() == nil || v.Pkg() == nil || v.Parent() == v.Pkg().Scope() {
		return nil
	}
	for _, p := range st.fn.Params {
		if p.Object() == v {
			return nil // a parameter is its own source (paramSource)
		}
	}
	cat, ok := st.a.credentialParam(v.Name(), v.Type())
	if !ok {
		return nil
	}
	m, _ := st.a.env.Classifier.Name(v.Name(), classifier.Context{Kind: goKind(v.Type()), PersonLike: true})
	sym := "variable " + v.Name()
	if st.fn.Object() != nil {
		sym += " of " + st.fn.Name()
	}
	cw := *w
	if c.callee != nil && c.callee.Pkg == st.a.ssaPkg {
		cw.At, cw.AtEnd = st.a.callSpan(c.instr)
		cw.Via = st.a.callText(c.instr)
	}
	return single(st.a.intern(&Source{
		Category:   cat,
		Symbol:     sym,
		ID:         qualified(st.a.pass.Pkg, sym),
		Pos:        st.a.posString(v.Pos()),
		DetectedBy: "name",
		Evidence:   m.Details,
		Protected:  m.Protected,
		Sensitive:  m.Sensitive,
		Weak:       &cw,
		weakOnly:   true,
	}))
}

// argIndex returns the index in c.args of the callee's parameter p
// (summaryParams order), -1 for the receiver.
func argIndex(c *callSite, params []ssa.Value, p int) int {
	return p - (len(params) - len(c.args))
}
