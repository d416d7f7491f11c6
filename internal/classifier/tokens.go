package classifier

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// Tokens splits an identifier into lower-case tokens on camelCase
// boundaries (acronym-aware: "LastLoginIP" → last, login, ip; "HTTPServer"
// → http, server; a plural acronym stays whole: "UserIDs" → user, ids), on
// '_', '-', '.', spaces and other non-alphanumerics, and around digit runs
// ("address_line1" → address, line, 1). Bytes that are not UTF-8
// separate tokens as other non-alphanumerics do.
func Tokens(ident string) []string { return tokenize(ident, -1, -1) }

// tokenize is Tokens reading at most maxToks tokens, each cut to its
// first maxRunes code points (no limit when negative). Input after the
// last token read is not looked at, and memory stays within the limits
// whatever the length of ident: maxToks tokens of maxRunes code points.
func tokenize(ident string, maxToks, maxRunes int) []string {
	toks := make([]string, 0, 4)
	// The current token: its byte offset, its length in code points and
	// the offset where it is cut (-1 while shorter than maxRunes).
	start, runes, cut := -1, 0, -1
	startDigit := false // the current token starts with a digit
	flush := func(end int) {
		if start >= 0 && end > start {
			if cut >= 0 {
				end = cut
			}
			// A token is letters and digits only, so valid UTF-8: a
			// byte that is not decodes as U+FFFD, a separator.
			toks = append(toks, strings.ToLower(ident[start:end]))
		}
		start = -1
	}
	var prev rune // the code point before r, when start >= 0
	for i := 0; i < len(ident) && len(toks) != maxToks; {
		r, size := utf8.DecodeRuneInString(ident[i:])
		switch {
		case unicode.IsDigit(r):
			if start >= 0 && !startDigit {
				flush(i)
			}
		case unicode.IsUpper(r):
			if start >= 0 {
				switch {
				case unicode.IsDigit(prev) || isLower(prev):
					flush(i)
				case unicode.IsUpper(prev) && startsLowerWord(ident[i+size:]):
					// "HTTPServer": the last upper starts the next word.
					flush(i)
				}
			}
		case unicode.IsLetter(r):
			if start >= 0 && startDigit {
				flush(i)
			}
		default:
			flush(i)
			i += size
			continue
		}
		if start < 0 {
			start, runes, cut, startDigit = i, 0, -1, unicode.IsDigit(r)
		}
		if runes == maxRunes {
			cut = i
		}
		runes++
		prev = r
		i += size
	}
	if len(toks) != maxToks {
		flush(len(ident))
	}
	return toks
}

// isLower reports whether r is a letter that is not upper case.
func isLower(r rune) bool { return unicode.IsLetter(r) && !unicode.IsUpper(r) }

// startsLowerWord reports whether rest, the text after an upper-case
// letter that follows another, starts with a lower-case letter that is
// not the s of a plural acronym ("IDs", "IPs"): the upper case letter
// then starts a new word.
func startsLowerWord(rest string) bool {
	r, size := utf8.DecodeRuneInString(rest)
	if size == 0 || !isLower(r) {
		return false
	}
	return !pluralAcronym(r, rest[size:])
}

// pluralAcronym reports whether r, followed by rest, is the s of a plural
// acronym such as "IDs" or "IPs": a single lower-case s not followed by a
// lower-case letter.
func pluralAcronym(r rune, rest string) bool {
	if r != 's' {
		return false
	}
	next, size := utf8.DecodeRuneInString(rest)
	return size == 0 || !isLower(next)
}

// fold transliterates the accented letters of European names to ASCII
// ("geschlecht" stays, "staatsangehörigkeit" → "staatsangehoerigkeit").
func fold(s string) string {
	ascii := true
	for i := 0; i < len(s); i++ {
		if s[i] >= 0x80 {
			ascii = false
			break
		}
	}
	if ascii {
		return s
	}
	var b strings.Builder
	for _, r := range s {
		switch r {
		case 'ä', 'æ':
			b.WriteString("ae")
		case 'ö', 'ø', 'œ':
			b.WriteString("oe")
		case 'ü':
			b.WriteString("ue")
		case 'ß':
			b.WriteString("ss")
		case 'á', 'à', 'â', 'ã', 'å', 'ą':
			b.WriteByte('a')
		case 'é', 'è', 'ê', 'ë', 'ę':
			b.WriteByte('e')
		case 'í', 'ì', 'î', 'ï':
			b.WriteByte('i')
		case 'ó', 'ò', 'ô', 'õ':
			b.WriteByte('o')
		case 'ú', 'ù', 'û':
			b.WriteByte('u')
		case 'ç', 'ć':
			b.WriteByte('c')
		case 'ñ', 'ń':
			b.WriteByte('n')
		case 'ł':
			b.WriteByte('l')
		case 'ś', 'š':
			b.WriteByte('s')
		case 'ž', 'ź', 'ż':
			b.WriteByte('z')
		case 'č':
			b.WriteByte('c')
		case 'ř':
			b.WriteByte('r')
		case 'ý':
			b.WriteByte('y')
		default:
			b.WriteRune(r)
		}
	}
	return b.String()
}
