package schemacheck

import (
	"fmt"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"
)

// TestGraphQLHostile checks that malformed SDL is an error naming the
// file and line, never a panic, a stack overflow or a silent pass.
func TestGraphQLHostile(t *testing.T) {
	pol := limitsPolicy(t, "max_depth: 50")
	checkHostile(t, pol, "s.graphqls", true, []hostileCase{
		{"invalid UTF-8", "type User {\n  email: String # caf\xE9\n}\n", 2, "invalid UTF-8 (byte 0xE9)"},
		{"deep list type", "type T {\n  f: " + strings.Repeat("[", 100000) + "String" + strings.Repeat("]", 100000) + "\n}\n", 2, "brackets nested more than 50 deep"},
		{"deep default value", "input I {\n  f: String = " + strings.Repeat("{a: ", 60) + "\n}\n", 2, "brackets nested more than 50 deep"},
		{"unterminated string", "\"\"\"never closed\ntype T { email: String }\n", 3, "invalid GraphQL"},
		{"not GraphQL", "{\"type\": \"object\"}\n", 1, "invalid GraphQL"},
	})
}

// TestGraphQLColumns checks that columns are bytes, also after multi-byte
// characters on the line.
func TestGraphQLColumns(t *testing.T) {
	pol := testPolicy(t)
	fs, errs := checkOne(t, pol, "u.graphql", "type Kunde { \"é€\" email: String }\n")
	if len(errs) != 0 || len(fs) != 1 || fs[0].Pos.Line != 1 || fs[0].Pos.Column != len("type Kunde { \"é€\" ")+1 {
		t.Fatalf("findings %v, errors %v", sqlFindings(fs), errs)
	}
}

// TestGraphQLExpand checks that a directory walk finds the SDL files.
func TestGraphQLExpand(t *testing.T) {
	dir := t.TempDir()
	for _, name := range []string{"graph/schema.graphqls", "graph/ops.graphql", "graph/x.gql", "graph/schema.resolvers.go.txt"} {
		p := filepath.Join(dir, filepath.FromSlash(name))
		if err := os.MkdirAll(filepath.Dir(p), 0o755); err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(p, []byte("type T { a: String }\n"), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	files, errs := Expand(nil, []string{"graph"}, dir)
	var rel []string
	for _, f := range files {
		r, _ := filepath.Rel(dir, f)
		rel = append(rel, filepath.ToSlash(r))
	}
	if len(errs) != 0 || !slices.Equal(rel, []string{"graph/ops.graphql", "graph/schema.graphqls", "graph/x.gql"}) {
		t.Fatalf("Expand = %v, %v", rel, errs)
	}
}

// FuzzGraphQL feeds arbitrary bytes to the GraphQL reader: it must not
// panic or loop, and every finding and error must carry a position.
func FuzzGraphQL(f *testing.F) {
	fuzzReader(f, "s.graphqls", "graphql_schema.graphqls", "graphql_errors.graphql", "graphql_syntax.gql")
}

// genGraphQL writes an SDL file of about size bytes, described the way
// public schemas are (GitHub's, Shopify's): most types and fields carry a
// description.
func genGraphQL(size int) []byte {
	var b strings.Builder
	d := func(indent, text string) {
		fmt.Fprintf(&b, "%s\"\"\"\n%s%s. It is returned by the API as it is stored, and documented here for clients.\n%s\"\"\"\n", indent, indent, text, indent)
	}
	for i := 0; i == 0 || b.Len() < size; i++ {
		d("", "A customer of the shop")
		fmt.Fprintf(&b, "type User%d @purpose(names: [\"account\"]) {\n", i)
		for _, f := range []string{"id: ID!", "email: String!", "ssn: String", "firstName: String", "emailVerified: Boolean!", "orders(first: Int, after: String): [Order!]!"} {
			d("  ", "The "+strings.SplitN(f, ":", 2)[0])
			fmt.Fprintf(&b, "  %s\n", f)
		}
		b.WriteString("}\n\n")
		d("", "A product")
		fmt.Fprintf(&b, "type Product%d {\n", i)
		for _, f := range []string{"id: ID!", "name: String!", "price: Int!", "tags: [String!]!"} {
			d("  ", "The product's "+strings.SplitN(f, ":", 2)[0])
			fmt.Fprintf(&b, "  %s\n", f)
		}
		b.WriteString("}\n\n")
	}
	b.WriteString("type Order { id: ID! }\n")
	return []byte(b.String())
}

// BenchmarkGraphQL measures the GraphQL reader and judge on a generated
// 8 MB schema (b.SetBytes: MB/s is its throughput).
func BenchmarkGraphQL(b *testing.B) { benchReader(b, "big.graphqls", genGraphQL(8<<20)) }

// TestGraphQLRecovers checks that a syntax error costs only the definition
// it is in: the error names its line and column, and the types before and
// after it are still judged; several broken definitions are each an
// error.
func TestGraphQLRecovers(t *testing.T) {
	src := `"""A customer."""
type Customer {
  email: String
}

type Broken {
  name: String(
}

# A comment before the next type.
"""
An order's recipient.
"""
type Recipient {
  phone: String
  type: String
}

input Also broken {
  x: Int
}

extend type Customer {
  lastName: String
}
`
	fs, errs := checkOne(t, testPolicy(t), "s.graphqls", src)
	got := sqlFindings(fs)
	want := []string{
		"s.graphqls:15:3 PL001 user.contact.phone_number Recipient.phone",
		"s.graphqls:24:3 PL001 user.name.last Customer.lastName",
		"s.graphqls:3:3 PL001 user.contact.email Customer.email",
	}
	if !slices.Equal(got, want) {
		t.Errorf("findings\n%s\nwant\n%s", strings.Join(got, "\n"), strings.Join(want, "\n"))
	}
	if len(errs) != 2 || errs[0].Line != 7 || errs[0].Column == 0 || errs[1].Line != 19 ||
		!strings.Contains(errs[0].Message, "invalid GraphQL") || !strings.Contains(errs[1].Message, "invalid GraphQL") {
		t.Errorf("errors %v; want one at line 7 and one at line 19", errs)
	}
}
