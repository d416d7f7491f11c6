package classifier

import (
	"sync"
	"sync/atomic"
)

// caches memoise the classifier's context-free analyses: of names
// (identOf), of holder names (newHolder) and of descriptions
// (describeCached). What they keep is never modified once made, and the
// same text always gives the same analysis, so a cache changes no
// result, only the time taken.
//
// A Classifier made by New is safe for concurrent use: its caches are
// sync.Maps, bounded by a count of names and a total of description
// bytes. One made by Local is used by one goroutine: its caches are plain
// maps with the same bounds, several times cheaper to read and fill.
type caches struct {
	holders memo[*holderName] // holder name → analysis, bounded by maxHolders
	idents  memo[*ident]      // name → analysis, bounded by maxIdents
	descs   memo[*descRead]   // description → reading, bounded by maxDescBytes
	// results is classifyMembers' buffer of member results, reused from
	// one object to the next by a classifier of one goroutine (Local):
	// they were an allocation per object judged, a tenth of a schema
	// check's garbage.
	results []memberResult
}

// memberResults returns a slice of n zero member results, valid until the
// next call: the classifier's own buffer when it is used by one goroutine
// (Local), a new slice otherwise.
func (k *caches) memberResults(n int) []memberResult {
	if !k.idents.local {
		return make([]memberResult, n)
	}
	if cap(k.results) < n {
		k.results = make([]memberResult, max(n, 2*cap(k.results), 64))
	}
	r := k.results[:n]
	clear(r)
	return r
}

// memo is one bounded cache: a sync.Map with an atomic count for a
// Classifier shared between goroutines, a plain map with a plain count
// for one used by a single goroutine (local). The count is what the
// entries cost (one per name, or a description's bytes).
type memo[V any] struct {
	local  bool
	shared sync.Map
	used   atomic.Int64
	own    map[string]V
	owned  int64
	// recent are, for a local memo, entries of own found lately, placed
	// by a few of their key's bytes and its length: the same name is
	// looked up many times while one object is judged (by each rule
	// that reads its members) and again in the next object, and
	// comparing it with the one entry in its place is several times
	// cheaper than hashing it for the map.
	recent *[recentSize]recentEntry[V]
}

// recentSize is the number of a local memo's recent entries.
const recentSize = 256

// recentEntry is one of a local memo's recent entries (key "": none).
type recentEntry[V any] struct {
	key string
	v   V
}

func newLocalMemo[V any]() memo[V] {
	return memo[V]{local: true, own: map[string]V{}, recent: new([recentSize]recentEntry[V])}
}

// recentSlot is the place among the recent entries of key s, not "": a
// mix of its length and its first, middle and last bytes.
func recentSlot(s string) int {
	n := len(s)
	h := uint(n)*0x9E3779B1 ^ uint(s[0])*0x85EBCA6B ^ uint(s[n/2])*0xC2B2AE35 ^ uint(s[n-1])*0x27D4EB2F
	return int((h ^ h>>13) & (recentSize - 1))
}

// get returns the value kept for key s.
func (m *memo[V]) get(s string) (V, bool) {
	if m.local {
		if len(s) == 0 {
			v, ok := m.own[s]
			return v, ok
		}
		e := &m.recent[recentSlot(s)]
		if e.key == s {
			return e.v, true
		}
		v, ok := m.own[s]
		if ok {
			*e = recentEntry[V]{key: s, v: v}
		}
		return v, ok
	}
	if v, ok := m.shared.Load(s); ok {
		return v.(V), true
	}
	var zero V
	return zero, false
}

// room reports whether the entries kept cost less than limit.
func (m *memo[V]) room(limit int64) bool {
	if m.local {
		return m.owned < limit
	}
	return m.used.Load() < limit
}

// add keeps v for key s at the given cost, unless s is kept already.
func (m *memo[V]) add(s string, v V, cost int64) {
	if m.local {
		if _, ok := m.own[s]; !ok {
			m.own[s] = v
			m.owned += cost
		}
		return
	}
	if _, loaded := m.shared.LoadOrStore(s, v); !loaded {
		m.used.Add(cost)
	}
}

// Local returns a classifier that gives c's results and shares its
// compiled taxonomy, for use by one goroutine only: its caches are its
// own, empty at first, and kept in plain maps. A caller that classifies
// many names on one goroutine (a schema check) spends a fifth of its
// classifying time in the concurrent caches of c otherwise.
func (c *Classifier) Local() *Classifier {
	l := *c
	l.cache = &caches{
		holders: newLocalMemo[*holderName](),
		idents:  newLocalMemo[*ident](),
		descs:   newLocalMemo[*descRead](),
	}
	return &l
}

// ident returns the cached analysis of name s.
func (k *caches) ident(s string) (*ident, bool) { return k.idents.get(s) }

// keepIdent caches id, the analysis of name s, within the bounds.
func (k *caches) keepIdent(s string, id *ident) {
	if len(s) <= maxCachedName && k.idents.room(maxIdents) {
		k.idents.add(s, id, 1)
	}
}

// holder returns the cached analysis of holder name s.
func (k *caches) holder(s string) (*holderName, bool) { return k.holders.get(s) }

// keepHolder caches hn, the analysis of holder name s, within the bounds.
func (k *caches) keepHolder(s string, hn *holderName) {
	if len(s) <= maxCachedName && k.holders.room(maxHolders) {
		k.holders.add(s, hn, 1)
	}
}

// desc returns the cached reading of description text.
func (k *caches) desc(text string) (*descRead, bool) { return k.descs.get(text) }

// mayKeepDesc reports whether the reading of text may be cached (then the
// caller completes it and calls keepDesc): text is short enough and the
// bound on the texts kept is not reached.
func (k *caches) mayKeepDesc(text string) bool {
	return len(text) <= maxCachedDesc && k.descs.room(maxDescBytes)
}

// keepDesc caches r, the reading of description text.
func (k *caches) keepDesc(text string, r *descRead) {
	k.descs.add(text, r, int64(len(text)))
}
