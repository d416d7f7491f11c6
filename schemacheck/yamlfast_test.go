package schemacheck

import (
	"bytes"
	"flag"
	"fmt"
	"io/fs"
	"math/rand/v2"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/privlint/privlint/rules/policy"
)

// sameYAMLTree reports where a and b, node trees of yaml.v3 or the fast
// reader, differ: kind, style, tag, value, whether anchored, alias, line, column
// and children (not comments, which the fast reader does not keep).
func sameYAMLTree(a, b *node, at string) error {
	if a == nil || b == nil {
		if a != b {
			return fmt.Errorf("%s: one node is nil", at)
		}
		return nil
	}
	if a.Kind != b.Kind || a.Style != b.Style || a.Tag != b.Tag || a.Value != b.Value || a.Anchored != b.Anchored ||
		a.Line != b.Line || a.Column != b.Column || (a.Alias == nil) != (b.Alias == nil) || len(a.Content) != len(b.Content) {
		return fmt.Errorf("%s: yaml.v3 {kind %d style %d tag %d value %q line %d col %d, %d children} fast {kind %d style %d tag %d value %q line %d col %d, %d children}",
			at, a.Kind, a.Style, a.Tag, a.Value, a.Line, a.Column, len(a.Content), b.Kind, b.Style, b.Tag, b.Value, b.Line, b.Column, len(b.Content))
	}
	for i := range a.Content {
		if err := sameYAMLTree(a.Content[i], b.Content[i], fmt.Sprintf("%s/%d", at, i)); err != nil {
			return err
		}
	}
	return nil
}

// diffYAMLFast reads data with the fast reader and with yaml.v3 (as
// parseYAML does) and returns whether the fast reader took it, and an
// error when it took it and the two disagree: yaml.v3 failed, or the trees
// or the line starts differ.
func diffYAMLFast(data []byte) (bool, error) {
	yamlFastStrict = true
	defer func() { yamlFastStrict = false }()
	doc, ok := readYAMLFast(data)
	if !ok {
		return false, nil
	}
	fast, starts := doc.root, doc.lineStarts
	// The limits pass's figures, as the sizer measures them.
	s := &sizer{memo: map[*node]*nodeSize{}, cap: 1 << 60}
	size := s.measure(fast)
	if size.depth != doc.depth || size.values != doc.values || (s.dup != nil) != doc.dup {
		return true, fmt.Errorf("fast reader measured depth %d, %d values, duplicate %v; the sizer %d, %d, %v",
			doc.depth, doc.values, doc.dup, size.depth, size.values, s.dup != nil)
	}
	want, ferr := parseYAML("doc.yaml", data)
	if ferr != nil {
		return true, fmt.Errorf("the fast reader read what yaml.v3 refuses: %s", ferr.Message)
	}
	if err := sameYAMLTree(want, fast, ""); err != nil {
		return true, err
	}
	lines := []int{0}
	for i, c := range data {
		if c == '\n' {
			lines = append(lines, i+1)
		}
	}
	if fmt.Sprint(lines) != fmt.Sprint(starts) {
		return true, fmt.Errorf("line starts differ")
	}
	return true, nil
}

// yamlFastCases are small documents at the edges of what the fast reader
// takes, each read by both readers.
var yamlFastCases = []string{
	"a: 1\n", "a: 1", "a:\n", "a:", "a:   \nb: 2\n", "a: # c\n  b: 1\n", "a: b # c\n", "a: b#c\n", "a: 'x'#c\n",
	"a: b\n  # c\nd: e\n", "a: b\n  c\n", "a:\n- x\n- y\nb: 1\n", "a:\n  - x\n  - y\nb: 1\n", "- a\n- b\n", "-\n- a\n", "- \n",
	"- a: 1\n  b: 2\n- c\n", "- - a\n  - b\n- c\n", "- a: 1\n b: 2\n", "a: {b: c, d: [e, f]}\n", "a: {}\nb: []\nc: { }\n",
	"a: {b: c,}\n", "a: [b, , c]\n", "a: [b: c]\n", "a: {b}\n", "a: {b: }\n", "a: {b: http://x}\n", "a: {b:c}\n", "a: {\"b\":c}\n",
	"a: [b, c\n  ]\n", "a: 'it''s'\n", "a: ''''\n", "a: \"\\x41\\u00e9\\U0001F600\\n\\t\\\\\\\"\"\n", "a: \"\\ud800\"\n", "a: \"\\/\"\n",
	"a: \"x\ny\"\n", "a: 'x\ny'\n", "\"a\": 1\n'b': 2\n", "\"a\":1\n", "a : 1\n", "a  :  1  \n", "a:b: 1\n", "a: b: c\n",
	"a: 0x1F\nb: 0o17\nc: 0b101\nd: 017\ne: 1_000\nf: 1.5\ng: .5\nh: 1e3\ni: -1\nj: +1\nk: .inf\nl: -.Inf\nm: .nan\nn: 3.0.3\n",
	"a: true\nb: True\nc: yes\nd: no\ne: ~\nf: null\ng: NULL\nh: on\ni: 2001-12-14\nj: 2001-12-14t21:59:43.10-05:00\nk: 2001-1-2 3:4:5\n",
	"a: -\n", "b: --\nc: -x\nd: -0b11\ne: -0o7\nf: 0b\ng: 0o\nh: 9223372036854775808\ni: 18446744073709551616\nj: -9223372036854775809\n",
	"<<: {a: 1}\nb: 2\n", "a: &x 1\nb: *x\n", "a: !!str 1\n", "a: |\n  x\n", "a: >\n  x\n", "? a\n: b\n", "--- \na: 1\n", "a: 1\n...\n",
	"%YAML 1.1\n---\na: 1\n", "a: 1\n---\nb: 2\n", "a:\tb\n", "a: b\r\n", "\ufeffa: 1\n", "a: é\nbé: ü\n- x\n", "é: {ü: 1, x: é}\n",
	"  a: 1\n  b: 2\n", "  a: 1\nb: 2\n", "a:\n    b: 1\n  c: 2\n", "a:\n  b:\n    c:\n      d: 1\n  e: 2\nf: 3\n", "[a, b]\n", "{a: b}\n",
	"a\n", "'a'\n", "", "# only\n", "a: 1\na: 2\n", "a: @x\n", "a: `x`\n", "a: %x\n", "a: ,x\n", "a: [x]y\n", "a: {x: y} z\n",
	"a: b\n c\n", "- a\n  b\n", "- a\n - b\n", "a: [x, 'y', \"z\", -1, {b: [c]}]\n", "a: [x?]\n", "a: [x#y]\n", "a: [x #y]\n",
	"a: [-]\n", "a: [- x]\n", "a: [x y, z  w]\n", "a: x  y  \n", "- {a: 1}\n- [b]\n", "- {a: 1}: 2\n", "a:\n  {b: c}\n", "a:\n  b\n",
	"a: 'b' c\n", "a: \"b\" c\n", "a: ''\nb: \"\"\n", "'': 1\n\"\": 2\n", "a: \"\\N\\_\\L\\P\\0\\a\\b\\v\\f\\r\\e\\ \\'\"\n",
	"a: |\n  x\n  y\nb: 1\n", "a: |-\n  x\n\n  y\n\n\nb: 1\n", "a: |+\n  x\n\n\nb: 1\n", "a: |+\n  x\n\n", "a: |\n  x", "a: |-\n  x",
	"a: >\n  x\n  y\n\n  z\n   w\n  v\n\n\n  u\nb: 1\n", "a: >-\n   x\n  y\n", "a: >+\n  x\n   y\n  z\n\n", "a: > # c\n  x\n", "a: >#c\n  x\n",
	"a: |\n\n\n  x\n", "a: |\n    x\n  y\n", "a: |\nb: 1\n", "a: |\n", "a: |", "a: |2\n   x\n", "a: |-2\n   x\n", "a: | x\n", "- |\n  x\n- >\n  y\n",
	"- a: |\n    x\n  b: >-\n    y\n", "a:\n  - |\n   x\n    y\n  - z\n", "a: |\n  x\n # c\nb: 1\n", "a: |\n  x\n  # not a comment\nb: 1\n",
	"a: |\n  x\n b: 1\n", "a: |\n  x\n  ---\n", "a: >\n\n  x\n\n\n  y\n", "a: >\n  x\n\n   y\n\n  z\n", "a: |\n   \n  x\n", "a: |\n      \n  x\n",
	"a:\n  b: |\n    x\n  c: 1\nd: |\n  é ü\n", "a: >\n  é\n  ü\n",
	"a: 'x\ty'\n", "a: \"x\ty\t\"\n", "a: \"x\\\ty\"\n", "a: x\ty\n", "a:\tx\n", "a: x\t#c\n", "a: x #\tc\n", "\ta: 1\n", "a:\n\t- x\n",
	"a: |\n  x\ty\n  \tz\n", "a: >\n  x\n  \ty\n  z\n", "a: |\n\tx\n", "a: |\n  x\n\t\n", "a: |\n \t\n  x\n", "a: |\t\n  x\n", "a: [x\t, y]\n",
	"a: {x: 'y'\t}\n", "- \tx\n", "-\tx\n", "a: 'x' \t# c\n", "# \tc\na: 1\n",
	"---\na: 1\n", "--- \na: 1\n", "--- # c\na: 1\n", "---#c\na: 1\n", "# c\n\n---\na: 1\n", "---\n---\na: 1\n", "---\na: 1\n---\n", "---\n", "---",
	"--- a: 1\n", "--- |\n  x\n", "a: 1\n---\n", "---\n  a: 1\n  b: 2\n", "---\n- a\n", "---\na: 1\n...\n", "---x\na: 1\n", "----\na: 1\n",
	"a: b\n  c\nd: 1\n", "a: b\n  c\n\n  d\n\n\n   e  \n  f\ng: 1\n", "a: b  \n   c  d  \n", "a: b\n  # c\n", "a: b\n  # c\n  d\n", "a: b\n  c # d\n  e\n",
	"a: b\n  c: d\n", "a: b\n  - c\n", "a: b\n  {c\n", "a: b\n  &c *d !e |f >g 'h' \"i\" %j @k `l\n", "a: 1\n  2\n", "a: tr\n  ue\n", "a: b\n\tc\n",
	"a: b\n  \tc\n", "- a\n  b\n- c\n  d\n", "- a\n b\n", "- k: a\n    b\n  j: c\n", "- k: a\n   b\n", "- k: a\n  b\n", "a:\n- b\n c\n", "a:\n- b\n  c\n",
	"a\n  b: c\n", "a: b\n  c\n d: 1\n", "a: b\n  c:\n", "a: b\n  c:d\n", "a: b\n  c\n  \n", "a: b\n   \n  c\n", "a: b\n---\n", "a: b\n  ---\n", "a: b\n  ...\n",
	"a: [b,\n  c]\n", "a: {b: c\n  d}\n", "a: 'b\n  c'\n", "a: \"b\n  c\"\n", "k: v\n  w\n  x #y\n",
	"a: 'b\n  c'\nd: \"e\n\n\n  f  \n   g\"\n", "a: 'b  \n  '\n", "a: \"b \\t\n  c\\ \n  d\"\n", "a: \"b\t\n  c\"\n", "a: \"b\n\tc\"\n", "a: \"b\n \tc\"\n",
	"a: 'b\nc'\n", "- 'b\n c'\n", "- 'b\n  c'\n", "'a\n b': c\n", "- 'a\n  b': c\n", "a: \"b\\\n  c\"\n", "a: 'b''\n  ''c'\n", "a: \"b'\n c''\"\n",
	"a: 'b\n  # c\n  d'\n", "a: 'b\n  ---\n  c'\n", "a: 'b\n---\n  c'\n", "a: \"b\n  c\" d\n", "a: \"b\n  c\"\n  d\n", "a: [\"b\n  c\"]\n", "a: 'b\n\n'\n",
	"- a:\n  - x\n  b: 1\n", "- a:\n  - x\n- b\n", "- a:\n    - x\n  b:\n  - y\n",
	"a:\n#c\n  b: 1\n", "a:\n\n\n  b: 1\n\n", "a:\n  - b\n  -\n  - c: 1\n    d:\n    e: 2\n", "- - - a\n    - b\n  - c\n",
}

func TestYAMLFastDifferential(t *testing.T) {
	taken := 0
	for _, c := range yamlFastCases {
		ok, err := diffYAMLFast([]byte(c))
		if err != nil {
			t.Errorf("%q: %v", c, err)
		}
		if ok {
			taken++
		}
	}
	if taken < len(yamlFastCases)/3 {
		t.Errorf("the fast reader took only %d of %d cases", taken, len(yamlFastCases))
	}
	oa, _ := genOpenAPI(40)
	if ok, err := diffYAMLFast(oa); !ok || err != nil {
		t.Errorf("generated OpenAPI: taken %v, %v", ok, err)
	}
}

// yamlSeeds are the YAML files of the repository's test data.
func yamlSeeds(t testing.TB) [][]byte {
	var out [][]byte
	for _, root := range []string{"testdata", filepath.Join("..", "testdata")} {
		err := filepath.WalkDir(root, func(p string, e fs.DirEntry, err error) error {
			if err != nil {
				return err
			}
			if ext := filepath.Ext(p); !e.IsDir() && (ext == ".yaml" || ext == ".yml") {
				data, err := os.ReadFile(p)
				if err != nil {
					return err
				}
				out = append(out, data)
			}
			return nil
		})
		if err != nil {
			t.Fatal(err)
		}
	}
	return out
}

// mutateYAML changes data at random in ways that move YAML across the
// edges the fast reader watches: indentation, indicators, quotes, line
// breaks, comments.
func mutateYAML(rng *rand.Rand, data []byte) []byte {
	out := bytes.Clone(data)
	pieces := []string{" ", "  ", "\n", "- ", ": ", ":", "#", " #", "'", "\"", "''", "\\", "{", "}", "[", "]", ",", ", ",
		"?", "&a ", "*a", "!", "|", ">", "-", "---", "...", "\t", "\t\t", " \t", "é", "0x1", "1.5", "true", "~", "null", "<<", "a", "b: c", "\n  ",
		"\n- ", "|-\n", ">\n", "|+", "\n\n", "\\u00e9", "\\x", "2001-01-02", "@", "%", "\r"}
	for range 1 + rng.IntN(3) {
		if len(out) == 0 {
			out = append(out, pieces[rng.IntN(len(pieces))]...)
			continue
		}
		i := rng.IntN(len(out))
		switch rng.IntN(5) {
		case 0: // delete a few bytes
			j := min(len(out), i+1+rng.IntN(3))
			out = append(out[:i], out[j:]...)
		case 1, 2: // insert a piece
			p := pieces[rng.IntN(len(pieces))]
			out = append(out[:i], append([]byte(p), out[i:]...)...)
		case 3: // re-indent a line
			ls := bytes.LastIndexByte(out[:i], '\n') + 1
			if rng.IntN(2) == 0 {
				out = append(out[:ls], append([]byte(strings.Repeat(" ", 1+rng.IntN(2))), out[ls:]...)...)
			} else if ls < len(out) && out[ls] == ' ' {
				out = append(out[:ls], out[ls+1:]...)
			}
		case 4: // duplicate a line
			ls := bytes.LastIndexByte(out[:i], '\n') + 1
			le := bytes.IndexByte(out[i:], '\n')
			if le < 0 {
				le = len(out) - i
			}
			line := bytes.Clone(out[ls : i+le])
			out = append(out[:ls], append(append(line, '\n'), out[ls:]...)...)
		}
	}
	return out
}

// TestYAMLFastMutations reads random mutations of the repository's YAML
// files and of the cases above with both readers: wherever the fast
// reader takes one, yaml.v3 must read it to the same tree.
func TestYAMLFastMutations(t *testing.T) {
	seeds := yamlSeeds(t)
	for _, c := range yamlFastCases {
		seeds = append(seeds, []byte(c))
	}
	oa, _ := genOpenAPI(3)
	seeds = append(seeds, oa)
	rng := rand.New(rand.NewPCG(1, 2))
	rounds := 20000
	if testing.Short() {
		rounds = 2000
	}
	taken := 0
	for i := range rounds {
		seed := seeds[i%len(seeds)]
		if len(seed) > 4000 { // mutate a window of large files
			at := rng.IntN(len(seed) - 2000)
			if nl := bytes.IndexByte(seed[at:], '\n'); nl >= 0 {
				at += nl + 1
			}
			seed = seed[at:min(len(seed), at+2000)]
		}
		data := mutateYAML(rng, seed)
		ok, err := diffYAMLFast(data)
		if err != nil {
			t.Fatalf("%v\n--- input ---\n%s", err, data)
		}
		if ok {
			taken++
		}
	}
	t.Logf("the fast reader took %d of %d mutated documents", taken, rounds)
	if taken < rounds/10 {
		t.Errorf("the fast reader took only %d of %d mutated documents", taken, rounds)
	}
}

// FuzzYAMLFast checks the fast reader against yaml.v3 on arbitrary input:
// whatever it takes, yaml.v3 must read to the same tree.
func FuzzYAMLFast(f *testing.F) {
	for _, s := range yamlSeeds(f) {
		f.Add(s)
	}
	for _, c := range yamlFastCases {
		f.Add([]byte(c))
	}
	f.Fuzz(func(t *testing.T, data []byte) {
		if _, err := diffYAMLFast(data); err != nil {
			t.Fatal(err)
		}
	})
}

// TestYAMLFastLimits checks that the limits pass gives the same verdict,
// at the same place, on a document the fast reader measured as the sizer
// gives measuring it again.
func TestYAMLFastLimits(t *testing.T) {
	docs := append([]string{}, yamlFastCases...)
	var deep strings.Builder
	for i := range 12 {
		fmt.Fprintf(&deep, "%sa%d:\n%s  - {x: [1, {y: z}]}\n%s  - b%d: c\n", strings.Repeat("    ", i), i, strings.Repeat("    ", i), strings.Repeat("    ", i), i)
	}
	docs = append(docs, deep.String())
	checked := 0
	for _, src := range docs {
		for _, depth := range []int{1, 2, 3, 5, 8, 13, 40} {
			l := policy.DefaultLimits()
			l.MaxDepth = depth
			fast, ferr := parseDocument("doc.yaml", []byte(src))
			if ferr != nil || !fast.fastYAML {
				continue
			}
			slow, _ := parseDocument("doc.yaml", []byte(src))
			slow.fastYAML = false
			a, b := checkLimits(fast, l), checkLimits(slow, l)
			if fmt.Sprint(a) != fmt.Sprint(b) || fast.depth != slow.depth || fast.values != slow.values {
				t.Errorf("%q, max_depth %d: fast reader's figures give %v (depth %d, %d values), the sizer's %v (depth %d, %d values)",
					src, depth, a, fast.depth, fast.values, b, slow.depth, slow.values)
			}
			checked++
		}
	}
	if checked < 100 {
		t.Errorf("only %d documents checked", checked)
	}
}

var yamlFastDir = flag.String("yamlfast.dir", "", "TestYAMLFastDir reads every .yaml and .yml file under this directory (e.g. $(go env GOMODCACHE)) with both YAML readers")

// TestYAMLFastDir compares the fast reader with yaml.v3 on every YAML file
// under -yamlfast.dir (skipped without it): wherever the fast reader takes
// a file, yaml.v3 must read it to the same tree.
func TestYAMLFastDir(t *testing.T) {
	if *yamlFastDir == "" {
		t.Skip("no -yamlfast.dir")
	}
	taken, total := 0, 0
	err := filepath.WalkDir(*yamlFastDir, func(p string, e fs.DirEntry, err error) error {
		if err != nil {
			return nil // unreadable directories are no concern here
		}
		if ext := filepath.Ext(p); e.IsDir() || ext != ".yaml" && ext != ".yml" || !e.Type().IsRegular() {
			return nil
		}
		data, err := os.ReadFile(p)
		if err != nil || len(data) > 4<<20 {
			return nil
		}
		total++
		ok, derr := diffYAMLFast(data)
		if derr != nil {
			t.Errorf("%s: %v", p, derr)
		}
		if ok {
			taken++
		}
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}
	t.Logf("the fast reader took %d of %d YAML files", taken, total)
}
