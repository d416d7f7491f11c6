package glob

import (
	"path/filepath"
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
