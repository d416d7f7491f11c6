package safetext

import (
	"strings"
	"testing"
	"unicode"
	"unicode/utf8"
)

func TestLine(t *testing.T) {
	for _, tc := range []struct{ in, want string }{
		{"plain text: a.go:3:4 → ok", "plain text: a.go:3:4 → ok"},
		{"tab\tkept", "tab\tkept"},
		{"hello\n::error title=privlint::All checks passed", `hello\n::error title=privlint::All checks passed`},
		{"::error::x", `\::error::x`},
		{"  \u00a0::warning::x", "  \u00a0\\::warning::x"},
		{"a ::error::x", "a ::error::x"},
		{"ok ##[error]injected", `ok ##\[error]injected`},
		{"crlf\r\nnext", `crlf\r\nnext`},
		{"\x1b[31mred\x1b[0m", `\x1b[31mred\x1b[0m`},
		{"del\x7f", `del\x7f`},
		{"c1 \u009b2J", `c1 \u009b2J`},
		{"raw byte \x9b2J", `raw byte \x9b2J`},
		{"bidi \u202eevil\u2066", `bidi \u202eevil\u2066`},
		{"sep\u2028x", `sep\u2028x`},
		{"nul\x00", `nul\x00`},
		{"", ""},
	} {
		if got := Line(tc.in); got != tc.want {
			t.Errorf("Line(%q) = %q, want %q", tc.in, got, tc.want)
		}
	}
}

// FuzzLine checks Line's promise on any input: one line, no control or
// formatting character, valid UTF-8, no workflow command marker; and
// clean input unchanged.
func FuzzLine(f *testing.F) {
	for _, s := range []string{"a\n::error::x", "##[warning]x", "\x1b]8;;http://x\x07", "\xff\xfe", " \u2003::x::", "ok"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		out := Line(s)
		if !utf8.ValidString(out) {
			t.Fatalf("Line(%q) = %q: not valid UTF-8", s, out)
		}
		for _, r := range out {
			if r < 0x20 && r != '\t' || r == 0x7f || unsafeRune(r) {
				t.Fatalf("Line(%q) = %q keeps %U", s, out, r)
			}
		}
		if strings.Contains(out, "##[") {
			t.Fatalf("Line(%q) = %q keeps ##[", s, out)
		}
		if strings.HasPrefix(strings.TrimLeftFunc(out, unicode.IsSpace), "::") {
			t.Fatalf("Line(%q) = %q starts with ::", s, out)
		}
		if Line(out) != out {
			t.Fatalf("Line is not idempotent on %q: %q then %q", s, out, Line(out))
		}
	})
}
