package schemacheck

import (
	"encoding/json"
	"fmt"
	"math/rand/v2"
	"strings"
	"testing"
)

// TestJSONScanning parses documents whose strings and runs of white
// space have many lengths, with escapes, non-ASCII text and line breaks
// at each place, and checks each string's value against encoding/json
// and each node's line and column against where the document was
// written to hold it.
func TestJSONScanning(t *testing.T) {
	type placed struct {
		value     string
		line, col int
	}
	r := rand.New(rand.NewPCG(3, 4))
	specials := []string{`\"`, `\\`, `\n`, `\u00e9`, "é", "€", "😀", `\ud83d\ude00`, "~", " ", "\x7f"}
	space := func() string {
		var b strings.Builder
		for range r.IntN(4) {
			switch r.IntN(6) {
			case 0:
				b.WriteString("\n")
			case 1:
				b.WriteString("\t")
			case 2:
				b.WriteString("\r\n")
			default:
				b.WriteString(strings.Repeat(" ", r.IntN(27)))
			}
		}
		return b.String()
	}
	for doc := range 300 {
		var b strings.Builder
		line, lineStart := 1, 0
		write := func(s string) {
			for i := 0; i < len(s); i++ {
				if s[i] == '\n' {
					line, lineStart = line+1, b.Len()+i+1
				}
			}
			b.WriteString(s)
		}
		var want []placed
		str := func() {
			n := r.IntN(30)
			var raw strings.Builder
			for raw.Len() < n {
				if r.IntN(8) == 0 {
					raw.WriteString(specials[r.IntN(len(specials))])
				} else {
					raw.WriteByte(byte('a' + r.IntN(26)))
				}
			}
			quoted := `"` + raw.String() + `"`
			var v string
			if err := json.Unmarshal([]byte(quoted), &v); err != nil {
				t.Fatalf("building the test: %s: %v", quoted, err)
			}
			want = append(want, placed{v, line, b.Len() - lineStart + 1})
			write(quoted)
		}
		write(space() + "{")
		for k := range 1 + r.IntN(12) {
			if k > 0 {
				write(space() + ",")
			}
			write(space())
			// A unique key: the parser refuses duplicates.
			want = append(want, placed{fmt.Sprintf("k%d", k), line, b.Len() - lineStart + 1})
			write(fmt.Sprintf(`"k%d"`, k))
			write(space() + ":" + space())
			if r.IntN(2) == 0 {
				write("[" + space())
				for e := range r.IntN(4) {
					if e > 0 {
						write(space() + "," + space())
					}
					str()
				}
				write(space() + "]")
			} else {
				str()
			}
		}
		write(space() + "}" + space())
		text := b.String()
		root, _, jerr := parseJSON([]byte(text), false)
		if jerr != nil {
			t.Fatalf("document %d: line %d col %d: %s\n%s", doc, jerr.line, jerr.col, jerr.msg, text)
		}
		var got []placed
		var walk func(n *node)
		walk = func(n *node) {
			if n.Kind == scalarNode {
				got = append(got, placed{n.Value, int(n.Line), int(n.Column)})
			}
			for _, c := range n.Content {
				walk(c)
			}
		}
		walk(root)
		if fmt.Sprint(got) != fmt.Sprint(want) {
			t.Fatalf("document %d: got %+v\nwant %+v\n%s", doc, got, want, text)
		}
	}
}

// TestJSONStringErrors checks that a control character or an invalid
// escape is refused at its place whatever the length of the plain text
// before it, and that invalid UTF-8 becomes U+FFFD: the string scanner
// keeps its position in a local variable and must hand it back.
func TestJSONStringErrors(t *testing.T) {
	for n := range 20 {
		pre := strings.Repeat("x", n)
		for _, c := range []struct {
			in, msg string
			col     int
		}{
			{"\x01", "control character", 8 + n},
			{"\t", "control character", 8 + n},
			{`\x`, "invalid escape", 9 + n},
			{"", "unexpected end of file", 0},
		} {
			doc := `{"a": "` + pre + c.in
			if c.in != "" {
				doc += `"}`
			}
			_, _, jerr := parseJSON([]byte(doc), false)
			if jerr == nil || !strings.Contains(jerr.msg, c.msg) || (c.col > 0 && jerr.col != c.col) {
				t.Errorf("%q: error %+v, want %q at column %d", doc, jerr, c.msg, c.col)
			}
		}
		root, _, jerr := parseJSON([]byte(`{"a": "`+pre+"\xff"+pre+`"}`), false)
		if jerr != nil {
			t.Fatalf("invalid UTF-8: %v", jerr)
		}
		if got, want := root.Content[1].Value, pre+"\uFFFD"+pre; got != want {
			t.Errorf("invalid UTF-8: got %q, want %q", got, want)
		}
	}
}
