package policy

import (
	"os"
	"testing"
)

// BenchmarkParseFull measures loading a full policy file: YAML, schema
// validation, taxonomy extension and the semantic checks.
func BenchmarkParseFull(b *testing.B) {
	data, err := os.ReadFile("testdata/full.yaml")
	if err != nil {
		b.Fatal(err)
	}
	b.ReportAllocs()
	b.SetBytes(int64(len(data)))
	for b.Loop() {
		if _, err := Parse("privlint.yaml", data); err != nil {
			b.Fatal(err)
		}
	}
}
