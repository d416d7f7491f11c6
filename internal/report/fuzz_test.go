package report

import (
	"bytes"
	"strings"
	"testing"

	"github.com/privlint/privlint/finding"
	"github.com/privlint/privlint/rules"
)

// FuzzSARIF builds finding sets from fuzzed fields (messages and paths
// with any bytes, odd positions, suppressions, flows, unknown rules) and
// checks that the SARIF written for them is always valid against the
// official schema and GitHub's rules (checkSARIF), and that text and JSON
// never fail.
func FuzzSARIF(f *testing.F) {
	f.Add(uint8(0), "user.contact.email in User.Email has no declared purpose", "users/user.go", 3, 5, "user.contact.email", "account,billing", false, uint8(0))
	f.Add(uint8(4), "é😀 \x00 \xff", "dir with space/ü.go", 0, 0, "", "", true, uint8(3))
	f.Add(uint8(200), "", "../outside.go", -4, 1<<30, "user", ",", false, uint8(12))
	f.Add(uint8(1), "<script>&amp;</script>", "/abs/path.go", 1, 1, "user.health_and_medical", "care", true, uint8(1))
	ids := rules.IDs()
	f.Fuzz(func(t *testing.T, rule uint8, msg, file string, line, col int, cat, purposes string, suppressed bool, steps uint8) {
		root := t.TempDir()
		id := "PL999"
		if int(rule) < len(ids) {
			id = ids[rule]
		}
		var ps []string
		for _, p := range strings.Split(purposes, ",") {
			if p != "" {
				ps = append(ps, p)
			}
		}
		fd := &finding.Finding{
			RuleID: id, Level: finding.LevelWarning, Message: msg,
			Pos:      finding.Position{File: file, Line: line, Column: col},
			Category: cat, Purposes: ps, DetectedBy: "name", Symbol: msg,
			Suppressed: suppressed, Justification: msg,
		}
		for i := 0; i < int(steps%8); i++ {
			fd.Flow = append(fd.Flow, finding.Step{Pos: finding.Position{File: file, Line: line + i, Column: col}, Message: msg})
		}
		errs := []*finding.Error{{File: file, Line: line, Message: msg}}
		for _, include := range []bool{false, true} {
			o := Options{Cwd: root, Root: root, ToolVersion: "0.1.0", TaxonomyVersion: "t", IncludeSuppressed: include, Stderr: &bytes.Buffer{}}
			var buf bytes.Buffer
			if err := SARIF(&buf, []*finding.Finding{fd}, errs, o); err != nil {
				t.Fatalf("SARIF: %v", err)
			}
			checkSARIF(t, buf.Bytes())
			buf.Reset()
			if err := JSON(&buf, []*finding.Finding{fd}, errs, o); err != nil {
				t.Fatalf("JSON: %v", err)
			}
			buf.Reset()
			if err := Text(&buf, []*finding.Finding{fd}, errs, o); err != nil {
				t.Fatalf("Text: %v", err)
			}
		}
	})
}
