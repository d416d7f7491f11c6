package classifier

import (
	"strings"
	"unicode"
)

// Tokens splits an identifier into lower-case tokens on camelCase
// boundaries (acronym-aware: "LastLoginIP" → last, login, ip; "HTTPServer"
// → http, server; a plural acronym stays whole: "UserIDs" → user, ids), on
// '_', '-', '.', spaces and other non-alphanumerics, and around digit runs
// ("address_line1" → address, line, 1).
func Tokens(ident string) []string {
	rs := []rune(ident)
	toks := make([]string, 0, 4)
	start := -1
	flush := func(end int) {
		if start >= 0 && end > start {
			toks = append(toks, strings.ToLower(string(rs[start:end])))
		}
		start = -1
	}
	isLower := func(r rune) bool { return unicode.IsLetter(r) && !unicode.IsUpper(r) }
	for i, r := range rs {
		switch {
		case unicode.IsDigit(r):
			if start >= 0 && !unicode.IsDigit(rs[start]) {
				flush(i)
			}
		case unicode.IsUpper(r):
			if start >= 0 {
				prev := rs[i-1]
				switch {
				case unicode.IsDigit(prev) || isLower(prev):
					flush(i)
				case unicode.IsUpper(prev) && i+1 < len(rs) && isLower(rs[i+1]) && !pluralAcronym(rs, i+1):
					// "HTTPServer": the last upper starts the next word.
					flush(i)
				}
			}
		case unicode.IsLetter(r):
			if start >= 0 && unicode.IsDigit(rs[start]) {
				flush(i)
			}
		default:
			flush(i)
			continue
		}
		if start < 0 {
			start = i
		}
	}
	flush(len(rs))
	return toks
}

// pluralAcronym reports whether rs[i] is the "s" of a plural acronym such
// as "IDs" or "IPs": a single lower-case s not followed by a lower-case letter.
func pluralAcronym(rs []rune, i int) bool {
	if rs[i] != 's' {
		return false
	}
	return i+1 >= len(rs) || !(unicode.IsLetter(rs[i+1]) && !unicode.IsUpper(rs[i+1]))
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
