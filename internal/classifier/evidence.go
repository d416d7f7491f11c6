package classifier

import (
	"slices"
	"strings"
	"sync/atomic"
	"unicode/utf8"

	"github.com/privlint/privlint/rules"
)

// The evidence a verdict lists (SPEC §1.1: `detectedBy` lists the
// evidence). Match.DetectedBy is the kind of the strongest evidence, By,
// followed by Match.Details, each one item of this small vocabulary:
//
//	name:PATTERN(POS)        the taxonomy pattern PATTERN matched the name that
//	                         was read — the field's or property's name, or the
//	                         tag's when a tag item comes before it. POS is
//	                         whole (the pattern is the name), head (it ends the
//	                         name: receipt_email) or part (other words follow).
//	description:PATTERN(POS) the pattern matched the subject of the description
//	                         (schema description or title, Go doc comment).
//	description:sip_uri(example) the description shows a SIP URI with a
//	                         user part (<sip:alice@host>): a call party's address.
//	description              the description's subject names the same data as
//	                         the name: it confirms the name.
//	tag:KEY=VALUE            the struct tag whose name was read (json=receipt_email).
//	type:TYPE                the Go type (net/mail.Address) or the field's own
//	                         named type (Gender) names the category.
//	format:FORMAT            the schema format (email, ipv4).
//	context:WORD             an ambiguous word took its context from WORD in
//	                         the name (card in card_number).
//	context:description(W)   it took its context from the words W of the
//	                         description (a number calls are "made from").
//	qualifier:person(WORD)   a word of the name before the match names a person
//	                         (customer in CustomerAddress).
//	qualifier:ancestor(P)    a word before a weak match names its ancestor
//	                         category (address in address_city).
//	qualifier:password(Q)    the words Q qualify a person's password too
//	                         (admin in AdminEmail beside AdminPasswd).
//	beside:password(M)       the member repeats the person's password M
//	                         (Confirmation beside Password).
//	holder:person-like(H)    the holder H is person-like by its name.
//	holder:in-person(H)      H is nested in a person-like declaration.
//	holder:co-occurrence(H)  H holds a member that names the person themself.
//	holder:ancestor(H)       H's name names an ancestor category (City in Address).
//	holder:context(H)        H gives an ambiguous word its context (Card.number).
//	holder:not-config(H)     a credential or login name outside configuration.
//	holder:thing(H)          H names a thing or an organisation and the
//	                         category stays personal in it (health data).
//
// Items come in that order of reading: what matched first, then what
// weighed it. Names of holders and types longer than maxEvidenceName bytes
// are cut, with "…". The list depends only on the input, never on the
// order of calls.

// The sources of evidence items (also the kinds of the first element).
const (
	srcName        = string(Name)
	srcTag         = string(Tag)
	srcType        = string(Type)
	srcFormat      = string(Format)
	srcDescription = string(Description)
)

// The reasons a holder is person-like (holder.why).
const (
	whyPersonLike   = "person-like"
	whyInPerson     = "in-person"
	whyCoOccurrence = "co-occurrence"
)

// maxEvidenceName bounds the bytes of a name quoted in an evidence item.
const maxEvidenceName = 64

// DetectedBy returns the evidence list of m: the kind of its strongest
// evidence (annotation, type, format, tag, name or description), then its
// details. It is nil when m is not personal.
func (m Match) DetectedBy() []string {
	if m.Category == "" || m.By == "" {
		return nil
	}
	out := make([]string, 0, 1+len(m.Details))
	out = append(out, string(m.By))
	return append(out, m.Details...)
}

// why explains a name match: the pattern and where it lies in id, the
// context word of a contextual pattern, a person qualifier, and what made
// the holder count. weighed says the match needed the holder or a
// qualifier to count (a weak pattern, or a description's soft match).
func (c *Classifier) why(src string, cand candidate, id ident, h *holder, weakOK, weighed bool) []string {
	e, r, ci := cand.e, cand.span, cand.e.cat
	out := make([]string, 1, 3)
	if pos := positionIndex(id, r); src == srcName && e.nameItems != nil {
		out[0] = e.nameItems.get(e.pattern)[pos]
	} else {
		out[0] = src + ":" + e.pattern + "(" + positions[pos] + ")"
	}
	if e.str == contextual {
		if w := contextWord(id, e.with); w != "" {
			out = append(out, "context:"+w)
		} else {
			out = append(out, holderItem("context", h))
		}
	}
	qualified := false
	if (r.from > 0 || ci.personInside) && !h.config {
		if q, k := c.qualifierAt(id, r, ci); (q == qualPerson || q == qualPersonInside) && k >= 0 {
			out = append(out, "qualifier:person("+id.toks[k]+")")
			qualified = true
		}
	}
	if weighed && !weakOK && !qualified {
		switch {
		case h.namesAncestor(ci.c.Key):
			out = append(out, holderItem("ancestor", h))
		case c.qualifiedWeakBy(id, r, ci) != "":
			out = append(out, "qualifier:ancestor("+c.qualifiedWeakBy(id, r, ci)+")")
		case ci.login && !h.config:
			out = append(out, holderItem("not-config", h))
		}
	}
	return c.holderItems(out, h, weakOK)
}

// holderItems appends to items what the holder says: person-like (and
// why), or a thing the category stays personal in.
func (c *Classifier) holderItems(items []string, h *holder, weakOK bool) []string {
	switch {
	case h.personLike && h.why != "":
		items = append(items, holderItem(h.why, h))
	case h.thing && !weakOK:
		items = append(items, holderItem("thing", h))
	}
	return items
}

// holderItem is "holder:CLASS(NAME)", or "holder:CLASS" for an unnamed holder.
func holderItem(class string, h *holder) string {
	if h.items != nil {
		if k := slices.Index(holderClasses[:], class); k >= 0 {
			return h.items.get(h.name)[k]
		}
	}
	return makeHolderItem(class, h.name)
}

// holderClasses are the classes of holder evidence; a holder name's
// items (holderName.items) are made once, in this order.
var holderClasses = [...]string{whyPersonLike, whyInPerson, whyCoOccurrence, "thing", "context", "ancestor", "not-config"}

// lazyHolderItems holds a holder name's evidence items once made; the
// holders of one name share it across goroutines.
type lazyHolderItems struct {
	p atomic.Pointer[[len(holderClasses)]string]
}

// get returns the items of the holder named name, making them on first use.
func (l *lazyHolderItems) get(name string) *[len(holderClasses)]string {
	if items := l.p.Load(); items != nil {
		return items
	}
	items := holderItemsOf(name)
	l.p.Store(items) // a racing maker stores the same items
	return items
}

// holderItemsOf returns the evidence items of the holder named name, one
// per class of holderClasses.
func holderItemsOf(name string) *[len(holderClasses)]string {
	var items [len(holderClasses)]string
	if name == "" {
		for k, class := range holderClasses {
			items[k] = makeHolderItem(class, name)
		}
		return &items
	}
	// The items are cut from one string: most holder names are met once
	// (an operation's), and seven strings for each were a quarter of a
	// schema check's allocations.
	clipped := clip(name)
	size := 0
	for _, class := range holderClasses {
		size += len("holder:") + len(class) + len(clipped) + 2
	}
	var b strings.Builder
	b.Grow(size)
	var ends [len(holderClasses)]int
	for k, class := range holderClasses {
		b.WriteString("holder:")
		b.WriteString(class)
		b.WriteByte('(')
		b.WriteString(clipped)
		b.WriteByte(')')
		ends[k] = b.Len()
	}
	all := b.String()
	start := 0
	for k := range items {
		items[k] = all[start:ends[k]]
		start = ends[k]
	}
	return &items
}

// makeHolderItem makes the evidence item of a holder named name.
func makeHolderItem(class, name string) string {
	if name == "" {
		return "holder:" + class
	}
	return "holder:" + class + "(" + clip(name) + ")"
}

// positions are the names of the positions of a match in a name (whole,
// head or part), by positionIndex.
var positions = [3]string{"whole", "head", "part"}

// positionIndex says where the run r lies in id, as an index of
// positions.
func positionIndex(id ident, r span) int {
	switch {
	case r.from == 0 && r.to >= len(id.toks):
		return 0
	case r.to >= len(id.toks):
		return 1
	}
	return 2
}

// lazyItems holds a pattern's evidence items once made; entries share
// it across copies and goroutines.
type lazyItems struct{ p atomic.Pointer[[3]string] }

// get returns the items of pattern p, making them on first use.
func (l *lazyItems) get(p string) *[3]string {
	if items := l.p.Load(); items != nil {
		return items
	}
	items := nameEvidence(p)
	l.p.Store(items) // a racing maker stores the same items
	return items
}

// lazyPool hands out lazyItems from chunks, one allocation per chunk.
type lazyPool struct{ chunk []lazyItems }

// next returns a fresh lazyItems.
func (p *lazyPool) next() *lazyItems {
	if len(p.chunk) == cap(p.chunk) {
		p.chunk = make([]lazyItems, 0, 256)
	}
	p.chunk = p.chunk[:len(p.chunk)+1]
	return &p.chunk[len(p.chunk)-1]
}

// nameEvidence returns the items a name's match of pattern p lists, by
// positionIndex ("name:email(whole)"), made once per pattern.
func nameEvidence(p string) *[3]string {
	var items [3]string
	for i, pos := range positions {
		items[i] = srcName + ":" + p + "(" + pos + ")"
	}
	return &items
}

// contextWord returns the first context word of with (squeezed) that is a
// run of id, or "".
func contextWord(id ident, with []string) string {
	for _, w := range with {
		for _, r := range id.runs {
			if r == w {
				return w
			}
		}
	}
	return ""
}

// confirms reports whether the member's description names ci (or a
// category above or below it) as its subject's head: the description
// agrees with the name.
func (c *Classifier) confirms(m *Member, ci *catInfo) bool {
	if m.Description == "" || ci == nil {
		return false
	}
	d, ok := c.describeCached(m.Description)
	if !ok || d.flag {
		return false
	}
	found := false
	c.eachMatch(d.id, func(e entry, r span) {
		if found || e.cat.system || !d.heads(r) {
			return
		}
		found = rules.Covers(e.cat.c.Key, ci.c.Key) || rules.Covers(ci.c.Key, e.cat.c.Key)
	})
	return found
}

// tagLabel returns "KEY=NAME" for the k-th tag name the classifier reads
// (names "" and "-" are skipped, as member does), or NAME when the member
// has no tag keys.
func (m *Member) tagLabel(k int) string {
	n := 0
	for i, t := range m.TagNames {
		if t == "" || t == "-" {
			continue
		}
		if n == k {
			if i < len(m.TagKeys) && m.TagKeys[i] != "" {
				return clip(m.TagKeys[i] + "=" + t)
			}
			return clip(t)
		}
		n++
	}
	return ""
}

// clip cuts s to maxEvidenceName bytes on a rune boundary, marking the cut.
func clip(s string) string {
	if len(s) <= maxEvidenceName {
		return s
	}
	cut := maxEvidenceName
	for cut > 0 && !utf8.RuneStart(s[cut]) {
		cut--
	}
	return strings.ToValidUTF8(s[:cut], "") + "…"
}
