package schemacheck

import (
	"bytes"
	"fmt"
	"maps"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"

	"github.com/bufbuild/protocompile/reporter"
)

// protoFastPlain are pieces in the shapes readFast reads, with comments
// placed where the lexer's attribution matters (after a token, on its
// line or the next, detached by a blank line, at the end of the piece).
var protoFastPlain = []string{
	"message A {\n  string email = 1; // trailing\n  // lead b\n  string b = 2;\n}\n",
	"// privlint:purpose billing\n// privlint:storage\nmessage A {\n  // The email.\n  string email = 1;\n  // privlint:pii user.contact.email\n  string mail = 2; // privlint:encrypted\n}\n",
	"message A { string a = 1; } // after the brace\n// before B\n\n// detached, privlint:storage\nmessage B {\n\n  // detached\n\n  // attached\n  string b = 1;\n}\n// the end privlint:purpose x",
	"message A {\n  repeated string tags = 1;\n  optional .google.protobuf.Timestamp at = 2;\n  google.type.PostalAddress home = 3; // home\n  Status s = 4;\n}\n",
	"message A {\n  message B {\n    // privlint:pii user.contact.phone\n    string phone = 1;\n    message C { string ssn = 1; }\n  }\n  B b = 1;\n  string x = 2; message D { int64 n = 1; } string y = 3;\n}\n",
	"message A {\n  string a = 1; string b = 2; // ab\n  string\n    c = 3; // over two lines\n  //\n  // \t\r\n  //// The d.\r\n  string d = 4;\r\n}\r\n",
	"message A { string a = 1; }  // one\n  // two\nmessage B { string b = 2; }\n",
	"message A {\n  // privlint:purpose x\n}\n// privlint:storage\nmessage B {}\n",
	"message A{string a=1;}message B{int32 b=2;}",
	"// only a comment\n",
	"message A {\n  reserved 2, 15, 9 to 11, 40 to max;\n  // privlint:pii user.contact.email\n  string b = 1;\n  reserved \"foo\", 'bar';\n  reserved 3;\n}\n" +
		"enum E { reserved -5 to -1, 2, 3 to max; reserved \"X\"; A = 0; }\n",
	"message A {\n  string message = 1;\n  uint32 max = 2; Edition edition = 3;\n  map<string, E> map = 4;\n  required string a = 5;\n  oneof o { string option = 6; }\n}\n",
	"service S {\n  option (s) = true;\n  // Get.\n  rpc Get(A) returns (B);\n  rpc Watch(stream .x.A) returns (stream B) {}\n  rpc Put(A) returns (B) { option deprecated = true; option (x.y) = \"z\"; }\n}\nmessage A { string email = 1; }\n",
	"message A { string a = 1; }\nenum E { X = 0; }\n",
	"message A {\n  option deprecated = true;\n  string a = 1 [debug_redact = true];\n  string b = 2 [(udpa.annotations.sensitive) = true, deprecated = false];\n" +
		"  string c = 3 [debug_redact = \"true\"];\n  string d = 4 [(.udpa.annotations.sensitive) = true];\n  string e = 5 [(foo).debug_redact = true];\n" +
		"  string f = 6 [(debug_redact) = true];\n  string g = 7 [debug_redact = 1, json_name = 'g', (a.b).c.d = -5, (x) = inf];\n" +
		"  string h = 8 [ debug_redact = true ]; // h\n  string i = 9 [(udpa.annotations.sensitive) = TRUE];\n}\n",
	"enum E { option allow_alias = true; X = 0 [deprecated = true]; Y = 1 [(a.b) = \"y\"]; }\noption go_package = \"x/y\";\noption (z) = 1;\n",
	"message A {\n  // privlint:storage\n  oneof contact {\n    option (o) = true;\n    string email = 1;\n    // The phone.\n    string phone = 2 [debug_redact = true]; // privlint:pii user.contact.phone\n  }\n  string x = 3;\n}\n",
	"message A {\n  map<string, string> attrs = 1; // privlint:pii user.contact.email\n  map<int64, .x.Y> ys = 2 [deprecated = true];\n  map < bool , Z > zs = 3;\n}\n",
	"message A {\n  // privlint:purpose x\n  oneof o { string a = 1; }\n  // privlint:pii user.contact.email\n  string b = 2;\n  option (m) = \"privlint:x\";\n  string c = 3;\n}\n",
	"enum Status {\n  // unknown\n  STATUS_UNKNOWN = 0; // zero\n  STATUS_MINUS = -1;\n}\nenum Empty {}\n",
	"message A {\n  // privlint:purpose x\n  enum Kind { K = 0; }\n  // privlint:pii user.contact.email\n  Kind kind = 1;\n  string email = 2;\n  enum Other { O = 0; } // privlint:storage\n  Other o = 3;\n}\n",
	"message A { string a = 1; } // privlint:storage",
	"",
	// Scalar type names as the names of messages, enums, values, oneofs,
	// services and methods (the parser's identifier takes every keyword).
	"message string { string a = 1; }\nenum bool { string = 0; int32 = 1; }\nmessage B { oneof int32 { bool x = 1; } }\n" +
		"service bytes { rpc double(string) returns (stream string); rpc Get(stream.Foo) returns (B); }\nenum E { X = -0; }\n",
	// Tabs, CRLF, non-ASCII text and control bytes in comments and strings
	// (positions are byte columns either way).
	"message A {\r\n\t// é\t☃ privlint:pii user.contact.email\r\n\tstring a = 1 [json_name = \"é\"]; // ü privlint:encrypted\r\n" +
		"\t\tstring\tb\t=\t2 [x = \"\x01\x7f a\rb\"];\t//\x01 privlint:storage\r\n}\r\n",
	"message A {\n  string a = 1 [(udpa.annotations.sensitive)=true];\n  string b = 2 [( udpa.annotations.sensitive ) = true];\n" +
		"  string c = 3 [debug_redact\n=\ntrue];\n  oneof o {}\n  oneof p { option (x) = 1; }\n  reserved 5 to 1;\n}\n",
}

// protoFastOther are pieces readFast leaves to the parser: other
// declarations, numbers, keywords as names, block comments, errors.
var protoFastOther = []string{
	"message A {\n  string a = 1;;\n}\n",
	"message A {\n  reserved -1;\n}\n",
	"message A {\n  reserved 1 to;\n}\n",
	"message A {\n  reserved 1,;\n}\n",
	"message A {\n  reserved foo;\n}\n",
	"message A {\n  reserved \"a\" \"b\";\n}\n",
	"message A {\n  reserved \"a\", 1;\n}\n",
	"message A {\n  reserved 1;;\n}\n",
	"message A {\n  reserved;\n}\n",
	"message A {\n  reserved 1 to max to 2;\n}\n",
	"service S { rpc Get(A) returns (B);; }\n",
	"service S { rpc Get(A) returns (B) {}; }\n",
	"service S { rpc Get(A) returns (B) { option (google.api.http) = { get: \"/v1\" }; } }\n",
	"service S { rpc Get(A) (B); }\n",
	"service S { rpc Get(A) returns B; }\n",
	"service S { rpc Get(stream) returns (B); }\n",
	"service S { rpc Get(A) returns (B) }\n",
	"service S { message A {} }\n",
	"service S {};\n",
	"message A {\n  string a = 1 [];\n}\n",
	"message A {\n  string a = 1 [deprecated = true,];\n}\n",
	"message A {\n  string a = 1 [deprecated];\n}\n",
	"message A {\n  string a = 1 [(a.b = true];\n}\n",
	"message A {\n  string a = 1 [a = \"x\" \"y\"];\n}\n",
	"message A {\n  string a = 1 [a = \"x\\n\"];\n}\n",
	"message A {\n  string a = 1 [a = 1.5];\n}\n",
	"message A {\n  string a = 1 [a = -inf];\n}\n",
	"message A {\n  string a = 1 [a = { b: 1 }];\n}\n",
	"message A {\n  string a = 1 [a = x.y];\n}\n",
	"message A {\n  option a = { b: 1 };\n}\n",
	"message A {\n  option a = 1;;\n}\n",
	"message A {\n  oneof o { repeated string a = 1; }\n}\n",
	"message A {\n  oneof o { map<string, string> a = 1; }\n}\n",
	"message A {\n  oneof o { string a; }\n}\n",
	"message A {\n  oneof o { string a = 1;; }\n}\n",
	"message A {\n  oneof o { string a = 1; };\n}\n",
	"message A {\n  map<float, string> a = 1;\n}\n",
	"message A {\n  repeated map<string, string> a = 1;\n}\n",
	"message A {\n  map<string, string>> a = 1;\n}\n",
	"message A {\n  map<string string> a = 1;\n}\n",
	"message A {\n  string a = 1 [a = \"x];\n}\n",
	"enum E { X = 00; }\n",
	"enum E { X = - 1; Y = --1; }\n",
	"enum E { X = 0;; }\n",
	"enum E { X = 0; };\n",
	"enum message { X = 0; }\n",
	"message A { string a = -1; }\n",
	"message A {\n  string a = 1;\n};\n",
	"message A {\n  string a = 01;\n}\n",
	"message A {\n  string a = 0x1;\n}\n",
	"message A {\n  string a = 1.5;\n}\n",
	"message A {\n  string a = 19000;\n}\n",
	"message A {\n  string a = 536870912;\n}\n",
	"message A {\n  group g = 1;\n}\n",
	"message A {\n  repeated group G = 1 { string a = 2; }\n}\n",
	"message A {\n  google. protobuf.Timestamp a = 1;\n}\n",
	"message A {\n  .string a = 1;\n}\n",
	"message A {\n  string.x a = 1;\n}\n",
	"message A {\n  foo.string a = 1;\n}\n",
	"message A {\n  foo..bar a = 1;\n}\n",
	"message A {\n  foo. a = 1;\n}\n",
	"message A {\n  /* block */ string a = 1;\n}\n",
	"message A {\n  string a = 1; /* block */\n}\n",
	"message A {\n  string a = 1;\n}\n}\n",
	"message A {\n  string a = 1;\n",
	"message A {\n  string a = 1 // \x00\n}\n",
	"message A {\n  string a\f= 1;\n}\n",
	"message A {\n  string é = 1;\n}\n",
	"message A {\n  string a = 1\n}\n",
	"message message { string a = 1; }\n",
	"syntax = \"proto3\";\nmessage A { string a = 1; }\n",
	"message A { string a = 1; }\n/",
	"message A { string a = 1; }\n9",
}

// dumpProtoRead renders what read (or readFast) left in p: its message
// and enum names, directives, imports and messages with their fields.
func dumpProtoRead(p *protoFile) string {
	var b strings.Builder
	fmt.Fprintf(&b, "messages %v enums %v syntax %v %v pkg %v imports %v\n", slices.Sorted(maps.Keys(p.messages)),
		slices.Sorted(maps.Keys(p.enums)), p.hasSyntax, p.syntaxNotes, p.pkgNotes, p.imports)
	var msg func(m *protoMsg, indent string)
	msg = func(m *protoMsg, indent string) {
		fmt.Fprintf(&b, "%smessage %s %d:%d %+v\n", indent, m.name, m.line, m.col, m.notes)
		for _, e := range m.elems {
			if e.msg > 0 {
				msg(p.nested[e.msg-1], indent+"  ")
				continue
			}
			doc := p.strs[e.doc]
			if e.docEnd > e.docTop {
				doc = docText(p.data[e.docTop:e.docEnd])
			}
			fmt.Fprintf(&b, "%s  field %s %s %d:%d marked %v notes %+v doc %q\n", indent, p.strs[e.name], p.strs[e.typ],
				e.line, e.col, e.marked, p.notes[e.notesFrom:e.notesTo], doc)
		}
	}
	for _, m := range p.msgs {
		msg(m, "")
	}
	return b.String()
}

// compareProtoFast reads data as the piece of a file that starts after
// the prefix pre, with readFast and with the parser, and reports
// whether readFast read it; when it did, the parser must have read it
// too and both must have read the same.
func compareProtoFast(t *testing.T, pre, data []byte) bool {
	t.Helper()
	file := append(slices.Clip(pre), data...)
	start, line := len(pre), bytes.Count(pre, []byte{'\n'})
	fast := &protoFile{path: "p.proto", data: file, noteLines: linesWith(file, "privlint:")}
	if !fast.readFast(file[start:], start, line) {
		if got := dumpProtoRead(fast); got != dumpProtoRead(&protoFile{}) {
			t.Errorf("%q: readFast gave up but left\n%s", data, got)
		}
		return false
	}
	fast.commitFast()
	slow := &protoFile{path: "p.proto", data: file, noteLines: fast.noteLines}
	parsed, err := parseProto("p.proto", file[start:], reporter.NewHandler(nil))
	if err != nil {
		t.Errorf("%q: readFast read it, the parser says %v", data, err)
		return true
	}
	slow.read(parsed, start, line)
	if got, want := dumpProtoRead(fast), dumpProtoRead(slow); got != want {
		t.Errorf("%q: readFast read\n%s\nthe parser's tree\n%s", data, got, want)
	}
	return true
}

// TestProtoFast checks that readFast reads each piece it accepts as read
// reads the parser's tree of it (names, positions, directive comments,
// descriptions), and that it accepts the generated benchmark file's
// pieces and the plain layouts while leaving the others to the parser.
func TestProtoFast(t *testing.T) {
	pre := []byte("syntax = \"proto3\";\n\n// privlint:purpose x\npackage p;\n")
	for _, src := range protoFastPlain {
		if !compareProtoFast(t, pre, []byte(src)) {
			t.Errorf("readFast left %q to the parser", src)
		}
	}
	for _, src := range protoFastOther {
		if compareProtoFast(t, pre, []byte(src)) {
			t.Errorf("readFast read %q", src)
		}
	}
	gen := genProto(256 << 10)
	cuts := protoCuts(gen, 4<<10)
	if len(cuts) < 10 {
		t.Fatalf("%d cuts", len(cuts))
	}
	for i := 1; i < len(cuts); i++ {
		if !compareProtoFast(t, gen[:cuts[i-1]], gen[cuts[i-1]:cuts[i]]) {
			t.Fatalf("readFast left the generated piece at %d to the parser", cuts[i-1])
		}
	}
	// Every committed .proto file, cut wherever a piece may end.
	committed := committedProtos(t)
	for _, path := range slices.Sorted(maps.Keys(committed)) {
		data := bytes.TrimPrefix(committed[path], utf8BOM)
		cuts := append([]int{0}, protoCuts(data, 1)...)
		for i, c := range cuts {
			end := len(data)
			if i+1 < len(cuts) {
				end = cuts[i+1]
			}
			compareProtoFast(t, data[:c], data[c:end])
		}
	}
}

// committedProtos returns the contents of the committed .proto files
// (schemacheck's testdata and the proto corpus), by path.
func committedProtos(t *testing.T) map[string][]byte {
	t.Helper()
	sources := map[string][]byte{}
	for _, glob := range []string{"testdata/*.proto", "../testdata/corpus/proto/*/*.proto", "../testdata/corpus/proto/*/*/*/*/*.proto", "../testdata/corpus/proto/*/*/*/*/*/*.proto"} {
		paths, err := filepath.Glob(glob)
		if err != nil {
			t.Fatal(err)
		}
		for _, path := range paths {
			data, err := os.ReadFile(path)
			if err != nil {
				t.Fatal(err)
			}
			sources[path] = data
		}
	}
	if len(sources) == 0 {
		t.Fatal("no committed .proto file found")
	}
	return sources
}

// FuzzProtoFast checks on arbitrary bytes that a piece readFast reads is
// one the parser reads the same (see compareProtoFast).
func FuzzProtoFast(f *testing.F) {
	for _, src := range append(slices.Clip(protoFastPlain), protoFastOther...) {
		f.Add([]byte(src))
	}
	f.Fuzz(func(t *testing.T, data []byte) {
		compareProtoFast(t, []byte("syntax = \"proto3\";\n// privlint:x\n"), data)
	})
}

// protoFastVocab are the pieces FuzzProtoFastTokens writes files of:
// the tokens, spaces and comments of the shapes readFast reads, and a
// few it leaves to the parser.
var protoFastVocab = []string{
	"message", "A", "email", "string", "repeated", "optional", "google.protobuf.Timestamp", ".x.Y", "{", "}", "=",
	"1", "7", ";", " ", "\n", "\n\n", "\t", "\r\n", "// c\n", "// privlint:storage\n", "// privlint:pii user.contact.email\n",
	"// The email.\n", "/* b */", ".", "enum", "0", "[", "option", "\"s\"", "-", "oneof", "map", "<", ">", ",", "(", ")", "[", "]", "debug_redact", "true", "service", "rpc", "returns", "stream", "max", "reserved", "to",
}

// FuzzProtoFastTokens is FuzzProtoFast on pieces written with
// protoFastVocab (each byte picks a word), so that most are pieces
// readFast reads.
func FuzzProtoFastTokens(f *testing.F) {
	f.Add([]byte{19, 0, 14, 1, 14, 8, 15, 14, 4, 14, 3, 14, 2, 14, 10, 14, 11, 13, 18, 9, 15})
	f.Add([]byte{20, 0, 14, 1, 8, 15, 22, 3, 14, 2, 14, 10, 14, 11, 13, 14, 21, 9, 14, 19})
	f.Fuzz(func(t *testing.T, words []byte) {
		var b []byte
		for _, w := range words {
			b = append(b, protoFastVocab[int(w)%len(protoFastVocab)]...)
		}
		compareProtoFast(t, []byte("syntax = \"proto3\";\n// privlint:x\n"), b)
	})
}

// TestProtoPiecesRead checks, finer than TestProtoPieces (which compares
// findings), that what a file read in pieces leaves (see dumpProtoRead:
// names, directives with their places, descriptions, markers) is what
// read takes from the whole file's tree, on the committed files and
// protoEdges, in pieces as small as they may be and of a few lines.
func TestProtoPiecesRead(t *testing.T) {
	sources := committedProtos(t)
	for name, src := range protoEdges {
		sources[name] = []byte(src)
	}
	read := 0
	for name, data := range sources {
		data = bytes.TrimPrefix(data, utf8BOM)
		lines := linesWith(data, "privlint:")
		file, err := parseProto(name, data, reporter.NewHandler(nil))
		if err != nil {
			continue // the hostile fixtures
		}
		whole := &protoFile{path: name, data: data, noteLines: lines}
		whole.read(file, 0, 0)
		want := dumpProtoRead(whole)
		for _, min := range []int{1, 120} {
			pieces := &protoFile{path: name, data: data, noteLines: lines}
			if !pieces.readChunks(min) {
				continue
			}
			read++
			if got := dumpProtoRead(pieces); got != want {
				t.Errorf("%s in pieces of %d bytes:\n%s\nwhole:\n%s", name, min, got, want)
			}
		}
	}
	if read < len(sources) {
		t.Fatalf("%d files, read in pieces %d times", len(sources), read)
	}
}
