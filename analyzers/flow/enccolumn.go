package flow

import (
	"go/types"
	"reflect"
	"strings"
	"sync"
	"unicode"

	"golang.org/x/tools/go/ssa"

	"github.com/privlint/privlint/analyzers/config"
	"github.com/privlint/privlint/rules"
)

// sqlColumns reads a write statement for the columns its bare
// placeholders fill: INSERT INTO t (a, b) VALUES ($1, ?) and UPDATE t SET
// a = $1, b = ? map the index of the argument after the statement text
// (0 for $1 or the first ?) to the column's name, lower case and
// unquoted. A value that is an expression (lower($1)) names no column.
func sqlColumns(q string) map[int]string { return sqlColumnsOf(sqlTokens(q)) }

// sqlColumnsOf is sqlColumns of the statement's tokens.
func sqlColumnsOf(toks []string) map[int]string {
	out := map[int]string{}
	next := 0 // the next ? placeholder's argument index
	arg := func(tok string) (int, bool) {
		if tok == "?" {
			next++
			return next - 1, true
		}
		if len(tok) > 1 && tok[0] == '$' {
			n := 0
			for _, c := range tok[1:] {
				if c < '0' || c > '9' || n > 1<<16 {
					return 0, false
				}
				n = n*10 + int(c-'0')
			}
			if n >= 1 {
				return n - 1, true
			}
		}
		return 0, false
	}
	for i := 0; i < len(toks); i++ {
		switch strings.ToLower(toks[i]) {
		case "insert":
			// INSERT [INTO] name ( cols ) VALUES ( items )
			j := i + 1
			for j < len(toks) && toks[j] != "(" {
				j++
			}
			var cols []string
			for j++; j < len(toks) && toks[j] != ")"; j++ {
				if toks[j] != "," {
					cols = append(cols, unquote(toks[j]))
				}
			}
			for j < len(toks) && !strings.EqualFold(toks[j], "values") {
				j++
			}
			if j+1 >= len(toks) || toks[j+1] != "(" {
				return out
			}
			col, depth, bare := 0, 0, true
			var item []string
			for j += 2; j < len(toks) && depth >= 0; j++ {
				switch t := toks[j]; {
				case t == "(":
					depth++
					bare = false
				case t == ")" && depth == 0:
					depth = -1
					fallthrough
				case t == "," && depth == 0:
					if bare && len(item) == 1 && col < len(cols) {
						if n, ok := arg(item[0]); ok {
							out[n] = cols[col]
						}
					} else {
						for _, it := range item {
							arg(it)
						}
					}
					col, item, bare = col+1, nil, true
				case t == ")":
					depth--
				default:
					item = append(item, t)
				}
			}
			i = j - 1
		case "set":
			// SET a = $1, b = ? … up to WHERE or the end.
			for j := i + 1; j+2 < len(toks); {
				if strings.EqualFold(toks[j], "where") {
					break
				}
				if toks[j+1] == "=" && (j+3 >= len(toks) || toks[j+3] == "," || strings.EqualFold(toks[j+3], "where")) {
					if n, ok := arg(toks[j+2]); ok {
						out[n] = unquote(toks[j])
					}
					j += 3 // to the comma or WHERE after it
					continue
				}
				j++
			}
			return out
		default:
			arg(toks[i])
		}
	}
	return out
}

// sqlTokens splits SQL text into identifiers, placeholders and single
// punctuation, skipping string literals and comments.
func sqlTokens(q string) []string {
	var out []string
	for i := 0; i < len(q); {
		c := q[i]
		switch {
		case c == '\'':
			j := strings.IndexByte(q[i+1:], c)
			if j < 0 {
				return out
			}
			out = append(out, "'")
			i += j + 2
		case strings.HasPrefix(q[i:], "--") || strings.HasPrefix(q[i:], "/*"):
			if i = sqlCommentEnd(q, i); i < 0 {
				return out
			}
		case c == '"' || c == '`':
			j := strings.IndexByte(q[i+1:], c)
			if j < 0 {
				return out
			}
			out = append(out, q[i:i+j+2])
			i += j + 2
		case c == '$' || isIdentByte(c):
			j := i + 1
			for j < len(q) && isIdentByte(q[j]) {
				j++
			}
			out = append(out, q[i:j])
			i = j
		case c == ' ' || c == '\t' || c == '\n' || c == '\r':
			i++
		default:
			out = append(out, q[i:i+1])
			i++
		}
	}
	return out
}

// unquote lower-cases a column name and drops its quotes and table
// qualifier.
func unquote(s string) string {
	s = strings.Trim(s, "\"`")
	if i := strings.LastIndexByte(s, '.'); i >= 0 {
		s = s[i+1:]
	}
	return strings.ToLower(s)
}

// encryptedColumns returns the column names of the struct fields marked
// encrypted (pii:"…,encrypted") of this package and the packages it
// imports: a field's column as its db, gorm, bun or sql tag names it, or
// its name in snake case.
func (a *analysis_) encryptedColumns() map[string]bool {
	if a.encCols != nil {
		return a.encCols
	}
	a.encCols = map[string]bool{}
	for _, c := range a.pkgEncryptedColumns(a.pass.Pkg) {
		a.encCols[c] = true
	}
	for _, pkg := range a.pass.Pkg.Imports() {
		// What an imported package declares is the same for every
		// importer judged by the same Env: worked out once per run.
		k := encKey{a.env, pkg}
		sh := a.shared
		sh.mu.Lock()
		cols, ok := sh.encCols[k]
		sh.mu.Unlock()
		if !ok {
			cols = a.pkgEncryptedColumns(pkg)
			sh.mu.Lock()
			if sh.encCols == nil {
				sh.encCols = map[encKey][]string{}
			}
			sh.encCols[k] = cols
			sh.mu.Unlock()
		}
		for _, c := range cols {
			a.encCols[c] = true
		}
	}
	return a.encCols
}

// pkgEncryptedColumns returns the column names of the struct fields marked
// encrypted that pkg declares at package level, as encryptedColumns.
func (a *analysis_) pkgEncryptedColumns(pkg *types.Package) []string {
	var cols []string
	scope := pkg.Scope()
	for _, name := range scope.Names() {
		tn, ok := scope.Lookup(name).(*types.TypeName)
		if !ok {
			continue
		}
		st, ok := tn.Type().Underlying().(*types.Struct)
		if !ok {
			continue
		}
		for i := 0; i < st.NumFields(); i++ {
			f, ok := a.fields.FieldOf(st.Field(i))
			if !ok || !f.Encrypted {
				continue
			}
			cols = append(cols, columnNames(st.Field(i).Name(), reflect.StructTag(st.Tag(i)))...)
		}
	}
	return cols
}

// shared is what the passes of one flow analyzer share: answers that
// depend only on an imported package and the Env, worked out once.
type shared struct {
	mu      sync.Mutex
	encCols map[encKey][]string // pkgEncryptedColumns of imported packages
}

// encKey is an imported package judged by an Env.
type encKey struct {
	env *config.Env
	pkg *types.Package
}

// columnNames returns the names a field's column may have.
func columnNames(field string, tag reflect.StructTag) []string {
	out := []string{snake(field)}
	for _, key := range []string{"db", "sql", "bun"} {
		if v, ok := tag.Lookup(key); ok {
			if n, _, _ := strings.Cut(v, ","); n != "" && n != "-" {
				out = append(out, strings.ToLower(n))
			}
		}
	}
	for _, part := range strings.Split(tag.Get("gorm"), ";") {
		if n, ok := strings.CutPrefix(strings.TrimSpace(part), "column:"); ok && n != "" {
			out = append(out, strings.ToLower(n))
		}
	}
	return out
}

// snake turns a Go name into snake case: SSNSealed is ssn_sealed.
func snake(name string) string {
	r := []rune(name)
	var b strings.Builder
	for i, c := range r {
		if unicode.IsUpper(c) && i > 0 && (unicode.IsLower(r[i-1]) || i+1 < len(r) && unicode.IsLower(r[i+1])) {
			b.WriteByte('_')
		}
		b.WriteRune(unicode.ToLower(c))
	}
	return b.String()
}

// encodedColumn handles argument x of a write statement bound to column
// col, marked encrypted: when x is only an encoding of personal data
// (base64, hex), the encoding is taken for encryption, a flow of its own
// (KindEncryptedField) that PL105 judges. It reports whether it was.
func (st *fnState) encodedColumn(c *callSite, col string, x ssa.Value) bool {
	a := st.a
	outer, inner := a.encoderCall(x, 0)
	if outer == nil {
		return false
	}
	var t set
	for _, y := range outer.Call.Args {
		t = union(t, st.deep(y))
	}
	if len(t) == 0 {
		return false
	}
	w := &Weakness{Kind: WeakEncoding, Call: a.callText(inner), Why: "only an encoding"}
	if obj := calleeObj(inner.Common()); obj != nil {
		w.Func = catalogName(obj)
	}
	w.At, w.AtEnd = a.callSpan(inner)
	w.Pos = w.At
	ref := SinkRef{Kind: KindEncryptedField, What: "column " + col, Call: w.Call, Pos: a.posString(c.instr.Pos())}
	st.reach(outer, ref, a.weakOf(t, w), false)
	return true
}

// encryptedArgs maps the arguments of a write statement bound to a column
// marked encrypted to the column; nil when there are none. It is worked
// out once per package and statement (the fixpoint comes back to each
// call many times); the map returned is shared and must not be changed.
func (st *fnState) encryptedArgs(text string) map[int]string {
	a := st.a
	if out, ok := a.encArgs[text]; ok {
		return out
	}
	out := a.encryptedArgs1(text)
	if a.encArgs == nil {
		a.encArgs = map[string]map[int]string{}
	}
	a.encArgs[text] = out
	return out
}

// encryptedArgs1 is encryptedArgs, worked out.
func (a *analysis_) encryptedArgs1(text string) map[int]string {
	if !rules.IsWriteSQL(text) {
		return nil
	}
	enc := a.encryptedColumns()
	if len(enc) == 0 {
		return nil
	}
	var out map[int]string
	for i, col := range sqlColumns(text) {
		if enc[col] {
			if out == nil {
				out = map[int]string{}
			}
			out[i] = col
		}
	}
	return out
}
