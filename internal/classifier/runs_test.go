package classifier

import (
	"math/rand/v2"
	"slices"
	"strings"
	"testing"
)

// concatRuns is newIdent's runs as it first built them, concatenating
// the tokens of each run.
func concatRuns(toks []string, maxKey int) []string {
	var runs []string
	for i := range toks {
		run := ""
		for j := i; j < len(toks) && j-i < maxRun && len(run)+len(toks[j]) <= maxKey+2; j++ {
			run += toks[j]
			runs = append(runs, run)
			if n := len(run); n > 2 && run[n-1] == 's' {
				runs = append(runs, run[:n-1])
				if n > 3 && run[n-2] == 'e' {
					runs = append(runs, run[:n-2])
				}
			}
		}
	}
	return runs
}

// TestNewIdentRuns checks newIdent's runs, cut from the tokens joined,
// against runs concatenated token by token, on names of up to 40 tokens
// (more than fit newIdent's stack buffer of offsets) of words near the
// length bounds, with plurals, digits and accents.
func TestNewIdentRuns(t *testing.T) {
	words := []string{"user", "Email", "Addresses", "ID", "s", "es", "Ses", "x", "2", "v10", "Straße", "Ärzte",
		"verylongwordthatkeepsgoingandgoing", "phone", "Numbers", "first", "Name", "bus", "boxes"}
	r := rand.New(rand.NewPCG(5, 6))
	for _, maxKey := range []int{4, 12, 30} {
		for range 3000 {
			var b strings.Builder
			for k := range 1 + r.IntN(40) {
				if k > 0 && r.IntN(3) == 0 {
					b.WriteByte('_')
				}
				b.WriteString(words[r.IntN(len(words))])
			}
			id := newIdent(b.String(), maxKey)
			if want := concatRuns(id.toks, maxKey); !slices.Equal(id.runs, want) {
				t.Fatalf("newIdent(%q, %d).runs = %q, want %q", b.String(), maxKey, id.runs, want)
			}
		}
	}
}

// TestHolderItemsOf checks the items cut from one string against those
// made one by one, for an unnamed holder, a short name and one clipped.
func TestHolderItemsOf(t *testing.T) {
	for _, name := range []string{"", "listR123", "Ärzte", strings.Repeat("VeryLongHolderName", 20)} {
		got := holderItemsOf(name)
		for k, class := range holderClasses {
			if want := makeHolderItem(class, name); got[k] != want {
				t.Errorf("holderItemsOf(%q)[%d] = %q, want %q", name, k, got[k], want)
			}
		}
	}
}
