package classifier

import (
	"slices"
	"strings"
	"unicode"
)

// The parties of a telephone call (SPEC §1.1: the holder and the
// description count). A telephony API holds two kinds of numbers: its
// own lines (a trunk's numbers, the number it calls from) and the
// numbers of the people on the other end. Only the second are personal
// data, and only the context tells them apart:
//
//   - a number (or list of numbers) whose description says calls come
//     from it or that it is dialled ("Numbers that are allowed to make
//     calls to this trunk", "a call made from these numbers", "What
//     number should be dialed"), not "made to these numbers" or "used to
//     make the calls", which are the service's own;
//   - the party a call goes to or comes from, by name (call_to,
//     call_from, dial_to) where the name, the holder or the description
//     speaks of telephony;
//   - the user part of a SIP URI: the user of a holder named as a SIP
//     URI or address, or a to/from user of a SIP holder or one whose description
//     says "user part";
//   - a string whose description shows a SIP URI with a user part
//     (<sip:user@host>): the raw address of a party.
//
// They are read only when the name and the description found nothing.

// callerCues are word sequences of a description that make a number a
// calling or called party's: calls come from it, it may call, it is
// dialled.
var callerCues = [][]string{
	{"made", "from"}, {"calls", "from"}, {"call", "from"}, {"coming", "from"},
	{"allowed", "to", "make", "calls"}, {"allowed", "to", "call"}, {"allowed", "to", "place", "calls"},
	{"dialed"}, {"dialled"}, {"caller"}, {"callers"}, {"callee"}, {"callees"},
}

// telephonyWords name telephony: a call_to beside one of them is a
// telephone party.
var telephonyWords = map[string]bool{
	"sip": true, "phone": true, "telephone": true, "telephony": true, "pstn": true,
	"voip": true, "dial": true, "dialed": true, "dialled": true, "number": true,
	"caller": true, "callee": true, "trunk": true, "msisdn": true, "e164": true,
}

// sipURIWords name a SIP URI in a holder's name beside "sip" (SipUri,
// SIPAddress).
var sipURIWords = map[string]bool{"uri": true, "url": true, "address": true, "addr": true}

// maxCueWords bounds the words of a description searched for cues.
const maxCueWords = 80

// callParty classifies m, whose name and description gave no category, as
// a call party's telephone number by the context above.
func (c *Classifier) callParty(m *Member, nameID ident, h *holder) memberResult {
	if m.Kind != KindString || h.config || len(nameID.toks) == 0 {
		return memberResult{}
	}
	ci := c.byKey["user.contact.phone_number"]
	if ci == nil {
		return memberResult{}
	}
	toks := nameID.toks
	last := toks[len(toks)-1]
	var words []string
	descWords := func() []string {
		if words == nil {
			words = cueWords(m.Description)
		}
		return words
	}
	found := func(by Evidence, pattern string, details ...string) memberResult {
		out := c.matchOf(ci.c, by, pattern, c.isOneWay(nameID))
		out.Details = details
		return memberResult{m: out, ok: true}
	}
	switch {
	case last == "number" || last == "numbers":
		if nameID.has(ci.veto) {
			return memberResult{}
		}
		if cue := findCue(descWords(), callerCues); cue != "" {
			return found(Description, last, "name:"+last+"(head)", "context:description("+cue+")")
		}
	case len(toks) >= 2 && (last == "to" || last == "from") && (toks[len(toks)-2] == "call" || toks[len(toks)-2] == "dial"):
		pattern := toks[len(toks)-2] + "_" + last
		for _, t := range toks[:len(toks)-2] {
			if telephonyWords[t] {
				return found(Name, pattern, "name:"+pattern+"(head)", "context:"+t)
			}
		}
		for _, t := range h.id.toks {
			if telephonyWords[t] {
				return found(Name, pattern, "name:"+pattern+"(head)", holderItem("context", h))
			}
		}
		for _, w := range descWords() {
			if telephonyWords[w] {
				return found(Name, pattern, "name:"+pattern+"(head)", "context:description("+w+")")
			}
		}
	}
	if i := slices.Index(toks, "user"); i >= 0 {
		sip := slices.Contains(h.id.toks, "sip")
		switch {
		case len(toks) == 1 && sip && slices.ContainsFunc(h.id.toks, func(t string) bool { return sipURIWords[t] }):
			return found(Name, "user", "name:user(whole)", holderItem("context", h))
		case i > 0 && (toks[i-1] == "to" || toks[i-1] == "from"):
			pattern := toks[i-1] + "_user"
			if sip {
				return found(Name, pattern, "name:"+pattern+"(part)", holderItem("context", h))
			}
			if findCue(descWords(), [][]string{{"user", "part"}}) != "" {
				return found(Name, pattern, "name:"+pattern+"(part)", "context:description(user part)")
			}
		}
	}
	if sipUserURI(m.Description) {
		return found(Description, "sip_uri", "description:sip_uri(example)")
	}
	return memberResult{}
}

// cueWords splits a description into lower-case words, at most
// maxCueWords of them.
func cueWords(text string) []string {
	if len(text) > maxDescribed*4 {
		text = text[:maxDescribed*4]
	}
	out := []string{}
	for _, f := range strings.FieldsFunc(text, func(r rune) bool { return !unicode.IsLetter(r) && !unicode.IsDigit(r) }) {
		if len(out) == maxCueWords {
			break
		}
		out = append(out, strings.ToLower(f))
	}
	return out
}

// findCue returns the first cue of cues that occurs in words, joined with
// spaces, or "".
func findCue(words []string, cues [][]string) string {
	for _, cue := range cues {
		for i := 0; i+len(cue) <= len(words); i++ {
			if slices.Equal(words[i:i+len(cue)], cue) {
				return strings.Join(cue, " ")
			}
		}
	}
	return ""
}

// sipUserURI reports whether text shows a SIP URI with a user part
// (sip:user@host, sips:…).
func sipUserURI(text string) bool {
	for rest := text; ; {
		i := strings.Index(rest, "sip")
		if i < 0 {
			return false
		}
		rest = rest[i+3:]
		if i > 0 && isWordByte(text[len(text)-len(rest)-4]) {
			continue
		}
		rest = strings.TrimPrefix(rest, "s")
		if !strings.HasPrefix(rest, ":") {
			continue
		}
		user := rest[1:]
		end := strings.IndexAny(user, " \t>\"'")
		if end < 0 {
			end = len(user)
		}
		if at := strings.IndexByte(user[:end], '@'); at > 0 && at < end-1 {
			return true
		}
	}
}

func isWordByte(b byte) bool {
	return b >= 'a' && b <= 'z' || b >= 'A' && b <= 'Z' || b >= '0' && b <= '9' || b == '_'
}

// recordKeys are names of a record's own key: a member so named is the
// record's identifier, and a description cannot make it other data
// ("Unique ID number for this person" is no national ID number).
var recordKeys = map[string]bool{"id": true, "ids": true, "uuid": true, "guid": true}

// recordKey reports whether id is a bare record key name.
func recordKey(id ident) bool { return len(id.toks) == 1 && recordKeys[id.toks[0]] }
