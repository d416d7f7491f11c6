package schemacheck

import (
	"os"
	"path/filepath"
	"testing"

	"github.com/privlint/privlint/rules/policy"
)

// FuzzLoad feeds arbitrary bytes to the loader and the walker, as JSON and
// as YAML: Check must not panic (it turns internal panics into errors, so
// those fail the fuzz run too), loop or touch the network, and every
// finding and error must carry a position in the file.
func FuzzLoad(f *testing.F) {
	for _, name := range []string{"openapi30.yaml", "openapi31.json", "swagger2.yaml", "draft04.json", "draft07.yaml",
		"draft2020.json", "markers.yaml", "badkeywords.yaml", "unicode.yaml"} {
		data, err := os.ReadFile(filepath.Join("testdata", name))
		if err != nil {
			f.Fatal(err)
		}
		f.Add(data, filepath.Ext(name) == ".json")
	}
	pol := fuzzPolicy(f)
	dir := f.TempDir()
	f.Fuzz(func(t *testing.T, data []byte, isJSON bool) {
		name := "doc.yaml"
		if isJSON {
			name = "doc.json"
		}
		path := filepath.Join(dir, name)
		if err := os.WriteFile(path, data, 0o644); err != nil {
			t.Fatal(err)
		}
		fs, errs := Check([]string{path}, Options{Policy: pol})
		for _, e := range errs {
			if e.File == "" {
				t.Errorf("error without a file: %v", e)
			}
			if len(e.Message) > 16 && e.Message[:16] == "internal error w" {
				t.Fatalf("internal error: %s", e.Message)
			}
		}
		for _, x := range fs {
			if x.Pos.Line < 1 || x.Pos.Column < 1 || x.Pos.File == "" {
				t.Errorf("finding without a position: %+v", x)
			}
		}
	})
}

// fuzzPolicy is the test policy with small limits, so that fuzzed inputs
// reach them and their errors too.
func fuzzPolicy(f *testing.F) *policy.Policy {
	f.Helper()
	pol, err := policy.Load(filepath.Join("testdata", "privlint.yaml"))
	if err != nil {
		f.Fatal(err)
	}
	small := *pol
	small.Limits = policy.Limits{MaxSchemaBytes: 1 << 20, MaxDepth: 40, MaxAliasExpansion: 2000, MaxRefHops: 12}
	return &small
}
