package yamlerr

import (
	"strings"
	"testing"

	"gopkg.in/yaml.v3"
)

func TestParse(t *testing.T) {
	cases := []struct {
		doc      string
		line     int
		contains string
	}{
		// A parser problem: yaml.v3 reports line 2 (0-based) for the [ opened on line 3.
		{"a: 1\nb:\n  c: [unclosed\n", 3, "did not find expected ',' or ']'"},
		// A scanner problem: already 1-based.
		{"a: 1\nb:\n\tc: 2\n", 3, "found character that cannot start any token"},
		// A type error names its line inside the message.
		{"a: [1, 2]\n", 1, "cannot unmarshal"},
	}
	for _, tc := range cases {
		var err error
		if tc.contains == "cannot unmarshal" {
			var v struct{ A int }
			err = yaml.Unmarshal([]byte(tc.doc), &v)
		} else {
			var n yaml.Node
			err = yaml.Unmarshal([]byte(tc.doc), &n)
		}
		if err == nil {
			t.Fatalf("%q parsed without error", tc.doc)
		}
		line, msg := Parse(err)
		if line != tc.line || !strings.Contains(msg, tc.contains) {
			t.Errorf("Parse(%v) = %d, %q; want line %d with %q", err, line, msg, tc.line, tc.contains)
		}
	}
}

func TestLocate(t *testing.T) {
	for _, c := range []struct {
		src  string
		want Pos
		msg  string
	}{
		{"a: 1\nb: \"caf\xe9\"\n", Pos{2, 8}, "(byte 0xE9)"},
		{"a: 1\nb: x\x07\n", Pos{2, 5}, "control characters are not allowed (byte 0x07)"},
		{"a: [1\n", Pos{Line: 2}, "did not find expected ',' or ']'"},
	} {
		var n yaml.Node
		err := yaml.Unmarshal([]byte(c.src), &n)
		if err == nil {
			t.Fatalf("%q: no error", c.src)
		}
		p, msg := Locate([]byte(c.src), err)
		if p != c.want || !strings.Contains(msg, c.msg) {
			t.Errorf("Locate(%q) = %+v, %q; want %+v, …%s", c.src, p, msg, c.want, c.msg)
		}
	}
	if _, _, bad := InvalidUTF8([]byte("plain ✓ text")); bad {
		t.Error("InvalidUTF8 flags valid text")
	}
}

// TestParseHidesValues is issue 21 item 1(a): yaml.v3 quotes up to ten
// bytes of the value in a type error; Parse drops them and keeps the types.
func TestParseHidesValues(t *testing.T) {
	for _, doc := range []string{"ghp_S3CRET\n", "a: ghp_S3CRETt0ken0123456789\n", "a: \"S3CRET` into\"\n"} {
		var v struct{ A int }
		var err error
		if strings.HasPrefix(doc, "a:") {
			err = yaml.Unmarshal([]byte(doc), &v)
		} else {
			var n int
			err = yaml.Unmarshal([]byte(doc), &n)
		}
		if err == nil {
			t.Fatalf("%q: no error", doc)
		}
		line, msg := Parse(err)
		if line != 1 || strings.Contains(msg, "S3CRET") || strings.Contains(msg, "`") || !strings.HasPrefix(msg, "cannot unmarshal !!str into ") {
			t.Errorf("Parse(%v) = %d, %q; want line 1 and the types only", err, line, msg)
		}
	}
}
