package report

import "testing"

func TestFormats(t *testing.T) {
	if got := FormatNames(", ", " or "); got != "text, json or sarif" {
		t.Errorf("FormatNames = %q", got)
	}
	if got := FormatNames(", ", ", "); got != "text, json, sarif" {
		t.Errorf("FormatNames = %q", got)
	}
	for _, f := range Formats() {
		got, ok := LookupFormat(f.Name)
		if !ok || got.Name != f.Name || got.Write == nil {
			t.Errorf("LookupFormat(%q) = %v, %v", f.Name, got, ok)
		}
	}
	if _, ok := LookupFormat("xml"); ok {
		t.Error("LookupFormat(xml) found a format")
	}
}
