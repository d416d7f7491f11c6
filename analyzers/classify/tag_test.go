package classify

import (
	"slices"
	"strings"
	"testing"
)

func TestParsePIITag(t *testing.T) {
	cases := []struct {
		in   string
		want piiTag
	}{
		{"user.contact.email", piiTag{category: "user.contact.email"}},
		{"ssn,encrypted", piiTag{category: "ssn", encrypted: true}},
		{" email , encrypted ", piiTag{category: "email", encrypted: true}},
		{"-", piiTag{notPersonal: true}},
		{"false", piiTag{notPersonal: true}},
		{"true", piiTag{infer: true}},
		{"", piiTag{infer: true}},
		{",encrypted", piiTag{infer: true, encrypted: true}},
		{"email,hashed,encrypted", piiTag{category: "email", encrypted: true, unknown: []string{"hashed"}}},
	}
	for _, tc := range cases {
		got := parsePIITag(tc.in)
		if got.category != tc.want.category || got.notPersonal != tc.want.notPersonal || got.infer != tc.want.infer ||
			got.encrypted != tc.want.encrypted || !slices.Equal(got.unknown, tc.want.unknown) {
			t.Errorf("parsePIITag(%q) = %+v, want %+v", tc.in, got, tc.want)
		}
	}
}

// FuzzPIITag: any tag value parses without panic into exactly one of
// not-personal, infer or a category, and the category never holds the
// option separator.
func FuzzPIITag(f *testing.F) {
	for _, s := range []string{"user.contact.email", "ssn,encrypted", "-", "true", "", ",,,", "a,b,c", "\xff,encrypted", "user.health ,encrypted,"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, val string) {
		pt := parsePIITag(val)
		n := 0
		for _, b := range []bool{pt.notPersonal, pt.infer, pt.category != ""} {
			if b {
				n++
			}
		}
		if n != 1 {
			t.Fatalf("parsePIITag(%q) = %+v: want exactly one of not-personal, infer, category", val, pt)
		}
		if strings.Contains(pt.category, ",") {
			t.Fatalf("parsePIITag(%q): category %q holds a comma", val, pt.category)
		}
		for _, o := range pt.unknown {
			if o == "" || o == "encrypted" {
				t.Fatalf("parsePIITag(%q): bad unknown option %q", val, o)
			}
		}
	})
}
