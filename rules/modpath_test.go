package rules

import "testing"

// TestMatchesModuloMajorVersion checks that catalog patterns match module
// paths with and without their major-version suffix, gopkg.in paths as
// the repositories they redirect to, and nothing that only looks alike.
func TestMatchesModuloMajorVersion(t *testing.T) {
	for _, c := range []struct {
		pattern, path string
		want          bool
	}{
		{"github.com/mailgun/mailgun-go/v*", "github.com/mailgun/mailgun-go/v4", true},
		{"github.com/mailgun/mailgun-go/v*", "github.com/mailgun/mailgun-go", true},
		{"github.com/mailgun/mailgun-go/v*", "gopkg.in/mailgun/mailgun-go.v1", true},
		{"github.com/mailgun/mailgun-go/v4", "github.com/mailgun/mailgun-go/v3", true},
		{"github.com/segmentio/analytics-go", "github.com/segmentio/analytics-go/v3", true},
		{"github.com/stripe/stripe-go/v*/customer", "github.com/stripe/stripe-go/customer", true},
		{"github.com/stripe/stripe-go/v*/customer", "github.com/stripe/stripe-go/v76/customer", true},
		{"github.com/go-yaml/yaml", "gopkg.in/yaml.v3", true},
		{"github.com/jackc/pgx/v*", "github.com/jackc/pgx/v5/pgxpool", false},
		{"github.com/jackc/pgx/v*/pgxpool", "github.com/jackc/pgx/pgxpool", true},
		{"github.com/mailgun/mailgun-go/v*", "github.com/mailgun/mailgun-go-extra", false},
		{"github.com/mailgun/mailgun-go/v*", "github.com/mailgun/mailgun-go/events", false},
		{"github.com/mailgun/mailgun-go/v*", "github.com/mailgun/mailgun/v4", false},
		{"k8s.io/api/core/v1", "k8s.io/api/core", false},
		{"k8s.io/api/core/v1", "k8s.io/api/core/v1beta1", false},
	} {
		f := &Func{Pkg: c.pattern, Names: []string{"Send"}}
		if got := f.Matches(c.path, "", "Send"); got != c.want {
			t.Errorf("%s matches %s = %v, want %v", c.pattern, c.path, got, c.want)
		}
		if got := NewFuncSet([]*Func{f}).Find(c.path, "", "Send") != nil; got != c.want {
			t.Errorf("FuncSet of %s finds %s = %v, want %v", c.pattern, c.path, got, c.want)
		}
	}
}

// TestParseSinksBuilderFields checks the builder-object fields of the
// catalog: request only on requests entries, accumulators only as methods.
func TestParseSinksBuilderFields(t *testing.T) {
	checkParse(t, []parseCase{
		{"requests:\n  - {pkg: net/http, recv: [Client], names: [Do], request: 0}\n", ""},
		{"accumulators:\n  - {pkg: x, recv: [Message], names: [AddRecipient]}\n", ""},
		{"storage:\n  - {pkg: x, names: [Put], request: 0}\n", "request: is for requests entries"},
		{"requests:\n  - {pkg: x, names: [Do], request: -1}\n", "bad request -1"},
		{"accumulators:\n  - {pkg: x, names: [AddRecipient]}\n", "an accumulator needs recv"},
	})
}

// TestUnversionedAllocs checks that a path without a version element (the
// common case, looked up for every call) is returned without allocating.
func TestUnversionedAllocs(t *testing.T) {
	for _, p := range []string{"github.com/vmihailenco/msgpack", "net/http", "github.com/a/vendor/b"} {
		if got := unversioned(p); got != p {
			t.Errorf("unversioned(%q) = %q", p, got)
		}
		if n := testing.AllocsPerRun(100, func() { unversioned(p) }); n != 0 {
			t.Errorf("unversioned(%q): %v allocations", p, n)
		}
	}
	if got := unversioned("github.com/vmihailenco/msgpack/v5/msgpcode"); got != "github.com/vmihailenco/msgpack/msgpcode" {
		t.Errorf("unversioned of a /v5 path = %q", got)
	}
}
