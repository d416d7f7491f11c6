package schemacheck

import (
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"
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
