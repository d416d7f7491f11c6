package flow

import (
	"go/types"
	"strings"
	"unicode"

	"golang.org/x/tools/go/ssa"
)

// redactVerbs start the names of functions that say they hide what they
// are given (redactEmail, maskCard, URL.Redacted, scrubSecrets).
var redactVerbs = map[string]bool{
	"redact": true, "redacted": true, "mask": true, "masked": true, "obfuscate": true, "obfuscated": true,
	"scrub": true, "scrubbed": true, "censor": true, "censored": true,
}

// stripVerbs start names that hide something only when they name a secret
// as well (stripToken, hideSecret, but not stripPort or stripPrefix).
var stripVerbs = map[string]bool{"strip": true, "hide": true, "remove": true, "drop": true, "elide": true}

var secretNouns = map[string]bool{
	"token": true, "tokens": true, "secret": true, "secrets": true, "password": true, "passwords": true,
	"passwd": true, "credential": true, "credentials": true, "apikey": true, "key": true, "keys": true,
}

// redactor reports whether fn is named for hiding what it is given: its
// first word is a redaction verb (redact, mask, obfuscate, scrub, censor;
// not anonymize, which often means a fast hash PL105 judges), or a
// removal verb (strip, hide, remove, drop, elide) followed by a secret's
// name (stripToken). Its results are taken to carry nothing: the name is
// the developer's statement that the value is safe to show, as
// //privlint:encrypts is for protection. A function whose summary says it
// only hashes weakly is judged by its summary instead (weakSummary).
func redactor(fn *types.Func) bool {
	if fn == nil {
		return false
	}
	words := nameWords(fn.Name())
	if len(words) == 0 {
		return false
	}
	if redactVerbs[words[0]] {
		return true
	}
	if !stripVerbs[words[0]] {
		return false
	}
	for _, w := range words[1:] {
		if secretNouns[w] {
			return true
		}
	}
	return false
}

// nameWords splits an identifier into lower-case words at case changes
// and underscores: stripAPIToken → strip, api, token.
func nameWords(name string) []string {
	var words []string
	rs := []rune(name)
	start := 0
	flush := func(end int) {
		if end > start {
			w := strings.ToLower(strings.Trim(string(rs[start:end]), "_"))
			if w != "" {
				words = append(words, w)
			}
		}
		start = end
	}
	for i := 1; i < len(rs); i++ {
		switch {
		case rs[i] == '_':
			flush(i)
		case unicode.IsUpper(rs[i]) && unicode.IsLower(rs[i-1]):
			flush(i)
		case unicode.IsUpper(rs[i]) && i+1 < len(rs) && unicode.IsLower(rs[i+1]) && unicode.IsUpper(rs[i-1]):
			flush(i)
		}
	}
	flush(len(rs))
	return words
}

// selfFormatted reports whether a value handed to a log is of a type of
// the application (not the standard library) that formats itself for
// logs (String, LogString, LogValue, Error, …): the method decides what
// the line shows, so the value's contents are not what is logged. So does
// a value of an application's interface type that has such a method
// (a Receiver interface embedding fmt.Stringer): every value it holds has
// the method, and fmt calls it. An interface's Error method does not
// count (an application's Failure interface embedding error holds errors
// whose text carries what they were built with, as error's own values
// do), nor do the standard library's interfaces (error, fmt.Stringer):
// an error's text is followed.
func selfFormatted(x ssa.Value) bool {
	t := types.Unalias(beforeInterface(x).Type())
	if p, ok := t.(*types.Pointer); ok {
		t = types.Unalias(p.Elem())
	}
	named, ok := t.(*types.Named)
	if !ok || named.Obj().Pkg() == nil {
		return false
	}
	path := named.Obj().Pkg().Path()
	if first, _, _ := strings.Cut(path, "/"); !strings.Contains(first, ".") {
		return false // the standard library: url.URL prints its query
	}
	var lookIn types.Type = types.NewPointer(t)
	iface := types.IsInterface(t)
	if iface {
		lookIn = t // an interface's methods are its own, not its pointer's
	}
	for _, m := range formatterMethods {
		if iface && m == "Error" {
			continue
		}
		if obj, _, _ := types.LookupFieldOrMethod(lookIn, true, named.Obj().Pkg(), m); obj != nil {
			if _, isFunc := obj.(*types.Func); isFunc {
				return true
			}
		}
	}
	return false
}

// logArgs returns the arguments of a log call with a variadic slice the
// call site built (log.Printf(format, a, b)) replaced by the values put
// into it, so that each is judged on its own (selfFormatted).
func logArgs(args []ssa.Value) []ssa.Value {
	var out []ssa.Value
	for _, x := range args {
		elems, ok := variadicElems(x)
		if !ok {
			out = append(out, x)
			continue
		}
		out = append(out, elems...)
	}
	return out
}

// variadicElems returns the values stored into the array behind a slice
// of a fresh array (the ... argument of a call), and whether x is one.
func variadicElems(x ssa.Value) ([]ssa.Value, bool) {
	sl, ok := x.(*ssa.Slice)
	if !ok {
		return nil, false
	}
	alloc, ok := sl.X.(*ssa.Alloc)
	if !ok || alloc.Referrers() == nil {
		return nil, false
	}
	if _, isArr := alloc.Type().Underlying().(*types.Pointer).Elem().Underlying().(*types.Array); !isArr {
		return nil, false
	}
	var elems []ssa.Value
	for _, r := range *alloc.Referrers() {
		switch r := r.(type) {
		case *ssa.IndexAddr:
			if r.Referrers() == nil {
				continue
			}
			for _, u := range *r.Referrers() {
				if s, ok := u.(*ssa.Store); ok && s.Addr == r {
					elems = append(elems, s.Val)
				} else if _, isLoad := u.(*ssa.UnOp); !isLoad {
					return nil, false // the element's address escapes
				}
			}
		case *ssa.Slice:
			if r != sl {
				return nil, false
			}
		default:
			return nil, false
		}
	}
	return elems, true
}

// weakSummary reports whether the called function's summary says it only
// weakly protects a parameter on its way to a result (a fast hash): then
// its name does not make it a redactor, PL105 judges it.
func (st *fnState) weakSummary(c *callSite) bool {
	s := st.summaryOf(c)
	if s == nil {
		return false
	}
	for _, pr := range s.ParamResults {
		if pr.Weak != nil {
			return true
		}
	}
	for _, rs := range s.ResultSources {
		if rs.Source.Weak != nil {
			return true
		}
	}
	return false
}

// formattedArgs returns the arguments of a call of fmt.Sprint, Sprintf or
// Sprintln whose text the result shows, and whether c is such a call with
// its operands known one by one: a value of a type that formats itself
// (selfFormatted, printed with %v, %s or %q, or by Sprint) shows what its
// method decides, as for a log, and one a constant format prints only
// with %T or %p shows its type or address. A format with explicit
// argument indexes keeps every operand; an operand the format has no
// verb for is printed as an EXTRA and kept.
func formattedArgs(c *callSite) ([]ssa.Value, bool) {
	if c.obj == nil || c.obj.Pkg() == nil || c.obj.Pkg().Path() != "fmt" || len(c.args) == 0 {
		return nil, false
	}
	var format ssa.Value
	switch c.obj.Name() {
	case "Sprint", "Sprintln":
	case "Sprintf":
		if len(c.args) != 2 {
			return nil, false
		}
		format = c.args[0]
	default:
		return nil, false
	}
	elems, ok := variadicElems(c.args[len(c.args)-1])
	if !ok {
		return nil, false
	}
	ops, ok := varargs(c.args[len(c.args)-1])
	if !ok || len(ops) != len(elems) {
		return nil, false
	}
	var verbs map[int]string
	if format != nil {
		f, isConst := constString(format)
		if !isConst {
			return nil, false
		}
		if verbs, ok = formatVerbs(f); !ok {
			return nil, false
		}
	}
	shown := []ssa.Value{}
	if format != nil {
		shown = append(shown, format)
	}
	for i := range len(ops) {
		x, ok := ops[i]
		if !ok {
			return nil, false
		}
		if format == nil {
			if !selfFormatted(x) {
				shown = append(shown, x)
			}
			continue
		}
		vs, has := verbs[i]
		if !has || !hidden(vs, selfFormatted(x)) {
			shown = append(shown, x)
		}
	}
	return shown, true
}

// hidden reports whether an operand printed with verbs vs (their letters,
// '#' before one with that flag) shows nothing of its contents: only %T
// and %p, or, for a value that formats itself, also %v, %s and %q.
func hidden(vs string, self bool) bool {
	for i := 0; i < len(vs); i++ {
		switch vs[i] {
		case 'T', 'p':
		case 'v', 's', 'q':
			if !self {
				return false
			}
		case '#':
			return false // %#v prints the fields, or GoString
		default:
			return false
		}
	}
	return true
}

// formatVerbs maps each operand index of a fmt format to the verbs that
// print it ('#' before a verb with that flag; '*' for a width or a
// precision it gives). It reports false for a format with explicit
// argument indexes (%[1]v), whose operands it does not follow.
func formatVerbs(f string) (map[int]string, bool) {
	out := map[int]string{}
	arg := 0
	for i := 0; i < len(f); i++ {
		if f[i] != '%' {
			continue
		}
		i++
		sharp := false
	flags:
		for ; i < len(f); i++ {
			switch f[i] {
			case '#':
				sharp = true
			case '+', '-', ' ', '0':
			default:
				break flags
			}
		}
		for i < len(f) && (f[i] >= '0' && f[i] <= '9' || f[i] == '.' || f[i] == '*' || f[i] == '[') {
			switch f[i] {
			case '[':
				return nil, false
			case '*':
				out[arg] += "*"
				arg++
			}
			i++
		}
		if i >= len(f) {
			break
		}
		if f[i] == '%' {
			continue
		}
		v := string(f[i])
		if sharp {
			v = "#" + v
		}
		out[arg] += v
		arg++
	}
	return out, true
}
