package schemacheck

import (
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/privlint/privlint/finding"
)

// TestOddEncodings checks that a byte-order mark and CRLF line endings give
// the same findings, at the same lines and columns, as the plain file.
func TestOddEncodings(t *testing.T) {
	pol := limitsPolicy(t, "")
	yamlSrc := "type: object\nproperties:\n  email:\n    type: string\n  status: {type: string}\n"
	jsonSrc := "{\n  \"type\": \"object\",\n  \"properties\": {\n    \"email\": {\"type\": \"string\"}\n  }\n}\n"
	for _, c := range []struct{ name, src string }{{"s.yaml", yamlSrc}, {"s.json", jsonSrc}} {
		want, errs := checkOne(t, pol, c.name, c.src)
		if len(errs) != 0 || len(want) != 1 {
			t.Fatalf("%s: plain file: %d findings, errors %v; want 1 finding", c.name, len(want), errs)
		}
		for variant, src := range map[string]string{
			"BOM":      "\xEF\xBB\xBF" + c.src,
			"CRLF":     strings.ReplaceAll(c.src, "\n", "\r\n"),
			"BOM+CRLF": "\xEF\xBB\xBF" + strings.ReplaceAll(c.src, "\n", "\r\n"),
		} {
			got, errs := checkOne(t, pol, c.name, src)
			if len(errs) != 0 || len(got) != 1 {
				t.Errorf("%s %s: %d findings, errors %v; want 1 finding", c.name, variant, len(got), errs)
				continue
			}
			if got[0].RuleID != want[0].RuleID || got[0].Pos.Line != want[0].Pos.Line || got[0].Pos.Column != want[0].Pos.Column {
				t.Errorf("%s %s: %s at %d:%d, want %s at %d:%d", c.name, variant, got[0].RuleID, got[0].Pos.Line, got[0].Pos.Column,
					want[0].RuleID, want[0].Pos.Line, want[0].Pos.Column)
			}
		}
	}
}

// TestHostileFiles checks that malformed files are errors naming the file
// and, where there is one, the line.
func TestHostileFiles(t *testing.T) {
	pol := limitsPolicy(t, "")
	for _, c := range []struct {
		name, file, src string
		line            int
		want            string
	}{
		{"empty YAML", "e.yaml", "", 0, "the file is empty"},
		{"comments only", "e.yaml", "# nothing yet\n", 0, "the file is empty"},
		{"empty JSON", "e.json", "  \n", 1, "the file is empty"},
		{"BOM only", "e.json", "\xEF\xBB\xBF", 1, "the file is empty"},
		{"tab indentation", "t.yaml", "type: object\nproperties:\n\temail: {type: string}\n", 3, "invalid YAML"},
		{"duplicate YAML key", "d.yaml", "type: object\nproperties:\n  email: {type: string}\n  email: {type: integer}\n", 4,
			`duplicate key "email" (first at line 3)`},
		{"duplicate key in a flow mapping", "d.yaml", "type: object\nproperties: {a: {type: string}, a: {type: string}}\n", 2,
			`duplicate key "a"`},
		{"duplicate JSON key", "d.json", "{\"type\": \"object\",\n \"type\": \"string\"}", 2, `duplicate property "type"`},
		{"invalid UTF-8 in YAML", "u.yaml", "type: object\ndescription: \"caf\xE9\"\n", 2, "invalid UTF-8 (byte 0xE9)"},
		{"invalid UTF-8 in JSON", "u.json", "{\"type\": \"object\",\n \"description\": \"caf\xE9\"}", 2, "invalid UTF-8 (byte 0xE9)"},
		{"truncated UTF-8 at the end", "u.json", "{\"type\": \"object\"}\xE2\x82", 1, "invalid UTF-8 (byte 0xE2)"},
		{"NUL byte", "n.yaml", "type: object\x00\n", 1, "invalid YAML"},
		{"alias cycle", "c.yaml", "type: object\nx-a: &a [1, *a]\n", 2, ""},
	} {
		t.Run(c.name, func(t *testing.T) {
			_, errs := checkOne(t, pol, c.file, c.src)
			if len(errs) != 1 {
				t.Fatalf("got %d errors, want 1: %v", len(errs), errs)
			}
			e := errs[0]
			if filepath.Base(e.File) != c.file || e.Line != c.line || !strings.Contains(e.Message, c.want) {
				t.Errorf("got %s:%d: %s\nwant %s:%d: …%s…", filepath.Base(e.File), e.Line, e.Message, c.file, c.line, c.want)
			}
		})
	}
}

// TestHostileDirectories checks directory walks over symbolic link loops,
// dangling links and links to directories, and files that vanish between
// the walk and the check: each is an error naming the file, none is
// skipped silently, and nothing hangs.
func TestHostileDirectories(t *testing.T) {
	dir := t.TempDir()
	api := `{"openapi": "3.0.3", "info": {"title": "t", "version": "1"}, "paths": {}}`
	for name, src := range map[string]string{"api.json": api, "gone.json": api, "sub/x.schema.json": `{"type": "object"}`} {
		p := filepath.Join(dir, name)
		if err := os.MkdirAll(filepath.Dir(p), 0o755); err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(p, []byte(src), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	links := map[string]string{
		"loop1.json":    "loop2.json", // a loop of two links
		"loop2.json":    "loop1.json",
		"self.yaml":     "self.yaml",
		"dangling.json": "missing.json",
		"linked.json":   "api.json", // a link to a schema: checked
		"subdir.json":   "sub",      // a link to a directory with a schema name
		"sub/up":        "..",       // a directory loop (not followed)
	}
	for name, target := range links {
		if err := os.Symlink(target, filepath.Join(dir, name)); err != nil {
			t.Skipf("symbolic links: %v", err)
		}
	}
	files, errs := Expand(nil, []string{dir}, dir)
	var got []string
	for _, f := range files {
		got = append(got, filepath.Base(f))
	}
	if want := "api.json gone.json linked.json x.schema.json"; strings.Join(got, " ") != want {
		t.Errorf("Expand selected %v, want %s", got, want)
	}
	wantErrs := map[string]string{
		"loop1.json":    "too many levels of symbolic links",
		"loop2.json":    "too many levels of symbolic links",
		"self.yaml":     "too many levels of symbolic links",
		"dangling.json": "no such file or directory",
		"subdir.json":   "a symbolic link to a directory",
	}
	for _, e := range errs {
		base := filepath.Base(e.File)
		if want, ok := wantErrs[base]; !ok || !strings.Contains(e.Message, want) {
			t.Errorf("unexpected error %s: %s", e.File, e.Message)
		}
		delete(wantErrs, base)
	}
	for f, want := range wantErrs {
		t.Errorf("no error for %s (want %q)", f, want)
	}

	// gone.json vanishes after the walk, before the check.
	if err := os.Remove(filepath.Join(dir, "gone.json")); err != nil {
		t.Fatal(err)
	}
	_, cerrs := Check(files, Options{})
	var gone []*finding.Error
	for _, e := range cerrs {
		if filepath.Base(e.File) == "gone.json" && strings.Contains(e.Message, "cannot read the schema") {
			gone = append(gone, e)
		} else {
			t.Errorf("unexpected error %s: %s", e.File, e.Message)
		}
	}
	if len(gone) != 1 {
		t.Errorf("vanished file: got %d errors, want 1: %v", len(gone), cerrs)
	}
}
