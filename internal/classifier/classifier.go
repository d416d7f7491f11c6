// Package classifier decides whether an identifier, a Go type or a schema
// format denotes personal data, and which category of the taxonomy it is.
//
// Names are split into tokens (Tokens) and matched against the taxonomy's
// token patterns: a pattern matches a contiguous run of the identifier's
// tokens, compared by concatenation so that "firstname", "first_name" and
// "FirstName" all match "first_name", but never inside a token ("Latency"
// is not "lat"). A trailing plural "s"/"es" is accepted on patterns of four
// letters or more ("Emails"). Veto tokens cancel a category; the longest
// match wins, then the deeper key. Weak patterns count only on person-like
// types, with an annotation, or inside a type whose own name names the
// category or an ancestor (City inside an Address). See SPEC.md §1.
package classifier

import (
	"cmp"
	"slices"
	"strings"

	"github.com/privlint/privlint/rules"
)

// Evidence says how a category was detected, strongest first:
// annotation › Go type or schema format › tag name › field name ›
// schema description.
type Evidence string

// The kinds of evidence.
const (
	Annotation Evidence = "annotation"
	Type       Evidence = "type"
	Format     Evidence = "format"
	Tag        Evidence = "tag"
	Name       Evidence = "name"
	// Description is the subject of a schema description or title.
	Description Evidence = "description"
)

// Kind is the value kind of a field or property; it limits which
// categories a name may give it.
type Kind int

// The value kinds. KindString is the default and stands for any
// string-like or unknown value.
const (
	KindString Kind = iota
	KindBool
	KindNumber
	KindDuration
	KindEnum
	KindStruct
	KindTime
	KindBytes
	KindOther
	// KindNoData is a value that cannot hold personal data whatever its
	// name: a lock or other sync primitive, a function.
	KindNoData
)

// String returns the kind's name.
func (k Kind) String() string {
	switch k {
	case KindString:
		return "string"
	case KindBool:
		return "bool"
	case KindNumber:
		return "number"
	case KindDuration:
		return "duration"
	case KindEnum:
		return "enum"
	case KindStruct:
		return "struct"
	case KindTime:
		return "time"
	case KindBytes:
		return "bytes"
	case KindNoData:
		return "no data"
	}
	return "other"
}

// Match is the classification of one identifier, type or member.
type Match struct {
	// Category is the fideslang key; "" means not personal data.
	Category string
	// By is the evidence that found the category.
	By Evidence
	// Protected says the name marks the value as one-way or masked already
	// (PasswordHash, pw_digest, email_hash, EncryptedSSN).
	Protected bool
	// Spent says the name marks a one-time value as used already
	// (LastUsedPasscode, Category.Spent); such a match is Protected too.
	Spent bool
	// Pattern is the pattern, type or format that matched, for messages.
	Pattern string
	// Details are the evidence items behind By, in the vocabulary of
	// DetectedBy: what matched, then what weighed it. Nil for an explicit
	// annotation of a category.
	Details []string
	// Sensitive and Special are copied from the category.
	Sensitive, Special bool
}

// Context is what is known around an identifier.
type Context struct {
	// PersonLike: the enclosing type is person-like (or annotated
	// personal), so weak patterns count.
	PersonLike bool
	// Config: the enclosing type is configuration; credentials there are
	// system.authentication, not personal data.
	Config bool
	// Kind is the value kind of the field or property.
	Kind Kind
	// TypeName is the field's own named type (e.g. "Gender"), may be "".
	TypeName string
	// Holder is the enclosing type's name, for context patterns.
	Holder string
}

type strength uint8

const (
	strong strength = iota
	weak
	contextual
)

// entry is one pattern of one category in the index.
type entry struct {
	cat     *catInfo
	pattern string   // as written, snake_case
	bounds  []int    // token boundaries of the pattern in its squeezed form
	str     strength // strong, weak or contextual
	with    []string // squeezed context tokens (contextual only)
	// nameItems are the evidence items of a name's match, by position,
	// made on first use (nameEvidence).
	nameItems *lazyItems
}

// catInfo is a category with its compiled sets.
type catInfo struct {
	c          *rules.Category
	idx        int // position among the categories, the bit of ident.vetoes
	depth      int
	veto       tokenSet
	holderVeto tokenSet
	// vetoSeqs and holderSeqs are veto and holderVeto as lists, for
	// Classifier.indexVetoes.
	vetoSeqs, holderSeqs []string
	// siblingVeto: tokens of another member's name that cancel a match
	// found by name (Classifier.siblingVetoes).
	siblingVeto tokenSet
	// partOnly: weak patterns that count only beside another part of
	// the same whole (Category.PartOnly).
	partOnly tokenSet
	// spent: patterns of one-time values a spent qualifier marks as
	// used already (Category.Spent).
	spent      tokenSet
	lineage    tokenSet // vetoes of the category and its ancestors
	kinds      map[Kind]bool
	credential bool // under user.authorization: system.authentication on config types
	// login: a credential or a login name, personal in any holder but
	// configuration and things.
	login bool
	// proof: stays personal in thing holders (lexicon holder_proof).
	proof bool
	// personInside: a person word inside a match qualifies it: names of
	// the person or their account (holder_name, user_name), not user_agent.
	personInside bool
	system       bool // not personal data (system.*)
	// password: a password category; a member found by it makes its
	// holder hold a login (Classifier.holdsLogin).
	password bool
	// fileData: the datum is itself a file (lexicon file_data).
	fileData bool
	// keyData: the datum is a secret, so a key word heading its name
	// names key material of it (lexicon key_data).
	keyData bool
}

// Classifier classifies names, types and formats with one taxonomy. It is
// built once and safe for concurrent use.
type Classifier struct {
	tax       *rules.Taxonomy
	index     map[string][]entry // squeezed pattern → entries
	maxSq     int                // longest squeezed pattern (plus plural)
	maxKey    int                // longest token sequence of any pattern or set, squeezed
	types     map[string]*catInfo
	byKey     map[string]*catInfo
	formats   map[string]*catInfo
	person    tokenSet
	config    map[string]bool
	configPre tokenSet // first tokens of configuration type names
	servers   tokenSet // last tokens of the names of servers logged into (serverLogins)
	configPkg tokenSet // whole names of configuration packages
	keyMaps   tokenSet // last two tokens of a mapping of keys, squeezed
	requests  tokenSet // type-name suffixes of requests bound from user input
	ownSet    tokenSet // configuration words a person word makes the person's own settings
	errWords  tokenSet // first or last tokens of error type names
	errPreds  tokenSet // tokens that start an error type name's predicate
	repeats   tokenSet // words that make a member a password typed again
	metaQual  tokenSet // first tokens of names of where data is found
	suffixes  map[string]bool
	notPerson tokenSet
	selfQual  tokenSet
	contactQ  tokenSet // self-qualifiers that name a contact, not the holder (identifies)
	pages     tokenSet // last tokens naming a page of a list of results (headTokens)
	count     tokenSet
	countPref []string
	oneWay    tokenSet
	spentQual tokenSet // Lexicon.SpentQualifiers
	heads     tokenSet // non-data heads of a compound name
	fileHeads tokenSet // heads naming where a file lies
	keyHeads  tokenSet // heads naming the key a datum is stored under
	things    tokenSet // last tokens of a thing or organisation holder
	proof     []string // categories that stay personal in thing holders
	handles   tokenSet // last tokens of Go type names that hold no data
	// provisioned: qualifiers of a provider's or an account's own number.
	provisioned tokenSet
	orgs        tokenSet // last tokens of an organisation holder
	verbs       tokenSet // first tokens of a request type (CreateUserOption)
	nameRoles   tokenSet // person words whose string value is their name (Author)
	testEnvs    tokenSet // names of a test environment (sandbox), squeezed
	nameCat     *catInfo // user.name, for name roles
	siblingKeys []string // categories with sibling vetoes, sorted
	namespaces  tokenSet // things an account owns and names (Repository)
	nsOwners    tokenSet // person words naming such a thing's owner (Owner)
	containers  tokenSet // whole field names that say only that they hold elements (Values)
	stmtWords   tokenSet // first tokens that, before a statement verb, name a statement (sql)
	stmtVerbs   tokenSet // the verbs after a statement word (insert, select)
	prefixToks  tokenSet // tokens that are a compound's prefix before another token (sub)
	cfgKeyLists tokenSet // last tokens of a configuration type's name that list keys (attributes)
	factors     tokenSet // second factors whose configuration is a person's enrolment (totp)
	passwords   tokenSet // strong and weak patterns of password categories
	// vetoIdx maps a veto or holder-veto sequence to the offset in vetoBits
	// of the bits of ident.vetoes it sets: catInfo.idx for a category it
	// vetoes, len(byKey)+catInfo.idx for one it vetoes as a holder's word,
	// so that identOf finds once per name which categories its runs veto.
	vetoIdx   map[string]int
	vetoBits  []uint64 // vetoWords words per sequence of vetoIdx
	vetoWords int

	// cache memoises the analyses of names, holder names and
	// descriptions (see caches and Local).
	cache *caches
}

// maxIdents bounds the cache of tokenized names. Names repeat across the
// structs of a module and the objects of a schema (id, email, createdAt),
// and tokenizing was a tenth of a schema check's time.
const maxIdents = 1 << 16

// maxCachedName is the longest name whose analysis is cached; a longer
// one is no real identifier and would only pin its text in memory.
const maxCachedName = 256

// identOf returns newIdent(s), from the cache when s was seen. An ident is
// never modified once made, so one may be shared.
func (c *Classifier) identOf(s string) ident {
	if id, ok := c.cache.ident(s); ok {
		return *id
	}
	id := newIdent(s, c.maxKey)
	id.person, id.thing = c.holderMasks(id.toks)
	c.memoMatches(&id)
	c.memoSets(&id)
	c.cache.keepIdent(s, &id)
	return id
}

// maxHolders bounds the cache of analysed holder names.
const maxHolders = 1 << 14

// holderName is the context-independent analysis of a holder's name.
type holderName struct {
	id    ident
	cats  []string
	last  string
	last2 string // the last two tokens of the holder's head, joined
	// named are the categories of cats named by a pattern that is no
	// bare secret word (refresh_tokens; not MasterSecret).
	named []string
	// headSq is the holder's head squeezed (paymentmethods).
	headSq string
	thing  bool // the name's head names a thing or an organisation
	org    bool // the name's head names an organisation
	// own are the categories the name names by a pattern that is not a
	// bare secret (AccessToken; not MasterSecret).
	own []string
	// request: the name carries a request suffix (AvatarForm): a form
	// named for a datum holds it, it lists no catalogue of it.
	request bool
	// items are the holder's evidence items, by holderClasses, made on
	// first use.
	items lazyHolderItems
}

const maxRun = 8 // longest run of identifier tokens compared with a pattern

// New compiles a classifier for t.
func New(t *rules.Taxonomy) *Classifier {
	c := &Classifier{
		tax:     t,
		index:   map[string][]entry{},
		types:   map[string]*catInfo{},
		byKey:   map[string]*catInfo{},
		formats: map[string]*catInfo{},
		cache:   &caches{},
	}
	var items lazyPool // the evidence items of the entries' patterns
	add := func(ci *catInfo, p string, s strength, with []string) {
		sq := squeezeTok(p)
		if sq == "" {
			return
		}
		for _, e := range c.index[sq] {
			if e.cat == ci && e.str == s && e.pattern == p {
				return
			}
		}
		c.index[sq] = append(c.index[sq], entry{cat: ci, pattern: p, bounds: patternBounds(p), str: s, with: with, nameItems: items.next()})
		c.maxSq = max(c.maxSq, len(sq)+2)
	}
	var vetoSeqs, holderSeqs []string
	for i, cat := range t.Categories() {
		ci := &catInfo{
			c:           cat,
			idx:         i,
			depth:       strings.Count(cat.Key, ".") + 1,
			veto:        vetoSet(cat.Veto, &vetoSeqs),
			holderVeto:  vetoSet(cat.HolderVeto, &holderSeqs),
			siblingVeto: setOf(cat.SiblingVeto),
			partOnly:    setOf(cat.PartOnly),
			spent:       setOf(cat.Spent),
			lineage:     tokenSet{},
			kinds:       map[Kind]bool{},
			credential:  rules.Covers("user.authorization", cat.Key),
			system:      !rules.IsPersonal(cat.Key),
		}
		c.byKey[cat.Key] = ci
		ci.vetoSeqs, ci.holderSeqs = vetoSeqs, holderSeqs
		for _, k := range cat.Kinds {
			switch k {
			case rules.KindNameBool:
				ci.kinds[KindBool] = true
			case rules.KindNameTime:
				ci.kinds[KindTime] = true
			case rules.KindNameEnum:
				ci.kinds[KindEnum] = true
			}
		}
		for _, p := range cat.Names {
			add(ci, p, strong, nil)
		}
		for _, p := range cat.Weak {
			add(ci, p, weak, nil)
		}
		for _, cp := range cat.Context {
			with := squeezeAll(cp.With)
			for _, p := range cp.Names {
				add(ci, p, contextual, with)
			}
		}
		for _, ty := range cat.Types {
			c.types[ty] = ci
		}
		for _, f := range cat.Formats {
			c.formats[f] = ci
		}
	}
	c.indexVetoes()
	for _, ci := range c.byKey {
		for k := ci.c.Key; k != ""; k = rules.Parent(k) {
			if a := c.byKey[k]; a != nil {
				for v := range a.veto {
					ci.lineage[v] = true
				}
			}
		}
	}
	lex := t.Lexicon()
	c.person = setOf(lex.PersonTypes)
	c.config = setOf(lex.ConfigTypes)
	c.servers = setOf(lex.ServerTypes)
	c.configPre = setOf(lex.ConfigPrefixes)
	c.configPkg = setOf(lex.ConfigPackages)
	c.keyMaps = setOf(lex.KeyMaps)
	c.requests = setOf(lex.RequestSuffixes)
	c.ownSet = setOf(lex.OwnSettings)
	c.errWords = setOf(lex.ErrorWords)
	c.errPreds = setOf(lex.ErrorPredicates)
	c.repeats = setOf(lex.RetypeWords)
	c.metaQual = setOf(lex.MetaQualifiers)
	c.suffixes = setOf(lex.TypeSuffixes)
	c.notPerson = setOf(lex.PersonTypeVeto)
	c.selfQual = setOf(lex.SelfQualifiers)
	c.contactQ = setOf(lex.ContactQualifiers)
	c.pages = setOf(lex.ListPages)
	c.count = setOf(lex.CountTokens)
	c.countPref = squeezeAll(lex.CountPrefixes)
	c.oneWay = setOf(lex.OneWay)
	c.spentQual = setOf(lex.SpentQualifiers)
	c.heads = setOf(lex.NonDataHeads)
	c.fileHeads = setOf(lex.FileHeads)
	c.keyHeads = setOf(lex.KeyHeads)
	c.things = setOf(lex.ThingTypes)
	c.proof = lex.HolderProof
	for _, ci := range c.byKey {
		ci.proof = c.holderProof(ci)
		ci.fileData = coveredBy(lex.FileData, ci.c.Key)
		ci.keyData = coveredBy(lex.KeyData, ci.c.Key)
		ci.personInside = ci.c.Identifies || rules.Covers("user.account", ci.c.Key)
		ci.login = ci.credential || rules.Covers("user.account.username", ci.c.Key)
	}
	c.handles = setOf(lex.HandleTypes)
	c.provisioned = setOf(lex.ProvisionedNumbers)
	c.orgs = setOf(lex.OrganisationTypes)
	c.verbs = setOf(lex.RequestVerbs)
	c.nameRoles = setOf(lex.NameRoles)
	c.testEnvs = setOf(lex.TestEnvironments)
	c.nameCat = c.byKey["user.name"]
	for key, ci := range c.byKey {
		if len(ci.siblingVeto) > 0 {
			c.siblingKeys = append(c.siblingKeys, key)
		}
	}
	slices.Sort(c.siblingKeys)
	c.namespaces = setOf(lex.AccountNamespaces)
	c.nsOwners = setOf(lex.NamespaceOwners)
	c.containers = setOf(lex.ContainerFields)
	c.stmtWords = setOf(lex.StatementWords)
	c.stmtVerbs = setOf(lex.StatementVerbs)
	c.prefixToks = setOf(lex.PrefixTokens)
	c.cfgKeyLists = setOf(lex.ConfigKeyLists)
	c.factors = setOf(lex.FactorWords)
	c.passwords = tokenSet{}
	for _, ci := range c.byKey {
		ci.password = rules.Covers("user.authorization.password", ci.c.Key)
		if ci.password {
			for _, p := range append(slices.Clone(ci.c.Names), ci.c.Weak...) {
				c.passwords[squeezeTok(p)] = true
			}
		}
	}
	c.maxKey = c.maxSq
	for _, set := range []tokenSet{c.person, c.config, c.suffixes, c.notPerson, c.selfQual, c.contactQ, c.pages, c.count, c.oneWay, c.heads, c.fileHeads, c.keyHeads, c.things, c.handles, c.provisioned, c.configPre, c.configPkg, c.keyMaps, c.metaQual, c.orgs, c.verbs, c.nameRoles, c.requests, c.ownSet, c.errWords, c.errPreds, c.repeats, c.namespaces, c.nsOwners, c.containers, c.stmtWords, c.stmtVerbs, c.prefixToks, c.cfgKeyLists, c.factors} {
		c.maxKey = max(c.maxKey, set.longest())
	}
	for _, ci := range c.byKey {
		c.maxKey = max(c.maxKey, ci.veto.longest(), ci.holderVeto.longest(), ci.lineage.longest(), ci.siblingVeto.longest())
	}
	for _, es := range c.index {
		for _, e := range es {
			for _, w := range e.with {
				c.maxKey = max(c.maxKey, len(w))
			}
		}
	}
	for _, p := range c.countPref {
		c.maxKey = max(c.maxKey, len(p))
	}
	return c
}

// Taxonomy returns the classifier's taxonomy.
func (c *Classifier) Taxonomy() *rules.Taxonomy { return c.tax }

// tokenSet is a set of squeezed token sequences.
type tokenSet map[string]bool

// longest returns the length of the longest sequence in s.
func (s tokenSet) longest() int {
	n := 0
	for k := range s {
		n = max(n, len(k))
	}
	return n
}

func setOf(ps []string) tokenSet {
	m := make(tokenSet, len(ps))
	for _, p := range ps {
		m[squeezeTok(p)] = true
	}
	return m
}

// vetoSet is setOf(ps) that also leaves the squeezed sequences in *seqs.
func vetoSet(ps []string, seqs *[]string) tokenSet {
	m := make(tokenSet, len(ps))
	*seqs = make([]string, 0, len(ps))
	for _, p := range ps {
		sq := squeezeTok(p)
		m[sq] = true
		*seqs = append(*seqs, sq)
	}
	return m
}

func squeezeAll(ps []string) []string {
	out := make([]string, 0, len(ps))
	for _, p := range ps {
		if sq := squeezeTok(p); sq != "" {
			out = append(out, sq)
		}
	}
	return out
}

// squeezeTok drops '_' from a snake_case pattern and folds accents.
func squeezeTok(p string) string { return fold(strings.ReplaceAll(strings.ToLower(p), "_", "")) }

// ident is a tokenised identifier with the concatenations of its token runs.
type ident struct {
	toks []string
	runs []string // squeezed contiguous runs and their singulars
	// person and thing have bit k set when token k, alone or with the
	// token before it, is a person type or a thing type.
	person, thing uint64
	// matches, when matched is set, are the index entries runs of toks
	// match, in eachRun's order: identOf finds them once per name, as
	// names repeat and each is matched several times.
	matches []runMatch
	matched bool
	// sets says oneWay, password and vetoes are known (identOf): a one-way
	// word, a password pattern is a run; vetoes has the bits of
	// Classifier.vetoIdx of its runs (nil: none).
	sets             bool
	oneWay, password bool
	vetoes           []uint64
}

// runMatch is an index entry that a run of an ident's tokens matches.
type runMatch struct {
	e entry
	r span
}

// indexVetoes builds vetoIdx and vetoBits: for each sequence that is a
// category's veto or holder veto, the bits of ident.vetoes it sets.
func (c *Classifier) indexVetoes() {
	n := len(c.byKey)
	c.vetoWords = (2*n + 63) / 64
	most := 0
	for _, ci := range c.byKey {
		most += len(ci.vetoSeqs) + len(ci.holderSeqs)
	}
	c.vetoIdx = make(map[string]int, most)
	c.vetoBits = make([]uint64, 0, most*c.vetoWords)
	set := func(v string, bit int) {
		off, ok := c.vetoIdx[v]
		if !ok {
			off = len(c.vetoBits)
			c.vetoIdx[v] = off
			c.vetoBits = c.vetoBits[:off+c.vetoWords]
		}
		c.vetoBits[off+bit/64] |= 1 << (bit % 64)
	}
	for _, ci := range c.byKey {
		for _, v := range ci.vetoSeqs {
			set(v, ci.idx)
		}
		for _, v := range ci.holderSeqs {
			set(v, n+ci.idx)
		}
		ci.vetoSeqs, ci.holderSeqs = nil, nil
	}
}

// memoSets records in id which of the sets asked of every name its runs
// hold: the one-way words, the password patterns and each category's
// vetoes. The answers are those of id.has, found once per name.
func (c *Classifier) memoSets(id *ident) {
	id.oneWay = id.has(c.oneWay)
	id.password = id.has(c.passwords)
	for _, r := range id.runs {
		off, ok := c.vetoIdx[r]
		if !ok {
			continue
		}
		if id.vetoes == nil {
			id.vetoes = make([]uint64, c.vetoWords)
		}
		for w, bits := range c.vetoBits[off : off+c.vetoWords] {
			id.vetoes[w] |= bits
		}
	}
	id.sets = true
}

// hasVeto reports whether a veto of ci is a run of id: id.has(ci.veto).
func (c *Classifier) hasVeto(id ident, ci *catInfo) bool {
	if !id.sets {
		return id.has(ci.veto)
	}
	return id.bit(ci.idx)
}

// hasHolderVeto reports whether a holder veto of ci is a run of id:
// id.has(ci.holderVeto).
func (c *Classifier) hasHolderVeto(id ident, ci *catInfo) bool {
	if !id.sets {
		return id.has(ci.holderVeto)
	}
	return id.bit(len(c.byKey) + ci.idx)
}

// bit reports whether bit k of id.vetoes is set.
func (id ident) bit(k int) bool {
	return id.vetoes != nil && id.vetoes[k/64]&(1<<(k%64)) != 0
}

// memoMatches records in id the index entries its runs match.
func (c *Classifier) memoMatches(id *ident) {
	var ms []runMatch
	c.scanRuns(*id, false, func(e entry, r span) { ms = append(ms, runMatch{e, r}) })
	id.matches, id.matched = ms, true
}

// holderMasks computes ident.person and ident.thing for toks.
func (c *Classifier) holderMasks(toks []string) (person, thing uint64) {
	var stack [64]byte
	buf := stack[:0]
	for k, t := range toks {
		if k >= 64 {
			break
		}
		// The two tokens are joined in buf, looked up without making a
		// string of them.
		var two []byte
		if k > 0 {
			two = append(append(buf[:0], toks[k-1]...), t...)
			buf = two
		}
		if c.person[t] || (k > 0 && c.person[string(two)]) {
			person |= 1 << k
		}
		if c.things[t] || (k > 0 && c.things[string(two)]) {
			thing |= 1 << k
		}
	}
	return person, thing
}

// maxTokens is the number of tokens of a name that are classified. Real
// identifiers have fewer than twenty; a longer name is classified by its
// first maxTokens tokens, so that a hostile one (a field named "aB"
// 500,000 times) costs no more than that.
const maxTokens = 64

// newIdent tokenises s for lookups in sets of token sequences no longer
// than maxKey bytes (squeezed). Its work and memory are bounded whatever
// the length of s: at most maxTokens tokens are read, a token is cut after
// maxKey+3 code points, and a run is kept only while it is at most
// maxKey+2 bytes long and maxRun tokens.
//
// None of these cuts changes a lookup. A cut token is still longer than
// any sequence (a code point is at least one byte, lower-cased or folded),
// even without a plural s or es. A longer run, or its singular, is longer
// than any sequence too, and so is every run extending it.
func newIdent(s string, maxKey int) ident {
	toks := tokenize(s, maxTokens, maxKey+3)
	for i, t := range toks {
		toks[i] = fold(t)
	}
	id := ident{toks: toks, runs: make([]string, 0, len(toks)*min(len(toks), maxRun)+len(toks))}
	// Every run is a substring of the tokens joined (starts[k] is where
	// toks[k] starts): one string holds them all, where concatenating
	// each run took an allocation of its own.
	joined := strings.Join(toks, "")
	var buf [16]int
	starts := buf[:0]
	if len(toks)+1 > len(buf) {
		starts = make([]int, 0, len(toks)+1)
	}
	starts = append(starts, 0)
	for k, t := range toks {
		starts = append(starts, starts[k]+len(t))
	}
	for i := range toks {
		for j := i; j < len(toks) && j-i < maxRun && starts[j+1]-starts[i] <= maxKey+2; j++ {
			run := joined[starts[i]:starts[j+1]]
			id.runs = append(id.runs, run)
			if n := len(run); n > 2 && run[n-1] == 's' {
				id.runs = append(id.runs, run[:n-1])
				if n > 3 && run[n-2] == 'e' {
					id.runs = append(id.runs, run[:n-2])
				}
			}
		}
	}
	return id
}

// has reports whether a token sequence of set is a run of id, allowing a
// plural on id's side.
func (id ident) has(set tokenSet) bool {
	if len(set) == 0 {
		return false
	}
	for _, r := range id.runs {
		if set[r] {
			return true
		}
	}
	return false
}

// hasAny is has for a short list of sequences.
func (id ident) hasAny(seqs []string) bool {
	for _, r := range id.runs {
		if slices.Contains(seqs, r) {
			return true
		}
	}
	return false
}

// holder is the analysed enclosing type.
type holder struct {
	id         ident
	personLike bool
	config     bool
	thing      bool     // a thing or organisation (Product, Company, Terminal)
	cats       []string // categories the holder's own name names
	named      []string // those of them named by more than a bare secret word
	headSq     string   // the holder's head, squeezed
	last       string   // the last token of the holder's head
	last2      string   // its last two tokens, joined (paymentmethod)
	// siblings are the parents of the categories the holder's other
	// members were found to hold by their names (user.contact.address
	// beside a city): parts of the same whole give an ambiguous word
	// its context (a customer's state beside its city).
	siblings []string
	// wantedContext is set when a contextual pattern matched but lacked
	// its context, so that a second look with siblings may help.
	wantedContext bool
	name          string // the holder's name as given, for evidence
	// why says what made the holder person-like, for evidence: "person-like"
	// (its name or the caller), "in-person" (nested in a person-like
	// declaration) or "co-occurrence" (a member that names the person).
	why string
	org bool     // an organisation (Organization, Company)
	own []string // categories the name names by more than a bare secret
	// request: a form or request bound from a user's input, named for
	// what it holds (see holderName.request).
	request bool
	// members are the holder's members, for holdsLogin; login caches
	// its answer (0 not yet asked, 1 yes, 2 no).
	members []Member
	login   int8
	// provider are the names of the schema's provider (Object.Provider).
	provider []string
	// items are the holder's evidence items by class (holderItem), made
	// once per holder name.
	items *lazyHolderItems
}

// headTokens drops generic suffixes (Request, DTO, Info) from a type
// name's tokens, a page of results before them (UserPageResp), and Domain
// after a person's type (UserDomain, the domain
// model of a user in layered code; a bare Domain or MailDomain stays a
// thing). A configuration word heads no request (CreateUserOption,
// MigrateRepoOptions: the user to create, the repository to migrate; a
// form or request bound from a user's input, AuthSettingsForm), nor a
// person's own settings (UserSettings): the configuration words are
// dropped too, so that what the request acts on, or the person, decides.
// A name made of configuration words only (SettingsForm) stays
// configuration.
func (c *Classifier) headTokens(toks []string) []string {
	head := c.stripSuffixes(toks)
	n := len(head)
	// A request named noun first, verb last (PhoneNumberVerifyRequest,
	// AccountDeleteRequest) acts on the noun, as UpdatePhoneNumberRequest
	// does: the verb is dropped too. Outside a request a last verb stays
	// (PhoneNumberAdd).
	if n > 1 && c.verbs[head[n-1]] && c.requestSuffixed(toks[n:]) {
		head = c.stripSuffixes(head[:n-1])
		n = len(head)
	}
	// A page right before a suffix is one page of a list of results
	// (GetUserPageResp: users); the words before it say what is listed.
	// Without a suffix it may be a web page (LandingPage), a thing.
	if n > 1 && n < len(toks) && c.pages[head[n-1]] {
		head = c.stripSuffixes(head[:n-1])
		n = len(head)
	}
	if n < 2 || !c.config[head[n-1]] {
		return head
	}
	k := n - 1 // the start of the trailing run of configuration words
	for k > 0 && c.config[head[k-1]] {
		k--
	}
	if k == 0 {
		return head
	}
	request := (n > 2 && c.verbs[head[0]]) || c.requestSuffixed(toks[n:])
	// A person's own settings (UserSettings), or a person's enrolment of
	// a second factor (TOTPConfiguration: their authenticator's secret).
	own := (c.ownSet[head[k]] && c.person[head[k-1]]) || c.factors[head[k-1]]
	if request || own {
		return c.stripSuffixes(head[:k])
	}
	return head
}

// requestSuffixed reports whether the stripped suffixes of a type name
// hold one that makes it a request bound from a user's input.
func (c *Classifier) requestSuffixed(suffixes []string) bool {
	for _, s := range suffixes {
		if c.requests[s] {
			return true
		}
	}
	return false
}

// stripSuffixes drops generic suffixes from the end of a type name's
// tokens, and Domain after a person's type.
func (c *Classifier) stripSuffixes(toks []string) []string {
	for len(toks) > 1 {
		last := toks[len(toks)-1]
		if !c.suffixes[last] && (last != "domain" || !c.person[toks[len(toks)-2]]) {
			break
		}
		toks = toks[:len(toks)-1]
	}
	return toks
}

func (c *Classifier) newHolder(name string, ctx Context) holder {
	h := holder{personLike: ctx.PersonLike && !ctx.Config, config: ctx.Config, name: name}
	if h.personLike {
		h.why = whyPersonLike
	}
	if hn, ok := c.cache.holder(name); ok {
		h.id, h.cats, h.named, h.headSq, h.last, h.last2, h.thing = hn.id, hn.cats, hn.named, hn.headSq, hn.last, hn.last2, hn.thing && !h.personLike && !h.config
		h.org = h.thing && hn.org
		h.request = hn.request
		h.own = hn.own
		h.items = &hn.items
		return h
	}
	hn := c.analyseHolder(name)
	c.cache.keepHolder(name, hn)
	h.id, h.cats, h.named, h.headSq, h.last, h.last2, h.thing = hn.id, hn.cats, hn.named, hn.headSq, hn.last, hn.last2, hn.thing && !h.personLike && !h.config
	h.org = h.thing && hn.org
	h.request = hn.request
	h.own = hn.own
	h.items = &hn.items
	return h
}

// analyseHolder finds the categories a holder's name names.
func (c *Classifier) analyseHolder(name string) *holderName {
	h := &holderName{id: c.identOf(lastSegment(name))}
	if name == "" {
		return h
	}
	// The holder's head decides: its tokens without generic suffixes, and
	// only matches that end at its last token count ("AddressBook" names no
	// address; "ShippingAddressDTO" does).
	head := c.headTokens(h.id.toks)
	if len(head) == 0 {
		return h
	}
	h.request = c.requestSuffixed(h.id.toks[len(c.stripSuffixes(h.id.toks)):])
	h.last = head[len(head)-1]
	h.headSq = strings.Join(head, "")
	if len(head) > 1 {
		h.last2 = head[len(head)-2] + h.last
	}
	h.org = c.orgHead(head)
	h.thing = h.org || c.thingHead(head) || c.provisionedNumber(h.id.toks)
	hid := ident{toks: head, runs: h.id.runs}
	seen := map[string]bool{}
	c.eachRun(hid, true, func(e entry, _ span) {
		if e.str == contextual || e.cat.system || c.hasVeto(h.id, e.cat) {
			return
		}
		if !bareSecret[e.pattern] && !slices.Contains(h.named, e.cat.c.Key) {
			h.named = append(h.named, e.cat.c.Key)
		}
		if seen[e.cat.c.Key] {
			return
		}
		seen[e.cat.c.Key] = true
		h.cats = append(h.cats, e.cat.c.Key)
	})
	c.eachRun(hid, true, func(e entry, _ span) {
		if e.str == contextual || e.cat.system || bareSecret[e.pattern] || slices.Contains(h.own, e.cat.c.Key) || c.hasVeto(h.id, e.cat) {
			return
		}
		h.own = append(h.own, e.cat.c.Key)
	})
	return h
}

// eachMatch calls fn for every index entry whose pattern equals a run of
// id's tokens (or the run's singular), with the run's squeezed length. A
// run may merge the pattern's tokens ("firstname" for first_name) but may
// split a pattern token only next to a digit ("IPv4" for ipv4): "gp_a" is
// not "gpa".
func (c *Classifier) eachMatch(id ident, fn func(e entry, r span)) { c.eachRun(id, false, fn) }

// span is a matched run of tokens toks[from:to] and its squeezed length.
type span struct{ from, to, length int }

// eachRun is eachMatch, restricted to runs that end at the last token if tail is set.
func (c *Classifier) eachRun(id ident, tail bool, fn func(e entry, r span)) {
	if id.matched {
		for _, m := range id.matches {
			if !tail || m.r.to == len(id.toks) {
				fn(m.e, m.r)
			}
		}
		return
	}
	c.scanRuns(id, tail, fn)
}

// scanRuns is eachRun, looking each run up in the index.
func (c *Classifier) scanRuns(id ident, tail bool, fn func(e entry, r span)) {
	toks := id.toks
	// The run being looked up and its token boundaries, in buffers on
	// the stack: a run is cut at maxSq bytes and maxRun tokens (buf grows
	// beyond its array only for a token longer than that).
	var bufArr [64]byte
	var cutsArr [maxRun]int
	buf, cuts := bufArr[:0], cutsArr[:0]
	var from, to int
	emit := func(es []entry, n int) {
		for _, e := range es {
			if aligned(e.bounds, cuts, buf) {
				fn(e, span{from, to, n})
			}
		}
	}
	for i := range toks {
		buf, cuts = buf[:0], cuts[:0]
		for j := i; j < len(toks) && j-i < maxRun; j++ {
			if j > i {
				cuts = append(cuts, len(buf))
			}
			buf = append(buf, toks[j]...)
			n := len(buf)
			if n > c.maxSq {
				break
			}
			from, to = i, j+1
			if tail && j != len(toks)-1 {
				continue
			}
			emit(c.index[string(buf)], n)
			if n > 4 && buf[n-1] == 's' {
				var es []entry
				for _, e := range c.index[string(buf[:n-1])] {
					if !strings.HasSuffix(e.pattern, "s") {
						es = append(es, e)
					}
				}
				emit(es, n)
				if n > 5 && buf[n-2] == 'e' && pluralES(string(buf[:n-2])) {
					emit(c.index[string(buf[:n-2])], n)
				}
			}
		}
	}
}

// aligned reports whether every token boundary of a run (cuts, offsets in
// the squeezed run s) is a boundary of the pattern or touches a digit.
func aligned(bounds, cuts []int, s []byte) bool {
	for _, cut := range cuts {
		if cut >= len(s) || slices.Contains(bounds, cut) || isDigit(s[cut-1]) || isDigit(s[cut]) {
			continue
		}
		return false
	}
	return true
}

func isDigit(b byte) bool { return b >= '0' && b <= '9' }

// patternBounds returns the offsets of a snake_case pattern's token
// boundaries in its squeezed form ("first_name" → [5]).
func patternBounds(p string) []int {
	var bs []int
	n := 0
	for i := 0; i < len(p); i++ {
		if p[i] == '_' {
			bs = append(bs, n)
			continue
		}
		n++
	}
	return bs
}

// pluralES reports whether base takes "es" in the plural (address → addresses).
func pluralES(base string) bool {
	return strings.HasSuffix(base, "s") || strings.HasSuffix(base, "x") || strings.HasSuffix(base, "z") ||
		strings.HasSuffix(base, "ch") || strings.HasSuffix(base, "sh")
}

// candidate is a surviving match during classification.
type candidate struct {
	e    entry
	span span
}

func better(a, b candidate) bool {
	// The head of a compound decides: a finer category matched after a
	// coarser one names the part of it (billing_address_city is a city).
	if ka, kb := a.e.cat.c.Key, b.e.cat.c.Key; ka != kb {
		if a.span.from >= b.span.to && rules.Covers(kb, ka) {
			return true
		}
		if b.span.from >= a.span.to && rules.Covers(ka, kb) {
			return false
		}
		// Of two adjacent matches, the later one is the head (AvatarEmail
		// is an e-mail address, however long "avatar"); matches a word
		// stands between may be alternatives (house_number_or_name).
		if a.span.from == b.span.to {
			return true
		}
		if b.span.from == a.span.to {
			return false
		}
	}
	if a.span.length != b.span.length {
		return a.span.length > b.span.length
	}
	if a.e.cat.depth != b.e.cat.depth {
		return a.e.cat.depth > b.e.cat.depth
	}
	if a.e.str != b.e.str {
		return a.e.str < b.e.str
	}
	return cmp.Compare(a.e.cat.c.Key, b.e.cat.c.Key) < 0
}

// bareSecret are single-word patterns of credentials and login names that
// may be anything's: they count only as weak patterns do.
var bareSecret = map[string]bool{"secret": true, "token": true, "pin": true, "handle": true}

// options steer matchName.
type options struct {
	weakOK     bool // person-like or annotated
	strongOnly bool // for type names
	kind       Kind
	// desc: id is a description's subject; only matches heading it count.
	desc *description
}

// matchName finds the best category for id. It returns the winning
// candidate, whether one was found, and whether the winner is personal.
func (c *Classifier) matchName(id ident, h *holder, o options) (candidate, bool) {
	var best candidate
	found := false
	c.eachMatch(id, func(e entry, r span) {
		ci := e.cat
		if o.desc != nil && !o.desc.heads(r) {
			return
		}
		// AttributeSurname names the attribute, not a surname.
		if r.from > 0 && c.metaQual[id.toks[0]] {
			return
		}
		// A prefix before another token makes a compound word (SubFlow,
		// SubType): a one-token pattern of it names nothing there.
		if r.to < len(id.toks) && r.to-r.from == 1 && c.prefixToks[id.toks[r.from]] {
			return
		}
		qualify := false // a weak match that its own qualifiers must make count
		switch e.str {
		case weak:
			if o.strongOnly {
				return
			}
			// A password, a login name or an access token outside
			// configuration is a person's: the system's own credentials
			// live in its configuration (SPEC §1.1), so a form's, a
			// request's or an integration's Password is the user's. A bare
			// secret, token, pin or handle may be anything's (a TLS master
			// secret, a webhook's signing secret, a process handle).
			// Beside a password, a token is the login's too
			// (MirrorToken beside MirrorPassword; a bare Token beside the
			// new Password of a reset request: the token the user was
			// mailed).
			login := ci.login && !h.config && len(h.id.toks) > 0 &&
				(!bareSecret[e.pattern] || (e.pattern == "token" && c.holdsLogin(h)))
			// A holder named for the category gives it to the bare word
			// (refresh_tokens.token), unless it is a catalogue of it
			// (city.city).
			named := slices.Contains(h.named, ci.c.Key) && c.bare(id, r) && !h.catalogue(id)
			// A holder named for a credential holds it under the bare
			// name (AccessToken.Token, AuthToken.TokenHash).
			own := ci.login && !h.config && slices.Contains(h.own, ci.c.Key) && c.bare(id, r)
			qualify = !o.weakOK && !h.namesAncestor(ci.c.Key) && !login && !named && !own
			// A word with a common other sense counts only beside
			// another part of the whole (Indirizzo{Via, Cap}; not an
			// e-mail address's Via, its channel).
			if ci.partOnly[e.pattern] && !h.siblingOf(ci.c.Key) {
				h.wantedContext = true
				return
			}
			if c.thingsSecret(id, r, e, h) {
				return
			}
		case contextual:
			if o.strongOnly {
				return
			}
			// The context is in the name, or the holder gives it to the bare
			// name (Card.number; not Card.billingSequenceNumber), or the
			// holder's other members are parts of the same whole
			// (Customer{city, state}). A holder that is a catalogue of
			// the thing itself (a table country with a column country)
			// gives none.
			if !id.hasAny(e.with) {
				if !c.bare(id, r) {
					return
				}
				byHolder := (h.names(ci.c.Key) && !h.catalogue(id)) || h.lastIn(e.with, ci)
				if !byHolder && !h.siblingOf(ci.c.Key) {
					h.wantedContext = true
					return
				}
			}
		}
		if !c.kindAllows(ci, o.kind) {
			return
		}
		// One number cannot hold many of a datum: named by its plural
		// (DeviceTokens int64) it counts them, as PhoneCount does.
		if o.kind == KindNumber && pluralRun(e, r) {
			return
		}
		// A bool takes a category (consent, a flag about the person) only
		// on a person-like holder: elsewhere it is a setting.
		if o.kind == KindBool && !o.weakOK && len(h.id.toks) > 0 {
			return
		}
		// A time's head is a time word (ConsentGivenAt): only other heads count.
		if c.vetoedAt(id, ci, r, e.str == strong) || (o.kind != KindTime && c.otherHead(id, r, ci)) {
			return
		}
		// The name's own qualifier, the nearest one that names a holder,
		// beats the enclosing type: a person (CardholderName, OwnerName in
		// a payment method) or a thing (MerchantPhone, BankCity).
		qual := qualNone
		if r.from > 0 || ci.personInside {
			qual = c.qualifier(id, r, ci)
		}
		if (qual == qualPerson || qual == qualPersonInside) && h.config {
			qual = qualNone // configuration is never about a person
		}
		// A qualifier before the match beats a thing holder (a repository's
		// OwnerName); a person word inside it only a holder veto
		// (holderName in a payment method; not an organisation's UserName).
		if qual == qualNone || qual == qualThing {
			if !h.personLike && !o.weakOK && c.hasHolderVeto(h.id, ci) {
				return
			}
			// Co-occurrence makes a holder person-like, but its own
			// name still vetoes a weak word of a category that does
			// not name the person (a message's Title beside the
			// address it is forwarded to).
			if h.why == whyCoOccurrence && e.str == weak && !ci.c.Identifies && c.hasHolderVeto(h.id, ci) {
				return
			}
		}
		// A login beside a password stays the user's in a thing holder
		// (a feed's Username and Password at the feed's site).
		loginHeld := func() bool { return ci.login && c.holdsLogin(h) }
		// An organisation's own e-mail or phone is not a person's: only a
		// person word makes it so (Organization.Email; not ContactEmail).
		proof := ci.proof && !(h.org && !ci.c.Special)
		// A thing holder keeps what its own name names (a bank account's
		// IBAN), not the rest (its country); a line it names is the
		// organisation's own (an IncomingPhoneNumber's number).
		if qual != qualPerson && h.thing && !o.weakOK && !proof && !(h.names(ci.c.Key) && !ci.c.Identifies) && !loginHeld() {
			return
		}
		if qual == qualThing && !ci.proof && !loginHeld() {
			return
		}
		if qualify && qual != qualPerson && qual != qualPersonInside && !c.qualifiedWeak(id, r, ci) {
			return
		}
		cand := candidate{e: e, span: r}
		if !found || better(cand, best) {
			best, found = cand, true
		}
	})
	return best, found
}

// vetoedAt reports whether a veto token of ci cancels the match r of id.
// A veto cancels where it is the head (after the match: EmailTemplate) or
// qualifies the match (SupportEmail, SmtpPassword); a qualifier made of
// self-qualifiers only (VerifiedEmail, NewPassword) states the value's
// state and cancels nothing. Before a strong match, a person word says
// whose the data is and cancels nothing either (UserFullName: the user's
// full name; a weak match it qualifies, UserName, is another datum).
func (c *Classifier) vetoedAt(id ident, ci *catInfo, r span, strongMatch bool) bool {
	if !c.hasVeto(id, ci) {
		return false
	}
	// The self-qualifiers (and, before a strong match, person words)
	// right before the match; only vetoes inside them are exempt, so
	// with none there is nothing to look for.
	q := r.from
	for q > 0 && (c.selfQual[id.toks[q-1]] || (strongMatch && c.person[id.toks[q-1]])) {
		q--
	}
	if q == r.from {
		return true
	}
	toks := id.toks
	var buf [64]byte
	for i := range toks {
		b := buf[:0]
		for j := i; j < len(toks) && j-i < maxRun; j++ {
			b = append(b, toks[j]...)
			if i >= q && j < r.from {
				continue // self-qualifiers only
			}
			if ci.veto[string(b)] || (len(b) > 2 && b[len(b)-1] == 's' && ci.veto[string(b[:len(b)-1])]) {
				return true
			}
		}
	}
	return false
}

// pluralRun reports whether the run r matched e's pattern by its plural
// (Tokens for token): it is longer than the pattern squeezed.
func pluralRun(e entry, r span) bool {
	return r.length > len(e.pattern)-strings.Count(e.pattern, "_")
}

// singular drops a plural s from a run ("" when there is none).
func singular(run string) string {
	if n := len(run); n > 2 && run[n-1] == 's' {
		return run[:n-1]
	}
	return ""
}

// plural reports whether run is the plural of a word of s: with an s
// dropped (Users, Products) or -ies for -y (Repositories, Companies).
func (s tokenSet) plural(run string) bool {
	if s[singular(run)] {
		return true
	}
	n := len(run)
	return n > 4 && run[n-3:] == "ies" && s[run[:n-3]+"y"]
}

// bare reports whether the match r is the whole name but for
// self-qualifiers.
func (c *Classifier) bare(id ident, r span) bool {
	return c.allSelf(id.toks[:r.from]) && c.allSelf(id.toks[r.to:])
}

// allSelf reports whether every token is a self-qualifier.
func (c *Classifier) allSelf(toks []string) bool {
	for _, t := range toks {
		if !c.selfQual[t] {
			return false
		}
	}
	return true
}

// otherHead reports whether the head of id, its last token or last two
// tokens, lies after the match r of ci and names something else than the
// data (EmailTemplate, AddressSid, PhoneNumberCollection, NameServers), or
// where a file lies (AuthenticatedEmailsFile) unless ci's datum is a file,
// or the key it is stored under (emailKey) unless ci's datum is a secret.
func (c *Classifier) otherHead(id ident, r span, ci *catInfo) bool {
	n := len(id.toks)
	if r.to >= n {
		return false
	}
	last := id.toks[n-1]
	in := func(set tokenSet) bool {
		return set[last] || set.plural(last) || (n-2 >= r.to && set[id.toks[n-2]+last])
	}
	return in(c.heads) || (!ci.fileData && in(c.fileHeads)) || (!ci.keyData && in(c.keyHeads))
}

// coveredBy reports whether one of keys covers the category key.
func coveredBy(keys []string, key string) bool {
	for _, k := range keys {
		if rules.Covers(k, key) {
			return true
		}
	}
	return false
}

// Kinds of qualifier a name may carry for its match.
const (
	qualNone = iota
	qualPerson
	qualPersonInside // a person word inside the match (user_name, holder_name)
	qualThing
)

// qualifier returns the nearest token up to the end of the match r of ci
// that names a holder: a person type (CustomerAddress, HolderName, the whole
// of cardholder_name) or a thing or organisation (MerchantPhone,
// BankCity, not ShopCustomerName).
func (c *Classifier) qualifier(id ident, r span, ci *catInfo) int {
	q, _ := c.qualifierAt(id, r, ci)
	return q
}

// qualifierAt is qualifier that also returns the index of the token that
// names the holder (-1 with qualNone).
func (c *Classifier) qualifierAt(id ident, r span, ci *catInfo) (int, int) {
	if id.person|id.thing == 0 {
		return qualNone, -1
	}
	inside := ci.personInside
	for k := min(r.to, 64) - 1; k >= 0; k-- {
		bit := uint64(1) << k
		if id.person&bit != 0 {
			if k < r.from {
				return qualPerson, k
			}
			if inside {
				return qualPersonInside, k
			}
		}
		if k < r.from && id.thing&bit != 0 {
			return qualThing, k
		}
	}
	return qualNone, -1
}

// holderProof reports whether ci stays personal in a thing holder.
func (c *Classifier) holderProof(ci *catInfo) bool {
	if ci.c.Special {
		return true
	}
	for _, k := range c.proof {
		if rules.Covers(k, ci.c.Key) {
			return true
		}
	}
	return false
}

// headPreps are prepositions that, inside a type name, make the words
// after them a complement, not the name's head.
var headPreps = map[string]bool{"by": true, "with": true, "via": true, "using": true}

// thingHead reports whether a holder's head tokens name a thing or an
// organisation: its last token or last two tokens.
func (c *Classifier) thingHead(head []string) bool {
	last := head[len(head)-1]
	// A thing after a preposition says how, not what (PayByBank,
	// SignInWithApple): it heads no compound.
	if len(head) > 1 && headPreps[head[len(head)-2]] {
		return false
	}
	if len(head) > 1 && c.things[head[len(head)-2]+last] {
		return true
	}
	return c.things[last] || c.things.plural(last)
}

// orgHead reports whether a holder's head tokens name an organisation:
// its last token or last two tokens.
func (c *Classifier) orgHead(head []string) bool {
	if len(c.orgs) == 0 {
		return false
	}
	last := head[len(head)-1]
	if len(head) > 1 && c.orgs[head[len(head)-2]+last] {
		return true
	}
	return c.orgs[last] || c.orgs.plural(last)
}

// provisionedNumber reports whether a holder's tokens name a telephone
// number a provider offers or an account rents: a provisioned-number
// qualifier right before "phone number" or "number"
// (available_phone_number_local, ListIncomingPhoneNumber, OwnedNumbers).
func (c *Classifier) provisionedNumber(toks []string) bool {
	if len(c.provisioned) == 0 {
		return false
	}
	for k := 0; k+1 < len(toks); k++ {
		if !c.provisioned[toks[k]] {
			continue
		}
		next := toks[k+1]
		if next == "phone" && k+2 < len(toks) {
			next = toks[k+2]
		}
		if next == "number" || next == "numbers" {
			return true
		}
	}
	return false
}

// qualifiedWeak reports whether the tokens before a weak match r name a
// strict ancestor category, which makes it count as such a holder would
// (AddressCity, address_zip).
func (c *Classifier) qualifiedWeak(id ident, r span, ci *catInfo) bool {
	return c.qualifiedWeakBy(id, r, ci) != ""
}

// qualifiedWeakBy is qualifiedWeak that returns the ancestor's pattern
// that qualifies the match ("" when none).
func (c *Classifier) qualifiedWeakBy(id ident, r span, ci *catInfo) string {
	if r.from == 0 {
		return ""
	}
	prefix := id.toks[:r.from]
	var buf [64]byte
	for i := range prefix {
		b := buf[:0]
		for j := i; j < len(prefix) && j-i < maxRun; j++ {
			b = append(b, prefix[j]...)
			if len(b) > c.maxSq {
				break
			}
			for _, e := range c.index[string(b)] {
				if e.str != contextual && e.cat != ci && rules.Covers(e.cat.c.Key, ci.c.Key) {
					return e.pattern
				}
			}
		}
	}
	return ""
}

// lastSegment returns the last dot-separated segment of a qualified type
// name: a schema named "api.v1.account.address" is an address.
func lastSegment(name string) string {
	if i := strings.LastIndexByte(name, '.'); i >= 0 && i < len(name)-1 {
		return name[i+1:]
	}
	return name
}

// names reports whether the holder's own name names key or an ancestor.
func (h *holder) names(key string) bool {
	for _, hc := range h.cats {
		if rules.Covers(hc, key) {
			return true
		}
	}
	return false
}

// catalogue reports whether the holder's head is the member's name
// itself: a table country's column country names the countries listed,
// not anybody's, and a PaymentMethodsResponse's paymentMethods the
// methods offered. A form or request named for a datum is no catalogue:
// an AvatarForm's Avatar is the avatar a user uploads.
func (h *holder) catalogue(id ident) bool {
	if len(h.cats) == 0 || h.headSq == "" || h.request {
		return false
	}
	sq := strings.Join(id.toks, "")
	return sq == h.headSq || sq == h.headSq+"s" || sq+"s" == h.headSq
}

// siblingOf reports whether the holder's other members hold parts of the
// whole key is a part of: key's parent is one of h.siblings.
func (h *holder) siblingOf(key string) bool {
	if len(h.siblings) == 0 {
		return false
	}
	return slices.Contains(h.siblings, rules.Parent(key))
}

// namesAncestor reports whether the holder's own name names a strict
// ancestor of key (an Address holder makes City count, not Address).
func (h *holder) namesAncestor(key string) bool {
	for _, hc := range h.cats {
		if hc != key && rules.Covers(hc, key) {
			return true
		}
	}
	return false
}

// lastIn reports whether the holder's last token, or its last two tokens,
// is one of the context tokens and the holder's name holds no veto of ci
// or of its ancestors (PaymentCard{PAN}, StoredPaymentMethod{lastFour};
// not IPAddress{State}).
func (h *holder) lastIn(with []string, ci *catInfo) bool {
	if h.last == "" || !(slices.Contains(with, h.last) || (h.last2 != "" && slices.Contains(with, h.last2))) {
		return false
	}
	return !h.id.has(ci.lineage) && !h.id.has(ci.holderVeto) // rare: contextual patterns only
}

// kindAllows reports whether a value of kind k may take ci from a name.
func (c *Classifier) kindAllows(ci *catInfo, k Kind) bool {
	switch k {
	case KindBool, KindTime, KindEnum:
		return ci.kinds[k]
	case KindDuration, KindNoData:
		return false
	case KindNumber:
		return !ci.c.Text
	}
	return true
}

// isCount reports whether id names a count or limit (PhoneCount, NumEmails).
func (c *Classifier) isCount(id ident) bool {
	if id.has(c.count) {
		return true
	}
	if len(id.toks) > 1 {
		for _, p := range c.countPref {
			if id.toks[0] == p {
				return true
			}
		}
	}
	return false
}

// oneWay reports whether the name says the value is hashed or masked.
func (c *Classifier) isOneWay(id ident) bool {
	if id.sets {
		return id.oneWay
	}
	return id.has(c.oneWay)
}

// result turns a candidate into a Match, or reports not personal.
func (c *Classifier) result(cand candidate, id ident, by Evidence, h *holder) (Match, bool) {
	ci := cand.e.cat
	if ci.system || (h.config && ci.credential) {
		return Match{}, false
	}
	spent := id.has(c.spentQual) && ci.spent[squeezeTok(cand.e.pattern)]
	m := c.matchOf(ci.c, by, cand.e.pattern, ci.c.Protected || c.isOneWay(id) || spent)
	m.Spent = spent
	return m, true
}

func (c *Classifier) matchOf(cat *rules.Category, by Evidence, pattern string, protected bool) Match {
	return Match{
		Category:  cat.Key,
		By:        by,
		Protected: protected || cat.Protected,
		Pattern:   pattern,
		Sensitive: cat.Sensitive,
		Special:   cat.Special,
	}
}

// Name classifies one identifier (a field, property or variable name) in
// its context. ok is false when the name denotes no personal data,
// including credentials of the system itself (system.authentication).
func (c *Classifier) Name(name string, ctx Context) (Match, bool) {
	h := c.newHolder(ctx.Holder, ctx)
	m, ok, _ := c.name(c.identOf(name), ctx.Kind, ctx.TypeName, &h, h.personLike, Name)
	return m, ok
}

// name classifies id; the third result tells whether the match names the
// holder itself, for co-occurrence: a strong pattern of an identifying
// category, qualified by self-qualifiers only.
func (c *Classifier) name(id ident, kind Kind, typeName string, h *holder, weakOK bool, by Evidence) (Match, bool, bool) {
	if len(id.toks) == 0 || kind == KindDuration {
		return Match{}, false, false
	}
	if kind == KindNumber && c.isCount(id) {
		return Match{}, false, false
	}
	if c.statementName(id) {
		return Match{}, false, false
	}
	cand, found := c.matchName(id, h, options{weakOK: weakOK, kind: kind})
	if found && cand.e.cat.c.Text && kind == KindStruct && typeName != "" && slices.Equal(c.identOf(typeName).toks, id.toks) {
		// job *Job: a member named after its own struct type holds a
		// value of that type, whose fields say what it holds; it is
		// no text (a job title, an e-mail address) itself.
		return Match{}, false, false
	}
	if found {
		m, ok := c.result(cand, id, by, h)
		if ok {
			m.Details = c.why(srcName, cand, id, h, weakOK, cand.e.str == weak)
		}
		return m, ok, ok && c.identifies(cand, id)
	}
	// A holder named for a credential holds it under its head word
	// (OneTimeCode.Code, RecoveryCode.Code), as under the credential's
	// own name (AccessToken.Token), and hashed under a bare one-way word
	// (Password.Hash).
	if m, ok := c.ownHeadWord(id, kind, h, by); ok {
		return m, true, false
	}
	// A person word heading a string's name is that person's name
	// (Author, ItunesAuthor, DublinCoreCreator): an author's name.
	if kind == KindString && !h.config && !h.thing && c.nameCat != nil && c.nameRole(id) {
		role := id.toks[len(id.toks)-1]
		m := c.matchOf(c.nameCat.c, by, role, c.isOneWay(id))
		m.Details = []string{srcName + ":" + clip(role) + "(head)"}
		return m, true, false
	}
	// A named string or enum type may name the category itself (type Gender).
	if typeName != "" && (kind == KindEnum || kind == KindString) {
		tid := c.identOf(typeName)
		if cand, found := c.matchName(tid, h, options{strongOnly: true}); found {
			m, ok := c.result(cand, id, Type, h)
			if ok {
				m.Pattern = typeName
				m.Details = c.holderItems([]string{srcType + ":" + clip(typeName)}, h, weakOK)
			}
			return m, ok, ok && cand.e.cat.c.Identifies
		}
	}
	return Match{}, false, false
}

// statementName reports whether id names a query's or statement's text:
// a statement word, then a statement verb, then what it acts on
// (sqlInsertOneTimeCode, stmtSelectUserByEmail). The value is SQL, not the
// data its rows hold; a statement word without a verb (queryEmail) is not
// one.
func (c *Classifier) statementName(id ident) bool {
	return len(id.toks) > 2 && c.stmtWords[id.toks[0]] && c.stmtVerbs[id.toks[1]]
}

// ownHeadWord matches a string or byte member named by the last word of
// its holder's head when the holder's name names a credential or a
// password (OneTimeCode.Code, RecoveryCode.Code; not PostalCode.Code,
// whose category is no credential), outside configuration. A bare one-way
// word is the credential hashed (Password.Hash, RefreshToken.Digest).
func (c *Classifier) ownHeadWord(id ident, kind Kind, h *holder, by Evidence) (Match, bool) {
	if h.config || len(id.toks) != 1 || (id.toks[0] != h.last && !c.oneWay[id.toks[0]]) || (kind != KindString && kind != KindBytes) {
		return Match{}, false
	}
	for _, k := range h.own {
		if ci := c.byKey[k]; ci != nil && ci.login {
			m := c.matchOf(ci.c, by, id.toks[0], c.isOneWay(id))
			m.Details = []string{srcName + ":" + clip(id.toks[0]) + "(whole)", holderItem("not-config", h)}
			return m, true
		}
	}
	return Match{}, false
}

// nameRole reports whether the last token of id is a name role (Author).
func (c *Classifier) nameRole(id ident) bool {
	if len(c.nameRoles) == 0 || len(id.toks) == 0 {
		return false
	}
	last := id.toks[len(id.toks)-1]
	return c.nameRoles[last]
}

// identifies reports whether a winning candidate names the holder itself:
// a strong pattern of an identifying category whose run covers the name
// but for self-qualifiers, with no person type in it (Email,
// PersonalEmail; not OrganizerEmail, CustomerEmail). A contact qualifier
// (ContactEmail, ContactName) names whom to reach about the holder, which
// a site or an event has as well as a person: it identifies nobody.
func (c *Classifier) identifies(cand candidate, id ident) bool {
	if cand.e.str != strong || !cand.e.cat.c.Identifies {
		return false
	}
	for k, t := range id.toks {
		if c.contactQ[t] {
			return false
		}
		if c.selfQual[t] {
			continue
		}
		// Outside the match, or a person type inside it (CustomerEmail,
		// PatientName): the name is about somebody else.
		if k < cand.span.from || k >= cand.span.to || c.person[t] {
			return false
		}
	}
	return true
}

// GoType classifies a qualified Go type ("net/mail.Address", "net.IP",
// "*net/netip.Addr", "[]net.IP").
func (c *Classifier) GoType(qualified string) (Match, bool) {
	ci := c.typeInfo(qualified)
	if ci == nil || ci.system {
		return Match{}, false
	}
	m := c.matchOf(ci.c, Type, strings.TrimLeft(qualified, "*[]"), false)
	m.Details = []string{srcType + ":" + clip(m.Pattern)}
	return m, true
}

func (c *Classifier) typeInfo(qualified string) *catInfo {
	q := strings.TrimSpace(qualified)
	for {
		switch {
		case strings.HasPrefix(q, "*"):
			q = q[1:]
		case strings.HasPrefix(q, "[]"):
			q = q[2:]
		default:
			return c.types[q]
		}
	}
}

// Format classifies a JSON Schema / OpenAPI format value ("email",
// "idn-email", "ipv4", "ipv6", "password").
func (c *Classifier) Format(format string) (Match, bool) {
	ci := c.formats[strings.ToLower(strings.TrimSpace(format))]
	if ci == nil || ci.system {
		return Match{}, false
	}
	m := c.matchOf(ci.c, Format, strings.ToLower(strings.TrimSpace(format)), false)
	m.Details = []string{srcFormat + ":" + clip(m.Pattern)}
	return m, true
}

// Container reports whether name, the name of a field holding an
// anonymous struct, says only that it holds elements (Values, Items,
// Data: every token is a container field word of the lexicon), so that
// the struct is judged by the name holding the field instead.
func (c *Classifier) Container(name string) bool {
	toks := c.identOf(name).toks
	if len(toks) == 0 {
		return false
	}
	for _, t := range toks {
		if !c.containers[t] {
			return false
		}
	}
	return true
}

// TypeName judges a type name (or, for an anonymous struct, the name of
// the field holding it). The last token decides, after generic suffixes
// such as Request, Response, DTO or Info and a trailing number or version
// are stripped: "User", "CustomerDTO", "signupRequest", "UserV2",
// "Customer2" are person-like; "UserRole" is not.
// Configuration names (Config, Settings, Options, Conf, Cfg, Env, Opts)
// are never person-like. An error type is judged by its subject
// (ErrUserNotExist by User, see errorSubject).
func (c *Classifier) TypeName(name string) (personLike, config bool) {
	id := c.identOf(lastSegment(name))
	toks := id.toks
	if s, ok := c.errorSubject(toks); ok {
		toks = s
	}
	toks = trimVersion(c.headTokens(toks))
	if len(toks) == 0 {
		return false, false
	}
	last := toks[len(toks)-1]
	if c.config[last] || (len(toks) > 1 && c.configPre[toks[0]]) {
		return false, true
	}
	if id.has(c.notPerson) || c.thingHead(toks) {
		return false, false
	}
	tail2 := last
	if len(toks) > 1 {
		tail2 = toks[len(toks)-2] + last
	}
	for _, s := range []string{last, tail2} {
		if c.person[s] {
			return true, false
		}
		if n := len(s); n > 3 && s[n-1] == 's' && c.person[s[:n-1]] {
			return true, false
		}
	}
	return false, false
}
