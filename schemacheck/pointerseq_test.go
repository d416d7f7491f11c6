package schemacheck

import (
	"slices"
	"strings"
	"testing"
)

// splitPointer is the JSON pointer split pointerSeq replaced: "" has no
// tokens, "/" one empty token, and a string not starting with "/" is no
// pointer.
func splitPointer(ptr string) ([]string, bool) {
	if ptr == "" {
		return nil, true
	}
	if !strings.HasPrefix(ptr, "/") {
		return nil, false
	}
	toks := strings.Split(ptr[1:], "/")
	for i, t := range toks {
		toks[i] = strings.ReplaceAll(strings.ReplaceAll(t, "~1", "/"), "~0", "~")
	}
	return toks, true
}

func TestPointerSeq(t *testing.T) {
	for _, ptr := range []string{"", "/", "//", "/a", "/a/", "/a/b", "/a//b", "a/b", "#/a", "/a~1b/c~0d/~01", "/~", "/properties/e-mail/items/0"} {
		want, ok := splitPointer(ptr)
		got := slices.Collect(pointerSeq(ptr))
		if !slices.Equal(got, want) {
			t.Errorf("pointerSeq(%q) = %q, want %q", ptr, got, want)
		}
		last := ""
		if ok && len(want) > 0 {
			last = want[len(want)-1]
		}
		if got := lastPointerToken(ptr); got != last {
			t.Errorf("lastPointerToken(%q) = %q, want %q", ptr, got, last)
		}
		// Stopping early stops the iteration.
		for range pointerSeq(ptr) {
			break
		}
	}
}

// TestEscapeToken: escapeToken escapes ~ as ~0 and / as ~1 (RFC 6901),
// the ~ first, so that an escaped / is not escaped again; pointerSeq
// reads the token back.
func TestEscapeToken(t *testing.T) {
	for _, c := range []struct{ in, want string }{
		{"plain", "plain"}, {"", ""}, {"/r1/{id}", "~1r1~1{id}"}, {"a~b", "a~0b"},
		{"~/", "~0~1"}, {"/~", "~1~0"}, {"a~1b", "a~01b"}, {"~~//", "~0~0~1~1"}, {"é/ü~", "é~1ü~0"},
	} {
		got := escapeToken(c.in)
		if got != c.want {
			t.Errorf("escapeToken(%q) = %q, want %q", c.in, got, c.want)
		}
		var back []string
		for tok := range pointerSeq("/" + got) {
			back = append(back, tok)
		}
		if len(back) != 1 || back[0] != c.in {
			t.Errorf("pointerSeq(%q) = %q, want [%q]", "/"+got, back, c.in)
		}
	}
}
