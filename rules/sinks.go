package rules

import (
	_ "embed"
	"errors"
	"fmt"
	"path"
	"slices"
	"strconv"
	"strings"
	"sync"

	"gopkg.in/yaml.v3"
)

//go:embed sinks.yaml
var sinksYAML []byte

// Func is one catalog entry: the functions or methods it matches and what
// their arguments mean. See sinks.yaml for the fields.
type Func struct {
	Pkg       string   `yaml:"pkg"`
	Recv      []string `yaml:"recv"`
	Names     []string `yaml:"names"`
	What      string   `yaml:"what"`
	Args      []string `yaml:"args"`
	URL       *int     `yaml:"url"`
	Request   *int     `yaml:"request"`
	Recipient string   `yaml:"recipient"`
	Writer    *int     `yaml:"writer"`
	Key       *int     `yaml:"key"`
	Inputs    []string `yaml:"inputs"`
	Only      []string `yaml:"only"`
	SQL       *int     `yaml:"sql"`
	Keys      []int    `yaml:"keys"`
	Weak      string   `yaml:"weak"`
	Secret    *int     `yaml:"secret"`
	Nonce     *int     `yaml:"nonce"`
	Block     *int     `yaml:"block"`
	Backend   string   `yaml:"backend"`
	Model     *int     `yaml:"model"`
	URLOpts   []string `yaml:"urlopts"`
	URLFields []string `yaml:"urlfields"`
}

// Host is a catalog entry naming the recipient behind a well-known host:
// an HTTP request to it is data sent to that recipient.
type Host struct {
	Host      string `yaml:"host"`
	Recipient string `yaml:"recipient"`
	What      string `yaml:"what"`
}

// Weakness kinds of a sanitizer entry (sinks.yaml `weak:`): what PL105
// judges about it.
const (
	// WeakHash is an unkeyed fast hash (md5, sha1, sha256, crc32, fnv):
	// it protects no low-entropy credential and no identifier.
	WeakHash = "hash"
	// WeakMAC is a keyed hash (HMAC): weak when its key is hard-coded.
	WeakMAC = "mac"
	// WeakCipher is encryption: weak when its key is hard-coded or its
	// nonce constant or never filled from a random source.
	WeakCipher = "cipher"
)

// IsKey reports whether argument i (0-based, receiver not counted) of a
// storage sink is a lookup key (a cache key) rather than stored data.
func (f *Func) IsKey(i int) bool { return slices.Contains(f.Keys, i) }

// Sinks is the catalog of sinks, request functions, sources and
// sanitizers.
type Sinks struct {
	Storage    []*Func `yaml:"storage"`
	Log        []*Func `yaml:"log"`
	Writers    []*Func `yaml:"writers"`
	ThirdParty []*Func `yaml:"third_party"`
	Requests   []*Func `yaml:"requests"`
	Sources    []*Func `yaml:"sources"`
	Sanitizers []*Func `yaml:"sanitizers"`
	Barriers   []*Func `yaml:"barriers"`
	Ciphers    []*Func `yaml:"ciphers"`
	Encoders   []*Func `yaml:"encoders"`
	Backends   []*Func `yaml:"backends"`
	// Accumulators add their arguments to the object they are called on
	// (a message's recipients, a request's headers), which carries them
	// to where it is sent.
	Accumulators []*Func `yaml:"accumulators"`
	// URLCalls are methods of generated REST clients that put their
	// string arguments into the URL of the call object they return (a
	// service's Members.HasMember(groupKey, memberKey), a call's
	// UserKey(userKey)).
	URLCalls []*Func `yaml:"url_calls"`
	Hosts    []*Host `yaml:"hosts"`
}

var (
	sinksOnce sync.Once
	sinksVal  *Sinks
	sinksErr  error
)

// DefaultSinks returns the embedded catalog, parsed once.
func DefaultSinks() (*Sinks, error) {
	sinksOnce.Do(func() { sinksVal, sinksErr = ParseSinks(sinksYAML) })
	return sinksVal, sinksErr
}

// ParseSinks parses a sink catalog; unknown keys and malformed entries are
// errors naming the line.
func ParseSinks(data []byte) (*Sinks, error) {
	var s Sinks
	dec := yaml.NewDecoder(strings.NewReader(string(data)))
	dec.KnownFields(true)
	if err := dec.Decode(&s); err != nil {
		return nil, fmt.Errorf("sinks.yaml: %w", err)
	}
	for _, group := range s.groups() {
		for _, f := range group.funcs {
			if f.Pkg == "" || len(f.Names) == 0 {
				return nil, fmt.Errorf("sinks.yaml: %s: an entry needs pkg and names (%+v)", group.name, *f)
			}
			if _, err := path.Match(f.Pkg, ""); err != nil {
				return nil, fmt.Errorf("sinks.yaml: %s: bad pkg pattern %q: %w", group.name, f.Pkg, err)
			}
			for _, a := range f.Args {
				if a != "recv" && a != "all" && strings.Trim(a, "0123456789") != "" {
					return nil, fmt.Errorf("sinks.yaml: %s: %s: bad args entry %q (want an index, recv or all)", group.name, f.Pkg, a)
				}
			}
			if err := f.checkWeak(group.name); err != nil {
				return nil, fmt.Errorf("sinks.yaml: %s: %s: %w", group.name, f.Pkg, err)
			}
			if err := f.checkBackend(group.name); err != nil {
				return nil, fmt.Errorf("sinks.yaml: %s: %s: %w", group.name, f.Pkg, err)
			}
			if err := f.checkBuilder(group.name); err != nil {
				return nil, fmt.Errorf("sinks.yaml: %s: %s: %w", group.name, f.Pkg, err)
			}
			if err := f.checkSource(group.name); err != nil {
				return nil, fmt.Errorf("sinks.yaml: %s: %s: %w", group.name, f.Pkg, err)
			}
		}
	}
	for _, h := range s.Hosts {
		if h.Host == "" || h.Recipient == "" || h.What == "" {
			return nil, fmt.Errorf("sinks.yaml: hosts: an entry needs host, recipient and what (%+v)", *h)
		}
		if _, err := path.Match(h.Host, ""); err != nil {
			return nil, fmt.Errorf("sinks.yaml: hosts: bad host pattern %q: %w", h.Host, err)
		}
	}
	return &s, nil
}

// checkWeak validates the PL105 fields of an entry of group: weak on
// sanitizers only, keys on storage only, argument indices not negative
// (nonce: -1 on a cipher constructor says it makes its own nonces).
func (f *Func) checkWeak(group string) error {
	switch f.Weak {
	case "", WeakHash, WeakMAC, WeakCipher:
	default:
		return fmt.Errorf("bad weak %q (want %s, %s or %s)", f.Weak, WeakHash, WeakMAC, WeakCipher)
	}
	if f.Weak != "" && group != "sanitizers" {
		return fmt.Errorf("weak: is for sanitizers, not %s", group)
	}
	if len(f.Keys) > 0 && group != "storage" {
		return fmt.Errorf("keys: is for storage sinks, not %s", group)
	}
	for _, k := range f.Keys {
		if k < 0 {
			return fmt.Errorf("bad keys entry %d (want an argument index)", k)
		}
	}
	for _, p := range []struct {
		name string
		v    *int
		min  int
	}{{"secret", f.Secret, 0}, {"nonce", f.Nonce, -1}, {"block", f.Block, 0}} {
		if p.v == nil {
			continue
		}
		if group != "sanitizers" && group != "ciphers" {
			return fmt.Errorf("%s: is for sanitizers and ciphers, not %s", p.name, group)
		}
		if *p.v < p.min {
			return fmt.Errorf("bad %s %d (want an argument index)", p.name, *p.v)
		}
	}
	return nil
}

// checkSource validates the fields of a source: key is for sources only,
// inputs for sources and for log entries (a request-logging middleware:
// the inputs of every request it serves that it logs, with no argument
// carrying data), and a source names its input one way, by the constant
// key an argument holds or by the inputs its results are.
func (f *Func) checkSource(group string) error {
	if group == "log" && f.Key == nil {
		if len(f.Inputs) > 0 && len(f.Args) > 0 {
			return errors.New("a request log logs the inputs it names: it has inputs or args, not both")
		}
		return nil
	}
	if group != "sources" {
		if f.Key != nil || len(f.Inputs) > 0 {
			return fmt.Errorf("key: and inputs: are for sources, not %s", group)
		}
		return nil
	}
	switch {
	case f.Key == nil && len(f.Inputs) == 0:
		return errors.New("a source needs key (the argument holding the input's name) or inputs (the inputs its results are)")
	case f.Key != nil && len(f.Inputs) > 0:
		return errors.New("a source has key or inputs, not both")
	case f.Key != nil && *f.Key < -1:
		return fmt.Errorf("bad key %d (want an argument index, or -1 for a map of inputs)", *f.Key)
	}
	return nil
}

// checkBackend validates the fields that find a recipient from the way a
// client was made: backend on third_party entries ("recv" or an argument
// index), model, urlopts and urlfields on backends, which also need a
// recipient unless they defer to a model.
func (f *Func) checkBackend(group string) error {
	if f.Backend != "" {
		if group != "third_party" {
			return fmt.Errorf("backend: is for third_party entries, not %s", group)
		}
		if f.Backend != "recv" && strings.Trim(f.Backend, "0123456789") != "" {
			return fmt.Errorf("bad backend %q (want recv or an argument index)", f.Backend)
		}
	}
	if (f.Model != nil || len(f.URLOpts) > 0 || len(f.URLFields) > 0) && group != "backends" {
		return fmt.Errorf("model, urlopts and urlfields are for backends, not %s", group)
	}
	if group == "backends" {
		if f.Model != nil && *f.Model < 0 {
			return fmt.Errorf("bad model %d (want an argument index)", *f.Model)
		}
		if f.Model == nil && (f.Recipient == "" || f.What == "") {
			return errors.New("a backend needs recipient and what, or model")
		}
	}
	return nil
}

// checkBuilder validates the fields of builder objects: request on
// requests entries only, and accumulators are methods.
func (f *Func) checkBuilder(group string) error {
	if f.Request != nil {
		if group != "requests" {
			return fmt.Errorf("request: is for requests entries, not %s", group)
		}
		if *f.Request < 0 {
			return fmt.Errorf("bad request %d (want an argument index)", *f.Request)
		}
	}
	if group == "accumulators" && len(f.Recv) == 0 {
		return errors.New("an accumulator needs recv: it adds to the object it is called on")
	}
	if group == "url_calls" && (len(f.Recv) == 0 || f.What == "") {
		return errors.New("a url_calls entry needs recv (its methods build the call) and what (the URL's service)")
	}
	return nil
}

// BackendArg returns which value of a third_party entry's call holds the
// client whose constructor decides the recipient: -1 for the receiver, an
// argument index, or ok=false when the entry has no backend.
func (f *Func) BackendArg() (int, bool) {
	switch f.Backend {
	case "":
		return 0, false
	case "recv":
		return -1, true
	}
	i, err := strconv.Atoi(f.Backend)
	return i, err == nil
}

// FindHost returns the entry of hosts that matches host, or nil.
func FindHost(hosts []*Host, host string) *Host {
	for _, h := range hosts {
		if ok, _ := path.Match(h.Host, strings.ToLower(host)); ok {
			return h
		}
	}
	return nil
}

type funcGroup struct {
	name  string
	funcs []*Func
}

func (s *Sinks) groups() []funcGroup {
	return []funcGroup{
		{"storage", s.Storage}, {"log", s.Log}, {"writers", s.Writers},
		{"third_party", s.ThirdParty}, {"requests", s.Requests},
		{"sources", s.Sources}, {"sanitizers", s.Sanitizers}, {"barriers", s.Barriers},
		{"ciphers", s.Ciphers}, {"encoders", s.Encoders}, {"backends", s.Backends},
		{"accumulators", s.Accumulators}, {"url_calls", s.URLCalls},
	}
}

// Matches reports whether the entry matches the function with import path
// pkgPath, receiver type name recv ("" for a package-level function) and
// name. The import path matches as written or modulo major-version
// suffixes (github.com/mailgun/mailgun-go/v* matches
// github.com/mailgun/mailgun-go).
func (f *Func) Matches(pkgPath, recv, name string) bool {
	if !f.pkgMatches(pkgPath) {
		return false
	}
	return f.matchesMember(recv, name)
}

// matchesMember matches the receiver and name (the package matched).
func (f *Func) matchesMember(recv, name string) bool {
	if len(f.Recv) == 0 {
		if recv != "" {
			return false
		}
	} else if !slices.Contains(f.Recv, recv) && !slices.Contains(f.Recv, "*") {
		return false
	}
	if slices.Contains(f.Names, "*") {
		return name != "" && name[0] >= 'A' && name[0] <= 'Z'
	}
	return slices.Contains(f.Names, name)
}

// IsWriteSQL reports whether a SQL statement writes data: INSERT, UPDATE,
// REPLACE, UPSERT or MERGE, possibly after a WITH clause. Comments and
// leading space are skipped.
func IsWriteSQL(q string) bool {
	q = strings.ToUpper(stripSQLComments(q))
	q = strings.TrimSpace(q)
	for _, verb := range []string{"INSERT", "UPDATE", "REPLACE", "UPSERT", "MERGE"} {
		if strings.HasPrefix(q, verb) {
			return true
		}
	}
	if strings.HasPrefix(q, "WITH") {
		for _, verb := range []string{"INSERT INTO", "UPDATE ", "MERGE INTO"} {
			if strings.Contains(q, verb) {
				return true
			}
		}
	}
	return false
}

func stripSQLComments(q string) string {
	var b strings.Builder
	for len(q) > 0 {
		switch {
		case strings.HasPrefix(q, "--"):
			if i := strings.IndexByte(q, '\n'); i >= 0 {
				q = q[i+1:]
			} else {
				q = ""
			}
		case strings.HasPrefix(q, "/*"):
			if i := strings.Index(q, "*/"); i >= 0 {
				q = q[i+2:]
			} else {
				q = ""
			}
		default:
			b.WriteByte(q[0])
			q = q[1:]
		}
	}
	return b.String()
}

// Carries reports whether argument i (0-based, receiver not counted)
// carries data to the sink; recv asks about the receiver.
func (f *Func) Carries(i int, recv bool) bool {
	if len(f.Args) == 0 {
		return !recv
	}
	if recv {
		return slices.Contains(f.Args, "recv")
	}
	if slices.Contains(f.Args, "all") {
		return true
	}
	return slices.Contains(f.Args, fmt.Sprint(i))
}

// ParseFuncName splits a policy function name such as
// "example.com/shop/store.(*Repo).Put", "example.com/shop/crypto.Seal" or
// "(example.com/shop/store.Repo).Put" into a catalog entry.
func ParseFuncName(s string) (*Func, error) {
	s = strings.TrimSpace(s)
	if strings.HasPrefix(s, "(") {
		// (*pkg.Type).Method or (pkg.Type).Method
		end := strings.Index(s, ")")
		if end < 0 || end+2 > len(s) || s[end+1] != '.' {
			return nil, fmt.Errorf("%q: want pkg.Func, pkg.(*Type).Method or (*pkg.Type).Method", s)
		}
		recvFull := strings.TrimPrefix(s[1:end], "*")
		dot := strings.LastIndex(recvFull, ".")
		if dot < 0 {
			return nil, fmt.Errorf("%q: receiver needs a package path", s)
		}
		return &Func{Pkg: recvFull[:dot], Recv: []string{recvFull[dot+1:]}, Names: []string{s[end+2:]}}, nil
	}
	slash := strings.LastIndex(s, "/")
	dot := strings.Index(s[slash+1:], ".")
	if dot < 0 {
		return nil, fmt.Errorf("%q: want pkg.Func or pkg.(*Type).Method", s)
	}
	pkg, rest := s[:slash+1+dot], s[slash+1+dot+1:]
	if strings.HasPrefix(rest, "(") {
		end := strings.Index(rest, ")")
		if end < 0 || end+2 > len(rest) || rest[end+1] != '.' {
			return nil, fmt.Errorf("%q: want pkg.(*Type).Method", s)
		}
		return &Func{Pkg: pkg, Recv: []string{strings.TrimPrefix(rest[1:end], "*")}, Names: []string{rest[end+2:]}}, nil
	}
	if i := strings.Index(rest, "."); i >= 0 {
		// pkg.Type.Method
		return &Func{Pkg: pkg, Recv: []string{rest[:i]}, Names: []string{rest[i+1:]}}, nil
	}
	return &Func{Pkg: pkg, Names: []string{rest}}, nil
}
