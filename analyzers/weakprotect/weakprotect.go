package weakprotect

import (
	_ "embed"
	"fmt"
	"go/token"
	"slices"
	"strconv"
	"strings"

	"golang.org/x/tools/go/analysis"

	"github.com/privlint/privlint/analyzers/config"
	"github.com/privlint/privlint/analyzers/flow"
	"github.com/privlint/privlint/analyzers/internal/analysisdoc"
	"github.com/privlint/privlint/internal/diag"
	"github.com/privlint/privlint/rules"
)

// Rule is the id of the rule this analyzer reports.
const Rule = "PL105"

// doc is the package documentation, the source of the analyzer's Doc.
//
//go:embed doc.go
var doc string

// New returns the analyzer that reports PL105 (see the package doc) on
// the flows that flowAnalyzer, made by flow.New, finds, judged by the Env
// of env.
func New(env, flowAnalyzer *analysis.Analyzer) *analysis.Analyzer {
	return &analysis.Analyzer{
		Name:             "weakprotect",
		Doc:              analysisdoc.MustExtract(doc, "weakprotect"),
		URL:              rules.HelpURIFor(Rule),
		Requires:         []*analysis.Analyzer{env, flowAnalyzer},
		RunDespiteErrors: true,
		Run:              run,
		ResultType:       diag.ResultType,
	}
}

func run(pass *analysis.Pass) (any, error) {
	env := config.For(pass)
	rep := env.Reporter(pass)
	if !rep.Enabled(Rule) {
		return rep.Result(), nil
	}
	flows := slices.Clone(flow.Of(pass).Flows)
	// Where several sinks are reached, the message names the first:
	// in source order, and at one call a URL before its host.
	// Flows of several places may lead to one report (a caller's and its
	// callee's, both at the callee's weak hash): the first in the source
	// text tells it, by file name and offset, never by token.Pos, whose
	// order across files is the order they happened to be parsed in.
	slices.SortStableFunc(flows, func(x, y *flow.Flow) int {
		if x.Pos != y.Pos {
			return flow.ComparePos(pass.Fset, x.Pos, y.Pos)
		}
		return rank(x.Sink.Kind) - rank(y.Sink.Kind)
	})
	seen := map[string]bool{}
	for _, fl := range flows {
		for _, src := range weakSources(fl) {
			pos, end := locate(pass, src.Weak.At, src.Weak.AtEnd)
			if !pos.IsValid() {
				pos, end = fl.Pos, fl.End
			}
			k := pass.Fset.Position(pos).String() + "\x00" + src.Category
			if seen[k] {
				continue
			}
			seen[k] = true
			rep.Report(pos, end, fl.WeakFinding(pass.Fset, src, Rule, message(fl, src), step(src.Weak)))
		}
	}
	return rep.Result(), nil
}

// rank orders sink kinds for messages.
func rank(kind flow.Kind) int {
	return slices.Index([]flow.Kind{flow.KindHashedField, flow.KindStorage, flow.KindLog, flow.KindURL, flow.KindThirdParty, flow.KindURLPart, flow.KindEncryptedField}, kind)
}

// weakSources returns the sources of fl that PL105 reports, in a stable
// order.
func weakSources(fl *flow.Flow) []*flow.Source {
	var out []*flow.Source
	for _, s := range slices.Concat(fl.Sources, fl.Weak) {
		if s.WeakProtection() {
			out = append(out, s)
		}
	}
	slices.SortStableFunc(out, func(x, y *flow.Source) int {
		return strings.Compare(x.Symbol+"\x00"+x.Category+"\x00"+x.Pos, y.Symbol+"\x00"+y.Category+"\x00"+y.Pos)
	})
	return out
}

// locate turns "file:line:col" positions into positions of this pass's
// files; NoPos when the file is not one of them.
func locate(pass *analysis.Pass, at, atEnd string) (token.Pos, token.Pos) {
	pos := position(pass, at)
	if !pos.IsValid() {
		return token.NoPos, token.NoPos
	}
	return pos, position(pass, atEnd)
}

func position(pass *analysis.Pass, s string) token.Pos {
	i := strings.LastIndexByte(s, ':')
	if i < 0 {
		return token.NoPos
	}
	j := strings.LastIndexByte(s[:i], ':')
	if j < 0 {
		return token.NoPos
	}
	file := s[:j]
	line, err1 := strconv.Atoi(s[j+1 : i])
	col, err2 := strconv.Atoi(s[i+1:])
	if err1 != nil || err2 != nil || line < 1 || col < 1 {
		return token.NoPos
	}
	for _, f := range pass.Files {
		tf := pass.Fset.File(f.FileStart)
		if tf == nil || tf.Name() != file || line > tf.LineCount() {
			continue
		}
		p := tf.LineStart(line) + token.Pos(col-1)
		if int(p)-tf.Base() > tf.Size() {
			return token.NoPos
		}
		return p
	}
	return token.NoPos
}

// method names the weak protection: "md5.Sum", "hmac.New and a
// hard-coded key (a literal)".
func method(w *flow.Weakness) string {
	if w.Kind == rules.WeakHash {
		return w.Call
	}
	return w.Call + " and " + w.Why
}

// inSQL reports whether the database applies w: the flow engine read a
// hashing function of the database (md5, sha1, sha2, digest, PASSWORD,
// crypt with an MD5 or DES salt) around the value's placeholder in the
// statement's text, and names it sql.<function>.
func inSQL(w *flow.Weakness) bool {
	return strings.HasPrefix(w.Func, "sql.")
}

// step is the code-flow step at the protecting call.
func step(w *flow.Weakness) string {
	switch w.Kind {
	case rules.WeakHash:
		return "hashed with " + w.Call + ", " + w.Why
	case rules.WeakMAC:
		return "hashed with " + method(w)
	case rules.WeakCipher:
		return "encrypted with " + method(w)
	}
	return "encoded with " + w.Call + ", " + w.Why
}

// destination says where the flow goes: "written to a SQL database
// (db.Exec)".
func destination(fl *flow.Flow) string {
	s := fl.Sink
	switch s.Kind {
	case flow.KindThirdParty:
		return fmt.Sprintf("sent to %s (%s)", s.What, s.Call)
	case flow.KindURL:
		return fmt.Sprintf("put into a request URL (%s)", s.Call)
	case flow.KindURLPart:
		return fmt.Sprintf("put into %s (%s)", s.What, s.Call)
	}
	return fmt.Sprintf("written to %s (%s)", s.What, s.Call)
}

func message(fl *flow.Flow, src *flow.Source) string {
	w := src.Weak
	head := src.Category + " from " + src.Symbol
	switch {
	case fl.Sink.Kind == flow.KindHashedField:
		return fmt.Sprintf("%s in %s receives a value hashed with %s, not a password hash; guessing reverses it at billions of tries a second: hash it with bcrypt, scrypt, argon2id or pbkdf2",
			src.Category, src.Symbol, method(w))
	case w.Kind == flow.WeakEncoding:
		marked := "a field"
		if strings.HasPrefix(fl.Sink.What, "column ") {
			marked = "a column"
		}
		return fmt.Sprintf("%s is only encoded with %s, not encrypted, and stored in %s, %s marked encrypted; encoding is not encryption: encrypt it (an AEAD, or a function marked //privlint:encrypts) or drop the encrypted mark",
			head, w.Call, fl.Sink.What, marked)
	case w.Kind == rules.WeakCipher:
		return fmt.Sprintf("%s is encrypted with %s, and %s; anyone with the code decrypts it: load the key from a secret store or configuration and fill each nonce from crypto/rand",
			head, method(w), destination(fl))
	case src.GuessableCredential() && w.Kind == rules.WeakHash && inSQL(w):
		return fmt.Sprintf("%s is hashed with %s, a fast hash, not a password hash, and %s; guessing reverses it at billions of tries a second: bind it to crypt($1, gen_salt('bf')) in the statement, or hash it in Go with bcrypt, scrypt, argon2id or pbkdf2",
			head, w.Call, destination(fl))
	case src.GuessableCredential() && w.Kind == rules.WeakHash:
		return fmt.Sprintf("%s is hashed with %s, a fast hash, not a password hash, and %s; guessing reverses it at billions of tries a second: hash it with bcrypt, scrypt, argon2id or pbkdf2",
			head, w.Call, destination(fl))
	case src.GuessableCredential():
		return fmt.Sprintf("%s is hashed with %s, not a password hash, and %s; hash it with bcrypt, scrypt, argon2id or pbkdf2",
			head, method(w), destination(fl))
	case w.Kind == rules.WeakHash && inSQL(w):
		return fmt.Sprintf("%s is pseudonymised with %s, an unkeyed fast hash that hashing every likely value reverses, and %s; key it (hmac($1, key, 'sha256') in the statement, the key bound from configuration) or treat the hash as the personal data it is",
			head, w.Call, destination(fl))
	case w.Kind == rules.WeakHash:
		return fmt.Sprintf("%s is pseudonymised with %s, an unkeyed fast hash that hashing every likely value reverses, and %s; key it (an HMAC with a secret key from configuration) or treat the hash as the personal data it is",
			head, w.Call, destination(fl))
	}
	return fmt.Sprintf("%s is pseudonymised with %s, and %s; anyone with the code reverses it: load the key from a secret store or configuration",
		head, method(w), destination(fl))
}
