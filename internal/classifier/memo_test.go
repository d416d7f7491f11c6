package classifier

import (
	"slices"
	"strings"
	"testing"
)

// TestMemoSetsAgree checks that the sets identOf records for a name (its
// one-way words, password patterns, category vetoes and holder vetoes)
// answer as ident.has does, for names made of every category's patterns
// and vetoes, plural and qualified.
func TestMemoSetsAgree(t *testing.T) {
	c := testClassifier(t)
	var names []string
	for _, cat := range c.tax.Categories() {
		for _, ps := range [][]string{cat.Names, cat.Weak, cat.Veto, cat.HolderVeto, cat.SiblingVeto} {
			for _, p := range ps {
				names = append(names, p, p+"s", "new_"+p+"_hash", strings.ToUpper(p), "customer_"+p+"_server")
			}
		}
	}
	names = append(names, "", "x", "EncryptedSSN", "ServerIP", "UserAgentHeader", "SMTPPassword", "pw_digest")
	checked := 0
	for _, n := range names {
		id := c.identOf(n)
		if !id.sets {
			t.Fatalf("identOf(%q) recorded no sets", n)
		}
		plain := newIdent(n, c.maxKey)
		if id.oneWay != plain.has(c.oneWay) || id.password != plain.has(c.passwords) {
			t.Errorf("%q: oneWay %v password %v, has says %v %v", n, id.oneWay, id.password, plain.has(c.oneWay), plain.has(c.passwords))
		}
		if c.isOneWay(id) != c.isOneWay(plain) {
			t.Errorf("%q: isOneWay differs memoised", n)
		}
		for _, ci := range c.byKey {
			if c.hasVeto(id, ci) != plain.has(ci.veto) || c.hasVeto(plain, ci) != plain.has(ci.veto) {
				t.Errorf("%q: hasVeto(%s) = %v, has says %v", n, ci.c.Key, c.hasVeto(id, ci), plain.has(ci.veto))
			}
			if c.hasHolderVeto(id, ci) != plain.has(ci.holderVeto) {
				t.Errorf("%q: hasHolderVeto(%s) = %v, has says %v", n, ci.c.Key, c.hasHolderVeto(id, ci), plain.has(ci.holderVeto))
			}
			checked++
		}
	}
	if checked < 10000 {
		t.Fatalf("checked only %d name/category pairs", checked)
	}
}

// TestHolderItemsCachedOrNot checks that a holder's evidence items are the
// same whether its analysis is cached (items made once) or not (a name too
// long to cache: items made per match).
func TestHolderItemsCachedOrNot(t *testing.T) {
	c := testClassifier(t)
	for _, holder := range []string{"Subscriber", strings.Repeat("q", maxCachedName) + "Subscriber"} {
		for range 2 { // the second time from the cache, if cached
			ms := c.Object(Object{TypeName: holder, Members: []Member{{Name: "Nickname"}, {Name: "City"}}})
			want := "holder:person-like(" + clip(holder) + ")"
			for i, m := range ms {
				if m.Category == "" || !slices.Contains(m.Details, want) {
					t.Errorf("%.20s… member %d: %q %q, want the item %q", holder, i, m.Category, m.Details, want)
				}
			}
		}
	}
}
