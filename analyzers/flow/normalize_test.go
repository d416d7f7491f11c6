package flow

import (
	"fmt"
	"slices"
	"strings"
	"testing"
)

// TestSortCompactOrderAndAllocations checks that sortCompact orders and
// compacts as slices.SortFunc and slices.CompactFunc do with the same
// comparisons, and that its comparisons allocate nothing: two slices for
// the whole call, where comparing copies of the elements moved them to the
// heap at every comparison.
func TestSortCompactOrderAndAllocations(t *testing.T) {
	type elem struct {
		group int
		key   string
		extra int // not part of the key: which of equal elements is kept
	}
	var orig []elem
	for i := range 200 {
		orig = append(orig, elem{group: i % 3, key: fmt.Sprint("k", (i*7)%40), extra: i})
	}
	key := func(e *elem) (string, string, string) { return e.key, e.key, "" }
	first := func(a, b *elem) int { return a.group - b.group }
	for _, firstToo := range []bool{false, true} {
		want := slices.Clone(orig)
		slices.SortFunc(want, func(a, b elem) int {
			if c := first(&a, &b); c != 0 {
				return c
			}
			return strings.Compare(a.key, b.key)
		})
		want = slices.CompactFunc(want, func(a, b elem) bool {
			return a.key == b.key && (!firstToo || first(&a, &b) == 0)
		})
		got := sortCompact(slices.Clone(orig), key, first, firstToo)
		if !slices.Equal(got, want) {
			t.Errorf("firstToo=%v: sortCompact = %v, want %v", firstToo, got, want)
		}
	}
	buf := make([]elem, len(orig))
	allocs := testing.AllocsPerRun(20, func() {
		copy(buf, orig)
		sortCompact(buf, key, first, true)
	})
	if allocs > 2 {
		t.Errorf("sortCompact of %d elements made %v allocations, want at most 2", len(orig), allocs)
	}
}

// TestCompareJoined checks compareJoined against comparing the joined
// strings, on parts that are prefixes of each other, hold NULs or are
// empty: the cases where comparing the parts one by one would differ.
func TestCompareJoined(t *testing.T) {
	parts := []string{"", "\x00", "a", "a\x00", "a\x00b", "ab", "b", "\x00a", "a\x00url1", "\x01param 0", "\xff"}
	for _, a1 := range parts {
		for _, b1 := range parts {
			for _, a2 := range parts {
				for _, b2 := range parts {
					want := strings.Compare(a1+"\x00"+b1, a2+"\x00"+b2)
					if got := compareJoined(a1, b1, a2, b2); got != want {
						t.Fatalf("compareJoined(%q, %q, %q, %q) = %d, want %d", a1, b1, a2, b2, got, want)
					}
				}
			}
		}
	}
}

// TestSortWritersAsNormalize checks that sortWriters orders a summary's
// writer sources as normalize does.
func TestSortWritersAsNormalize(t *testing.T) {
	a := &analysis_{}
	var srcs []*Source
	for _, sym := range []string{"User.Email", "User.Name", "email", "User.Email\x00x", "A"} {
		srcs = append(srcs, &Source{Symbol: sym, Category: "user.contact.email", Pos: "f.go:1:1"})
	}
	var sinks []SinkRef
	for _, what := range []string{"the log", "the log", "a file", "x"} {
		sinks = append(sinks, SinkRef{Kind: KindWriter, What: what, Writer: len(sinks) + 1})
	}
	sinks = append(sinks, SinkRef{Kind: KindWriter, What: "the log", Writer: 1, URLParam: 2})
	for n := 0; n < 50; n++ {
		st := &fnState{a: a, sum: &Summary{}}
		want := &Summary{}
		seen := map[writerKey]bool{}
		for i := 0; i < 12; i++ {
			ref, src := sinks[(n*7+i*3)%len(sinks)], srcs[(n+i*5)%len(srcs)]
			k := writerKey{ref.key(), src}
			if seen[k] {
				continue
			}
			seen[k] = true
			st.wkeys = append(st.wkeys, k)
			st.wsBuf = append(st.wsBuf, WriterSource{Sink: ref, Source: *src})
			want.WriterSources = append(want.WriterSources, WriterSource{Sink: ref, Source: *src})
		}
		st.sortWriters()
		want.normalize()
		if !slices.EqualFunc(st.sum.WriterSources, want.WriterSources, func(x, y WriterSource) bool {
			return x.Sink.key() == y.Sink.key() && x.Source.key() == y.Source.key()
		}) {
			t.Fatalf("round %d: sortWriters gave %v, normalize %v", n, st.sum.WriterSources, want.WriterSources)
		}
	}
}
