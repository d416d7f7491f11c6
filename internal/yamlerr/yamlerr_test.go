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
