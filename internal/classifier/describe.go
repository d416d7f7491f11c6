package classifier

import (
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"
)

// Schema text as evidence (SPEC §1.1): a property's description (or its
// title) is read for its subject, the noun phrase it opens with, as an
// English compound read head-last: "The shopper's country code" is the
// compound shopper country code; "The postal code of the destination
// address" is destination address postal code. That compound is weighed
// as the name is, in the same holder, when the name itself gives no
// category; it refutes a name's category when its head names something
// else ("The first name validation result"), or when the description says
// the value tells whether something holds ("Indicates whether the e-mail
// …", "Informs you if the first name …").

// maxDescribed bounds the bytes of a description that are read: its
// subject lies in its first words.
const maxDescribed = 400

// maxDescWords bounds the words of a description that are read: a
// subject, "of" and an owner's phrase, and the words that may lead them.
const maxDescWords = 2*maxPhraseWords + 8

// maxPhraseWords bounds the words of the subject and of its "of" phrase.
const maxPhraseWords = 6

// descStops end the subject noun phrase: prepositions, relative words,
// conjunctions and verbs that open a clause.
var descStops = map[string]bool{
	"of": true, "for": true, "in": true, "on": true, "at": true, "to": true, "from": true,
	"by": true, "with": true, "where": true, "when": true, "which": true, "who": true,
	"whom": true, "whose": true, "that": true, "if": true, "whether": true, "is": true,
	"are": true, "was": true, "were": true, "be": true, "been": true, "will": true,
	"can": true, "may": true, "must": true, "should": true, "used": true, "using": true,
	"as": true, "or": true, "and": true, "nor": true, "than": true, "including": true,
	"such": true, "via": true, "per": true, "about": true, "after": true, "before": true,
	"under": true, "over": true, "into": true, "containing": true, "consisting": true,
	"returned": true, "provided": true, "sent": true, "received": true, "required": true,
	"assigned": true, "associated": true, "given": true, "you": true, "we": true,
	"it": true, "has": true, "have": true, "does": true, "do": true, "not": true,
	"only": true, "e.g": true, "i.e": true, "like": true, "between": true, "within": true,
}

// descLeads are words that open a noun phrase and say nothing of it.
var descLeads = map[string]bool{
	"the": true, "a": true, "an": true, "your": true, "its": true, "their": true,
	"his": true, "her": true, "this": true, "these": true, "optional": true,
}

// descAmounts are subjects that make an "of" phrase a count or a list of
// things, not the thing ("The number of card holders", "List of
// countries").
var descAmounts = map[string]bool{
	"number": true, "count": true, "total": true, "amount": true, "list": true, "set": true,
	"array": true, "collection": true, "percentage": true, "length": true, "size": true,
	"maximum": true, "minimum": true, "type": true, "kind": true, "format": true,
}

// descParts are subjects that make an "of" phrase the subject: some
// characters of a value are that value, partly shown.
var descParts = map[string]bool{"digits": true, "characters": true, "chars": true, "letters": true}

// descVerbs open a description that tells whether something holds: the
// value is a flag or a result, not the data the rest names.
var descVerbs = map[string]bool{
	"indicates": true, "informs": true, "specifies": true, "determines": true,
	"shows": true, "tells": true, "states": true, "denotes": true, "flag": true,
	"true": true, "set": true,
}

// descValueHeads may follow a match as the head of a description's
// subject and leave it naming the data: "The tax ID number".
var descValueHeads = map[string]bool{"number": true, "no": true, "code": true, "value": true, "string": true, "text": true}

// descOrgs are words that, in an apposition right after a description's
// subject, say the subject is software or an organisation, not a person:
// "catalog recipient name (SDKs)", "the recipient, a service".
var descOrgs = map[string]bool{
	"sdk": true, "sdks": true, "library": true, "libraries": true, "vendor": true,
	"vendors": true, "provider": true, "providers": true, "service": true, "services": true,
	"company": true, "companies": true, "organisation": true, "organisations": true,
	"organization": true, "organizations": true, "processor": true, "processors": true,
	"api": true, "apis": true, "platform": true, "platforms": true,
}

// description is the analysed subject of a description.
type description struct {
	id ident
	// subject is the index of the subject's first token in id (after the
	// tokens of an "of" phrase).
	subject int
	// flag: the description says the value tells whether something holds.
	flag bool
	// byThing: the description says something other than a person assigns
	// or generates the value ("… name assigned by the Directory Server").
	byThing bool
	// identifiesThing: the description says the value identifies
	// something that is not a person ("… that uniquely identifies a
	// Token").
	identifiesThing bool
	// org: an apposition says the subject is software or an organisation
	// (a recipient that is an SDK, a service, a vendor): what it names is
	// no person's.
	org bool
}

// descMinted are the verbs after a subject that say who made the value:
// "assigned by", "generated by". Made by a system, a name is an
// identifier it issued, not a person's name.
var descMinted = map[string]bool{"assigned": true, "generated": true, "issued": true, "allocated": true}

// descNotes open a requirement note, a first sentence that says when the
// value is needed and nothing of what it is ("Required for … only."): the
// subject is read from the sentence after it.
var descNotes = map[string]bool{"required": true, "mandatory": true}

// afterNote returns text without a leading requirement note, or text.
func afterNote(words []descWord, text string) string {
	if len(words) < 2 || !descNotes[words[0].w] {
		return text
	}
	switch words[1].w {
	case "for", "if", "when", "in", "only", "unless":
	default:
		return text
	}
	for i := 0; i+1 < len(text); i++ {
		if (text[i] == '.' || text[i] == '!' || text[i] == '?') && (text[i+1] == ' ' || text[i+1] == '\n') {
			return text[i+1:]
		}
	}
	return text
}

// descRead is a description's reading, as describe returns it.
type descRead struct {
	d  description
	ok bool
}

// maxDescBytes bounds the text of the descriptions whose readings are
// kept; maxCachedDesc the longest one kept.
const (
	maxDescBytes  = 8 << 20
	maxCachedDesc = 4096
)

// describeCached is describe, from the cache when text was read before:
// descriptions repeat across the objects of a schema (an API's "The
// unique identifier of the account", a generated file's boilerplate). A
// kept reading is never modified, so one may be shared.
func (c *Classifier) describeCached(text string) (description, bool) {
	if r, ok := c.cache.desc(text); ok {
		return r.d, r.ok
	}
	d, ok := c.describe(text)
	if c.cache.mayKeepDesc(text) {
		if ok {
			c.memoMatches(&d.id)
		}
		c.cache.keepDesc(text, &descRead{d, ok})
	}
	return d, ok
}

// describe reads the subject of a description; ok is false when it has
// none.
func (c *Classifier) describe(text string) (description, bool) {
	words := descWords(text)
	if rest := afterNote(words, text); len(rest) < len(text) {
		words = descWords(rest)
	}
	i := 0
	for i < len(words) && descLeads[words[i].w] {
		i++
	}
	i = skipSize(words, i)
	if i < len(words) {
		// "Indicates if …", "Informs you whether …", "Whether …".
		if words[i].w == "whether" {
			return description{flag: true}, true
		}
		if descVerbs[words[i].w] {
			for j := i + 1; j < len(words) && j <= i+3; j++ {
				if words[j].w == "if" || words[j].w == "whether" {
					return description{flag: true}, true
				}
			}
		}
	}
	subject, next := phrase(words, i)
	minted := next
	if n := len(subject); n > 1 && descMinted[subject[n-1]] && next < len(words) && words[next].w == "by" {
		// "The session name generated by the API": the verb is no part
		// of the subject.
		subject, minted = subject[:n-1], next-1
	}
	if len(subject) == 0 {
		return description{}, false
	}
	org := orgApposition(words, next)
	if next+1 < len(words) && (words[next].w == "or" || words[next].w == "and") && !words[next-1].end {
		// Coordinated heads share their "of" phrase: "The state or
		// province code of the destination address" is the destination
		// address's state.
		if _, after := phrase(words, next+1); after > next+1 && after < len(words) && words[after].w == "of" && !words[after-1].end {
			next = after
		}
	}
	var of []string
	if next < len(words) && words[next].w == "of" && !words[next-1].end {
		if len(subject) == 1 && descAmounts[subject[0]] {
			return description{}, false
		}
		j := next + 1
		for j < len(words) && descLeads[words[j].w] {
			j++
		}
		var after int
		of, after = phrase(words, j)
		org = org || orgApposition(words, after)
		// Some digits of a value are that value, masked: "The last four
		// digits of the card number" is a card number.
		// The leading digits name the issuer ("The first six digits of
		// the card number" is a BIN).
		if descParts[subject[len(subject)-1]] && len(of) > 0 && (slices.Contains(subject, "last") || slices.Contains(subject, "final")) {
			subject, of = of, nil
		}
	}
	toks := make([]string, 0, len(of)+len(subject))
	subjectFrom := 0
	for k, w := range append(of, subject...) {
		if k == len(of) {
			subjectFrom = len(toks)
		}
		for _, t := range tokenize(w, maxTokens, c.maxKey+3) {
			toks = append(toks, fold(t))
		}
	}
	if len(toks) == 0 {
		return description{}, false
	}
	id := newIdent(strings.Join(toks, "_"), c.maxKey)
	id.person, id.thing = c.holderMasks(id.toks)
	return description{id: id, subject: subjectFrom, byThing: c.mintedByThing(words, minted), identifiesThing: c.identifiesThing(words), org: org}, true
}

// identifiesThing reports whether the words say the value identifies
// something that is not a person: "identifies" and the noun phrase after
// it, with no person word in it ("… that uniquely identifies a Token";
// not "… identifies the member").
func (c *Classifier) identifiesThing(words []descWord) bool {
	for i, w := range words {
		if w.w != "identifies" || w.end {
			continue
		}
		j := i + 1
		for j < len(words) && descLeads[words[j].w] {
			j++
		}
		object, _ := phrase(words, j)
		if len(object) == 0 {
			return false
		}
		for _, o := range object {
			if f := fold(o); c.person[f] || c.person.plural(f) || o == "you" {
				return false
			}
		}
		return true
	}
	return false
}

// mintedByThing reports whether words[i:] say that something other than
// a person made the value: "assigned by the Directory Server", "generated
// by the API"; not "assigned by the member".
func (c *Classifier) mintedByThing(words []descWord, i int) bool {
	if i+1 >= len(words) || !descMinted[words[i].w] || words[i+1].w != "by" {
		return false
	}
	j := i + 2
	for j < len(words) && descLeads[words[j].w] {
		j++
	}
	agent, _ := phrase(words, j)
	if len(agent) == 0 {
		return false
	}
	for _, w := range agent {
		if f := fold(w); c.person[f] || c.person.plural(f) || w == "you" {
			return false
		}
	}
	return true

}

// orgApposition reports whether the phrase right after a subject that
// ends at a boundary (a bracket or a comma), its apposition, holds a word
// that names software or an organisation: "catalog recipient name
// (SDKs)". A phrase that goes on without a boundary is no apposition.
func orgApposition(words []descWord, next int) bool {
	if next == 0 || next >= len(words) || !words[next-1].end {
		return false
	}
	app, _ := phrase(words, next)
	for _, w := range app {
		if descOrgs[w] {
			return true
		}
	}
	return false
}

// skipSize skips a leading length range that says nothing of the
// subject: "The 5- to 12-digit bank account number", "The 4-digit PIN".
func skipSize(words []descWord, i int) int {
	j := i
	for j < len(words) && len(words) > j+1 && startsDigit(words[j].w) {
		j++
		if j+1 < len(words) && (words[j].w == "to" || words[j].w == "or") && startsDigit(words[j+1].w) {
			j++
			continue
		}
		return j
	}
	return i
}

func startsDigit(w string) bool { return w != "" && w[0] >= '0' && w[0] <= '9' }

// descWord is one word of a description, lower-cased, without the
// punctuation around it; end says a phrase boundary follows it.
type descWord struct {
	w   string
	end bool
}

// phrase returns the words from i up to a stop word or a boundary, at
// most maxPhraseWords, and the index after them.
func phrase(words []descWord, i int) ([]string, int) {
	var out []string
	for i < len(words) && !descStops[words[i].w] && len(out) < maxPhraseWords {
		if len(out) > 0 && descLeads[words[i].w] {
			break // a new noun phrase: the subject heads a clause ("Date the address was used")
		}
		out = append(out, words[i].w)
		i++
		if words[i-1].end {
			break
		}
	}
	return out, i
}

// descWords splits the first sentence of a description into words. A
// Markdown link keeps its text; a possessive 's is dropped; punctuation
// inside a sentence (, ; : ( ) ends a phrase; a full stop ends the
// sentence.
func descWords(text string) []descWord {
	if len(text) > maxDescribed {
		text = text[:maxDescribed]
		for len(text) > 0 && !utf8.ValidString(text) {
			text = text[:len(text)-1]
		}
	}
	var out []descWord
	for _, f := range strings.Fields(text) {
		if len(out) == maxDescWords {
			break
		}
		if strings.HasPrefix(f, "](") || strings.HasPrefix(f, "(http") {
			// The target of a Markdown link, or a bare link in brackets.
			if len(out) > 0 {
				out[len(out)-1].end = true
			}
			continue
		}
		if i := strings.Index(f, "]("); i >= 0 {
			f = f[:i] // the link text stays in the phrase
		}
		lead := strings.IndexFunc(f, func(r rune) bool { return unicode.IsLetter(r) || unicode.IsDigit(r) })
		if lead < 0 {
			if len(out) > 0 {
				out[len(out)-1].end = true
			}
			continue
		}
		if lead > 0 && strings.ContainsAny(f[:lead], "(") && len(out) > 0 {
			out[len(out)-1].end = true
		}
		f = f[lead:]
		trail := strings.TrimRightFunc(f, func(r rune) bool { return !unicode.IsLetter(r) && !unicode.IsDigit(r) })
		punct := f[len(trail):]
		w := strings.ToLower(trail)
		for _, p := range []string{"'s", "’s", "s'", "s’"} {
			if strings.HasSuffix(w, p) {
				w = strings.TrimSuffix(w, p)
				if p[0] == 's' {
					w += "s"
				}
				break
			}
		}
		if w == "" {
			continue
		}
		sentence := strings.ContainsAny(punct, ".!?") && w != "e.g" && w != "i.e"
		out = append(out, descWord{w: w, end: punct != "" && !strings.HasPrefix(punct, "'") && !strings.HasPrefix(punct, "’")})
		if sentence {
			break
		}
	}
	return out
}
