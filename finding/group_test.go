package finding

import (
	"slices"
	"testing"
)

var weakHash = Position{File: "avatars/avatar.go", Line: 95, Column: 9}

// weakAt is a PL105 finding reported at pos whose weak hash is weakHash.
func weakAt(file string, line int, cat string) *Finding {
	pos := Position{File: file, Line: line, Column: 2}
	return &Finding{RuleID: "PL105", Category: cat, Pos: pos, Place: weakHash, Flow: []Step{{Pos: pos, Message: "read"}, {Pos: weakHash, Message: "md5"}}}
}

// TestGroupPlaces checks that findings sharing a rule, a category and a
// place become one, which lists the others' paths: the one reported at
// the place, or else the first. Other categories, other rules and a
// finding suppressed at its own line stay apart.
func TestGroupPlaces(t *testing.T) {
	atHash := weakAt(weakHash.File, weakHash.Line, "user.contact.email")
	atHash.Pos = weakHash
	a := weakAt("webhook/notifier.go", 68, "user.contact.email")
	b := weakAt("webhook/notifier.go", 69, "user.contact.email")
	phone := weakAt("webhook/notifier.go", 70, "user.contact.phone_number")
	plain := &Finding{RuleID: "PL101", Category: "user.contact.email", Pos: a.Pos}
	ignored := weakAt("webhook/notifier.go", 71, "user.contact.email")
	ignored.Suppressed = true

	got := GroupPlaces([]*Finding{b, phone, plain, a, atHash, ignored})
	want := Sort([]*Finding{atHash, plain, phone, ignored})
	if !slices.Equal(got, want) {
		t.Fatalf("GroupPlaces kept %v, want %v", positions(got), positions(want))
	}
	if !slices.EqualFunc(atHash.Paths, [][]Step{a.Flow, b.Flow}, slices.Equal) {
		t.Errorf("the finding at the hash lists paths %v, want a's and b's", atHash.Paths)
	}
}

// TestGroupPlacesFirst checks that without a finding at the place, the
// first unsuppressed one keeps the group, and that a finding suppressed at
// the place covers every other.
func TestGroupPlacesFirst(t *testing.T) {
	a := weakAt("webhook/notifier.go", 68, "user.contact.email")
	b := weakAt("webhook/notifier.go", 69, "user.contact.email")
	c := weakAt("webhook/notifier.go", 70, "user.contact.email")
	b.Suppressed = true
	if got := GroupPlaces([]*Finding{c, b, a}); !slices.Equal(got, []*Finding{a, b}) || len(a.Paths) != 1 {
		t.Errorf("without a finding at the place: kept %v with %d more paths, want a (with c's path) and the suppressed b", positions(got), len(a.Paths))
	}

	d := weakAt("webhook/notifier.go", 68, "user.contact.email")
	ignoredAtHash := weakAt(weakHash.File, weakHash.Line, "user.contact.email")
	ignoredAtHash.Pos = weakHash
	ignoredAtHash.Suppressed = true
	if got := GroupPlaces([]*Finding{d, ignoredAtHash}); !slices.Equal(got, []*Finding{ignoredAtHash}) {
		t.Errorf("suppressed at the place: kept %v, want only the suppressed finding at the hash", positions(got))
	}

	e := &Finding{RuleID: "PL101", Category: "user.contact.email", Pos: d.Pos}
	f := &Finding{RuleID: "PL101", Category: "user.contact.email", Pos: c.Pos}
	if got := GroupPlaces([]*Finding{f, e}); len(got) != 2 {
		t.Errorf("findings without a place: kept %v, want both", positions(got))
	}
}

// positions lists where fs are reported, for messages.
func positions(fs []*Finding) []string {
	var out []string
	for _, f := range fs {
		out = append(out, Where(f.Pos.File, f.Pos.Line, f.Pos.Column)+f.RuleID+" "+f.Category)
	}
	return out
}
