package schemacheck

import (
	"fmt"
	"os"
	"path/filepath"
	"runtime"
	"strings"
	"testing"
	"time"
	"weak"

	"gopkg.in/yaml.v3"

	"github.com/privlint/privlint/finding"
	"github.com/privlint/privlint/rules/policy"
)

// chainedRefs is a JSON Schema whose root property $refs d0 in $defs, d0
// $refs d1, …, and d{n-1} holds an email property: n lookups of a key in
// a mapping of n keys, one per $ref.
func chainedRefs(n int) string {
	var b strings.Builder
	b.WriteString(`{"$schema": "https://json-schema.org/draft/2020-12/schema", "type": "object", "properties": {"root": {"$ref": "#/$defs/d0"}}, "$defs": {`)
	for i := range n - 1 {
		fmt.Fprintf(&b, "\n\"d%d\": {\"description\": \"link %d\", \"$ref\": \"#/$defs/d%d\"},", i, i, i+1)
	}
	fmt.Fprintf(&b, "\n\"d%d\": {\"type\": \"object\", \"properties\": {\"email\": {\"type\": \"string\"}}}}}\n", n-1)
	return b.String()
}

// wideRefs is a JSON Schema with n properties that all $ref one
// definition of n keys, none of them a keyword: every keyword the checker
// looks up on the definition (type, $ref, properties, format, x-pii, …)
// misses, once per property.
func wideRefs(n int) string {
	var b strings.Builder
	b.WriteString(`{"$schema": "https://json-schema.org/draft/2020-12/schema", "type": "object", "properties": {`)
	for i := range n {
		if i > 0 {
			b.WriteByte(',')
		}
		fmt.Fprintf(&b, "\n\"p%d\": {\"$ref\": \"#/$defs/Big\"}", i)
	}
	b.WriteString("}, \"$defs\": {\"Big\": {")
	for i := range n {
		if i > 0 {
			b.WriteByte(',')
		}
		fmt.Fprintf(&b, "\"x-k%d\": %d", i, i)
	}
	b.WriteString("}}}\n")
	return b.String()
}

// checkCounting checks src and returns the mapping keys compared by the
// lookups, with the findings and errors.
func checkCounting(t *testing.T, limits, src string) (int64, []*finding.Finding, []*finding.Error) {
	t.Helper()
	pol := limitsPolicy(t, limits)
	file := filepath.Join(t.TempDir(), "s.json")
	if err := os.WriteFile(file, []byte(src), 0o644); err != nil {
		t.Fatal(err)
	}
	var steps int64
	lookupSteps = &steps
	defer func() { lookupSteps = nil }()
	fs, errs := Check([]string{file}, Options{Policy: pol})
	return steps, fs, errs
}

// TestLookupsLinear: resolving n $refs into a mapping of n definitions,
// and looking up keywords on a definition of n keys from n places, must
// compare O(n) keys in all, not O(n²): quadrupling n may not multiply the
// work by more than five (a linear scan per lookup multiplies it by 16).
func TestLookupsLinear(t *testing.T) {
	const n = 1000
	for _, c := range []struct {
		name string
		gen  func(int) string
		want string // a finding's symbol, or "" for none
	}{
		{"chained $refs", chainedRefs, "/$defs/d%d/properties/email"},
		{"keywords on a wide definition", wideRefs, ""},
	} {
		var steps [2]int64
		for i, size := range []int{n, 4 * n} {
			s, fs, errs := checkCounting(t, "max_ref_hops: 100000", c.gen(size))
			if len(errs) != 0 {
				t.Fatalf("%s, n=%d: errors %v", c.name, size, errs)
			}
			if c.want != "" {
				want := fmt.Sprintf(c.want, size-1)
				if len(fs) != 1 || fs[0].Symbol != want {
					t.Fatalf("%s, n=%d: findings %v, want one at %s", c.name, size, fs, want)
				}
			}
			steps[i] = s
		}
		t.Logf("%s: %d key comparisons for n=%d, %d for n=%d", c.name, steps[0], n, steps[1], 4*n)
		if steps[0] == 0 {
			t.Fatalf("%s: no key comparisons counted", c.name)
		}
		if steps[1] > 5*steps[0] {
			t.Errorf("%s: %d key comparisons for n=%d but %d for n=%d: super-linear", c.name, steps[0], n, steps[1], 4*n)
		}
	}
}

// linearGet is get without the index: the reference it must agree with.
func linearGet(n *node, key string) (k, v *node) {
	n = deref(n)
	if n == nil || n.Kind != mappingNode {
		return nil, nil
	}
	for i := 0; i+1 < len(n.Content); i += 2 {
		kn := n.Content[i]
		if kn.Value == key && kn.Kind == scalarNode && kn.Tag != tagMerge {
			return kn, n.Content[i+1]
		}
	}
	for _, p := range pairs(n) {
		if p.key.Value == key {
			return p.key, p.val
		}
	}
	return nil, nil
}

// TestIndexedGet: looking a key up in a large mapping through the index
// finds what a scan finds, for own keys, keys brought by merge keys (an
// own key wins over a merged one, an earlier merge over a later one),
// complex keys and missing keys.
func TestIndexedGet(t *testing.T) {
	var b strings.Builder
	b.WriteString("base: &base {shared: from-base, only-base: 1, k3: base}\nother: &other {shared: from-other, only-other: 2}\nbig:\n  <<: [*base, *other]\n")
	for i := range 2 * indexMinPairs {
		fmt.Fprintf(&b, "  k%d: %d\n", i, i)
	}
	b.WriteString("  ? [complex, key]\n  : c\n  last: end\n")
	var doc yaml.Node
	if err := yaml.Unmarshal([]byte(b.String()), &doc); err != nil {
		t.Fatal(err)
	}
	big := val(fromYAML(doc.Content[0]), "big")
	if big == nil || len(big.Content) <= 2*indexMinPairs {
		t.Fatalf("the test mapping is not large enough to be indexed")
	}
	keys := []string{"shared", "only-base", "only-other", "k3", "k0", "last", "", "missing", "<<"}
	for i := range 2 * indexMinPairs {
		keys = append(keys, fmt.Sprintf("k%d", i))
	}
	for round := range 2 { // building the index, then using it
		for _, key := range keys {
			k, v := get(big, key)
			wk, wv := linearGet(big, key)
			if k != wk || v != wv {
				t.Errorf("round %d: get(%q) = %v, %v; a scan finds %v, %v", round, key, k, v, wk, wv)
			}
		}
	}
	if _, v := get(big, "shared"); v == nil || v.Value != "from-base" {
		t.Errorf("shared: got %v, want the value merged first (from-base)", v)
	}
	if _, v := get(big, "k3"); v == nil || v.Value != "3" {
		t.Errorf("k3: got %v, want the mapping's own value over the merged one", v)
	}
}

// BenchmarkRefLookups checks the 10 MB schemas of issue 21: 100,000
// chained $refs into $defs, and 100,000 properties $ref'ing a definition
// of 100,000 keys (minutes each while lookups scanned the keys).
func BenchmarkRefLookups(b *testing.B) {
	pol, err := policy.Parse("privlint.yaml", []byte("version: 1\nlimits: {max_ref_hops: 100000}\n"))
	if err != nil {
		b.Fatal(err)
	}
	for _, c := range []struct {
		name string
		gen  func(int) string
	}{{"chained", chainedRefs}, {"wide", wideRefs}} {
		b.Run(c.name, func(b *testing.B) {
			src := c.gen(100_000)
			file := filepath.Join(b.TempDir(), "s.json")
			if err := os.WriteFile(file, []byte(src), 0o644); err != nil {
				b.Fatal(err)
			}
			b.SetBytes(int64(len(src)))
			for b.Loop() {
				if _, errs := Check([]string{file}, Options{Policy: pol}); len(errs) != 0 {
					b.Fatal(errs[0])
				}
			}
		})
	}
}

// TestKeyIndexReleased: the index of a mapping goes when the mapping
// does, so checking many schemas does not pile indexes up.
func TestKeyIndexReleased(t *testing.T) {
	held := func(wp weak.Pointer[node]) bool {
		keyIndexes.Lock()
		defer keyIndexes.Unlock()
		return keyIndexes.m[wp] != nil
	}
	wp := func() weak.Pointer[node] {
		d, ferr := parseDocument("wide.json", []byte(wideRefs(2*indexMinPairs)))
		if ferr != nil {
			t.Fatal(ferr)
		}
		_, big, ok := d.locate("/$defs/Big")
		if !ok || val(big, "type") != nil {
			t.Fatal("no /$defs/Big, or a type in it")
		}
		wp := weak.Make(big)
		if !held(wp) {
			t.Fatal("looking up a key of a large mapping built no index")
		}
		return wp
	}()
	// Cleanups run after a collection finds the mapping unreachable, on
	// their own goroutine: collect and wait until they have (a bounded
	// number of times, as a guard only).
	for range 1000 {
		runtime.GC()
		if !held(wp) {
			return
		}
		time.Sleep(time.Millisecond)
	}
	t.Error("the index of a large mapping is still held after the mapping was freed")
}
