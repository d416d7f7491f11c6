package directive

import (
	"slices"
	"testing"
)

func TestParseIgnore(t *testing.T) {
	cases := []struct {
		text   string
		rules  []string
		bad    []string
		reason string
	}{
		{"//privlint:ignore PL001 kept in memory only", []string{"PL001"}, nil, "kept in memory only"},
		{"//privlint:ignore PL001,PL003 call-backs only", []string{"PL001", "PL003"}, nil, "call-backs only"},
		{"//privlint:ignore PL001, PL003 spaced list", []string{"PL001", "PL003"}, nil, "spaced list"},
		{"//privlint:ignore PL001", []string{"PL001"}, nil, ""},
		{"//privlint:ignore PL001 // a trailing comment", []string{"PL001"}, nil, ""},
		{"//privlint:ignore PL001 see https://example.com/dpia", []string{"PL001"}, nil, "see https://example.com/dpia"},
		{"//privlint:ignore", nil, nil, ""},
		{"//privlint:ignore PLX01 reason", nil, []string{"PLX01"}, "reason"},
		{"//privlint:ignore because reasons", nil, []string{"because"}, "reasons"},
	}
	for _, tc := range cases {
		d, ok := Parse(tc.text)
		if !ok || d.Verb != "ignore" {
			t.Fatalf("Parse(%q) = %+v, %v", tc.text, d, ok)
		}
		ig := ParseIgnore(d)
		if !slices.Equal(ig.Rules, tc.rules) || !slices.Equal(ig.Bad, tc.bad) || ig.Reason != tc.reason {
			t.Errorf("ParseIgnore(%q) = %+v, want rules %v bad %v reason %q", tc.text, ig, tc.rules, tc.bad, tc.reason)
		}
	}
}

func TestParse(t *testing.T) {
	if _, ok := Parse("// privlint:ignore PL001 x"); ok {
		t.Error("a comment with a space after // is not a directive")
	}
	d, ok := Parse("//privlint:purpose account, billing")
	if !ok || d.Verb != "purpose" || !d.Known() {
		t.Fatalf("Parse = %+v, %v", d, ok)
	}
	if d2, _ := Parse("//privlint:purpse x"); d2.Known() {
		t.Error("purpse is not a known verb")
	}
}
