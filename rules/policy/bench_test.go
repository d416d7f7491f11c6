package policy

import (
	"os"
	"testing"
)

func BenchmarkParseFull(b *testing.B) {
	data, err := os.ReadFile("testdata/full.yaml")
	if err != nil {
		b.Fatal(err)
	}
	for b.Loop() {
		if _, err := Parse("privlint.yaml", data); err != nil {
			b.Fatal(err)
		}
	}
}
