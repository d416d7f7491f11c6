package glob

import (
	"path"
	"path/filepath"
	"slices"
	"strings"
	"testing"
)

func TestMatch(t *testing.T) {
	cases := []struct {
		pattern, name string
		want          bool
	}{
		{"**/*_mock.go", "users/user_mock.go", true},
		{"**/*_mock.go", "user_mock.go", true},
		{"**/*_mock.go", "a/b/c/x_mock.go", true},
		{"**/*_mock.go", "a/b/c/x.go", false},
		{"vendor/**", "vendor/a/b.go", true},
		{"vendor/**", "vendor", true},
		{"vendor/**", "src/vendor/a.go", false},
		{"api/**/*.yaml", "api/v1/users.yaml", true},
		{"api/**/*.yaml", "api/users.yaml", true},
		{"api/**/*.yaml", "api/users.json", false},
		{"schemas/*.json", "schemas/a/b.json", false},
		{"**/**/**/x", "x", true},
		{"[", "[", false},
		{"", "", true},
		{"api/**/*.yaml", "api/v1/x/openapi.yaml", true},
		{"api/**/*.yaml", "apix/openapi.yaml", false},
		{"**", "a/b/c", true},
		{"*.json", "a/b.json", false},
	}
	for _, tc := range cases {
		if got := Match(tc.pattern, tc.name); got != tc.want {
			t.Errorf("Match(%q, %q) = %v, want %v", tc.pattern, tc.name, got, tc.want)
		}
	}
	// Many ** segments against a deep path stay cheap.
	if Match(strings.Repeat("**/", 40)+"x", strings.Repeat("a/", 40)+"y") {
		t.Error("unexpected match")
	}
}

func TestExcluded(t *testing.T) {
	base := filepath.Join(string(filepath.Separator)+"repo", "mod")
	globs := []string{"**/*_mock.go", "vendor/**", "..data/*.json"}
	for file, want := range map[string]bool{
		filepath.Join(base, "users", "user_mock.go"):    true,
		filepath.Join(base, "vendor", "x", "y.go"):      true,
		filepath.Join(base, "users", "user.go"):         false,
		filepath.Join(base, "..data", "a.json"):         true,  // a directory named "..data" is inside base
		filepath.Join(base, "..", "other", "x_mock.go"): false, // outside base
	} {
		if got := Excluded(globs, base, file); got != want {
			t.Errorf("Excluded(%q) = %v, want %v", file, got, want)
		}
	}
	if Excluded(nil, base, filepath.Join(base, "x_mock.go")) {
		t.Error("no globs excluded a file")
	}
}

// hostile is a glob of groups "**/a" segments and then "b.json", and a
// path of depth directories named a and a file c.json: every "**" can
// absorb any number of the a's, and the last segment never matches.
func hostile(groups, depth int) (glob, name []string) {
	for range groups {
		glob = append(glob, "**", "a")
	}
	glob = append(glob, "**", "b.json")
	for range depth {
		name = append(name, "a")
	}
	return glob, append(name, "c.json")
}

// TestMatchLinear: matching does O(len(glob)·len(name)) segment
// comparisons, however many "**" the glob has.
// Backtracking into every "**" made the six groups over 60
// directories take 15 s; twenty groups over 100 would never end.
func TestMatchLinear(t *testing.T) {
	for _, c := range []struct{ groups, depth int }{{6, 60}, {20, 100}, {50, 500}} {
		glob, name := hostile(c.groups, c.depth)
		steps := 0
		if matchSegs(glob, name, &steps) {
			t.Errorf("%d groups over %d directories: matched", c.groups, c.depth)
		}
		if limit := (len(glob) + 1) * (len(name) + 1); steps > limit {
			t.Errorf("%d groups over %d directories: %d segment comparisons, want at most (len(glob)+1)×(len(name)+1) = %d",
				c.groups, c.depth, steps, limit)
		}
		// The same glob ending in c.json matches.
		glob[len(glob)-1] = "c.json"
		steps = 0
		if !matchSegs(glob, name, &steps) {
			t.Errorf("%d groups over %d directories, ending in c.json: no match", c.groups, c.depth)
		}
		if limit := (len(glob) + 1) * (len(name) + 1); steps > limit {
			t.Errorf("%d groups over %d directories, ending in c.json: %d segment comparisons, want at most %d",
				c.groups, c.depth, steps, limit)
		}
	}
}

// backtrackingMatch is the matcher that tried every split of every "**":
// exponential, but plainly right; the reference matchSegs must agree with.
func backtrackingMatch(glob, name []string) bool {
	for len(glob) > 0 {
		if glob[0] == "**" {
			for i := 0; i <= len(name); i++ {
				if backtrackingMatch(glob[1:], name[i:]) {
					return true
				}
			}
			return false
		}
		if len(name) == 0 {
			return false
		}
		if ok, err := path.Match(glob[0], name[0]); err != nil || !ok {
			return false
		}
		glob, name = glob[1:], name[1:]
	}
	return len(name) == 0
}

// TestMatchSameAsBacktracking compares matchSegs with the backtracking
// matcher on every glob of up to five segments from a small alphabet
// (literals, *, ?, **, a malformed segment) and every path of up to four
// segments, and checks the comparison bound on each.
func TestMatchSameAsBacktracking(t *testing.T) {
	globAlphabet := []string{"a", "b", "*", "?", "**", "a*", "["}
	nameAlphabet := []string{"a", "b", "ab", ""}
	all := func(alphabet []string, maxLen int) [][]string {
		out := [][]string{{}}
		for prev := out; maxLen > 0; maxLen-- {
			var next [][]string
			for _, p := range prev {
				for _, s := range alphabet {
					next = append(next, append(slices.Clone(p), s))
				}
			}
			out = append(out, next...)
			prev = next
		}
		return out
	}
	names := all(nameAlphabet, 4)
	for _, g := range all(globAlphabet, 5) {
		for _, n := range names {
			steps := 0
			got := matchSegs(g, n, &steps)
			if want := backtrackingMatch(g, n); got != want {
				t.Fatalf("glob %q, path %q: matched %v, want %v", g, n, got, want)
			}
			if limit := (len(g) + 1) * (len(n) + 1); steps > limit {
				t.Fatalf("glob %q, path %q: %d comparisons, more than %d", g, n, steps, limit)
			}
		}
	}
}
