package flow

import (
	"maps"
	"slices"
	"strconv"
	"strings"

	"golang.org/x/tools/go/ssa"

	"github.com/privlint/privlint/rules"
)

// sqlProtection is what the SQL text does to a bound value: a function of
// the database that hashes or encrypts it.
type sqlProtection struct {
	fn   string // the function as the text names it, lower case: crypt, sha2
	weak string // why it protects only weakly ("" when it protects)
	salt string // for crypt: the gen_salt algorithm, when a literal
}

// sqlStrong are the database functions that protect what they are given:
// password hashing (pgcrypto's crypt with a Blowfish salt), keyed MACs
// and encryption.
var sqlStrong = map[string]bool{
	"crypt": true, "hmac": true,
	"pgp_sym_encrypt": true, "pgp_pub_encrypt": true, "pgp_sym_encrypt_bytea": true, "pgp_pub_encrypt_bytea": true,
	"encrypt": true, "encrypt_iv": true, "aes_encrypt": true,
}

// sqlWeak are the database's unkeyed fast hashes.
var sqlWeak = map[string]bool{
	"digest": true, "md5": true, "sha": true, "sha1": true, "sha2": true, "sha224": true, "sha256": true,
	"sha384": true, "sha512": true, "password": true, "old_password": true, "crc32": true,
}

// sqlProtectedOnce is sqlProtected(q), worked out once per package and
// statement: the fixpoint comes back to each call many times. The map
// returned is shared and must not be changed.
func (a *analysis_) sqlProtectedOnce(q string) map[int]sqlProtection {
	if p, ok := a.sqlProt[q]; ok {
		return p
	}
	if a.sqlProt == nil {
		a.sqlProt = map[string]map[int]sqlProtection{}
	}
	p := sqlProtected(q)
	a.sqlProt[q] = p
	return p
}

// sqlProtected reads a SQL statement for the bound parameters ($1, ?) that
// are passed, possibly through other expressions, to a hashing or
// encrypting function of the database: crypt($1, gen_salt('bf')),
// SHA2(?, 256), encode(digest($1, 'sha256'), 'hex'). The result maps the
// index of the argument after the statement text (0 for $1 or the first
// ?) to the innermost such function. String literals, quoted identifiers
// and comments are skipped; named parameters (:name) are not read.
func sqlProtected(q string) map[int]sqlProtection {
	var out map[int]sqlProtection
	type frame struct {
		fn    string
		start int // offset of the call's argument list
	}
	var stack []frame
	next := 0 // the next ? placeholder's argument index
	i := 0
	protect := func(arg int) {
		for k := len(stack) - 1; k >= 0; k-- {
			f := stack[k]
			if sqlStrong[f.fn] || sqlWeak[f.fn] {
				p := sqlProtection{fn: f.fn}
				if sqlWeak[f.fn] {
					p.weak = "an unkeyed fast hash"
				}
				if f.fn == "crypt" {
					p.salt = cryptSalt(q[f.start:])
					switch p.salt {
					case "md5", "des", "xdes":
						p.weak = "a fast hash"
					}
				}
				if out == nil {
					out = map[int]sqlProtection{}
				}
				out[arg] = p
				return
			}
		}
	}
	for i < len(q) {
		c := q[i]
		switch {
		case c == '\'' || c == '"' || c == '`':
			j := strings.IndexByte(q[i+1:], c)
			if j < 0 {
				return out
			}
			i += j + 2
		case strings.HasPrefix(q[i:], "--") || strings.HasPrefix(q[i:], "/*"):
			if i = sqlCommentEnd(q, i); i < 0 {
				return out
			}
		case c == '(':
			// The identifier just before, if any, names the function.
			j := i
			for j > 0 && (q[j-1] == ' ' || q[j-1] == '\t') {
				j--
			}
			k := j
			for k > 0 && isIdentByte(q[k-1]) {
				k--
			}
			stack = append(stack, frame{fn: strings.ToLower(q[k:j]), start: i + 1})
			i++
		case c == ')':
			if len(stack) > 0 {
				stack = stack[:len(stack)-1]
			}
			i++
		case c == '$' && i+1 < len(q) && q[i+1] >= '1' && q[i+1] <= '9':
			j := i + 1
			for j < len(q) && q[j] >= '0' && q[j] <= '9' {
				j++
			}
			if n, err := strconv.Atoi(q[i+1 : j]); err == nil && n <= 1<<16 {
				protect(n - 1)
			}
			i = j
		case c == '?':
			protect(next)
			next++
			i++
		default:
			i++
		}
	}
	return out
}

func isIdentByte(b byte) bool {
	return b == '_' || b >= 'a' && b <= 'z' || b >= 'A' && b <= 'Z' || b >= '0' && b <= '9' || b == '.'
}

// cryptSalt returns the algorithm of the gen_salt call in the arguments
// of a crypt call that start rest: gen_salt('bf') is "bf"; "" when there
// is none or it is not a literal.
func cryptSalt(rest string) string {
	l := strings.ToLower(rest)
	i := strings.Index(l, "gen_salt")
	if i < 0 {
		return ""
	}
	if end := strings.IndexByte(l, ')'); end >= 0 && end < i {
		return "" // gen_salt is not inside this crypt
	}
	s := strings.TrimLeft(l[i+len("gen_salt"):], " \t(")
	if !strings.HasPrefix(s, "'") {
		return ""
	}
	s = s[1:]
	j := strings.IndexByte(s, '\'')
	if j < 0 {
		return ""
	}
	return s[:j]
}

// varargs returns the elements of a variadic argument built at the call:
// the values stored into the array a slice of which is passed, by index.
// ok is false when the slice is built another way (or the elements
// cannot all be found), so that the caller falls back on the whole slice.
func varargs(v ssa.Value) (map[int]ssa.Value, bool) {
	sl, ok := v.(*ssa.Slice)
	if !ok {
		return nil, false
	}
	arr, ok := sl.X.(*ssa.Alloc)
	if !ok {
		return nil, false
	}
	refs := arr.Referrers()
	if refs == nil {
		return nil, false
	}
	out := map[int]ssa.Value{}
	for _, r := range *refs {
		switch r := r.(type) {
		case *ssa.Slice:
			if r != sl {
				return nil, false
			}
		case *ssa.IndexAddr:
			n, ok := intConst(r.Index)
			if !ok {
				return nil, false
			}
			irefs := r.Referrers()
			if irefs == nil {
				return nil, false
			}
			for _, ir := range *irefs {
				s, ok := ir.(*ssa.Store)
				if !ok || s.Addr != r {
					return nil, false
				}
				out[int(n)] = s.Val
			}
		default:
			return nil, false
		}
	}
	return out, true
}

// boundArgs returns the arguments a statement's placeholders bind, by
// their index: the elements of a variadic call's one slice of arguments
// (ok false when they cannot be told apart: a slice built another way),
// or the arguments as given.
func boundArgs(c *callSite, rest []ssa.Value) (map[int]ssa.Value, bool) {
	sig := c.instr.Common().Signature()
	if sig != nil && sig.Variadic() && len(rest) == 1 {
		return varargs(rest[0])
	}
	elems := make(map[int]ssa.Value, len(rest))
	for i, x := range rest {
		elems[i] = x
	}
	return elems, true
}

// sqlArgs returns the labels the arguments of a write statement carry to
// the database, after the functions the statement applies to them (see
// sqlProtected): nothing for a value the database hashes with a password
// hash or encrypts, the value marked with its weakness for a fast hash.
// ok is false when the statement protects none of them, or the arguments
// cannot be told apart.
func (st *fnState) sqlArgs(c *callSite, text string, rest []ssa.Value) (set, bool) {
	prot := st.a.sqlProtectedOnce(text)
	enc := st.encryptedArgs(text)
	if len(prot) == 0 && len(enc) == 0 {
		return nil, false
	}
	elems, ok := boundArgs(c, rest)
	if !ok {
		return nil, false
	}
	var t set
	for _, i := range slices.Sorted(maps.Keys(elems)) {
		x := elems[i]
		if _, hashed := prot[i]; !hashed {
			if col, ok := enc[i]; ok && st.encodedColumn(c, col, x) {
				continue // only encoded into a column marked encrypted: PL105's
			}
		}
		xt := st.deepAt(x, c.instr)
		if p, ok := prot[i]; ok {
			if p.weak == "" {
				continue
			}
			xt = st.a.weakOf(xt, st.sqlWeakness(c, p))
		}
		t = union(t, xt)
	}
	return t, true
}

// sqlWeakness describes a fast hash the SQL text applies, reported at the
// statement's call.
func (st *fnState) sqlWeakness(c *callSite, p sqlProtection) *Weakness {
	call := "the database's " + p.fn + "()"
	if p.fn == "crypt" && p.salt != "" {
		call += " with gen_salt('" + p.salt + "')"
	}
	w := &Weakness{Kind: rules.WeakHash, Func: "sql." + p.fn, Call: call, Why: p.weak, Pos: st.a.posString(c.instr.Pos())}
	if ce, ok := st.a.callAt(c.instr.Common().Pos()); ok {
		w.Pos = st.a.posString(ce.Pos())
	}
	w.At, w.AtEnd = st.a.callSpan(c.instr)
	return w
}

// sqlText finds the SQL text among a storage call's arguments: the first
// string whose constant text (or prefix) is a write statement.
func sqlText(args []ssa.Value) (int, string, bool) {
	for i, x := range args {
		if !isString(x.Type()) {
			continue
		}
		text, ok := constString(x)
		if !ok {
			text = constPrefix(x, 0)
		}
		if rules.IsWriteSQL(text) {
			return i, text, true
		}
	}
	return 0, "", false
}

// sqlSink records the flow of a write statement at argument q whose text
// hashes or encrypts some of the arguments it binds: each argument counts
// as what the database keeps of it. It reports whether it did (false when
// the text protects nothing, so that the call is judged as any other).
func (st *fnState) sqlSink(c *callSite, ref SinkRef, q int, text string) bool {
	t, ok := st.sqlArgs(c, text, c.args[q+1:])
	if !ok {
		return false
	}
	for _, x := range c.args[:q+1] {
		t = union(t, st.deep(x))
	}
	ref.Call = st.a.callText(c.instr)
	ref.Pos = st.a.posString(c.instr.Pos())
	st.reach(c.instr, ref, t, false)
	return true
}

// sqlCommentEnd returns the index just after the comment that starts at
// q[i] ("--" to the end of the line, or "/* … */"), or -1 when it runs to
// the end of the text.
func sqlCommentEnd(q string, i int) int {
	if strings.HasPrefix(q[i:], "--") {
		if j := strings.IndexByte(q[i:], '\n'); j >= 0 {
			return i + j + 1
		}
		return -1
	}
	if j := strings.Index(q[i+2:], "*/"); j >= 0 {
		return i + j + 4
	}
	return -1
}
