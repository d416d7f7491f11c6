package flow

import (
	"go/token"
	"go/types"
	"reflect"
	"slices"
	"strings"
	"unicode"

	"golang.org/x/tools/go/ssa"

	"github.com/privlint/privlint/analyzers/classify"
	"github.com/privlint/privlint/rules"
)

// FieldWrite says how a package writes one personal-data struct field:
// what privlint check needs to tell, across the whole program, a field
// that only ever holds what a sanitizer made (a password hashed with
// bcrypt in the service layer, stored by the repository layer) from one
// that may hold the value itself.
type FieldWrite struct {
	// Protected: a store of a value a sanitizer other than an unkeyed
	// fast hash made (bcrypt, scrypt, argon2, PBKDF2, an AEAD's Seal, a
	// buffer a cipher.Stream's XORKeyStream filled, a function marked
	// //privlint:encrypts), directly or through a conversion or an
	// encoder (string(h), hex.EncodeToString(h)).
	Protected bool
	// Plain: any other store (a copy of the same field from another value
	// of its struct excepted), or the field's struct given by address to
	// a function privlint did not analyze and that is no storage call: a
	// decoder or a form binder may fill it with anything.
	Plain bool
}

// fieldID is the identity of the field v with its fact f, as Source.ID
// names a field's source.
func fieldID(v *types.Var, symbol string) string { return qualified(v.Pkg(), symbol) }

// addrField returns the struct field fa addresses; nil when its struct type
// is not known.
func addrField(fa *ssa.FieldAddr) *types.Var {
	s := structOf(fa.X.Type())
	if s == nil || fa.Field >= s.NumFields() {
		return nil
	}
	return s.Field(fa.Field)
}

// personalFieldAt returns the field fa addresses and its fact when it is
// a personal-data field that is not a holder of others; a nil fact
// otherwise.
func (a *analysis_) personalFieldAt(fa *ssa.FieldAddr) (*types.Var, *classify.Field) {
	v := addrField(fa)
	if v == nil {
		return nil, nil
	}
	info, ok := a.fields.FieldOf(v)
	if !ok || info.Holder {
		return nil, nil
	}
	return v, info
}

// spentField reports whether fa addresses a field whose name says it
// holds a one-time code used already (classify.Field.Spent).
func (a *analysis_) spentField(fa *ssa.FieldAddr) bool {
	v := addrField(fa)
	if v == nil {
		return false
	}
	info, ok := a.fields.FieldOf(v)
	return ok && info.Spent
}

// noteFieldStore records the store of val into the personal-data field
// v, whose fact is info (the final pass only).
func (st *fnState) noteFieldStore(fa *ssa.FieldAddr, v *types.Var, info *classify.Field, val ssa.Value) {
	a := st.a
	switch {
	case a.sanitized(val):
		a.noteWrite(fieldID(v, info.Symbol), FieldWrite{Protected: true})
	case sameField(val, v):
		// dst.Password = src.Password: what the field held already.
	case isConst(val):
		// A constant (a test account's "test", a cleared "") is no
		// person's data.
	case a.hashedInPlace(fa, val):
		// u.Password = p, then u.Password = hash(u.Password): the
		// plain value is there only to be hashed.
	default:
		a.noteWrite(fieldID(v, info.Symbol), FieldWrite{Plain: true})
	}
}

// hashedInPlace reports whether the function that stores val through fa
// also stores, through the same base and field, a sanitizer's output made
// from val or from that field (u.Password = p; h, err :=
// hash(u.Password); if err != nil { return err }; u.Password = h): the
// plain value is written to be hashed where it lies, and the paths that
// skip the hash are those where hashing failed.
func (a *analysis_) hashedInPlace(fa *ssa.FieldAddr, val ssa.Value) bool {
	for _, r := range *fa.X.Referrers() {
		fa2, ok := r.(*ssa.FieldAddr)
		if !ok || fa2 == fa || fa2.Field != fa.Field {
			continue
		}
		for _, rr := range *fa2.Referrers() {
			st, ok := rr.(*ssa.Store)
			if !ok || st.Addr != fa2 || !a.sanitized(st.Val) {
				continue
			}
			if call := a.sanitizerCall(st.Val); call != nil && hashesOf(call, fa, val) && hashedOnEveryPath(storeOf(fa, val), st, call) {
				return true
			}
		}
	}
	return false
}

// storeOf returns the store of val through fa.
func storeOf(fa *ssa.FieldAddr, val ssa.Value) *ssa.Store {
	for _, r := range *fa.Referrers() {
		if st, ok := r.(*ssa.Store); ok && st.Addr == fa && st.Val == val {
			return st
		}
	}
	return nil
}

// hashedOnEveryPath reports whether every path from the plain store to
// the function's end passes the hashed store, but for the paths on which
// the sanitizer's call failed (its error is not nil) and those that
// panic.
func hashedOnEveryPath(plain, hashed *ssa.Store, call *ssa.Call) bool {
	if plain == nil || plain.Block() == nil || hashed.Block() == nil {
		return false
	}
	if plain.Block() == hashed.Block() {
		for _, in := range plain.Block().Instrs {
			switch in {
			case plain:
				return true
			case hashed:
				return false
			}
		}
		return false
	}
	seen := map[*ssa.BasicBlock]bool{}
	work := []*ssa.BasicBlock{plain.Block()}
	for len(work) > 0 {
		b := work[len(work)-1]
		work = work[:len(work)-1]
		if seen[b] {
			continue
		}
		seen[b] = true
		if b == hashed.Block() && b != plain.Block() {
			continue // this path hashes
		}
		switch t := b.Instrs[len(b.Instrs)-1].(type) {
		case *ssa.Return:
			return false // the plain value may leave with the struct
		case *ssa.Panic:
			continue
		case *ssa.If:
			if skip, ok := failedBranch(t, call); ok {
				work = append(work, b.Succs[1-skip])
				continue
			}
		}
		work = append(work, b.Succs...)
	}
	return true
}

// failedBranch returns the successor of the branch that is taken when
// call's error result is not nil (err != nil: 0; err == nil: 1), and
// false when cond tests no error of call.
func failedBranch(in *ssa.If, call *ssa.Call) (int, bool) {
	b, ok := in.Cond.(*ssa.BinOp)
	if !ok || (b.Op != token.NEQ && b.Op != token.EQL) {
		return 0, false
	}
	x, y := b.X, b.Y
	if _, ok := x.(*ssa.Const); ok {
		x, y = y, x
	}
	ex, ok := x.(*ssa.Extract)
	if c, isConst := y.(*ssa.Const); !ok || !isConst || !c.IsNil() || ex.Tuple != call || !isError(ex.Type()) {
		return 0, false
	}
	if b.Op == token.NEQ {
		return 0, true
	}
	return 1, true
}

// sanitizerCall returns the call that made val, through conversions,
// tuple extraction and encoders (hex.EncodeToString(h)), as sanitized
// follows them.
func (a *analysis_) sanitizerCall(val ssa.Value) *ssa.Call {
	for range 8 {
		switch x := unconvert(val, 4).(type) {
		case *ssa.Extract:
			val = x.Tuple
		case *ssa.Call:
			if fn := x.Call.StaticCallee(); fn != nil && len(x.Call.Args) > 0 {
				if obj, ok := fn.Object().(*types.Func); ok && a.find(a.cat.Encoders, obj) != nil {
					val = x.Call.Args[len(x.Call.Args)-1]
					continue
				}
			}
			return x
		default:
			return nil
		}
	}
	return nil
}

// hashesOf reports whether one of call's arguments is val, or the field
// fa stores into read back through the same base, through conversions
// (hash([]byte(u.Password))).
func hashesOf(call *ssa.Call, fa *ssa.FieldAddr, val ssa.Value) bool {
	for _, arg := range call.Call.Args {
		arg = unconvert(arg, 4)
		if arg == val {
			return true
		}
		if ld, ok := arg.(*ssa.UnOp); ok && ld.Op == token.MUL {
			if f, ok := ld.X.(*ssa.FieldAddr); ok && f.X == fa.X && f.Field == fa.Field {
				return true
			}
		}
	}
	return false
}

// noteWrite merges w into the package's record of the field id.
func (a *analysis_) noteWrite(id string, w FieldWrite) {
	if a.res.FieldWrites == nil {
		a.res.FieldWrites = map[string]FieldWrite{}
	}
	old := a.res.FieldWrites[id]
	a.res.FieldWrites[id] = FieldWrite{Protected: old.Protected || w.Protected, Plain: old.Plain || w.Plain}
}

// sanitized reports whether val is what a sanitizer without a weakness
// returned, through conversions, tuple extraction, encoders, a function
// whose result always holds such a value (HashPwd returning
// string(bcrypt.GenerateFromPassword(…))) and φ-nodes whose every edge
// is such a value or a constant (one at least a sanitizer's).
func (a *analysis_) sanitized(val ssa.Value) bool {
	return a.sanitized1(val, 0)
}

func (a *analysis_) sanitized1(val ssa.Value, depth int) bool {
	idx := 0
	for range 8 {
		switch x := unconvert(val, 4).(type) {
		case *ssa.Extract:
			val, idx = x.Tuple, x.Index
		case *ssa.Phi:
			if depth > 4 {
				return false
			}
			some := false
			for _, e := range x.Edges {
				switch {
				case e == x:
				case a.sanitized1(e, depth+1):
					some = true
				case !isConst(e):
					return false
				}
			}
			return some
		case *ssa.Call:
			// An interface's method too: an AEAD's Seal.
			obj := calleeObj(&x.Call)
			if obj == nil {
				return false
			}
			fn := x.Call.StaticCallee()
			if f, ok := a.sanitizerOf(obj); ok {
				return protects(f)
			}
			if a.find(a.cat.Encoders, obj) != nil && len(x.Call.Args) > 0 {
				val, idx = x.Call.Args[len(x.Call.Args)-1], 0
				continue
			}
			if fn != nil && fn.Blocks != nil && obj.Pkg() == a.pass.Pkg {
				return slices.Contains(a.hashedResults(fn, depth+1), idx)
			}
			if s := a.importedSummary(obj); s != nil {
				return slices.Contains(s.Hashes, idx)
			}
			return false
		case *ssa.Slice:
			// ciphertext[:n]: part of the buffer.
			val = x.X
		case *ssa.MakeSlice, *ssa.Alloc:
			return a.cipherFilled(x)
		default:
			return false
		}
	}
	return false
}

// protects reports whether a sanitizer's output counts as protected for
// PL101: anything but an unkeyed fast hash. A cipher or an HMAC protects
// unless its key is hard-coded or its nonce constant, which PL105
// reports where the call is.
func protects(f *rules.Func) bool { return f.Weak != rules.WeakHash }

// cipherFilled reports whether buf, a buffer the function makes, is the
// destination of a cipher that writes its output into its first argument
// (a cipher.Stream's XORKeyStream, a BlockMode's CryptBlocks), directly
// or through a slice of it (ciphertext[aes.BlockSize:] after the IV): the
// buffer then holds ciphertext. A stream made by a decrypter
// (cipher.NewCFBDecrypter, NewCBCDecrypter) fills it with plain text.
func (a *analysis_) cipherFilled(buf ssa.Value) bool {
	refs := buf.Referrers()
	if refs == nil {
		return false
	}
	for _, r := range *refs {
		if s, ok := r.(*ssa.Slice); ok && s.X == buf {
			for _, rr := range *s.Referrers() {
				if a.fillsWithCiphertext(rr, s) {
					return true
				}
			}
			continue
		}
		if a.fillsWithCiphertext(r, buf) {
			return true
		}
	}
	return false
}

// fillsWithCiphertext reports whether instr calls a protecting sanitizer
// without results that takes dst as its destination (first) argument,
// and that is no decrypter's.
func (a *analysis_) fillsWithCiphertext(instr ssa.Instruction, dst ssa.Value) bool {
	call, ok := instr.(*ssa.Call)
	if !ok || len(call.Call.Args) == 0 || call.Call.Args[0] != dst || call.Call.Signature().Results().Len() != 0 {
		return false
	}
	obj := calleeObj(call.Common())
	if obj == nil {
		return false
	}
	f, ok := a.sanitizerOf(obj)
	if !ok || !protects(f) {
		return false
	}
	if call.Call.IsInvoke() {
		if mk := traceCall(call.Call.Value, false); mk != nil {
			if o := calleeObj(mk.Common()); o != nil && o.Pkg() != nil && o.Pkg().Path() == "crypto/cipher" && strings.HasSuffix(o.Name(), "Decrypter") {
				return false
			}
		}
	}
	return true
}

// hashedResults returns the indices of fn's results that, on every
// return, hold what a protecting sanitizer made (protects) or a constant
// (ValidateAndHash returning "" and an error, or the bcrypt hash), a
// sanitizer's output on one return at least: Summary.Hashes.
func (a *analysis_) hashedResults(fn *ssa.Function, depth int) []int {
	if r, ok := a.hashed[fn]; ok {
		return r
	}
	if a.hashed == nil {
		a.hashed = map[*ssa.Function][]int{}
	}
	a.hashed[fn] = nil // a recursive call hashes nothing
	if depth > 4 || fn.Blocks == nil {
		return nil
	}
	n := fn.Signature.Results().Len()
	var out []int
	for i := range n {
		some, all := false, true
		for _, b := range fn.Blocks {
			ret, ok := b.Instrs[len(b.Instrs)-1].(*ssa.Return)
			if !ok || i >= len(ret.Results) {
				continue
			}
			switch v := ret.Results[i]; {
			case a.sanitized1(v, depth):
				some = true
			case !isConst(v):
				all = false
			}
		}
		if some && all {
			out = append(out, i)
		}
	}
	a.hashed[fn] = out
	return out
}

// isConst reports whether val is a constant, through conversions.
func isConst(val ssa.Value) bool {
	_, ok := unconvert(val, 4).(*ssa.Const)
	return ok
}

// sameField reports whether val is the field v read from another value:
// a load of a FieldAddr or a Field of v.
func sameField(val ssa.Value, v *types.Var) bool {
	var x ssa.Value
	var i int
	switch e := val.(type) {
	case *ssa.UnOp:
		fa, ok := e.X.(*ssa.FieldAddr)
		if e.Op != token.MUL || !ok {
			return false
		}
		x, i = fa.X, fa.Field
	case *ssa.Field:
		x, i = e.X, e.Field
	default:
		return false
	}
	s := structOf(x.Type())
	return s != nil && i < s.NumFields() && s.Field(i) == v
}

// noteFilled records, in the final pass, the personal-data fields of the
// structs c's arguments point to as written plainly when c may fill
// them with a value of its own: c calls a function privlint did not
// analyze (no body here, no summary of a package analyzed from source),
// a method of an interface or a function value. These calls put nothing
// new in a struct and do not count:
//   - a storage call, or a call of another method of a storage type
//     (storm's One, gorm's First) or of a value one returned (a store's
//     codec, a query's row): a read fills the struct with what was
//     stored, and each store is counted where it is made;
//   - any call, for an argument whose declared parameter type is a
//     struct type (or an interface with methods) of the main module
//     (Save(u *users.User), Search(…, c rules.Checker), through an
//     interface or a function value too): only code of the module can
//     declare such a function, and the module's own analysis counts the
//     writes it makes (a generic function's parameter is its type
//     parameter, which does not count);
//   - any call, for an argument whose declared parameter type is an
//     interface with methods, wherever declared (webauthn's
//     BeginRegistration(user webauthn.User)): the callee reaches the
//     struct through those methods, the module's own code;
//   - a method named for keeping what it is given (Set, SetDefault,
//     Put, Store, Add, Push, Append, Enqueue, Insert, Cache: a cache's
//     c.SetDefault(key, u)): it holds the value, it does not fill it;
//   - a function or method named for reading what it is given to make
//     something else of it (Hash, Marshal, Encode, Execute, Render,
//     Print, Format, Write, Equal, Compare: a template's
//     t.Execute(w, data), hashstructure.Hash(v, nil));
//   - sort and slices, which reorder and compare what they are given;
//   - reflect.ValueOf in a function that calls no setter of
//     reflect.Value: it only reads.
func (st *fnState) noteFilled(c *callSite) {
	a := st.a

	if !a.final || (c.callee != nil && c.callee.Blocks != nil) {
		return
	}
	invoke := c.instr.Common().IsInvoke()
	if c.obj != nil {
		if _, ok := a.sanitizerOf(c.obj); ok || a.find(a.cat.Storage, c.obj) != nil {
			return
		}
		if !invoke && (c.obj.Pkg() == a.pass.Pkg || a.importedSummary(c.obj) != nil) {
			return
		}
		if a.storageRead(c) || readsOnly(c.obj) || keepsArgs(c.obj) || readsArgs(c.obj) || (isReflectValueOf(c.obj) && !callsReflectSetter(st.fn)) {
			return
		}
	}
	sig := c.instr.Common().Signature()
	if c.obj != nil {
		// The declared signature: an interface method of a generic
		// interface takes its type parameter, not the module's type.
		if s, ok := c.obj.Origin().Type().(*types.Signature); ok {
			sig = s
		}
	}
	for i, x := range c.args {
		if mi, ok := x.(*ssa.MakeInterface); ok {
			x = mi.X
		}
		if sig != nil && i < sig.Params().Len() && (a.moduleStruct(sig.Params().At(i).Type()) || methodsOnly(sig.Params().At(i).Type())) {
			continue
		}
		a.notePlainFields(filledStruct(x.Type()), 0, jsonDecodes(c.obj) && !jsonSelfDecoding(x.Type()))
	}
}

// keepVerbs start the names of methods that keep what they are given (a
// cache's, a queue's, a registry's).
var keepVerbs = []string{"Set", "Put", "Store", "Add", "Push", "Append", "Enqueue", "Insert", "Cache"}

// keepsArgs reports whether fn is a method whose name starts with a verb of
// keepVerbs as a whole word (SetDefault, Put; not Settle, Storage).
func keepsArgs(fn *types.Func) bool {
	if sig, ok := fn.Type().(*types.Signature); !ok || sig.Recv() == nil {
		return false
	}
	return startsWithVerb(fn.Name(), keepVerbs)
}

// jsonDecodes reports whether fn is encoding/json's Unmarshal or a
// Decoder's Decode: it fills only the fields encoding/json decodes.
func jsonDecodes(fn *types.Func) bool {
	if fn == nil || fn.Pkg() == nil || fn.Pkg().Path() != "encoding/json" {
		return false
	}
	sig, _ := fn.Type().(*types.Signature)
	if sig == nil {
		return false
	}
	if sig.Recv() == nil {
		return fn.Name() == "Unmarshal"
	}
	return fn.Name() == "Decode"
}

// jsonUnfilled reports whether encoding/json leaves field i of s as it
// is when it decodes into s: a field tagged json:"-", or an unexported
// one that is not embedded.
func jsonUnfilled(s *types.Struct, i int) bool {
	f := s.Field(i)
	tag, has := reflect.StructTag(s.Tag(i)).Lookup("json")
	return (has && tag == "-") || (!f.Embedded() && !f.Exported())
}

// jsonSelfDecoding reports whether values of t (or what t points to)
// decode themselves (an UnmarshalJSON or UnmarshalText method): they may
// set any of their fields.
func jsonSelfDecoding(t types.Type) bool {
	if p, ok := types.Unalias(t).(*types.Pointer); ok {
		t = p.Elem()
	}
	for _, m := range []string{"UnmarshalJSON", "UnmarshalText"} {
		if obj, _, _ := types.LookupFieldOrMethod(types.NewPointer(t), true, nil, m); obj != nil {
			if _, isFunc := obj.(*types.Func); isFunc {
				return true
			}
		}
	}
	return false
}

// readVerbs start the names of functions that read what they are given
// to make something else of it: a hash, an encoding, a rendered page, a
// comparison.
var readVerbs = []string{"Hash", "Marshal", "Encode", "Execute", "Render", "Print", "Format", "Write", "Equal", "Compare"}

// readsArgs reports whether fn's name starts with a verb of readVerbs as
// a whole word (Execute, ExecuteTemplate, Hash; not Hashed, Writer).
func readsArgs(fn *types.Func) bool {
	return startsWithVerb(fn.Name(), readVerbs)
}

// startsWithVerb reports whether name starts with one of verbs as a whole
// word: the verb alone, or followed by an upper-case letter.
func startsWithVerb(name string, verbs []string) bool {
	for _, v := range verbs {
		if rest, ok := strings.CutPrefix(name, v); ok && (rest == "" || unicode.IsUpper(rune(rest[0]))) {
			return true
		}
	}
	return false
}

// methodsOnly reports whether t is an interface type with methods: a
// value given as one is reached through those methods.
func methodsOnly(t types.Type) bool {
	i, ok := types.Unalias(t).Underlying().(*types.Interface)
	return ok && i.NumMethods() > 0
}

// storageRead reports whether c calls a method of a type the storage
// catalog lists (any of its methods: a read such as storm's One or gorm's
// First), or a method of a value such a method returned (the store's
// codec, a query's row or cursor).
func (a *analysis_) storageRead(c *callSite) bool {
	if a.storageCall(c.instr.Common(), c.obj) {
		return true
	}
	recv := c.recv
	if c.instr.Common().IsInvoke() {
		recv = c.instr.Common().Value
	}
	for range 4 {
		switch r := recv.(type) {
		case *ssa.Extract:
			recv = r.Tuple
			continue
		case *ssa.UnOp:
			if r.Op == token.MUL {
				recv = r.X
				continue
			}
		case *ssa.ChangeType:
			recv = r.X
			continue
		case *ssa.Call:
			var obj *types.Func
			if fn := r.Call.StaticCallee(); fn != nil {
				obj, _ = fn.Object().(*types.Func)
			}
			return a.storageCall(&r.Call, obj)
		}
		return false
	}
	return false
}

// storageCall reports whether the call cc of fn (nil when not known)
// calls a method of a type the storage catalog lists: fn's receiver type,
// or for a method of an interface the interface called through (storm's
// Node, whose One is declared by an interface Node embeds).
func (a *analysis_) storageCall(cc *ssa.CallCommon, fn *types.Func) bool {
	if cc.IsInvoke() {
		fn = cc.Method
		if n, ok := types.Unalias(cc.Value.Type()).(*types.Named); ok && n.Obj().Pkg() != nil &&
			a.cat.Storage.FindType(n.Obj().Pkg().Path(), n.Obj().Name()) != nil {
			return true
		}
	}
	return a.storageType(fn)
}

// storageType reports whether fn is a method of a type the storage
// catalog lists.
func (a *analysis_) storageType(fn *types.Func) bool {
	if fn == nil {
		return false
	}
	fi := a.info(fn)
	return fi.recv != "" && a.cat.Storage.FindType(fi.pkg, fi.recv) != nil
}

// readsOnly reports whether fn is a function of sort or slices, which
// reorder, search and compare the elements they are given and put no new
// value in them.
func readsOnly(fn *types.Func) bool {
	if fn.Pkg() == nil {
		return false
	}
	switch fn.Pkg().Path() {
	case "sort", "slices":
		return true
	}
	return false
}

// isReflectValueOf reports whether fn is reflect.ValueOf.
func isReflectValueOf(fn *types.Func) bool {
	return fn.Pkg() != nil && fn.Pkg().Path() == "reflect" && fn.Name() == "ValueOf"
}

// callsReflectSetter reports whether fn (or a function literal in it)
// calls a method of reflect.Value that writes through it (Set,
// SetString, …) or reflect.Copy; true when fn is not known.
func callsReflectSetter(fn *ssa.Function) bool {
	if fn == nil {
		return true
	}
	for _, b := range fn.Blocks {
		for _, in := range b.Instrs {
			ci, ok := in.(ssa.CallInstruction)
			if !ok {
				continue
			}
			callee := ci.Common().StaticCallee()
			if callee == nil {
				continue
			}
			obj, ok := callee.Object().(*types.Func)
			if !ok || obj.Pkg() == nil || obj.Pkg().Path() != "reflect" {
				continue
			}
			if strings.HasPrefix(obj.Name(), "Set") || obj.Name() == "Copy" {
				return true
			}
		}
	}
	for _, anon := range fn.AnonFuncs {
		if callsReflectSetter(anon) {
			return true
		}
	}
	return false
}

// moduleStruct reports whether t is a struct type, or an interface type
// with methods, that the main module declares (the package analyzed, or
// one of its module), through pointers, slices and maps: a function that
// takes it is the module's own code.
func (a *analysis_) moduleStruct(t types.Type) bool {
	for range 4 {
		switch u := types.Unalias(t).(type) {
		case *types.Pointer:
			t = u.Elem()
			continue
		case *types.Slice:
			t = u.Elem()
			continue
		case *types.Map:
			t = u.Elem()
			continue
		case *types.Named:
			switch v := u.Underlying().(type) {
			case *types.Struct:
			case *types.Interface:
				// rules.Checker: the callee calls its methods, the
				// module's code.
				if v.NumMethods() == 0 {
					return false
				}
			default:
				return false
			}
			return a.inModule(u.Obj().Pkg())
		}
		return false
	}
	return false
}

// inModule reports whether pkg is the package analyzed or a package of
// its main module.
func (a *analysis_) inModule(pkg *types.Package) bool {
	if pkg == nil {
		return false
	}
	if pkg == a.pass.Pkg {
		return true
	}
	m := a.pass.Module
	if m == nil || m.Path == "" {
		return false
	}
	return pkg.Path() == m.Path || strings.HasPrefix(pkg.Path(), m.Path+"/")
}

// filledStruct returns the struct a value of type t lets a callee write:
// the struct a pointer, a slice or a map holds (through further pointers
// and slices); nil for a struct passed by value or anything else.
func filledStruct(t types.Type) *types.Struct {
	ref := false
	for range 4 {
		switch u := types.Unalias(t).Underlying().(type) {
		case *types.Pointer:
			t, ref = u.Elem(), true
		case *types.Slice:
			t, ref = u.Elem(), true
		case *types.Map:
			t, ref = u.Elem(), true
		case *types.Struct:
			if ref {
				return u
			}
			return nil
		default:
			return nil
		}
	}
	return nil
}

// notePlainFields records the personal-data fields of s, and of the
// structs it holds (a few levels down), as written plainly.
func (a *analysis_) notePlainFields(s *types.Struct, depth int, jsonOnly bool) {
	if s == nil || depth > 3 {
		return
	}
	for i := range s.NumFields() {
		v := s.Field(i)
		if jsonOnly && jsonUnfilled(s, i) {
			continue
		}
		if info, ok := a.fields.FieldOf(v); ok && !info.Holder {
			a.noteWrite(fieldID(v, info.Symbol), FieldWrite{Plain: true})
		}
		if inner := structOf(v.Type()); inner != nil {
			a.notePlainFields(inner, depth+1, jsonOnly && !jsonSelfDecoding(v.Type()))
		}
	}
}
