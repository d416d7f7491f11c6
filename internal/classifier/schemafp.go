package classifier

import (
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/privlint/privlint/rules"
)

// maxNoteBytes bounds the bytes of a description read for a note in a
// later sentence (a test environment, a constraint): such notes follow
// the subject by a sentence or three.
const maxNoteBytes = 2000

// eachSentence calls fn with the lower-cased words of each sentence of
// the first maxNoteBytes of text, until fn returns true, and reports
// whether it did. A sentence ends at '.', '!' or '?' before a space or
// the end, or at a line break; the target of a Markdown link and a bare
// URL are no words.
func eachSentence(text string, fn func(words []string) bool) bool {
	if len(text) > maxNoteBytes {
		text = text[:maxNoteBytes]
		for len(text) > 0 && !utf8.ValidString(text) {
			text = text[:len(text)-1]
		}
	}
	var words []string
	flush := func() bool {
		done := len(words) > 0 && fn(words)
		words = words[:0]
		return done
	}
	start := -1
	for i := 0; i < len(text); {
		r, size := utf8.DecodeRuneInString(text[i:])
		switch {
		case strings.HasPrefix(text[i:], "]("):
			// A link's target, up to its closing bracket.
			end := strings.IndexByte(text[i:], ')')
			if end < 0 {
				end = len(text) - i - 1
			}
			if start >= 0 {
				words = append(words, strings.ToLower(text[start:i]))
				start = -1
			}
			i += end + 1
			continue
		case start < 0 && (strings.HasPrefix(text[i:], "http://") || strings.HasPrefix(text[i:], "https://")):
			// A bare URL, up to a space.
			end := strings.IndexAny(text[i:], " \n\t)")
			if end < 0 {
				end = len(text) - i
			}
			i += end
			continue
		case unicode.IsLetter(r) || unicode.IsDigit(r):
			if start < 0 {
				start = i
			}
			i += size
			continue
		}
		if start >= 0 {
			words = append(words, strings.ToLower(text[start:i]))
			start = -1
		}
		end := r == '\n' || ((r == '.' || r == '!' || r == '?') && (i+1 == len(text) || text[i+1] == ' ' || text[i+1] == '\n'))
		if end && flush() {
			return true
		}
		i += size
	}
	if start >= 0 {
		words = append(words, strings.ToLower(text[start:]))
	}
	return flush()
}

// testOnly reports whether a description says, in one sentence holding
// the word "only" and the name of a test environment (lexicon
// test_environments), that the value is used only there: "Requested
// codes can only be used in your test environment". Such a value holds
// no real person's data. A test environment named without "only" ("In
// the sandbox, any code passes"; "Test environments: 200 requests per
// second") says nothing of the value.
func (c *Classifier) testOnly(text string) bool {
	if len(c.testEnvs) == 0 || !hasOnly(text) {
		return false
	}
	return eachSentence(text, func(words []string) bool {
		only, env := false, false
		for i, w := range words {
			only = only || w == "only"
			run := ""
			for j := i; j < len(words) && j < i+3 && !env; j++ {
				run += words[j]
				env = c.testEnvs[run]
			}
		}
		return only && env
	})
}

// hasOnly reports whether text holds "only" in any case, which a
// sentence testOnly accepts must: most descriptions do not, and they are
// not split into sentences at all. (Only ASCII letters lower-case to
// o, n, l and y, so a word that strings.ToLower makes "only" is found.)
func hasOnly(text string) bool {
	for i := 0; i+4 <= len(text); i++ {
		if text[i]|0x20 == 'o' && text[i+1]|0x20 == 'n' && text[i+2]|0x20 == 'l' && text[i+3]|0x20 == 'y' {
			return true
		}
	}
	return false
}

// thingsSecret reports whether the weak match r of e in id is a bare
// secret word (token, secret, pin) qualified by a thing in a holder that
// only co-occurrence made person-like, or that is a request acting on a
// person (its first token a request verb): such a holder holds a person's
// data, but not every token in it is theirs, and a token qualified by
// anything but a person or a self-qualifier is the thing's
// (donationToken, walletPassToken in a payment request beside the
// shopper's e-mail). A holder that also holds a password keeps its
// qualified tokens the login's.
func (c *Classifier) thingsSecret(id ident, r span, e entry, h *holder) bool {
	if !bareSecret[e.pattern] || r.from == 0 || c.allSelf(id.toks[:r.from]) {
		return false
	}
	// A request that acts on a person (AddParticipantRequest) holds the
	// operation's tokens too, as co-occurrence does.
	request := h.why == whyPersonLike && len(h.id.toks) > 1 && c.verbs[h.id.toks[0]]
	if h.why != whyCoOccurrence && !request {
		return false
	}
	if q := c.qualifier(id, r, e.cat); q == qualPerson || q == qualPersonInside {
		return false
	}
	return !c.holdsPassword(h.members)
}

// providerOwned reports whether the member's description names the
// schema's provider as the owner of the category key it was found to
// hold: its subject, headed by a match on key's branch, has a provider
// name before that match ("The Acme account name of your charity", "The
// name of the Acme acquirer account", "The sender's Acme phone number").
// That is the provider's own account, name or number, not a person's. A
// code comment (SoftDescription) is no such evidence.
func (c *Classifier) providerOwned(m *Member, key string, provider []string) bool {
	if len(provider) == 0 || m.Description == "" || m.SoftDescription {
		return false
	}
	d, ok := c.describeCached(m.Description)
	if !ok || d.flag {
		return false
	}
	owned := false
	c.eachMatch(d.id, func(e entry, r span) {
		if owned || !d.heads(r) || !(rules.Covers(e.cat.c.Key, key) || rules.Covers(key, e.cat.c.Key)) {
			return
		}
		// A run of tokens spells the name (Acme, Hello Sign for hellosign).
		toks := d.id.toks[:r.from]
		for i := range toks {
			run := ""
			for j := i; j < len(toks) && !owned; j++ {
				run += toks[j]
				owned = slices.Contains(provider, run)
			}
		}
	})
	return owned
}

// providerMust reports whether the member's description constrains the
// value to the schema's provider's own data of category key: a sentence
// with "must" names the provider right before a pattern on key's branch
// ("If using a phone number, it must be an Acme number or a verified
// caller id for your account"). Then the value is the provider's number
// (or the like) that the account uses, never a person's; "For outgoing
// messages this value is an Acme number" constrains nothing.
func (c *Classifier) providerMust(m *Member, key string, provider []string) bool {
	if len(provider) == 0 || m.Description == "" || m.SoftDescription {
		return false
	}
	return eachSentence(m.Description, func(words []string) bool {
		must := slices.Index(words, "must")
		if must < 0 {
			return false
		}
		for i := must + 1; i < len(words); i++ {
			run := ""
			for k := i; k < len(words) && k < i+3; k++ {
				run += words[k]
				if !slices.Contains(provider, run) || k+1 == len(words) {
					continue
				}
				after := c.identOf(strings.Join(words[k+1:min(k+4, len(words))], "_"))
				found := false
				c.eachMatch(after, func(e entry, r span) {
					found = found || (r.from == 0 && (rules.Covers(e.cat.c.Key, key) || rules.Covers(key, e.cat.c.Key)))
				})
				if found {
					return true
				}
			}
		}
		return false
	})
}
