package classifier

import (
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/privlint/privlint/rules"
)

// maxTestOnlyBytes bounds the bytes of a description read for a
// test-environment note: such notes follow the subject by a sentence or
// two.
const maxTestOnlyBytes = 1000

// testOnly reports whether a description says, in one sentence holding
// the word "only" and the name of a test environment (lexicon
// test_environments), that the value is used only there: "Requested
// codes can only be used in your test environment". Such a value holds
// no real person's data. A test environment named without "only" ("In
// the sandbox, any code passes"; "Test environments: 200 requests per
// second") says nothing of the value.
func (c *Classifier) testOnly(text string) bool {
	if len(c.testEnvs) == 0 || text == "" {
		return false
	}
	if len(text) > maxTestOnlyBytes {
		text = text[:maxTestOnlyBytes]
		for len(text) > 0 && !utf8.ValidString(text) {
			text = text[:len(text)-1]
		}
	}
	var words []string
	flush := func() bool {
		only, env := false, false
		for i, w := range words {
			only = only || w == "only"
			run := ""
			for j := i; j < len(words) && j < i+3 && !env; j++ {
				run += words[j]
				env = c.testEnvs[run]
			}
		}
		words = words[:0]
		return only && env
	}
	start := -1
	for i, r := range text {
		if unicode.IsLetter(r) || unicode.IsDigit(r) {
			if start < 0 {
				start = i
			}
			continue
		}
		if start >= 0 {
			words = append(words, strings.ToLower(text[start:i]))
			start = -1
		}
		if (r == '.' || r == '!' || r == '?' || r == '\n') && flush() {
			return true
		}
	}
	if start >= 0 {
		words = append(words, strings.ToLower(text[start:]))
	}
	return flush()
}

// thingsSecret reports whether the weak match r of e in id is a bare
// secret word (token, secret, pin) qualified by a thing in a holder that
// only co-occurrence made person-like: such a holder holds a person's
// data, but not every token in it is theirs, and a token qualified by
// anything but a person or a self-qualifier is the thing's
// (donationToken, walletPassToken in a payment request beside the
// shopper's e-mail). A holder that also holds a password keeps its
// qualified tokens the login's.
func (c *Classifier) thingsSecret(id ident, r span, e entry, h *holder) bool {
	if !bareSecret[e.pattern] || h.why != whyCoOccurrence || r.from == 0 || c.allSelf(id.toks[:r.from]) {
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
