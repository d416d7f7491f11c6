package flow

import (
	"slices"
	"strings"

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
// client_secret, password) and no other word vetoes it (page_token).
func (a *analysis_) authKey(key string, header bool) bool {
	if header && slices.Contains(authHeaders, strings.ToLower(key)) {
		return true
	}
	if key == "" || len(key) > 64 {
		return false
	}
	toks := classifier.Tokens(key)
	if len(toks) == 0 || !slices.Contains(authTokens, toks[len(toks)-1]) {
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
