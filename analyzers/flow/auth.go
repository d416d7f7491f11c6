package flow

import (
	"go/token"
	"slices"
	"strings"

	"golang.org/x/tools/go/ssa"

	"github.com/privlint/privlint/internal/classifier"
	"github.com/privlint/privlint/rules"
)

// Credentials used as a request's own authentication. An API token, a
// password or a key put where the recipient reads the caller's
// authentication — an Authorization header, an API-key header, or a query
// or form parameter named for a credential (auth_token, api_key) —
// authenticates to that recipient: it is the credential the recipient
// issued (the user's own Pinboard token sent to Pinboard), and the
// recipient learns nothing it did not have. Such data is marked
// (Source.Auth) and PL103 does not count it; it is still data for the
// other rules: a token in a URL (PL104), a log (PL102) or a table (PL101)
// is exposed there. Basic-auth credentials (Request.SetBasicAuth) are a
// barrier of the catalog, for the same reason.

// authHeaders are the request headers, lower-cased, that carry the
// caller's authentication whatever their value is named.
var authHeaders = []string{
	"authorization", "proxy-authorization",
	"x-api-key", "api-key", "apikey", "x-auth-token", "x-access-token", "private-token", "x-token",
}

// authPlacement handles a call that puts a value under a constant key of
// a request's header or query/form values (Header.Set, Header.Add,
// Values.Set, Values.Add): when the key says the value authenticates the
// request, the credentials it carries are marked as authentication and
// added to the object, as the accumulator or the method itself would.
func (st *fnState) authPlacement(c *callSite, pkg, recv, name string) bool {
	if c.recv == nil || len(c.args) != 2 || (name != "Set" && name != "Add") {
		return false
	}
	if !(pkg == "net/http" && recv == "Header") && !(pkg == "net/url" && recv == "Values") {
		return false
	}
	key, ok := constString(c.args[0])
	if !ok || !st.a.authKey(key, recv == "Header") {
		return false
	}
	in := st.a.authOf(st.deep(c.args[1]))
	if len(in) == 0 {
		return true
	}
	for _, h := range holders(c.recv) {
		st.addTo(cObj, st.obj, h, in)
	}
	return true
}

// authTokens end the name of a parameter that carries a credential:
// auth_token, access_token, api_key, key, client_secret, password, and
// the one-time passcode a second-factor service issued and now checks
// (passcode, otp).
var authTokens = []string{"token", "key", "apikey", "secret", "password", "passwd", "pwd", "passphrase", "auth", "authorization", "credential", "credentials", "passcode", "otp", "totp"}

// authVeto are tokens of such names that are no credential: a page
// token, a continuation or sync token, an idempotency key, a public key.
var authVeto = []string{"page", "next", "continuation", "sync", "cursor", "idempotency", "public", "resume", "partition", "sort", "row"}

// authKey reports whether a header or parameter named key carries the
// caller's authentication: a header of authHeaders, or a name whose last
// word names a credential (auth_token, access_token, api_key, key,
// client_secret, password, appsecret) and no other word vetoes it
// (page_token).
func (a *analysis_) authKey(key string, header bool) bool {
	if header && slices.Contains(authHeaders, strings.ToLower(key)) {
		return true
	}
	if key == "" || len(key) > 64 {
		return false
	}
	toks := classifier.Tokens(key)
	if len(toks) == 0 {
		return false
	}
	// A secret run together with whose it is (appsecret, corpsecret,
	// clientsecret) is one too.
	if last := toks[len(toks)-1]; !slices.Contains(authTokens, last) && !(len(last) > len("secret") && strings.HasSuffix(last, "secret")) {
		return false
	}
	for _, t := range toks {
		if slices.Contains(authVeto, t) {
			return false
		}
	}
	return true
}

// credentialCategory reports whether cat is a credential or a password.
func credentialCategory(cat string) bool {
	return rules.Covers("user.authorization.credentials", cat) || rules.Covers("user.authorization.password", cat)
}

// authOf returns t with its credentials marked as a request's
// authentication: sources of a credential category and parameters (their
// caller judges what they hold). Other data is left as it is: an e-mail
// address in an auth_token parameter is still sent.
func (a *analysis_) authOf(t set) set {
	if len(t) == 0 {
		return t
	}
	return a.remark(t, func(s *Source) bool {
		return s.Auth || s.Anonymous || (s.pseudo == 0 && !credentialCategory(s.Category))
	}, func(s *Source) { s.Auth = true })
}

// authMarked reports whether label l is a parameter's pseudo-label marked
// as authentication.
func (a *analysis_) authMarked(l label) bool {
	return l >= 0 && a.sources[l].pseudo > 0 && a.sources[l].Auth
}

// authIf returns t marked as authentication when auth is set.
func (a *analysis_) authIf(t set, auth bool) set {
	if !auth {
		return t
	}
	return a.authOf(t)
}

// authInText reports whether text, the constant text of a URL just before
// a value is put into it, ends with a query parameter named for a
// credential: "…?access_token=", "…&client_secret=". The parameter must
// follow a '?' or '&' within text: a bare "token=" may be a log line's
// or a message's words.
func (a *analysis_) authInText(text string) bool {
	k, ok := strings.CutSuffix(text, "=")
	if !ok {
		return false
	}
	i := strings.LastIndexAny(k, "?&")
	if i < 0 {
		return false
	}
	k = k[i+1:]
	if k == "" || strings.ContainsAny(k, "/=#:;, \t\n%") {
		return false
	}
	return a.authKey(k, false)
}

// requestURL reports whether prefix, the constant text a string starts
// with, is an http or https URL whose host it names: a request to it goes
// to that host. Text that names no host (a link built on a configured
// origin, a message) may go elsewhere: into a mail body a provider sends.
func requestURL(prefix string) bool {
	p := strings.ToLower(prefix)
	return (strings.HasPrefix(p, "https://") || strings.HasPrefix(p, "http://")) && hostOf(p, false) != ""
}

// sprintfAuth returns the operands of a call of fmt.Sprintf with a
// constant format, a URL naming its host, that the format puts only as
// the value of a query parameter named for a credential
// (fmt.Sprintf("https://api.example.com/me?access_token=%s", tok)): they
// are the request's authentication, as if set with Values.Set. Nil for
// any other call.
func (a *analysis_) sprintfAuth(c *callSite) map[ssa.Value]bool {
	if c.obj == nil || c.obj.Pkg() == nil || c.obj.Pkg().Path() != "fmt" || c.obj.Name() != "Sprintf" || len(c.args) != 2 {
		return nil
	}
	f, ok := constString(c.args[0])
	if !ok || !strings.Contains(f, "=%") || !requestURL(f) {
		return nil
	}
	at, ok := formatAuth(f, a.authInText)
	if !ok || len(at) == 0 {
		return nil
	}
	ops, ok := varargs(c.args[1])
	if !ok {
		return nil
	}
	// An operand also printed elsewhere in the format is data there.
	all := map[ssa.Value]bool{}
	for i, x := range ops {
		if prev, seen := all[x]; seen {
			all[x] = prev && at[i]
		} else {
			all[x] = at[i]
		}
	}
	var out map[ssa.Value]bool
	for x, auth := range all {
		if auth {
			if out == nil {
				out = map[ssa.Value]bool{}
			}
			out[x] = true
		}
	}
	return out
}

// formatAuth reads a format string and returns, for each operand index,
// whether the literal text between the previous verb (or the format's
// start) and the operand's verb satisfies auth. It reports false for a
// format with explicit argument indexes.
func formatAuth(f string, auth func(string) bool) (map[int]bool, bool) {
	out := map[int]bool{}
	arg, lit := 0, 0
	for i := 0; i < len(f); i++ {
		if f[i] != '%' {
			continue
		}
		pct := i
		i++
		for i < len(f) && strings.IndexByte("#+- 0", f[i]) >= 0 {
			i++
		}
		for i < len(f) && (f[i] >= '0' && f[i] <= '9' || f[i] == '.' || f[i] == '*' || f[i] == '[') {
			switch f[i] {
			case '[':
				return nil, false
			case '*':
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
		if auth(f[lit:pct]) {
			out[arg] = true
		}
		arg++
		lit = i + 1
	}
	return out, true
}

// constSuffix returns the constant text a string value ends with: a
// constant, or the constant right side of a concatenation.
func constSuffix(v ssa.Value) string {
	if s, ok := constString(v); ok {
		return s
	}
	if b, ok := v.(*ssa.BinOp); ok && b.Op == token.ADD {
		if s, ok := constString(b.Y); ok {
			return s
		}
	}
	return ""
}
