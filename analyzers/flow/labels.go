package flow

import (
	"slices"
)

// A label marks where data in a value came from: a label >= 0 indexes the
// analysis's table of sources; a label < 0 is parameter -(label+1) of the
// function being analyzed, which is how summaries are computed.
type label = int32

func paramLabel(i int) label { return label(-1 - i) }

func isParam(l label) (int, bool) {
	if l < 0 {
		return int(-1 - l), true
	}
	return 0, false
}

// set is a sorted set of labels. Sets are small (a value rarely carries
// more than a few sources), so sorted slices beat maps.
type set []label

func (s set) has(l label) bool {
	_, ok := slices.BinarySearch(s, l)
	return ok
}

// union returns s ∪ o, reusing s when o adds nothing.
func union(s, o set) set {
	if len(o) == 0 {
		return s
	}
	if len(s) == 0 {
		return o
	}
	out := make(set, 0, len(s)+len(o))
	i, j := 0, 0
	for i < len(s) && j < len(o) {
		switch {
		case s[i] < o[j]:
			out = append(out, s[i])
			i++
		case s[i] > o[j]:
			out = append(out, o[j])
			j++
		default:
			out = append(out, s[i])
			i++
			j++
		}
	}
	out = append(out, s[i:]...)
	out = append(out, o[j:]...)
	if len(out) == len(s) {
		return s
	}
	return out
}

// grows reports whether o has a label s lacks.
func grows(s, o set) bool {
	for _, l := range o {
		if !s.has(l) {
			return true
		}
	}
	return false
}

// single returns the set {l}.
func single(l label) set { return set{l} }
