package report

import (
	"bytes"
	"encoding/json"
	"errors"
	"io"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/privlint/privlint/finding"
)

// sample returns a small sorted set of findings under root, one suppressed.
func sample(root string) ([]*finding.Finding, []*finding.Error) {
	fs := []*finding.Finding{
		{
			RuleID: "PL001", Level: finding.LevelWarning,
			Message:  "user.contact.email in User.Email has no declared purpose; declare one with a purpose tag",
			Pos:      finding.Position{File: filepath.Join(root, "pkg", "user.go"), Line: 7, Column: 2},
			Category: "user.contact.email", DetectedBy: "name", Symbol: "pkg.User.Email",
			Evidence: []string{"name:email(whole)", "holder:person-like(User)"},
		},
		{
			RuleID: "PL102", Level: finding.LevelWarning,
			Message:  "user.contact.email from User.Email is written to a log (log.Printf)\nremove it",
			Pos:      finding.Position{File: filepath.Join(root, "pkg", "user.go"), Line: 12, Column: 5},
			Category: "user.contact.email", Purposes: []string{"account", "billing"}, DetectedBy: "tag",
			Symbol: "pkg.Register", Sink: "log.Printf",
		},
		{
			RuleID: "PL101", Level: finding.LevelError,
			Message:  "user.government_id.national_identification_number from User.SSN is written to a SQL database unencrypted (db.Exec)",
			Pos:      finding.Position{File: filepath.Join(root, "pkg", "user.go"), Line: 20, Column: 3},
			Category: "user.government_id.national_identification_number", DetectedBy: "annotation",
			Symbol: "pkg.Save", Sink: "database/sql.(*DB).Exec",
			Suppressed: true, Justification: "column is encrypted by the database",
		},
	}
	errs := []*finding.Error{
		{File: filepath.Join(root, "privlint.yaml"), Line: 3, Column: 5, Message: "purposes.account.legal_basis: \"contrct\" is not a legal basis"},
		{Message: "package example.com/broken: no Go files"},
	}
	return fs, errs
}

func TestTextExact(t *testing.T) {
	root := t.TempDir()
	fs, errs := sample(root)
	var buf bytes.Buffer
	if err := Text(&buf, fs, errs, Options{Cwd: root}); err != nil {
		t.Fatal(err)
	}
	want := "pkg/user.go:7:2: PL001 user.contact.email in User.Email has no declared purpose; declare one with a purpose tag\n" +
		"pkg/user.go:12:5: PL102 user.contact.email from User.Email is written to a log (log.Printf)\\nremove it\n" +
		"privlint.yaml:3:5: error: purposes.account.legal_basis: \"contrct\" is not a legal basis\n" +
		"error: package example.com/broken: no Go files\n"
	if filepath.Separator != '/' {
		want = strings.ReplaceAll(want, "pkg/user.go", filepath.Join("pkg", "user.go"))
	}
	if got := buf.String(); got != want {
		t.Errorf("text output:\n%s\nwant:\n%s", got, want)
	}

	buf.Reset()
	if err := Text(&buf, fs, nil, Options{Cwd: root, IncludeSuppressed: true}); err != nil {
		t.Fatal(err)
	}
	if !strings.Contains(buf.String(), "user.go:20:3: PL101 user.government_id.national_identification_number from User.SSN is written to a SQL database unencrypted (db.Exec) (suppressed: column is encrypted by the database)\n") {
		t.Errorf("suppressed finding missing or misformatted:\n%s", buf.String())
	}
}

func TestTextPathOutsideCwdKeptAsGiven(t *testing.T) {
	fs := []*finding.Finding{{RuleID: "PL102", Message: "m", Pos: finding.Position{File: "/elsewhere/a.go", Line: 1, Column: 1}}}
	var buf bytes.Buffer
	if err := Text(&buf, fs, nil, Options{Cwd: "/work/project"}); err != nil {
		t.Fatal(err)
	}
	if got, want := buf.String(), "/elsewhere/a.go:1:1: PL102 m\n"; filepath.Separator == '/' && got != want {
		t.Errorf("got %q, want %q", got, want)
	}
}

// TestTextHostile: a path that starts with a workflow command, a message
// with a line break, an ANSI escape and a legacy command marker, and an
// error quoting a raw string: each stays one escaped line.
func TestTextHostile(t *testing.T) {
	fs := []*finding.Finding{{RuleID: "PL001", Message: "in `x\n::error::owned`\x1b[2J ##[warning]w",
		Pos: finding.Position{File: "::error title=t::f.go", Line: 1, Column: 2}, Suppressed: true, Justification: "ok\r\n::notice::n"}}
	errs := []*finding.Error{{File: "a.go", Line: 3, Message: "cannot use `a\n::error::b`"}}
	var buf bytes.Buffer
	if err := Text(&buf, fs, errs, Options{IncludeSuppressed: true}); err != nil {
		t.Fatal(err)
	}
	want := "\\::error title=t::f.go:1:2: PL001 in `x\\n::error::owned`\\x1b[2J ##\\[warning]w (suppressed: ok\\r\\n::notice::n)\n" +
		"a.go:3: error: cannot use `a\\n::error::b`\n"
	if got := buf.String(); got != want {
		t.Errorf("got\n%q\nwant\n%q", got, want)
	}
}

func TestJSONExact(t *testing.T) {
	root := t.TempDir()
	fs, errs := sample(root)
	var buf bytes.Buffer
	if err := JSON(&buf, fs, errs, Options{Cwd: filepath.Join(root, "pkg"), Root: root, ToolVersion: "v0.1.0"}); err != nil {
		t.Fatal(err)
	}
	fp1 := fs[0].Fingerprint("pkg/user.go")
	fp2 := fs[1].Fingerprint("pkg/user.go")
	want := `{
  "version": "v0.1.0",
  "findings": [
    {
      "rule": "PL001",
      "name": "purpose-missing",
      "level": "warning",
      "message": "user.contact.email in User.Email has no declared purpose; declare one with a purpose tag",
      "file": "user.go",
      "line": 7,
      "column": 2,
      "category": "user.contact.email",
      "purposes": [],
      "detectedBy": [
        "name",
        "name:email(whole)",
        "holder:person-like(User)"
      ],
      "fingerprint": "` + fp1 + `"
    },
    {
      "rule": "PL102",
      "name": "log-leak",
      "level": "warning",
      "message": "user.contact.email from User.Email is written to a log (log.Printf)\nremove it",
      "file": "user.go",
      "line": 12,
      "column": 5,
      "category": "user.contact.email",
      "purposes": [
        "account",
        "billing"
      ],
      "detectedBy": [
        "tag"
      ],
      "fingerprint": "` + fp2 + `"
    }
  ],
  "errors": [
    {
      "file": "` + filepath.ToSlash(filepath.Join(root, "privlint.yaml")) + `",
      "line": 3,
      "column": 5,
      "message": "purposes.account.legal_basis: \"contrct\" is not a legal basis"
    },
    {
      "file": "",
      "line": 0,
      "message": "package example.com/broken: no Go files"
    }
  ]
}
`
	if filepath.Separator == '/' && buf.String() != want {
		t.Errorf("JSON output:\n%s\nwant:\n%s", buf.String(), want)
	}
	// The fingerprint must not depend on where privlint runs.
	var buf2 bytes.Buffer
	if err := JSON(&buf2, fs, errs, Options{Cwd: root, Root: root, ToolVersion: "v0.1.0"}); err != nil {
		t.Fatal(err)
	}
	if !strings.Contains(buf2.String(), fp1) {
		t.Error("fingerprint changed with the working directory")
	}
}

func TestJSONEmptyAndSuppressed(t *testing.T) {
	var buf bytes.Buffer
	if err := JSON(&buf, nil, nil, Options{ToolVersion: "devel"}); err != nil {
		t.Fatal(err)
	}
	if got, want := buf.String(), "{\n  \"version\": \"devel\",\n  \"findings\": [],\n  \"errors\": []\n}\n"; got != want {
		t.Errorf("empty JSON = %q, want %q", got, want)
	}

	root := t.TempDir()
	fs, _ := sample(root)
	buf.Reset()
	if err := JSON(&buf, fs, nil, Options{Cwd: root, Root: root, IncludeSuppressed: true}); err != nil {
		t.Fatal(err)
	}
	var rep struct {
		Findings []map[string]any `json:"findings"`
	}
	if err := json.Unmarshal(buf.Bytes(), &rep); err != nil {
		t.Fatal(err)
	}
	if len(rep.Findings) != 3 {
		t.Fatalf("%d findings with IncludeSuppressed, want 3", len(rep.Findings))
	}
	last := rep.Findings[2]
	if last["suppressed"] != true || last["justification"] != "column is encrypted by the database" || last["level"] != "error" {
		t.Errorf("suppressed finding = %v", last)
	}
	if _, ok := rep.Findings[0]["suppressed"]; ok {
		t.Error("unsuppressed finding carries \"suppressed\"")
	}
}

func TestDeterministic(t *testing.T) {
	root := t.TempDir()
	writeSource(t, root, "pkg/user.go", 25)
	fs, errs := sample(root)
	for name, w := range map[string]func(io.Writer, []*finding.Finding, []*finding.Error, Options) error{
		"text": Text, "json": JSON, "sarif": SARIF,
	} {
		var a, b bytes.Buffer
		o := Options{Cwd: root, Root: root, ToolVersion: "v1.0.0", TaxonomyVersion: "2026.11", IncludeSuppressed: true}
		if err := w(&a, fs, errs, o); err != nil {
			t.Fatal(err)
		}
		if err := w(&b, fs, errs, o); err != nil {
			t.Fatal(err)
		}
		if !bytes.Equal(a.Bytes(), b.Bytes()) || a.Len() == 0 {
			t.Errorf("%s: two writes differ or are empty", name)
		}
	}
}

// failingWriter fails once more than limit bytes have been written.
type failingWriter struct {
	w     io.Writer
	limit int
}

func (f *failingWriter) Write(p []byte) (int, error) {
	if len(p) > f.limit {
		n, _ := f.w.Write(p[:f.limit])
		f.limit = 0
		return n, errors.New("disk full")
	}
	f.limit -= len(p)
	return f.w.Write(p)
}

func TestWriterErrorsAreReturned(t *testing.T) {
	root := t.TempDir()
	fs, errs := sample(root)
	for name, w := range map[string]func(io.Writer, []*finding.Finding, []*finding.Error, Options) error{
		"text": Text, "json": JSON, "sarif": SARIF,
	} {
		if err := w(&failingWriter{w: io.Discard, limit: 10}, fs, errs, Options{Cwd: root}); err == nil || !strings.Contains(err.Error(), "disk full") {
			t.Errorf("%s: error = %v, want the writer's error", name, err)
		}
	}
}

func TestWriteFileAtomic(t *testing.T) {
	dir := t.TempDir()
	path := filepath.Join(dir, "out.sarif")

	// A write that fails midway leaves neither the file nor a temporary file.
	err := WriteFile(path, func(w io.Writer) error {
		if _, err := io.WriteString(w, "partial"); err != nil {
			return err
		}
		return errors.New("boom")
	})
	if err == nil || !strings.Contains(err.Error(), path) || !strings.Contains(err.Error(), "boom") {
		t.Fatalf("error = %v, want one naming %s and the cause", err, path)
	}
	if entries, _ := os.ReadDir(dir); len(entries) != 0 {
		t.Fatalf("directory not empty after a failed write: %v", entries)
	}

	// A successful write, then a shorter one: no trailing garbage (trap 3).
	for _, content := range []string{"a long first report\n", "short\n"} {
		if err := WriteFile(path, func(w io.Writer) error { _, err := io.WriteString(w, content); return err }); err != nil {
			t.Fatal(err)
		}
		got, err := os.ReadFile(path)
		if err != nil || string(got) != content {
			t.Fatalf("file = %q, %v; want %q", got, err, content)
		}
	}
	if st, err := os.Stat(path); err != nil || (filepath.Separator == '/' && st.Mode().Perm() != 0o644) {
		t.Errorf("mode = %v, %v; want 0644", st.Mode(), err)
	}

	// A failed write keeps the previous file intact.
	if err := WriteFile(path, func(w io.Writer) error { return errors.New("boom") }); err == nil {
		t.Fatal("no error")
	}
	if got, _ := os.ReadFile(path); string(got) != "short\n" {
		t.Errorf("previous file changed to %q", got)
	}
	if entries, _ := os.ReadDir(dir); len(entries) != 1 {
		t.Errorf("stray files: %v", entries)
	}

	// A directory is an error; devices are written directly, and a full
	// device is an error naming it.
	if err := WriteFile(dir, func(w io.Writer) error { return nil }); err == nil || !strings.Contains(err.Error(), "is a directory") {
		t.Errorf("writing over a directory: error = %v", err)
	}
	if _, err := os.Stat("/dev/full"); err == nil {
		if err := WriteFile("/dev/null", func(w io.Writer) error { _, err := io.WriteString(w, "x"); return err }); err != nil {
			t.Errorf("writing /dev/null: %v", err)
		}
		err := WriteFile("/dev/full", func(w io.Writer) error { _, err := io.WriteString(w, "x"); return err })
		if err == nil || !strings.Contains(err.Error(), "/dev/full") || !strings.Contains(err.Error(), "no space left") {
			t.Errorf("writing /dev/full: error = %v, want no space left naming it", err)
		}
	}

	// A missing directory is a clear error naming the path.
	missing := filepath.Join(dir, "no", "such", "dir", "out.json")
	err = WriteFile(missing, func(w io.Writer) error { return nil })
	if err == nil || !strings.Contains(err.Error(), missing) || !errors.Is(err, os.ErrNotExist) {
		t.Errorf("error = %v, want a not-exist error naming %s", err, missing)
	}
}

func TestEmit(t *testing.T) {
	write := func(w io.Writer) error { _, err := io.WriteString(w, "report\n"); return err }
	var out strings.Builder
	if err := Emit("", "", &out, write); err != nil || out.String() != "report\n" {
		t.Errorf("Emit to stdout: %q, %v", out.String(), err)
	}
	path := filepath.Join(t.TempDir(), "r.txt")
	out.Reset()
	if err := Emit(path, "", &out, write); err != nil {
		t.Fatal(err)
	}
	if got, _ := os.ReadFile(path); string(got) != "report\n" || out.Len() != 0 {
		t.Errorf("Emit to a file: file %q, stdout %q", got, out.String())
	}
}
