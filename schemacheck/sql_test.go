package schemacheck

import (
	"fmt"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"

	"github.com/privlint/privlint/finding"
	"github.com/privlint/privlint/rules/policy"
)

// sqlFindings renders findings as "file:line:col RULE category symbol",
// sorted, for comparisons.
func sqlFindings(fs []*finding.Finding) []string {
	var out []string
	for _, f := range fs {
		out = append(out, fmt.Sprintf("%s:%d:%d %s %s %s", filepath.Base(f.Pos.File), f.Pos.Line, f.Pos.Column, f.RuleID, f.Category, f.Symbol))
	}
	slices.Sort(out)
	return out
}

// TestSQLHostile checks that malformed SQL files are errors naming the
// file and line, never a panic or a silent pass.
func TestSQLHostile(t *testing.T) {
	pol := limitsPolicy(t, "max_depth: 20")
	checkHostile(t, pol, "m.sql", true, []hostileCase{
		{"invalid UTF-8", "CREATE TABLE t (\n  note text DEFAULT 'caf\xE9'\n);\n", 2, "invalid UTF-8 (byte 0xE9)"},
		{"unterminated comment", "CREATE TABLE t (email text);\n/* never closed\n", 2, "unterminated /* comment"},
		{"unterminated dollar quote", "CREATE TABLE t (email text);\nDO $x$ BEGIN\n", 2, "unterminated dollar-quoted string $x$"},
		{"unterminated identifier", "CREATE TABLE \"t (email text);\n", 1, `unterminated "quoted" identifier`},
		{"deep parentheses", "CREATE TABLE t (a int CHECK " + strings.Repeat("(", 30) + "\n", 1, "parentheses nested more than 20 deep"},
		{"unclosed column list", "CREATE TABLE t (email text, ssn text", 1, "its column list is not closed"},
	})
}

// TestSQLTooLarge checks that a file over the size limit is an error and
// is not read.
func TestSQLTooLarge(t *testing.T) {
	pol := limitsPolicy(t, "max_schema_bytes: 100")
	fs, errs := checkOne(t, pol, "big.sql", "CREATE TABLE t (email text);\n"+strings.Repeat("-- padding\n", 20))
	if len(fs) != 0 || len(errs) != 1 || !strings.Contains(errs[0].Message, "larger than 100 bytes") {
		t.Fatalf("findings %v, errors %v; want only the size error", fs, errs)
	}
}

// TestSQLAcrossMigrations checks that the run's files build one table:
// a column added by a later migration is judged with the table's purpose,
// and COMMENT ON in another file annotates it.
func TestSQLAcrossMigrations(t *testing.T) {
	pol := testPolicy(t)
	dir := t.TempDir()
	files := map[string]string{
		"001_users.up.sql":   "-- privlint:purpose account\nCREATE TABLE users (id int, email text);\n",
		"002_phone.up.sql":   "ALTER TABLE users ADD COLUMN phone text;\n",
		"003_comment.up.sql": "COMMENT ON COLUMN public.users.phone IS 'purpose:shipping';\n",
		"002_phone.down.sql": "ALTER TABLE users DROP COLUMN phone;\nCREATE TABLE gone (ssn text);\n",
	}
	var paths []string
	for name, src := range files {
		p := filepath.Join(dir, name)
		if err := os.WriteFile(p, []byte(src), 0o644); err != nil {
			t.Fatal(err)
		}
		paths = append(paths, p)
	}
	slices.Sort(paths)
	fs, errs := Check(paths, Options{Policy: pol})
	if len(errs) != 0 || len(fs) != 0 {
		t.Fatalf("findings %v, errors %v; want none (phone is allowed by shipping, the down migration is skipped)", sqlFindings(fs), errs)
	}
	// Without the comment, phone has the table's purpose, which does not
	// allow it.
	fs, errs = Check(paths[:3], Options{Policy: pol})
	got := sqlFindings(fs)
	if len(errs) != 0 || !slices.Equal(got, []string{"002_phone.up.sql:1:30 PL003 user.contact.phone_number users.phone"}) {
		t.Fatalf("findings %v, errors %v", got, errs)
	}
}

// TestSQLFides checks that a Fides dataset's fields annotate the columns
// of the same names with explicit categories, and that a column's own
// annotation wins.
func TestSQLFides(t *testing.T) {
	dir := t.TempDir()
	write := func(name, src string) string { return writeTemp(t, dir, name, []byte(src)) }
	write("privlint.yaml", "version: 1\nfides:\n  manifests: [fides/]\n")
	write("fides/dataset.yml", `dataset:
  - fides_key: app_db
    collections:
      - name: members
        fields:
          - name: handle
            data_categories: [user.contact.email]
          - name: email
            data_categories: [system.operations]
          - name: nickname
            data_categories: [user.name]
`)
	sql := write("schema.sql", "CREATE TABLE members (\n  handle text,\n  email text,\n  nickname text -- privlint:pii false\n);\n")
	pol, err := policy.Load(filepath.Join(dir, "privlint.yaml"))
	if err != nil {
		t.Fatal(err)
	}
	fs, errs := Check([]string{sql}, Options{Policy: pol})
	got := sqlFindings(fs)
	want := []string{"schema.sql:2:3 PL001 user.contact.email members.handle"}
	if len(errs) != 0 || !slices.Equal(got, want) {
		t.Fatalf("findings %v, errors %v; want %v", got, errs, want)
	}
	if fs[0].DetectedBy != "annotation" {
		t.Errorf("DetectedBy = %q, want annotation", fs[0].DetectedBy)
	}
}

// TestSQLExpand checks discovery: a directory walk and the policy's globs
// select *.sql files but not down migrations.
func TestSQLExpand(t *testing.T) {
	dir := t.TempDir()
	for _, name := range []string{"migrations/001_init.up.sql", "migrations/001_init.down.sql", "migrations/notes.txt", "db/schema.SQL"} {
		p := filepath.Join(dir, filepath.FromSlash(name))
		if err := os.MkdirAll(filepath.Dir(p), 0o755); err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(p, []byte("CREATE TABLE t (email text);\n"), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	files, errs := Expand(nil, []string{"migrations", "db"}, dir)
	var rel []string
	for _, f := range files {
		r, _ := filepath.Rel(dir, f)
		rel = append(rel, filepath.ToSlash(r))
	}
	if len(errs) != 0 || !slices.Equal(rel, []string{"db/schema.SQL", "migrations/001_init.up.sql"}) {
		t.Fatalf("Expand = %v, %v", rel, errs)
	}
	for path, want := range map[string]bool{"a.sql": true, "a.up.sql": true, "a.down.sql": false, "A.Down.SQL": false, "a.sqlite": false} {
		if IsSchemaPath(path) != want {
			t.Errorf("IsSchemaPath(%q) = %v", path, !want)
		}
	}
}

// TestSQLProperties checks that Properties lists columns with their table
// as storage.
func TestSQLProperties(t *testing.T) {
	ps, errs := Properties([]string{filepath.Join("testdata", "sql_postgres.sql")}, Options{Policy: testPolicy(t)})
	if len(errs) != 0 {
		t.Fatal(errs)
	}
	var email *Property
	for _, p := range ps {
		if p.Pointer == "users.email" {
			email = p
		}
		if !p.Storage {
			t.Errorf("%s: a column is not storage", p.Pointer)
		}
	}
	if email == nil || email.Category != "user.contact.email" || email.Pos.Line != 5 || email.Pos.Column != 5 ||
		!slices.Equal(email.Purposes, []string{"account"}) {
		t.Fatalf("users.email = %+v", email)
	}
}

// TestSQLDeterministic checks that the same input gives the same findings.
func TestSQLDeterministic(t *testing.T) {
	pol := testPolicy(t)
	files := []string{filepath.Join("testdata", "sql_postgres.sql"), filepath.Join("testdata", "sql_mysql.sql"), filepath.Join("testdata", "sql_sqlite.sql")}
	first, _ := Check(files, Options{Policy: pol})
	for i := 0; i < 5; i++ {
		again, _ := Check(files, Options{Policy: pol})
		if !slices.Equal(sqlFindings(first), sqlFindings(again)) {
			t.Fatalf("run %d differs", i)
		}
	}
}

// TestSQLCRLF checks that CRLF line endings and a byte-order mark leave
// lines, columns and directives as they are.
func TestSQLCRLF(t *testing.T) {
	pol := testPolicy(t)
	src := "-- privlint:purpose marketing\nCREATE TABLE t (\n  email text,\n  ssn text -- privlint:encrypted\n);\n"
	want, errs := checkOne(t, pol, "p.sql", src)
	if len(errs) != 0 || len(want) == 0 {
		t.Fatalf("plain: %v %v", want, errs)
	}
	for _, v := range []string{strings.ReplaceAll(src, "\n", "\r\n"), "\xEF\xBB\xBF" + src} {
		got, errs := checkOne(t, pol, "p.sql", v)
		if len(errs) != 0 || !slices.Equal(sqlFindings(got), sqlFindings(want)) {
			t.Errorf("%q: %v %v; want %v", v[:8], sqlFindings(got), errs, sqlFindings(want))
		}
	}
}

// FuzzSQL feeds arbitrary bytes to the SQL reader: it must not panic or
// loop, and every finding and error must carry a position in the file.
func FuzzSQL(f *testing.F) {
	fuzzReader(f, "m.sql", "sql_postgres.sql", "sql_mysql.sql", "sql_sqlite.sql", "sql_errors.sql")
}

// genSQL writes a PostgreSQL migration of about size bytes: tables of
// personal and other columns, comments, strings and a function body.
func genSQL(size int) []byte {
	var b strings.Builder
	for i := 0; i == 0 || b.Len() < size; i++ {
		fmt.Fprintf(&b, "-- privlint:purpose account\nCREATE TABLE users_%d (\n", i)
		b.WriteString("  id bigserial PRIMARY KEY,\n  email text NOT NULL, -- the login\n  first_name varchar(100),\n")
		b.WriteString("  date_of_birth date,\n  ssn text,\n  status text DEFAULT 'active; not a statement',\n  created_at timestamptz NOT NULL DEFAULT now(),\n")
		b.WriteString("  CONSTRAINT u_email UNIQUE (email)\n);\n")
		fmt.Fprintf(&b, "COMMENT ON COLUMN users_%d.email IS 'purpose:account';\n", i)
		fmt.Fprintf(&b, "CREATE INDEX users_%d_name ON users_%d (first_name);\n", i, i)
		b.WriteString("CREATE FUNCTION f() RETURNS trigger AS $$ BEGIN NEW.updated_at = now(); RETURN NEW; END; $$ LANGUAGE plpgsql;\n")
		fmt.Fprintf(&b, "/* products */ CREATE TABLE products_%d (id int, name text, price numeric(10, 2), sku varchar(32));\n\n", i)
	}
	return []byte(b.String())
}

// genDump writes a database dump of about size bytes: 500 tables, then
// their rows as INSERT statements, as large SQL files are.
func genDump(size int) []byte {
	var b strings.Builder
	b.Write(genSQL(0))
	for i := 0; i < 500; i++ {
		fmt.Fprintf(&b, "CREATE TABLE users_%d (id bigserial PRIMARY KEY, email text NOT NULL, first_name varchar(100), ssn text, note text DEFAULT 'x;y');\n", i)
	}
	for i := 0; b.Len() < size; i++ {
		fmt.Fprintf(&b, "INSERT INTO users_%d (id, email, first_name, ssn, note) VALUES (%d, 'user%d@example.com', 'O''Brien', '078-05-1120', $$it's; fine$$), (%d, 'b@example.com', 'Ann', NULL, E'a\\'b');\n", i%500, i, i, i+1)
	}
	return []byte(b.String())
}

// BenchmarkSQL measures the SQL reader and judge on a generated 8 MB
// dump (b.SetBytes: MB/s is its throughput).
func BenchmarkSQL(b *testing.B) { benchReader(b, "big.sql", genDump(8<<20)) }

// BenchmarkSQLSchemaOnly measures them on 8 MB of nothing but DDL: some
// 12,000 tables, each classified with its own name, so the classifier's
// share dominates.
func BenchmarkSQLSchemaOnly(b *testing.B) { benchReader(b, "big.sql", genSQL(8<<20)) }

// TestSQLTemplates checks that a Go template action standing for a schema
// name (pop/soda and gotrue migrations) reads as a name.
func TestSQLTemplates(t *testing.T) {
	src := "CREATE TABLE IF NOT EXISTS {{ index .Options \"Namespace\" }}.users (\n\tid uuid NOT NULL,\n\temail varchar(255) NULL\n);\n" +
		"ALTER TABLE {{ index .Options \"Namespace\" }}.users ADD COLUMN phone text;\n"
	fs, errs := checkOne(t, testPolicy(t), "00_init.up.sql", src)
	got := sqlFindings(fs)
	want := []string{"00_init.up.sql:3:2 PL001 user.contact.email users.email", "00_init.up.sql:5:63 PL001 user.contact.phone_number users.phone"}
	if len(errs) != 0 || !slices.Equal(got, want) {
		t.Fatalf("findings %v, errors %v; want %v", got, errs, want)
	}
	_, errs = checkOne(t, testPolicy(t), "bad.sql", "CREATE TABLE {{ .Namespace .users (id int);\n")
	if len(errs) != 1 || !strings.Contains(errs[0].Message, "unterminated {{ template action") {
		t.Fatalf("errors %v", errs)
	}
}

// TestSQLNearerPurpose checks that a column's own purpose replaces the one
// declared above ALTER TABLE, from a comment or a MySQL COMMENT alike.
func TestSQLNearerPurpose(t *testing.T) {
	src := "-- privlint:purpose account\nALTER TABLE users ADD COLUMN phone text, -- privlint:purpose shipping\n" +
		"  ADD COLUMN mobile text COMMENT 'purpose:shipping',\n  -- privlint:purpose shipping\n  ADD COLUMN cell_phone text,\n  ADD COLUMN fax text;\n"
	fs, errs := checkOne(t, testPolicy(t), "m.sql", src)
	got := sqlFindings(fs)
	want := []string{"m.sql:6:14 PL003 user.contact.fax_number users.fax"}
	if len(errs) != 0 || !slices.Equal(got, want) {
		t.Fatalf("findings %v, errors %v; want %v", got, errs, want)
	}
}
