package directive

import (
	"regexp"
	"testing"
)

// FuzzDirective feeds arbitrary comments to the directive and suppression
// parsers: no panic, rule ids are always well-formed, and a comment that
// does not start with //privlint: is never a directive.
func FuzzDirective(f *testing.F) {
	for _, s := range []string{
		"//privlint:ignore PL001 reason", "//privlint:ignore PL001,PL002, PL003 why // trailing",
		"//privlint:purpose account billing", "//privlint:", "//privlint:ignore", "// privlint:ignore PL001 x",
		"//privlint:sink thirdparty:stripe", "//privlint:ignore ,,, x", "//privlint:ignore PL0011 y", "\xff",
	} {
		f.Add(s)
	}
	id := regexp.MustCompile(`^PL[0-9]{3}$`)
	f.Fuzz(func(t *testing.T, text string) {
		d, ok := Parse(text)
		if len(text) < len(Prefix) || text[:len(Prefix)] != Prefix {
			if ok {
				t.Fatalf("Parse(%q) accepted a comment without the %s prefix", text, Prefix)
			}
			return
		}
		if !ok {
			t.Fatalf("Parse(%q) rejected a %s comment", text, Prefix)
		}
		ig := ParseIgnore(d)
		for _, r := range ig.Rules {
			if !id.MatchString(r) {
				t.Fatalf("ParseIgnore(%q) returned rule %q", text, r)
			}
		}
		Purposes(nil)
		for _, a := range d.Args {
			for _, p := range SplitList(a) {
				if p == "" {
					t.Fatalf("SplitList(%q) returned an empty item", a)
				}
			}
		}
	})
}
