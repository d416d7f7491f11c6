// Package safetext makes text that privlint did not write — identifiers,
// string literals and file names from the analyzed code, messages of the
// go command and the type checker that quote that code — safe to print
// as one line of a terminal or a CI log.
//
// Printed raw, such text could start a new line that a CI runner reads as
// a command (GitHub Actions turns a line starting with "::error" into an
// annotation, and "##[error]" anywhere in a line too), move the cursor or
// recolour the terminal (ANSI escape sequences), or reorder what is shown
// (Unicode bidirectional controls). Line escapes all of these visibly, so
// the reader still sees what the text held.
package safetext

import (
	"strconv"
	"strings"
	"unicode"
	"unicode/utf8"
)

// Line returns s as one line of plain text:
//
//   - line breaks become the two characters \n or \r;
//   - the other C0 control characters, DEL and the C1 control characters
//     become \xNN or \u00NN escapes (a tab is kept: it is harmless);
//   - Unicode line and paragraph separators and bidirectional formatting
//     characters become \uNNNN escapes;
//   - bytes that are not valid UTF-8 become \xNN escapes (a terminal may
//     read a lone 0x9b as the C1 control CSI);
//   - the GitHub Actions command markers are defused: "##[" becomes
//     "##\[", and "::" at the start of the line (after white space)
//     becomes "\::".
//
// Text that needs none of this is returned unchanged.
func Line(s string) string {
	if clean(s) {
		return s
	}
	var b strings.Builder
	b.Grow(len(s) + 8)
	for i := 0; i < len(s); {
		r, size := utf8.DecodeRuneInString(s[i:])
		switch {
		case r == utf8.RuneError && size == 1:
			b.WriteString(`\x`)
			b.WriteString(hex2(s[i]))
		case r == '\n':
			b.WriteString(`\n`)
		case r == '\r':
			b.WriteString(`\r`)
		case r < 0x20 && r != '\t', r == 0x7f:
			b.WriteString(`\x`)
			b.WriteString(hex2(byte(r)))
		case unsafeRune(r):
			b.WriteString(`\u`)
			b.WriteString(hex4(r))
		case r == '#' && strings.HasPrefix(s[i:], "##["):
			b.WriteString(`##\[`)
			size = 3
		default:
			b.WriteString(s[i : i+size])
		}
		i += size
	}
	return defuseStart(b.String())
}

// clean reports whether s needs no change: printable ASCII or valid
// UTF-8 without control or formatting characters, no "##[" and no
// leading "::".
func clean(s string) bool {
	for i := 0; i < len(s); i++ {
		c := s[i]
		if c < 0x20 && c != '\t' || c >= 0x7f {
			return cleanSlow(s)
		}
	}
	return !strings.Contains(s, "##[") && !startsWithCommand(s)
}

func cleanSlow(s string) bool {
	for i, r := range s {
		if r == utf8.RuneError {
			if _, size := utf8.DecodeRuneInString(s[i:]); size == 1 {
				return false
			}
		}
		if r < 0x20 && r != '\t' || r == 0x7f || unsafeRune(r) {
			return false
		}
	}
	return !strings.Contains(s, "##[") && !startsWithCommand(s)
}

// unsafeRune reports the non-ASCII runes Line escapes: the C1 controls,
// the line and paragraph separators and the bidirectional formatting
// characters (the "Trojan Source" set).
func unsafeRune(r rune) bool {
	switch {
	case r >= 0x80 && r < 0xa0:
		return true
	case r == 0x2028, r == 0x2029:
		return true
	case r == 0x200e, r == 0x200f, r == 0x061c:
		return true
	case r >= 0x202a && r <= 0x202e:
		return true
	case r >= 0x2066 && r <= 0x2069:
		return true
	}
	return false
}

// startsWithCommand reports whether s, after leading white space, starts
// with "::", the GitHub Actions workflow command marker (the runner trims
// leading white space before it looks).
func startsWithCommand(s string) bool {
	return strings.HasPrefix(strings.TrimLeftFunc(s, unicode.IsSpace), "::")
}

func defuseStart(s string) string {
	if !startsWithCommand(s) {
		return s
	}
	rest := strings.TrimLeftFunc(s, unicode.IsSpace)
	return s[:len(s)-len(rest)] + `\` + rest
}

func hex2(c byte) string {
	const digits = "0123456789abcdef"
	return string([]byte{digits[c>>4], digits[c&0xf]})
}

func hex4(r rune) string {
	h := strconv.FormatInt(int64(r), 16)
	return strings.Repeat("0", 4-len(h)) + h
}
