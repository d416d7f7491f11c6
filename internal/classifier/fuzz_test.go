package classifier

import (
	"reflect"
	"slices"
	"strings"
	"testing"
	"unicode/utf8"

	"github.com/privlint/privlint/rules"
)

// FuzzClassify feeds arbitrary identifiers to the tokenizer and the
// classifier: no panic, tokens are non-empty lower-case pieces of the
// input, the same input gives the same answer, every category found is
// a key of the taxonomy, and checkBounded holds: bounded tokens, runs and
// allocation, the reference tokenizer's tokens, and the answer of the
// unbounded classifier.
func FuzzClassify(f *testing.F) {
	for _, s := range []string{
		"DateOfBirth", "date_of_birth", "LastLoginIP", "IPv4", "SSNNumber", "ZipFile",
		"e-mail", "x", "", "___", "ÄpfelNummer", "geburtsdatum", "HTTPServer", "a1b2c3",
		"\xff\xfe", "Email\x00Addr", strings.Repeat("Name", 200),
		strings.Repeat("aB", 50_000), strings.Repeat("IDs", 30), "Email_" + strings.Repeat("aB", 100),
	} {
		f.Add(s, true, uint8(0))
	}
	tax, err := rules.DefaultTaxonomy()
	if err != nil {
		f.Fatal(err)
	}
	c := New(tax)
	big := unbounded(f, tax)
	f.Fuzz(func(t *testing.T, ident string, personLike bool, kind uint8) {
		checkBounded(t, c, big, ident)
		toks := Tokens(ident)
		for _, tok := range toks {
			if tok == "" {
				t.Fatalf("Tokens(%q) has an empty token: %q", ident, toks)
			}
			if utf8.ValidString(ident) && tok != strings.ToLower(tok) {
				t.Fatalf("Tokens(%q) = %q: token %q is not lower case", ident, toks, tok)
			}
		}
		if again := Tokens(ident); !slices.Equal(toks, again) {
			t.Fatalf("Tokens(%q) is not deterministic: %q then %q", ident, toks, again)
		}
		ctx := Context{PersonLike: personLike, Kind: Kind(int(kind) % (int(KindOther) + 1))}
		m1, ok1 := c.Name(ident, ctx)
		m2, ok2 := c.Name(ident, ctx)
		if ok1 != ok2 || !reflect.DeepEqual(m1, m2) {
			t.Fatalf("Name(%q) is not deterministic: %+v/%v then %+v/%v", ident, m1, ok1, m2, ok2)
		}
		if ok1 && m1.Category != "" && tax.Category(m1.Category) == nil {
			t.Fatalf("Name(%q) = %q, not a taxonomy key", ident, m1.Category)
		}
		ms := c.Object(Object{TypeName: ident, Members: []Member{{Name: ident}, {Name: "Email"}}})
		if len(ms) != 2 {
			t.Fatalf("Object returned %d matches for 2 members", len(ms))
		}
	})
}

// FuzzLongNames builds long and pathological names, head followed by unit
// repeated up to 64 kB (TestLongNames has names of a megabyte; past
// maxTokens tokens only the shape matters, and shorter inputs fuzz
// faster), and checks that their analysis stays within
// the bounds of checkBounded: at most maxTokens tokens and maxRuns runs,
// and a bounded number of bytes allocated whatever the name's length
// (work, too, is bounded by the tokens and runs kept, and the scan of
// the name stops after maxTokens tokens).
func FuzzLongNames(f *testing.F) {
	for _, s := range []struct {
		head, unit string
		n          uint32
	}{
		{"", "aB", 50_000}, {"", "a", 1 << 20}, {"", "_", 1 << 20}, {"Email", "1a", 1000},
		{"", "äÖ", 1 << 18}, {"", "\xff", 1 << 20}, {"User", "IDs", 3000}, {"", "EmailAddress", 80_000},
		{"first_", "x", 5000}, {"", "HTTPServer", 10}, {"Ab", "", 0},
	} {
		f.Add(s.head, s.unit, s.n)
	}
	tax, err := rules.DefaultTaxonomy()
	if err != nil {
		f.Fatal(err)
	}
	c := New(tax)
	big := unbounded(f, tax)
	f.Fuzz(func(t *testing.T, head, unit string, n uint32) {
		const limit = 64 << 10
		if len(unit) > 0 {
			n = min(n, uint32((limit-min(len(head), limit))/len(unit)))
		}
		name := head + strings.Repeat(unit, int(n))
		checkBounded(t, c, big, name)
	})
}
