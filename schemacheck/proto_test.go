package schemacheck

import (
	"bytes"
	"encoding/json"
	"fmt"
	"math"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"

	"github.com/bufbuild/protocompile/ast"
	"github.com/bufbuild/protocompile/parser"
	"github.com/bufbuild/protocompile/reporter"

	"github.com/privlint/privlint/finding"
	"github.com/privlint/privlint/rules/policy"
)

// TestProtoHostile checks that malformed .proto files are errors naming
// the file and line, never a panic or a silent pass.
func TestProtoHostile(t *testing.T) {
	pol := limitsPolicy(t, "max_depth: 50")
	checkHostile(t, pol, "s.proto", false, []hostileCase{
		{"invalid UTF-8", "syntax = \"proto3\";\nmessage U { string email = 1; } // caf\xE9\n", 2, "invalid UTF-8 (byte 0xE9)"},
		{"deep messages", "syntax = \"proto3\";\n" + strings.Repeat("message M {\n", 60) + strings.Repeat("}\n", 60), 52, "braces nested more than 50 deep"},
		{"deep option value", "syntax = \"proto3\";\noption (x) = " + strings.Repeat("{a: ", 100) + ";\n", 2, "braces nested more than 50 deep"},
		{"unterminated string", "syntax = \"proto3;\nmessage U { string email = 1; }\n", 1, "invalid Protocol Buffers"},
		{"not proto", "{\"type\": \"object\"}\n", 1, "invalid Protocol Buffers"},
	})
}

// TestProtoColumns checks byte columns after tabs and multi-byte
// characters (the parser counts tab stops and runes).
func TestProtoColumns(t *testing.T) {
	fs, errs := checkOne(t, testPolicy(t), "u.proto", "syntax = \"proto3\";\nmessage Kunde {\t/* é */ string email = 1; }\n")
	want := len("message Kunde {\t/* é */ string ") + 1
	if len(errs) != 0 || len(fs) != 1 || fs[0].Pos.Line != 2 || fs[0].Pos.Column != want {
		t.Fatalf("findings %v, errors %v; want one at 2:%d", sqlFindings(fs), errs, want)
	}
	// A byte order mark, which the parser skips, still counts on line 1
	// and shifts nothing on the others.
	fs, errs = checkOne(t, testPolicy(t), "bom.proto", "\xEF\xBB\xBFmessage Kunde { string email = 1; }\nmessage Other { string phone = 1; }\n")
	got := sqlFindings(fs)
	if len(errs) != 0 || len(got) != 2 || !strings.HasPrefix(got[0], "bom.proto:1:27 ") || !strings.HasPrefix(got[1], "bom.proto:2:24 ") {
		t.Fatalf("findings %v, errors %v; want them at 1:27 and 2:24", got, errs)
	}
}

// TestProtoExpand checks that a directory walk finds .proto files.
func TestProtoExpand(t *testing.T) {
	dir := t.TempDir()
	for _, name := range []string{"proto/shop/v1/user.proto", "proto/buf.yaml.txt"} {
		p := filepath.Join(dir, filepath.FromSlash(name))
		if err := os.MkdirAll(filepath.Dir(p), 0o755); err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(p, []byte("syntax = \"proto3\";\n"), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	files, errs := Expand(nil, []string{"proto"}, dir)
	if len(errs) != 0 || len(files) != 1 || !strings.HasSuffix(filepath.ToSlash(files[0]), "proto/shop/v1/user.proto") {
		t.Fatalf("Expand = %v, %v", files, errs)
	}
	if !IsSchemaPath("a/b.proto") || !IsSchemaPath("s.GRAPHQLS") || IsSchemaPath("a.protobuf") {
		t.Error("IsSchemaPath does not tell .proto and .graphqls files")
	}
}

// FuzzProto feeds arbitrary bytes to the Protocol Buffers reader: it must
// not panic or loop, and every finding and error must carry a position.
func FuzzProto(f *testing.F) {
	fuzzReader(f, "s.proto", "proto_user.proto", "proto_editions.proto", "proto_v2.proto", "proto_syntax.proto")
}

// genProto writes a commented .proto file of about size bytes, as API
// protos (googleapis) are.
func genProto(size int) []byte {
	var b strings.Builder
	b.WriteString("syntax = \"proto3\";\n\npackage gen.v1;\n\nimport \"google/protobuf/timestamp.proto\";\n\n")
	for i := 0; i == 0 || b.Len() < size; i++ {
		fmt.Fprintf(&b, "// A customer of the shop, as the API returns it.\n// privlint:purpose account\n// privlint:storage\nmessage User%d {\n", i)
		for j, f := range []string{"string id", "string email", "string first_name", "google.protobuf.Timestamp date_of_birth", "bool email_verified", "string ssn", "repeated string tags"} {
			fmt.Fprintf(&b, "  // The user's %s, documented for clients of the API.\n  %s = %d;\n", strings.Fields(f)[len(strings.Fields(f))-1], f, j+1)
		}
		fmt.Fprintf(&b, "}\n\n// A product.\nmessage Product%d {\n  // The product's name.\n  string name = 1;\n  // Its price in cents.\n  int64 price_cents = 2;\n}\n\n", i)
	}
	return []byte(b.String())
}

// BenchmarkProto measures the Protocol Buffers reader and judge on a
// generated 8 MB file (b.SetBytes: MB/s is its throughput).
func BenchmarkProto(b *testing.B) { benchReader(b, "big.proto", genProto(8<<20)) }

// TestProtoImports checks how imports are resolved: beside the importing
// file or in a directory above it inside the repository, the well-known
// google/protobuf files without a file, and a missing import (or one that
// leads out of the repository) as an error at its line and column, the
// rest of the file still judged. An enum declared in an imported file
// (or in a file it imports publicly) is judged as an enum, not skipped as
// a message.
func TestProtoImports(t *testing.T) {
	root := t.TempDir()
	write := func(name, src string) string {
		p := filepath.Join(root, filepath.FromSlash(name))
		if err := os.MkdirAll(filepath.Dir(p), 0o755); err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(p, []byte(src), 0o644); err != nil {
			t.Fatal(err)
		}
		return p
	}
	if err := os.WriteFile(filepath.Join(root, "go.mod"), []byte("module example.com/m\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	write("outside.proto", "syntax = \"proto3\";\n")
	write("proto/shop/v1/common.proto", "syntax = \"proto3\";\npackage shop.v1;\nenum Gender { GENDER_UNKNOWN = 0; }\n")
	write("proto/types/v1/types.proto", "syntax = \"proto3\";\npackage types.v1;\nimport public \"types/v1/more.proto\";\n")
	write("proto/types/v1/more.proto", "syntax = \"proto3\";\npackage types.v1;\nenum MaritalStatus { MARITAL_STATUS_UNKNOWN = 0; }\n")
	elsewhere := filepath.Join(t.TempDir(), "elsewhere.proto")
	if err := os.WriteFile(elsewhere, []byte("syntax = \"proto3\";\nenum Email { E = 0; }\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	if err := os.Symlink(elsewhere, filepath.Join(root, "proto", "shop", "v1", "link.proto")); err != nil {
		t.Skipf("no symbolic links here: %v", err)
	}
	user := write("proto/shop/v1/user.proto", `syntax = "proto3";
package shop.v1;

import "common.proto";
import "types/v1/types.proto";
import "google/protobuf/timestamp.proto";
import "google/api/annotations.proto";
import "../../../../outside.proto";
import "link.proto";

message User {
  string email = 1;
  Gender gender = 2;
  types.v1.MaritalStatus marital_status = 3;
  google.protobuf.Timestamp created = 4;
}
`)
	fs, errs := Check([]string{user}, Options{Policy: testPolicy(t), Root: root})
	got := sqlFindings(fs)
	want := []string{
		"user.proto:12:10 PL001 user.contact.email User.email",
		"user.proto:13:10 PL001 user.demographic.gender User.gender",
		"user.proto:14:26 PL001 user.demographic.marital_status User.marital_status",
	}
	if !slices.Equal(got, want) {
		t.Errorf("findings\n%s\nwant\n%s", strings.Join(got, "\n"), strings.Join(want, "\n"))
	}
	var msgs []string
	for _, e := range errs {
		msgs = append(msgs, fmt.Sprintf("%s:%d:%d %s", filepath.Base(e.File), e.Line, e.Column, e.Message))
	}
	if len(msgs) != 3 ||
		!strings.HasPrefix(msgs[0], `user.proto:7:8 import "google/api/annotations.proto" not found`) ||
		!strings.HasPrefix(msgs[1], `user.proto:8:8 import "../../../../outside.proto" not found`) ||
		!strings.HasPrefix(msgs[2], `user.proto:9:8 import "link.proto" not found`) {
		t.Errorf("errors:\n%s\nwant the three unresolved imports at their lines (a link out of the repository is not followed)", strings.Join(msgs, "\n"))
	}
}

// TestProtoDirectivesFarFromField checks that a field's directives are
// read wherever its comments start: the reader skips the comments of a
// field only when no directive lies between its neighbours.
func TestProtoDirectivesFarFromField(t *testing.T) {
	src := `syntax = "proto3";
message User {
  string id = 1;
  // privlint:pii false
  //
  // A long comment about the field below, which says it is a handle
  // users choose and show to each other.
  //
  string email = 2;
  option deprecated = true;
  string phone = 3; // privlint:pii false
  string name = 4;
  string nickname = 5;
  /* privlint:pii false */ string last_name = 6;
  string first_name = 7;
  // privlint:pii false
}
`
	fs, errs := checkOne(t, testPolicy(t), "u.proto", src)
	got := sqlFindings(fs)
	// The comment below the last field is the closing brace's, not
	// first_name's (as before the reader skipped any comments).
	want := []string{
		"u.proto:12:10 PL001 user.name User.name",
		"u.proto:13:10 PL001 user.account.username User.nickname",
		"u.proto:15:10 PL001 user.name.first User.first_name",
	}
	if len(errs) != 0 || !slices.Equal(got, want) {
		t.Errorf("findings %v, errors %v; want %v (the directives of email, phone and last_name read)", got, errs, want)
	}
}

// TestProtoDocAt checks that reading a field's comments straight from the
// file gives what the parser's attribution gives, on every field of the
// committed .proto files, the generated benchmark file and layouts made
// to differ (comments after a field, blank lines, block comments,
// directives, two fields on a line, a field over two lines).
func TestProtoDocAt(t *testing.T) {
	sources := map[string][]byte{
		"gen.proto": genProto(64 << 10),
		"layouts.proto": []byte("syntax = \"proto3\";\nmessage M {\n  string a = 1; // about a\n  // about b\n  string b = 2;\n" +
			"  // detached\n\n  string c = 3; // trailing c\n  /* block\n   * d */\n  string d = 4;\n  // one\n  /* two */\n  string e = 5;\n" +
			"  // privlint:purpose x\n  // The email.\n  // buf:lint:ignore FOO\n  string f = 6;\n  int32 g = 7; int32 h = 8; // gh\n" +
			"  repeated string\n    i = 9; // over two lines\n  // \t\r\n  //// The j.\r\n  string j = 10;\n  oneof o {\n    // k\n    string k = 11;\n  }\n" +
			"  map<string, string> l = 12; // map\n  // m\n  string m = 13 [debug_redact = true];\n" +
			// A comment inside a field (the field begins on a line above it),
			// a block comment ending on a // line, a block comment on the
			// line above a // block.
			"  string\n  // n\n  n = 14;\n  repeated\n  // o\n  string o = 15;\n  /* p0\n  // p1 */\n  // p2\n  string p = 16;\n" +
			"  /* q0 */ // q1\n  // q2\n  string q = 17;\n}\n"),
	}
	for _, dir := range []string{"testdata", filepath.Join("..", "testdata", "corpus", "proto")} {
		err := filepath.WalkDir(dir, func(path string, d os.DirEntry, err error) error {
			if err != nil || d.IsDir() || !strings.HasSuffix(path, ".proto") {
				return err
			}
			data, err := os.ReadFile(path)
			sources[path] = data
			return err
		})
		if err != nil {
			t.Fatal(err)
		}
	}
	fields := 0
	for name, data := range sources {
		file, err := parser.Parse(name, bytes.NewReader(data), reporter.NewHandler(nil))
		if err != nil {
			continue // the hostile fixtures
		}
		p := &protoFile{path: name, file: file, data: data}
		if bytes.HasPrefix(data, utf8BOM) {
			p.data = data[len(utf8BOM):]
		}
		var walk func(ast.Node)
		walk = func(n ast.Node) {
			switch n := n.(type) {
			case *ast.FileNode:
				for _, d := range n.Decls {
					walk(d)
				}
			case *ast.MessageNode:
				for _, d := range n.Decls {
					walk(d)
				}
			case *ast.OneofNode:
				for _, d := range n.Decls {
					walk(d)
				}
			case *ast.FieldNode, *ast.MapFieldNode:
				var id *ast.IdentNode
				if f, ok := n.(*ast.FieldNode); ok {
					id = f.Name
				} else {
					id = n.(*ast.MapFieldNode).Name
				}
				fields++
				_, off := p.posOff(id)
				got := p.doc(n)
				if top, end, ok := p.docLines(p.file.NodeInfo(n).Start().Offset, off); ok {
					got = docText(p.data[top:end])
				}
				if want := p.doc(n); got != want {
					t.Errorf("%s: %s: docAt = %q, doc = %q", name, id.AsIdentifier(), got, want)
				}
			}
		}
		walk(file)
	}
	if fields < 1000 {
		t.Fatalf("only %d fields compared", fields)
	}
}

// protoEdges are files whose pieces (see readChunks) end at the places
// where a piece's parse could differ from the whole file's: comments
// after a closing brace, on its line or the next, a second syntax or
// edition line, a byte order mark at a line's start, an error in a later
// piece, a brace in a string or comment, semicolons after a message.
var protoEdges = map[string]string{
	"trailing.proto": "syntax = \"proto3\";\nmessage A { string email = 1; } // trailing privlint:storage\n// lead\nmessage B {\n  string phone = 1;\n}\n\n" +
		"/* block */ message C { string ssn = 1; }\n;\nmessage D { string name = 1; }  /* privlint:purpose x */\nmessage E { string address = 1; }\n" +
		"/* a\n privlint:purpose y */\nmessage F { string birth_date = 1; } /* two */ /* privlint:encrypted */\nmessage G { string first_name = 1; }\n",
	"twosyntax.proto":    "syntax = \"proto3\";\nmessage A { string email = 1; }\nsyntax = \"proto3\";\nmessage B { string phone = 1; }\n",
	"twoedition.proto":   "edition = \"2023\";\nmessage A { string email = 1; }\nedition = \"2023\";\nmessage B { string phone = 1; }\n",
	"unterminated.proto": "syntax = \"proto3\";\nmessage A { string email = 1; }\n/* never ends\nmessage B { string phone = 1; }\n",
	"missingsemi.proto":  "syntax = \"proto3\";\nmessage A { string email = 1; }\nmessage B { string phone = 1 }\nmessage C { string ssn = 1; }\n",
	"extrabrace.proto":   "syntax = \"proto3\";\nmessage A { string email = 1; }\n}\nmessage B { string phone = 1; }\n",
	"midbom.proto":       "syntax = \"proto3\";\nmessage A { string email = 1; }\n\xEF\xBB\xBFmessage B { string phone = 1; }\n",
	"bom.proto":          "\xEF\xBB\xBF\xEF\xBB\xBFsyntax = \"proto3\";\nmessage A { string email = 1; }\nmessage B { string phone = 1; }\n",
	"strings.proto": "syntax = \"proto3\";\noption (a) = { s: \"}\\n\" t: '}' };\nmessage A { string email = 1 [(b) = \"};\"]; }\n// }\n" +
		"message B { string phone = 1; } /* }\n*/\nmessage C { string ssn = 1; }\n",
	"semis.proto": "syntax = \"proto3\";\nimport \"x/missing.proto\";\n;\nmessage A { string email = 1; }\n;\n;\npackage p;\nmessage B {\n  // privlint:pii user.contact.email\n  string mail = 1;\n" +
		"  oneof x { string phone = 2; string ssn = 3; }\n  message Inner { string birth_date = 1; }\n  map<string, string> attrs = 4;\n}\n" +
		"message C { string phone = 1 [debug_redact = true]; }\n// the end\n",
	"nosyntax.proto": "package a;\n// privlint:purpose billing\npackage b;\nmessage A { string email = 1; }\nmessage B { string phone = 1; }\n",
	"crlf.proto":     "syntax = \"proto3\";\r\nmessage A { string email = 1; }\r\n// c\r\nmessage B { string phone = 1; }\r\n",
	"proto2.proto": "syntax = \"proto2\";\nmessage A {\n  optional group Contact = 1 { optional string email = 2; }\n}\nextend A { optional string phone = 3; }\n" +
		"option (x) = { a: \"}\" b: 1 };\nservice S { rpc Get(A) returns (A); }\nenum E { X = 0; }\nmessage B { optional E e = 1; optional string ssn = 2; }\n",
	"late.proto": "syntax = \"proto3\";\nmessage A { string email = 1; }\nmessage B { string phone = 1; }\nmessage C { string ssn = 1; }\nmessage D { string name = 1 }\n",
}

// checkProtoPieces checks the file at path with pieces of at least min
// bytes and returns its findings and errors as JSON.
func checkProtoPieces(t testing.TB, pol *policy.Policy, path string, min int) string {
	t.Helper()
	defer func(n int) { protoChunkBytes = n }(protoChunkBytes)
	protoChunkBytes = min
	fs, errs := Check([]string{path}, Options{Policy: pol, Root: filepath.Dir(path)})
	out, err := json.Marshal(struct {
		F []*finding.Finding
		E []*finding.Error
	}{fs, errs})
	if err != nil {
		t.Fatal(err)
	}
	return string(out)
}

// TestProtoPieces checks that a file read in pieces (readChunks) gives
// exactly what the whole file's parse gives — findings and errors, with
// their places — on the test files, the corpus and protoEdges, cut at
// every place a piece may end, and in pieces of several declarations
// (some read by readFast, some parsed: see readMixed).
func TestProtoPieces(t *testing.T) {
	pol := testPolicy(t)
	var paths []string
	for _, glob := range []string{"testdata/*.proto", "../testdata/corpus/proto/*/*.proto", "../testdata/corpus/proto/*/*/*/*/*.proto", "../testdata/corpus/proto/*/*/*/*/*/*.proto"} {
		m, err := filepath.Glob(glob)
		if err != nil {
			t.Fatal(err)
		}
		paths = append(paths, m...)
	}
	dir := t.TempDir()
	for name, src := range protoEdges {
		p := filepath.Join(dir, name)
		if err := os.WriteFile(p, []byte(src), 0o644); err != nil {
			t.Fatal(err)
		}
		paths = append(paths, p)
	}
	cut := 0
	for _, p := range paths {
		data, err := os.ReadFile(p)
		if err != nil {
			t.Fatal(err)
		}
		if len(protoCuts(bytes.TrimPrefix(data, utf8BOM), 1)) > 0 {
			cut++
		}
		whole := checkProtoPieces(t, pol, p, math.MaxInt/4)
		for _, min := range []int{1, 120} {
			if pieces := checkProtoPieces(t, pol, p, min); whole != pieces {
				t.Errorf("%s: read whole\n%s\nread in pieces of %d bytes\n%s", p, whole, min, pieces)
			}
		}
	}
	if len(paths) < 20 || cut < len(paths)/2 {
		t.Fatalf("%d files, %d of them cut in pieces", len(paths), cut)
	}
}

// FuzzProtoPieces checks on arbitrary bytes that reading a file in
// pieces gives what reading it whole gives.
func FuzzProtoPieces(f *testing.F) {
	for _, seed := range []string{"proto_user.proto", "proto_editions.proto", "proto_v2.proto", "proto_syntax.proto", "proto_calls.proto"} {
		data, err := os.ReadFile(filepath.Join("testdata", seed))
		if err != nil {
			f.Fatal(err)
		}
		f.Add(data)
	}
	for _, src := range protoEdges {
		f.Add([]byte(src))
	}
	small := fuzzPolicy(f)
	dir := f.TempDir()
	f.Fuzz(func(t *testing.T, data []byte) {
		path := filepath.Join(dir, "s.proto")
		if err := os.WriteFile(path, data, 0o644); err != nil {
			t.Fatal(err)
		}
		whole := checkProtoPieces(t, small, path, math.MaxInt/4)
		for _, min := range []int{1, 120} {
			if pieces := checkProtoPieces(t, small, path, min); whole != pieces {
				t.Errorf("read whole\n%s\nread in pieces of %d bytes\n%s", whole, min, pieces)
			}
		}
	})
}

// TestProtoOneofGroup checks that the fields of a group declared in a
// oneof (proto2) are judged, as those of a group declared in a message.
func TestProtoOneofGroup(t *testing.T) {
	src := "syntax = \"proto2\";\nmessage User {\n  oneof contact {\n    group Mail = 1 {\n      optional string email = 2;\n    }\n  }\n" +
		"  optional group Phone = 3 {\n    optional string phone_number = 4;\n  }\n}\n" +
		// Must not flag: a group in a oneof that holds no personal data
		// (a product's name and SKU).
		"message Order {\n  oneof item {\n    group Product = 1 {\n      optional string name = 2;\n      optional string sku = 3;\n    }\n  }\n}\n"
	fs, errs := checkOne(t, testPolicy(t), "g.proto", src)
	got := sqlFindings(fs)
	if len(errs) != 0 || len(got) != 2 || !strings.HasPrefix(got[0], "g.proto:5:23 ") || !strings.HasPrefix(got[1], "g.proto:9:21 ") {
		t.Fatalf("findings %v, errors %v; want email's at 5:23 and phone_number's at 9:21, none in Order's Product group", got, errs)
	}
}
