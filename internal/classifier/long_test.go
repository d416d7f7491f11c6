package classifier

import (
	"reflect"
	"runtime"
	"slices"
	"strings"
	"testing"
	"unicode"
	"unicode/utf8"

	"github.com/privlint/privlint/rules"
)

// referenceTokens is the tokenizer as first written, on a []rune of the
// whole identifier: the reference the streaming one must agree with.
func referenceTokens(ident string) []string {
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
	pluralAcronym := func(i int) bool {
		return rs[i] == 's' && (i+1 >= len(rs) || !isLower(rs[i+1]))
	}
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
				case unicode.IsUpper(prev) && i+1 < len(rs) && isLower(rs[i+1]) && !pluralAcronym(i+1):
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

// allocated returns the bytes allocated on the heap while fn runs (by
// the whole program: nothing else runs in a test or fuzz worker).
// runtime.ReadMemStats stops the world, but it counts each allocation
// when it happens; runtime/metrics counts a span's objects only when the
// span is handed out or back, and so sees no change across a small fn.
func allocated(fn func()) uint64 {
	var before, after runtime.MemStats
	runtime.ReadMemStats(&before)
	fn()
	runtime.ReadMemStats(&after)
	return after.TotalAlloc - before.TotalAlloc
}

// Bounds on one name's analysis, whatever its length: the tokens and runs
// kept, the bytes allocated for it (at most 64 tokens cut to a few dozen
// bytes, 64×8 runs of at most 32 bytes in three spellings: about 80 kB at
// worst), and for classifying it (Name, TypeName and Object analyse a name
// uncached up to nine times).
const (
	maxRuns           = maxTokens * maxRun * 3
	maxIdentBytes     = 128 << 10
	maxClassifyBytes  = 16 * maxIdentBytes
	tokensBytesPerIn  = 128 // Tokens (unbounded): per byte of input
	tokensBytesConst  = 64 << 10
	differentialLimit = 4 << 10 // longest name compared with an unbounded classifier
)

// checkBounded checks the classification of name against the bounds
// above and against a classifier without them (big, whose maxKey is
// huge): for a name of at most maxTokens tokens they must agree.
func checkBounded(t *testing.T, c, big *Classifier, name string) {
	t.Helper()
	var id ident
	if n := allocated(func() { id = newIdent(name, c.maxKey) }); n > maxIdentBytes {
		t.Fatalf("newIdent of a %d-byte name allocated %d bytes, more than %d", len(name), n, maxIdentBytes)
	}
	if len(id.toks) > maxTokens || len(id.runs) > maxRuns {
		t.Fatalf("newIdent of a %d-byte name kept %d tokens and %d runs, more than %d and %d",
			len(name), len(id.toks), len(id.runs), maxTokens, maxRuns)
	}
	for _, r := range id.runs {
		if len(r) > c.maxKey+2 {
			t.Fatalf("newIdent kept a run of %d bytes, longer than any pattern", len(r))
		}
	}
	var m Match
	var ok bool
	ctx := Context{Holder: "Customer", PersonLike: true}
	obj := Object{TypeName: name, Members: []Member{{Name: name, TagNames: []string{name}}, {Name: "Email"}}}
	n := allocated(func() {
		m, ok = c.Name(name, ctx)
		c.Object(obj)
		c.TypeName(name)
	})
	if n > maxClassifyBytes {
		t.Fatalf("classifying a %d-byte name allocated %d bytes, more than %d", len(name), n, maxClassifyBytes)
	}
	if len(name) > differentialLimit {
		return
	}
	var toks []string
	if n := allocated(func() { toks = Tokens(name) }); n > tokensBytesPerIn*uint64(len(name))+tokensBytesConst {
		t.Fatalf("Tokens of a %d-byte name allocated %d bytes", len(name), n)
	}
	if want := referenceTokens(name); !slices.Equal(toks, want) {
		t.Fatalf("Tokens(%q) = %q, the reference tokenizer gives %q", name, toks, want)
	}
	for _, tok := range toks {
		if !utf8.ValidString(tok) {
			t.Fatalf("Tokens(%q): token %q is not UTF-8", name, tok)
		}
	}
	// The bounded tokens are the first maxTokens, cut to maxKey+3 code points.
	var want []string
	for _, tok := range toks[:min(len(toks), maxTokens)] {
		if rs := []rune(tok); len(rs) > c.maxKey+3 {
			tok = string(rs[:c.maxKey+3])
		}
		want = append(want, fold(tok))
	}
	if !slices.Equal(id.toks, want) && !(len(id.toks) == 0 && len(want) == 0) {
		t.Fatalf("newIdent(%q) tokens %q, want the first %d tokens cut: %q", name, id.toks, maxTokens, want)
	}
	if len(toks) > maxTokens {
		return
	}
	bm, bok := big.Name(name, ctx)
	if bok != ok || !reflect.DeepEqual(bm, m) {
		t.Fatalf("Name(%q) = %+v/%v, without the bounds %+v/%v", name, m, ok, bm, bok)
	}
	if got, want := c.Object(obj), big.Object(obj); !reflect.DeepEqual(got, want) {
		t.Fatalf("Object with member %q = %+v, without the bounds %+v", name, got, want)
	}
	pl, cf := c.TypeName(name)
	bpl, bcf := big.TypeName(name)
	if pl != bpl || cf != bcf {
		t.Fatalf("TypeName(%q) = %v, %v; without the bounds %v, %v", name, pl, cf, bpl, bcf)
	}
}

// unbounded returns a classifier for tax whose names are analysed whole:
// tokens are never cut and every run of up to maxRun tokens is kept.
func unbounded(t testing.TB, tax *rules.Taxonomy) *Classifier {
	t.Helper()
	big := New(tax)
	big.maxKey = 1 << 20
	return big
}

// hostileName is a name of about 1 MB of a shape that defeats a
// tokenizer.
type hostileName struct{ what, name string }

// hostileNames: one-letter camel-case tokens (the "aB" repeated),
// one endless token, separators only, digits and letters alternating,
// accented letters, invalid UTF-8, plural acronyms, and real words.
func hostileNames() []hostileName {
	const mb = 1 << 20
	return []hostileName{
		{"aB", strings.Repeat("aB", mb/2)},
		{"one token", strings.Repeat("a", mb)},
		{"acronym", strings.Repeat("A", mb)},
		{"separators", strings.Repeat("_", mb)},
		{"digits", strings.Repeat("1a", mb/2)},
		{"accented", strings.Repeat("äÖ", mb/4)},
		{"invalid", strings.Repeat("\xff", mb)},
		{"IDs", strings.Repeat("IDs", mb/3)},
		{"words", strings.Repeat("EmailAddress", mb/12)},
		{"long words", strings.Repeat(strings.Repeat("x", 1000)+"_", mb/1001)},
		{"email first", "Email_" + strings.Repeat("aB", mb/2)},
	}
}

// TestLongNames: a field or property named with a 1 MB identifier is
// classified in bounded memory, by its first tokens (an "aB" repeated
// 50,000 times asked the tokenizer for about 40 GB).
func TestLongNames(t *testing.T) {
	c := testClassifier(t)
	big := unbounded(t, c.Taxonomy())
	c.Name("warm", Context{Holder: "Customer", PersonLike: true}) // caches of the context
	for _, h := range hostileNames() {
		t.Run(h.what, func(t *testing.T) { checkBounded(t, c, big, h.name) })
	}
	emailFirst := "Email_" + strings.Repeat("aB", 1<<19)
	if m, ok := c.Name(emailFirst, Context{}); !ok || m.Category != "user.contact.email" {
		t.Errorf("a 1 MB name starting with Email: %+v, %v; want user.contact.email", m, ok)
	}
	if m, ok := c.Name(strings.Repeat("aB", 1<<19), Context{PersonLike: true}); ok {
		t.Errorf("a 1 MB name of a's and b's: %+v, want not personal", m)
	}
	// The issue's own name, 100 kB, in a struct.
	name := strings.Repeat("aB", 50_000)
	if n := allocated(func() {
		c.Object(Object{TypeName: "User", Members: []Member{{Name: name}, {Name: "Email"}}})
	}); n > maxClassifyBytes {
		t.Errorf("classifying a struct with a 100 kB field name allocated %d bytes", n)
	}
}

// TestBoundsKeepClassification: on the names of the classifier's own
// tests and a few built for the limits, the bounded analysis agrees with
// the unbounded one.
func TestBoundsKeepClassification(t *testing.T) {
	c := testClassifier(t)
	big := unbounded(t, c.Taxonomy())
	long := strings.Repeat("Verylongwordthatisnopattern", 3)
	for _, name := range []string{
		"DateOfBirth", "date_of_birth", "LastLoginIP", "IPv4", "SSNNumber", "ZipFile", "e-mail",
		"EmailAddresses", "PasswordHash", "NumEmails", "PhoneCount", "FirstName", "first_name_s",
		"CustomerEmail", "PersonalEmail", "ShippingAddressDTO", "Staatsangehörigkeit", "UserIDs",
		long + "Email", "Email" + long, long + "Users", long + "es", "A" + long + "s",
		strings.Repeat("a_", maxTokens-1) + "email", strings.Repeat("Ab", maxTokens/2),
		"first" + strings.Repeat("1", 40) + "name", "x" + strings.Repeat("_y", maxTokens),
	} {
		checkBounded(t, c, big, name)
	}
}
