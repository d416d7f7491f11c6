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
