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
	local bool

	// The caches of a Classifier shared between goroutines.
	holders     sync.Map // holder name → *holderName, bounded by maxHolders
	holderCount atomic.Int64
	idents      sync.Map // name → *ident, bounded by maxIdents
	identCount  atomic.Int64
	descs       sync.Map // description → *descRead, bounded by maxDescBytes
	descBytes   atomic.Int64

	// The caches of a Classifier used by one goroutine.
	localHolders map[string]*holderName
	localIdents  map[string]*ident
	localDescs   map[string]*descRead
	localBytes   int64 // of the texts of localDescs
}

// Local returns a classifier that gives c's results and shares its
// compiled taxonomy, for use by one goroutine only: its caches are its
// own, empty at first, and kept in plain maps. A caller that classifies
// many names on one goroutine (a schema check) spends a fifth of its
// classifying time in the concurrent caches of c otherwise.
func (c *Classifier) Local() *Classifier {
	l := *c
	l.cache = &caches{
		local:        true,
		localHolders: map[string]*holderName{},
		localIdents:  map[string]*ident{},
		localDescs:   map[string]*descRead{},
	}
	return &l
}

// ident returns the cached analysis of name s.
func (k *caches) ident(s string) (*ident, bool) {
	if k.local {
		id, ok := k.localIdents[s]
		return id, ok
	}
	if v, ok := k.idents.Load(s); ok {
		return v.(*ident), true
	}
	return nil, false
}

// keepIdent caches id, the analysis of name s, within the bounds.
func (k *caches) keepIdent(s string, id *ident) {
	if len(s) > maxCachedName {
		return
	}
	if k.local {
		if len(k.localIdents) < maxIdents {
			k.localIdents[s] = id
		}
		return
	}
	if k.identCount.Load() < maxIdents {
		if _, loaded := k.idents.LoadOrStore(s, id); !loaded {
			k.identCount.Add(1)
		}
	}
}

// holder returns the cached analysis of holder name s.
func (k *caches) holder(s string) (*holderName, bool) {
	if k.local {
		hn, ok := k.localHolders[s]
		return hn, ok
	}
	if v, ok := k.holders.Load(s); ok {
		return v.(*holderName), true
	}
	return nil, false
}

// keepHolder caches hn, the analysis of holder name s, within the bounds.
func (k *caches) keepHolder(s string, hn *holderName) {
	if len(s) > maxCachedName {
		return
	}
	if k.local {
		if len(k.localHolders) < maxHolders {
			k.localHolders[s] = hn
		}
		return
	}
	if k.holderCount.Load() < maxHolders {
		if _, loaded := k.holders.LoadOrStore(s, hn); !loaded {
			k.holderCount.Add(1)
		}
	}
}

// desc returns the cached reading of description text.
func (k *caches) desc(text string) (*descRead, bool) {
	if k.local {
		r, ok := k.localDescs[text]
		return r, ok
	}
	if v, ok := k.descs.Load(text); ok {
		return v.(*descRead), true
	}
	return nil, false
}

// mayKeepDesc reports whether the reading of text may be cached (then the
// caller completes it and calls keepDesc): text is short enough and the
// bound on the texts kept is not reached.
func (k *caches) mayKeepDesc(text string) bool {
	if len(text) > maxCachedDesc {
		return false
	}
	if k.local {
		return k.localBytes < maxDescBytes
	}
	return k.descBytes.Load() < maxDescBytes
}

// keepDesc caches r, the reading of description text.
func (k *caches) keepDesc(text string, r *descRead) {
	if k.local {
		if _, ok := k.localDescs[text]; !ok {
			k.localDescs[text] = r
			k.localBytes += int64(len(text))
		}
		return
	}
	if _, loaded := k.descs.LoadOrStore(text, r); !loaded {
		k.descBytes.Add(int64(len(text)))
	}
}
